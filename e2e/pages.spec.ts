/**
 * One page of each kind at both bases: it opens without a console error, under its
 * Content-Security-Policy, with its review date and sources. A wrong base path shows up here as
 * failed requests; the links gate checks every link at both bases, and the accessibility gate
 * (quality/a11y.spec.ts) opens every page at the root and checks the same.
 */
import { test, expect } from './support/fixtures.ts';
import { expectGuidePage, sitemapPages } from './support/pages.ts';
import { VARIANTS } from './variants.ts';

/** One page of each layout; the quiz, the plan and the compare page have tests of their own here. */
const ONE_OF_EACH_KIND = ['/', '/namespaces/hardening/', '/recommendations/virtual-clusters/'];

test.describe('one page of each kind @base-path', () => {
	test.skip(
		({ variant }) => variant.name === VARIANTS[0]?.name,
		'at the root, the accessibility gate opens every page and checks the same',
	);

	for (const state of sitemapPages().filter((page) => ONE_OF_EACH_KIND.includes(page.name))) {
		test(`${state.name} opens cleanly with its review date and sources`, async ({
			page,
			pageErrors,
		}) => {
			const response = await page.goto(state.path);
			expect(response?.status()).toBe(200);
			await page.waitForLoadState('networkidle');
			await expectGuidePage(page, state);
			expect(pageErrors.list).toEqual([]);
		});
	}

	test('are all in the sitemap', () => {
		const names = new Set(sitemapPages().map((state) => state.name));
		expect(ONE_OF_EACH_KIND.filter((name) => !names.has(name))).toEqual([]);
	});
});
