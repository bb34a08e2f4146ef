/**
 * Links gate: no internal link or fragment is broken, at the variant's base (`/` and `/guide/`).
 * linkinator crawls the served site from every page in the sitemap (so a page no link reaches
 * is still checked), follows internal links, and checks that each `#fragment` names an element
 * on its target page. External links are skipped: the test machine has no internet, and an
 * external link's health is not something a build can promise.
 */
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { sitemapPaths } from '../../test/lib/sitemap.mjs';
import { test, expect } from '../support/fixtures.ts';
import { BASE_PATH_TAG } from '../variants.ts';

function describe(link: LinkResult): string {
	const details = (link.failureDetails ?? [])
		.map((detail) => (detail instanceof Error ? detail.message : ''))
		.filter(Boolean)
		.join('; ');
	return `${link.url} (status ${link.status ?? 'none'}) linked from ${link.parent ?? 'the start list'}${details ? `: ${details}` : ''}`;
}

test(
	'no page links to a missing page or a missing fragment',
	{ tag: BASE_PATH_TAG },
	async ({ baseURL, variant }) => {
		test.setTimeout(120_000);
		const origin = new URL(baseURL ?? '').origin;
		const starts = sitemapPaths(variant.outDir, variant.base).map((path) => `${origin}${path}`);
		const checker = new LinkChecker();
		const result = await checker.check({
			path: starts,
			recurse: true,
			checkFragments: true,
			concurrency: 8,
			timeout: 10_000,
			// Everything outside the served site: other hosts, and the placeholder origin of canonical
			// links and the sitemap.
			linksToSkip: async (link) => !link.startsWith(`${origin}/`),
		});
		const checked = result.links.filter((link) => link.state !== LinkState.SKIPPED);
		const broken = result.links.filter((link) => link.state === LinkState.BROKEN);
		expect(checked.length, 'internal links were checked').toBeGreaterThan(starts.length);
		expect(broken.map(describe), 'broken internal links or fragments').toEqual([]);
	},
);
