/**
 * The Content-Security-Policy the build writes into every page holds: the states that run the
 * most script (search, and the plan with every section open) report no violation event, and an
 * inline script the build did not hash is blocked. Every page and quiz state is also opened by
 * the accessibility gate, which fails on any console error; Chromium logs each violation as one.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures.ts';
import {
	EXTRA_PAGE_STATES,
	openState,
	searchFor,
	COMMON_WORD,
	type PageState,
} from '../support/pages.ts';

const STATES: PageState[] = [
	{ name: 'search', path: 'concepts/', setup: (page) => searchFor(page, COMMON_WORD) },
	...EXTRA_PAGE_STATES.filter((state) => state.name.startsWith('plan')),
];

async function violations(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

test.describe('the Content-Security-Policy', () => {
	test.beforeEach(async ({ page }) => {
		await page.addInitScript(() => {
			const seen: string[] = [];
			(window as unknown as { __csp: string[] }).__csp = seen;
			document.addEventListener('securitypolicyviolation', (event) =>
				seen.push(
					`${event.violatedDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
				),
			);
		});
	});

	for (const state of STATES) {
		test(`${state.name}: the policy is in force and nothing violates it`, async ({
			page,
			pageErrors,
		}) => {
			await openState(page, state);
			await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
				'content',
				/script-src 'self' 'wasm-unsafe-eval'/,
			);
			await expect(page.locator('meta[name="referrer"]')).toHaveAttribute(
				'content',
				'strict-origin-when-cross-origin',
			);
			await page.waitForLoadState('networkidle');
			expect(await violations(page)).toEqual([]);
			// A page served as 404 logs that status; anything else logged is an error.
			expect(pageErrors.list.filter((error) => !/status of 404/.test(error))).toEqual([]);
		});
	}

	test('blocks an inline script that the build did not hash', async ({ page }) => {
		await page.goto('./concepts/');
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.__injected = true;';
			document.body.append(script);
		});
		await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src/)]);
		expect(await page.evaluate(() => 'injected' in window || '__injected' in window)).toBe(false);
	});
});
