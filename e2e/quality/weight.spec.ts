/**
 * Weight gate: the JavaScript and CSS each page loads in the browser (gzip, lazily loaded chunks
 * included) stays within weight-budget.json. Reading pages may load at most 14 KB of JS, since
 * search loads only when a reader opens it; /decide/ and the plan may load 10 KB of JS beyond a
 * plain guide page. It prints, per page type, the heaviest page's JS and CSS and the difference to
 * Starlight's frame, and attaches every page's measurements as JSON.
 */
import { evaluateBudget, formatReport, measurePages, readBudget } from '../../test/lib/weight.mjs';
import { sitemapPaths } from '../../test/lib/sitemap.mjs';
import { test, expect } from '../support/fixtures.ts';

test.use({ trace: 'off' });

test('every page stays within its JavaScript and CSS budget (gzip, as loaded in the browser)', async ({
	browser,
	baseURL,
	variant,
}, testInfo) => {
	test.setTimeout(180_000);
	const budget = readBudget();
	const pages = await measurePages(
		browser,
		new URL(baseURL ?? '').origin,
		sitemapPaths(variant.outDir, variant.base),
		// Mostly waiting for a quiet network, so more pages at once than there are cores.
		8,
	);
	const result = evaluateBudget(pages, budget, variant.base);
	const report = formatReport(result, budget);
	console.log(`\n${report}\n`);
	await testInfo.attach('weight.txt', { body: report, contentType: 'text/plain' });
	await testInfo.attach('weight.json', {
		body: JSON.stringify({ pages, ...result }, null, '\t'),
		contentType: 'application/json',
	});
	expect(
		pages.every((page) => page.js > 0),
		'every page loads some JavaScript (the measurement saw it)',
	).toBe(true);
	expect(result.failures, 'pages over budget').toEqual([]);
});
