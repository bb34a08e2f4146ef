/**
 * A Content-Security-Policy for the built site, written after the build: every inline script of
 * a page is allowed by its SHA-256 hash, nothing is allowed from another origin, and
 * WebAssembly may compile (Pagefind's search needs it) but no script may `eval`.
 *
 * Each page gets the policy as a <meta http-equiv> tag, which static hosts that cannot set
 * headers still honour, and `dist/_headers` carries it as a real header (with the directives a
 * meta tag cannot hold) for hosts that read that file (Netlify, Cloudflare Pages).
 *
 * Written by hand because Astro's experimental CSP support does not cover Starlight's inline
 * scripts in this version; this only hashes what is already in the HTML.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, REFERRER_POLICY, servedPath, type PagePolicy } from './headers.ts';

/** Script types a browser executes, and so the ones CSP governs. */
const EXECUTABLE = /^(|text\/javascript|application\/javascript|module)$/i;

/** The SHA-256 source expression of every inline script in a page. */
export function inlineScriptHashes(html: string): string[] {
	const hashes = new Set<string>();
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const attributes = match[1] ?? '';
		if (/\bsrc\s*=/i.test(attributes)) continue;
		const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
		if (!EXECUTABLE.test(type)) continue;
		hashes.add(
			`'sha256-${createHash('sha256')
				.update(match[2] ?? '', 'utf8')
				.digest('base64')}'`,
		);
	}
	return [...hashes].sort();
}

/** The policy for a page; `header` adds what only an HTTP header can carry. */
export function policyFor(hashes: string[], header = false): string {
	const directives = [
		"default-src 'self'",
		`script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
		// Inline style attributes and the <style> inside build-time diagrams' SVGs.
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		...(header ? ["frame-ancestors 'none'"] : []),
	];
	return directives.join('; ');
}

const CHARSET = /<meta\s+charset\s*=\s*["']?[\w-]+["']?\s*\/?>/i;

/**
 * Puts the page's `<meta charset>` first in its `<head>` and `tags` right after it: the HTML
 * standard wants the encoding declared within the first 1024 bytes, and the policy must come
 * before every script it governs. A page without a charset gets UTF-8, which Astro writes.
 */
export function withHeadTags(html: string, tags: string): string {
	const charset = CHARSET.exec(html)?.[0] ?? '<meta charset="utf-8">';
	return html
		.replace(CHARSET, '')
		.replace(/<head(\s[^>]*)?>/i, (head) => `${head}${charset}${tags}`);
}

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true });
	const nested = await Promise.all(
		entries.map((entry) => {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) return htmlFiles(path);
			return Promise.resolve(entry.name.endsWith('.html') ? [path] : []);
		}),
	);
	return nested.flat();
}

export function contentSecurityPolicy(): AstroIntegration {
	return {
		name: 'guide:content-security-policy',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const pages: PagePolicy[] = [];
				const files = await htmlFiles(root);
				for (const file of files) {
					const html = await readFile(file, 'utf8');
					const hashes = inlineScriptHashes(html);
					const meta =
						`<meta http-equiv="Content-Security-Policy" content="${policyFor(hashes)}">` +
						`<meta name="referrer" content="${REFERRER_POLICY}">`;
					// Right after the charset, so the policy covers every script after it.
					await writeFile(file, withHeadTags(html, meta));
					pages.push({ path: servedPath(relative(root, file)), policy: policyFor(hashes, true) });
				}
				await writeFile(join(root, '_headers'), headersFile(pages));
				logger.info(`Content-Security-Policy written into ${files.length} pages and _headers.`);
			},
		},
	};
}
