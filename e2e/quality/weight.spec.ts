/**
 * Weight gate: the JavaScript and CSS each page loads in the browser (gzip, lazily loaded chunks
 * included) stays within weight-budget.json. Reading pages may load at most 14 KB of JS, since
 * search loads only when a reader opens it; /decide/ and the plan may load 10 KB of JS beyond a
 * plain guide page. The table printed here is the same as
 * `node scripts/weight.mjs` prints.
 */
import {
	evaluateBudget,
	formatReport,
	measurePages,
	readBudget,
} from '../../scripts/lib/weight.mjs';
import { sitemapPaths } from '../../scripts/lib/sitemap.mjs';
import { test, expect } from '../support/fixtures.ts';
import { BASE, OUT_DIR, ROOT_ONLY } from '../support/pages.ts';

test.use({ trace: 'off' });

test(
	'every page stays within its JavaScript and CSS budget (gzip, as loaded in the browser)',
	{ tag: ROOT_ONLY },
	async ({ browser, baseURL }, testInfo) => {
		test.setTimeout(180_000);
		const budget = readBudget();
		const pages = await measurePages(
			browser,
			new URL(baseURL ?? '').origin,
			sitemapPaths(OUT_DIR, BASE),
		);
		const result = evaluateBudget(pages, budget, BASE);
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
	},
);
