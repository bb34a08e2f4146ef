/**
 * Every page of the guide opens without a console error and shows when it was last reviewed
 * and which sources it rests on. Runs under both bases: a wrong base path shows up here as
 * failed requests.
 */
import { test, expect } from './support/fixtures.ts';
import { sitemapPages } from './support/pages.ts';

// The References page is itself the list of every source.
const WITHOUT_OWN_SOURCES = new Set(['/references/']);

test.describe('every page of the guide', () => {
	for (const state of sitemapPages()) {
		test(`${state.name} opens cleanly with its review date and sources`, async ({
			page,
			pageErrors,
		}) => {
			const response = await page.goto(state.path);
			expect(response?.status()).toBe(200);
			await page.waitForLoadState('networkidle');
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.locator('.last-reviewed time')).toHaveAttribute(
				'datetime',
				/^\d{4}-\d{2}-\d{2}$/,
			);
			if (!WITHOUT_OWN_SOURCES.has(state.name)) {
				const sources = page.locator('.page-sources a[href^="https://"]');
				expect(await sources.count(), 'source links').toBeGreaterThan(0);
			}
			expect(pageErrors.list).toEqual([]);
		});
	}
});
