/**
 * The headers file of every build, read by Netlify's own parser (@netlify/headers-parser), for
 * the layout the README documents: the host publishes `dist/` at the root of the site. Every rule
 * names a file of the build, every response (files, pages at their folder and `index.html`
 * paths, and unknown paths that get the 404 page) gets `frame-ancestors 'none'` and `nosniff`
 * whichever way the host merges rules, and each page's header policy is its <meta> policy plus
 * `frame-ancestors`. Reads the built files, so it runs once, in the root project.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';
import { test, expect } from '../support/fixtures.ts';
import { VARIANTS } from '../variants.ts';

type Merge = 'netlify' | 'cloudflare';

/** The headers a host sends for a path: Netlify keeps the last matching rule's value of a
 * header, Cloudflare Pages joins the values of every matching rule with commas. */
function headersFor(rules: Header[], path: string, merge: Merge): Map<string, string> {
	const headers = new Map<string, string>();
	for (const rule of rules.filter(({ forRegExp }) => forRegExp.test(path)))
		for (const [name, value] of Object.entries(rule.values)) {
			const key = name.toLowerCase();
			const before = headers.get(key);
			headers.set(key, merge === 'cloudflare' && before ? `${before}, ${value}` : value);
		}
	return headers;
}

/** The URL paths a build's files are requested at, `dist/` being the root of the site. */
function requestPaths(outDir: string): string[] {
	return globSync('**/*', { cwd: outDir, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.flatMap((entry) => {
			const file = join(entry.parentPath, entry.name).slice(outDir.length).replaceAll('\\', '/');
			const path = file.startsWith('/') ? file : `/${file}`;
			return path.endsWith('/index.html') ? [path, path.slice(0, -'index.html'.length)] : [path];
		});
}

const metaPolicy = (html: string) =>
	/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];

test.describe('the headers file', () => {
	for (const variant of VARIANTS) {
		test.describe(`of the ${variant.name} build`, () => {
			let rules: Header[];
			test.beforeAll(async () => {
				const { headers, errors } = await parseAllHeaders({
					headersFiles: [join(variant.outDir, '_headers')],
					configHeaders: [],
					minimal: false,
				});
				expect(errors.map(String), 'errors Netlify’s parser reports').toEqual([]);
				rules = headers as Header[];
			});

			test('names only files of the build, at the paths the host serves dist/ at', () => {
				const missing = rules
					.map((rule) => rule.for)
					.filter((path) => !path.includes('*'))
					.filter((path) => {
						const file = join(variant.outDir, path.endsWith('/') ? `${path}index.html` : path);
						return !existsSync(file);
					});
				expect(rules.length).toBeGreaterThan(10);
				expect(missing, 'rules that match no built file').toEqual([]);
			});

			test('sends frame-ancestors, nosniff and the referrer policy with every response', () => {
				const paths = [...requestPaths(variant.outDir), '/no-such-page/', '/_astro/missing.js'];
				for (const merge of ['netlify', 'cloudflare'] as const) {
					const lacking = paths.filter((path) => {
						const headers = headersFor(rules, path, merge);
						return !(
							/(^|[;,]\s*)frame-ancestors 'none'/.test(
								headers.get('content-security-policy') ?? '',
							) &&
							headers.get('x-content-type-options') === 'nosniff' &&
							headers.get('referrer-policy') === 'strict-origin-when-cross-origin'
						);
					});
					expect(lacking, `responses without the site-wide headers (${merge})`).toEqual([]);
				}
			});

			test('gives each page its own policy: the one in its <meta> tag, plus frame-ancestors', () => {
				const pages = globSync('**/index.html', { cwd: variant.outDir });
				expect(pages.length).toBeGreaterThan(10);
				for (const page of pages) {
					const path = `/${page.replaceAll('\\', '/').slice(0, -'index.html'.length)}`;
					const meta = metaPolicy(readFileSync(join(variant.outDir, page), 'utf8'));
					expect(meta, `${page} has a policy`).toBeTruthy();
					expect(headersFor(rules, path, 'netlify').get('content-security-policy'), path).toBe(
						`${meta}; frame-ancestors 'none'`,
					);
				}
			});
		});
	}
});
