#!/usr/bin/env node
// @ts-check
/**
 * Build times for `npm run bench`: the real guide, and the guide with every page copied ten
 * times (a stand-in for the guide as it grows), each built cold (no caches: Astro's, the
 * diagrams', the social cards') and then warm (the same tree again). Each tree is a copy of the
 * sources in .cache/bench/, sharing node_modules but with caches of its own, so the working tree
 * and its caches are untouched. Timings here, never in tests: they depend on the machine.
 *
 * Usage: node scripts/bench-build.mjs [--json]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { copySite } from '../test/lib/site-copy.mjs';

const COPIES = 10;

/** @param {string} dir @returns {string[]} */
function pagesIn(dir) {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name));
}

/**
 * A copy of the sources; with `copies` > 1, every page of content/docs also under copy-N/.
 * @param {string} name @param {number} copies
 */
function tree(name, copies) {
	const root = resolve('.cache', 'bench', name);
	rmSync(root, { recursive: true, force: true });
	copySite(root);
	const docs = join(root, 'content', 'docs');
	const originals = pagesIn(docs);
	for (let copy = 2; copy <= copies; copy++)
		for (const page of originals) {
			const target = join(docs, `copy-${copy}`, relative(docs, page));
			mkdirSync(join(target, '..'), { recursive: true });
			cpSync(page, target);
		}
	return { root, pages: pagesIn(docs).length };
}

/** @param {string} root @returns {number} seconds */
function build(root) {
	const started = performance.now();
	const result = spawnSync('node_modules/.bin/astro', ['build'], {
		cwd: root,
		stdio: ['ignore', 'ignore', 'inherit'],
		env: {
			...process.env,
			OUT_DIR: join(root, 'dist'),
			ASTRO_CACHE_DIR: join(root, '.astro-cache'),
			GUIDE_CACHE_DIR: join(root, '.guide-cache'),
		},
	});
	if (result.status !== 0) throw new Error(`astro build failed in ${root}`);
	return (performance.now() - started) / 1000;
}

export function measureBuilds() {
	return [
		{ name: 'the guide', copies: 1 },
		{ name: `every page ${COPIES} times`, copies: COPIES },
	].map(({ name, copies }) => {
		const { root, pages } = tree(`tree-${copies}`, copies);
		const cold = build(root);
		const warm = build(root);
		rmSync(root, { recursive: true, force: true });
		return { name, pages, cold, warm, msPerPageCold: (cold * 1000) / pages };
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const results = measureBuilds();
	if (process.argv.includes('--json')) console.log(JSON.stringify(results));
	else
		for (const row of results)
			console.log(
				`${row.name}: ${row.pages} pages, cold ${row.cold.toFixed(1)} s, warm ${row.warm.toFixed(1)} s, ${row.msPerPageCold.toFixed(0)} ms a page cold`,
			);
}
