import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locToPath, normaliseBase, relativeToBase, sitemapLocs, sitemapPaths } from './sitemap.mjs';

describe('sitemap pages for the quality gates', () => {
	it('keeps the base when mapping a sitemap URL to a served path', () => {
		expect(locToPath('https://namespaces-or-clusters.invalid/guide/compare/', '/guide/')).toBe(
			'/guide/compare/',
		);
		expect(locToPath('https://namespaces-or-clusters.invalid/', '/')).toBe('/');
		expect(locToPath('https://example.org/guide', '/guide/')).toBe('/guide/');
	});

	it('adds the base to a sitemap URL that lacks it', () => {
		expect(locToPath('https://example.org/compare/', '/guide/')).toBe('/guide/compare/');
	});

	it('gives paths relative to the base, with ./ for the home page', () => {
		expect(relativeToBase('/guide/compare/', '/guide/')).toBe('compare/');
		expect(relativeToBase('/guide/', '/guide/')).toBe('./');
		expect(() => relativeToBase('/compare/', '/guide/')).toThrow(/outside the base/);
	});

	it('normalises bases written without slashes', () => {
		expect(normaliseBase('guide')).toBe('/guide/');
		expect(normaliseBase('/')).toBe('/');
		expect(normaliseBase('')).toBe('/');
	});

	it('unescapes XML entities in <loc>', () => {
		expect(sitemapLocs('<url><loc>https://x.invalid/a/?v=1&amp;b=2</loc></url>')).toEqual([
			'https://x.invalid/a/?v=1&b=2',
		]);
	});

	it('reads every page through the sitemap index, whatever origin it names', () => {
		const dir = mkdtempSync(join(tmpdir(), 'sitemap-'));
		writeFileSync(
			join(dir, 'sitemap-index.xml'),
			'<sitemapindex><sitemap><loc>https://placeholder.invalid/guide/sitemap-0.xml</loc></sitemap></sitemapindex>',
		);
		writeFileSync(
			join(dir, 'sitemap-0.xml'),
			'<urlset><url><loc>https://placeholder.invalid/guide/</loc></url><url><loc>https://placeholder.invalid/guide/b/</loc></url><url><loc>https://placeholder.invalid/guide/a/</loc></url></urlset>',
		);
		expect(sitemapPaths(dir, '/guide/')).toEqual(['/guide/', '/guide/a/', '/guide/b/']);
	});

	it('fails loudly when there is no build to read', () => {
		expect(() => sitemapPaths(join(tmpdir(), 'no-such-build'), '/')).toThrow(
			/build the site first/,
		);
	});
});
