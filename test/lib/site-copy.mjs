// @ts-check
/**
 * A copy of the project's sources in another folder, sharing node_modules: tests and the
 * benchmark build altered copies there, never in the working tree.
 */
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SOURCES = [
	'astro.config.mjs',
	'package.json',
	'tsconfig.json',
	'src',
	'config',
	'content',
	'public',
];

/** @param {string} root the folder to fill (created if missing) */
export function copySite(root) {
	mkdirSync(root, { recursive: true });
	for (const entry of SOURCES) cpSync(entry, join(root, entry), { recursive: true });
	symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
	return root;
}
