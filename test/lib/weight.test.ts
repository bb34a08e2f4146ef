import { describe, expect, it } from 'vitest';
import { evaluateBudget, jsBeyond, pageTypeOf, type Budget, type PageWeight } from './weight.mjs';

const budget: Budget = {
	frame: { js: 30_000, css: 15_000, measured: '2026-11-23', how: 'test' },
	pageTypes: [
		{ name: 'home', match: '^$', budget: 'reading' },
		{ name: 'decide', match: '^decide/$', budget: 'quiz' },
		{ name: 'recommendation', match: '^recommendations/[^/]+/$', budget: 'quiz' },
		{ name: 'guide', match: '', budget: 'reading' },
	],
	budgets: {
		reading: { jsOverFrame: 2048, cssOverFrame: 4096 },
		quiz: { jsOverPlainGuide: 10_240 },
	},
	plainGuidePage: 'concepts/',
	decidePage: 'decide/',
};

/** A page whose JS is the shared frame script plus optional extra scripts. */
function page(path: string, extraJs: Record<string, number> = {}, css = 15_000): PageWeight {
	const assets = [
		{ kind: 'js' as const, key: '/_astro/frame.js', raw: 0, gzip: 30_000 },
		...Object.entries(extraJs).map(([key, gzip]) => ({ kind: 'js' as const, key, raw: 0, gzip })),
		{ kind: 'css' as const, key: '/_astro/common.css', raw: 0, gzip: css },
	];
	const js = assets
		.filter((asset) => asset.kind === 'js')
		.reduce((sum, asset) => sum + asset.gzip, 0);
	return { path, assets, js, css };
}

describe('the weight budget', () => {
	it('gives the plan page its own allowance beyond a plain guide page', () => {
		const withPlan: Budget = {
			...budget,
			pageTypes: [{ name: 'plan', match: '^decide/plan/$', budget: 'plan' }, ...budget.pageTypes],
			budgets: { ...budget.budgets, plan: { jsOverPlainGuide: 11_776 } },
		};
		const pages = (planJs: number) => [
			page('/concepts/'),
			page('/decide/'),
			page('/decide/plan/', { '/_astro/plan.js': planJs }),
		];
		expect(evaluateBudget(pages(11_000), withPlan, '/').failures).toEqual([]);
		expect(evaluateBudget(pages(11_000), budget, '/').failures).toHaveLength(1);
		expect(evaluateBudget(pages(11_777), withPlan, '/').failures).toEqual([
			'/decide/plan/ loads 11777 B of JS code (gzip) beyond what /concepts/ loads, over its budget of 11776 B',
		]);
	});

	it('holds the decision data to its own budget, apart from the code, counting each of its files', () => {
		const withData: Budget = {
			...budget,
			budgets: {
				...budget.budgets,
				data: { files: ['decision-questions', 'decision-rules'], max: 14_000 },
			},
		};
		const pages = (code: number, data: number) => [
			page('/concepts/'),
			page('/decide/', {
				'/_astro/quiz.Ab1.js': code,
				'/_astro/decision-questions.Xy_9-z.js': data - 1000,
				'/_astro/decision-rules.Q1.js': 1000,
			}),
		];
		expect(evaluateBudget(pages(10_000, 13_000), withData, '/').failures).toEqual([]);
		expect(evaluateBudget(pages(10_241, 13_000), withData, '/').failures).toEqual([
			'/decide/ loads 10241 B of JS code (gzip) beyond what /concepts/ loads, over its budget of 10240 B',
		]);
		expect(evaluateBudget(pages(10_000, 14_001), withData, '/').failures).toEqual([
			'/decide/ loads 14001 B of decision data (gzip, decision-questions and decision-rules), over its budget of 14000 B',
		]);
		// The quiz may also be held to its code and data together.
		const total: Budget = {
			...withData,
			budgets: {
				...withData.budgets,
				quiz: { jsOverPlainGuide: 10_240, totalOverPlainGuide: 10_240 },
			},
		};
		expect(evaluateBudget(pages(6_000, 4_240), total, '/').failures).toEqual([]);
		expect(evaluateBudget(pages(6_000, 4_241), total, '/').failures).toEqual([
			'/decide/ loads 10241 B of JS code and data (gzip) beyond what /concepts/ loads, over its budget of 10240 B',
		]);
		// Without a data budget, the data counts as code.
		expect(evaluateBudget(pages(10_000, 13_000), budget, '/').failures).toHaveLength(1);
	});

	it('holds reading pages to an absolute JavaScript limit when the budget sets one', () => {
		const absolute: Budget = {
			...budget,
			budgets: { ...budget.budgets, reading: { jsMax: 31_000, cssOverFrame: 4096 } },
		};
		const { failures } = evaluateBudget(
			[page('/concepts/'), page('/decide/'), page('/faq/', { '/_astro/x.js': 1_001 })],
			absolute,
			'/',
		);
		expect(failures).toEqual([
			expect.stringMatching(
				/^\/faq\/ \(guide\) loads 31001 B of JS \(gzip\), over its budget of 31000 B: the reading-page limit/,
			),
		]);
	});

	it('sorts pages into types relative to the base', () => {
		expect(pageTypeOf('/guide/', '/guide/', budget.pageTypes).name).toBe('home');
		expect(pageTypeOf('/guide/decide/', '/guide/', budget.pageTypes).name).toBe('decide');
		expect(pageTypeOf('/recommendations/namespaces/', '/', budget.pageTypes).name).toBe(
			'recommendation',
		);
		expect(pageTypeOf('/decide/tree/', '/', budget.pageTypes).name).toBe('guide');
	});

	it('passes pages within the frame plus their allowance', () => {
		const pages = [
			page('/'),
			page('/concepts/', { '/_astro/toc.js': 2048 }),
			page('/decide/', { '/_astro/quiz.js': 9000 }),
		];
		expect(evaluateBudget(pages, budget, '/').failures).toEqual([]);
	});

	it('fails a reading page with more than 2 KB of JS over the frame', () => {
		const { failures } = evaluateBudget(
			[
				page('/'),
				page('/concepts/'),
				page('/decide/'),
				page('/faq/', { '/_astro/widget.js': 2049 }),
			],
			budget,
			'/',
		);
		expect(failures).toHaveLength(1);
		expect(failures[0]).toMatch(/^\/faq\/ \(guide\) loads 32049 B of JS/);
	});

	it('fails a reading page whose CSS is over its allowance', () => {
		const { failures } = evaluateBudget(
			[page('/concepts/'), page('/decide/'), page('/', {}, 15_000 + 4097)],
			budget,
			'/',
		);
		expect(failures.join('\n')).toMatch(/^\/ \(home\) loads 19097 B of CSS/);
	});

	it('counts only the JavaScript /decide/ loads beyond a plain guide page', () => {
		const plain = page('/concepts/', { '/_astro/toc.js': 500 });
		const decide = page('/decide/', { '/_astro/quiz.js': 6000, 'inline:abc': 300 });
		expect(jsBeyond(decide, plain).bytes).toBe(6300);
		const result = evaluateBudget([plain, decide], budget, '/');
		expect(result.decideDelta?.bytes).toBe(6300);
		expect(result.decideDelta?.comparedWith).toBe('/concepts/');
	});

	it('fails /decide/ when it loads more than 10 KB beyond a plain guide page', () => {
		const { failures } = evaluateBudget(
			[page('/concepts/'), page('/decide/', { '/_astro/quiz.js': 10_241 })],
			budget,
			'/',
		);
		expect(failures).toEqual([
			expect.stringMatching(
				/^\/decide\/ loads 10241 B of JS code \(gzip\) beyond what \/concepts\/ loads/,
			),
		]);
	});

	it('falls back to the lightest guide page when the named plain page is gone', () => {
		const result = evaluateBudget(
			[page('/faq/', { '/_astro/x.js': 100 }), page('/glossary/'), page('/decide/')],
			budget,
			'/',
		);
		expect(result.decideDelta?.comparedWith).toBe('/glossary/');
	});

	it('holds recommendation pages, which carry the result panel, to the quiz budget', () => {
		const plain = page('/concepts/');
		const within = page('/recommendations/namespaces/', { '/_astro/result.js': 10_240 });
		const over = page('/recommendations/virtual-clusters/', {
			'/_astro/result.js': 10_240,
			'inline:def': 1,
		});
		const { failures } = evaluateBudget([plain, page('/decide/'), within, over], budget, '/');
		expect(failures).toEqual([
			expect.stringMatching(/^\/recommendations\/virtual-clusters\/ loads 10241 B of JS/),
		]);
	});

	it('reports a missing /decide/ instead of passing silently', () => {
		expect(evaluateBudget([page('/concepts/')], budget, '/').failures).toEqual([
			expect.stringMatching(/was not measured/),
		]);
	});

	it('applies the budget under a sub-path base', () => {
		const { failures, rows } = evaluateBudget(
			[page('/guide/concepts/'), page('/guide/decide/', { '/guide/_astro/quiz.js': 20_000 })],
			budget,
			'/guide/',
		);
		expect(failures).toHaveLength(1);
		expect(rows.map((row) => row.type).sort()).toEqual(['decide', 'guide']);
	});
});
