// @ts-check
/**
 * The pages of a build, read from its sitemap (`sitemap-index.xml` → `sitemap-*.xml`).
 *
 * The sitemap holds absolute URLs on the public origin (`SITE_URL`; the test runners set one),
 * which the quality gates cannot fetch. They keep only the path, base included, and load it from
 * the site they serve themselves. Used by the Playwright quality specs and by the scripts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Normalises a base path to start and end with one slash: `guide` → `/guide/`. */
export function normaliseBase(base = '/') {
	const trimmed = base.replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The `<loc>` values of a sitemap or sitemap index, unescaped.
 * @param {string} xml
 * @returns {string[]}
 */
export function sitemapLocs(xml) {
	return [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((match) =>
		(match[1] ?? '')
			.replaceAll('&amp;', '&')
			.replaceAll('&lt;', '<')
			.replaceAll('&gt;', '>')
			.replaceAll('&quot;', '"')
			.replaceAll('&apos;', "'"),
	);
}

/**
 * Maps a sitemap URL to the path it has on the served site, base included. Astro's sitemap
 * already carries the base (`https://example.org/guide/compare/` → `/guide/compare/`); a path
 * without it gets it prefixed, so the result always lies under the base.
 * @param {string} loc
 * @param {string} [base]
 */
export function locToPath(loc, base = '/') {
	const url = new URL(loc);
	const prefix = normaliseBase(base);
	const path = `${url.pathname}${url.search}`;
	if (path.startsWith(prefix)) return path;
	if (`${path}/` === prefix) return prefix;
	return `${prefix}${path.replace(/^\/+/, '')}`;
}

/**
 * A served path relative to the base, as `page.goto()` takes it with a `baseURL`:
 * `/guide/compare/` under base `/guide/` → `compare/`, and the home page → `./`.
 * @param {string} path
 * @param {string} [base]
 */
export function relativeToBase(path, base = '/') {
	const prefix = normaliseBase(base);
	if (!path.startsWith(prefix)) throw new Error(`${path} is outside the base ${prefix}`);
	return path.slice(prefix.length) || './';
}

/**
 * The served paths (base included) of every page in a build's sitemap, sorted.
 * @param {string} outDir the build folder holding `sitemap-index.xml`
 * @param {string} [base]
 * @returns {string[]}
 */
export function sitemapPaths(outDir, base = '/') {
	const index = join(outDir, 'sitemap-index.xml');
	if (!existsSync(index)) {
		throw new Error(
			`No sitemap at ${index}: build the site first, with SITE_URL set (any origin), since the quality gates read its pages from the sitemap.`,
		);
	}
	/** @type {Set<string>} */
	const paths = new Set();
	for (const sitemapLoc of sitemapLocs(readFileSync(index, 'utf8'))) {
		// Sitemap files sit at the top of the build folder, whatever origin the index names.
		const file = join(outDir, new URL(sitemapLoc).pathname.split('/').pop() ?? '');
		for (const loc of sitemapLocs(readFileSync(file, 'utf8'))) paths.add(locToPath(loc, base));
	}
	if (paths.size === 0) throw new Error(`The sitemap in ${outDir} lists no pages.`);
	return [...paths].sort();
}
