/**
 * Keyboard focus in the quiz: wherever a step takes the reader, focus lands on the heading of
 * what is now shown, and Starlight's skip link on the "Edit answers" page stays on that page.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { PLAN_QUERY } from './support/pages.ts';

const focusedHeading = (page: Page) =>
	page.evaluate(() => {
		const active = document.activeElement;
		return active?.matches('h1, h2') ? active.textContent : `not a heading: ${active?.tagName}`;
	});

test.describe('keyboard focus in the quiz', () => {
	test('the skip link on the Edit answers page goes to the page’s content, not to the plan', async ({
		page,
		pageErrors,
	}) => {
		await page.goto(`./decide/${PLAN_QUERY}#edit`);
		await expect(page.locator('.quiz-review')).toBeVisible();
		await page.keyboard.press('Tab');
		await expect(page.locator('.sl-skip-link')).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/decide\/\?.*#_top$/);
		await expect(page.locator('.quiz-review')).toBeVisible();
		await expect(page.locator('[data-plan]')).toHaveCount(0);
		expect(pageErrors.list).toEqual([]);
	});

	for (const [name, back] of [
		['the quiz’s Back button', (page: Page) => page.getByRole('button', { name: 'Back' }).click()],
		['the browser’s Back', (page: Page) => page.goBack().then(() => undefined)],
	] as const) {
		test(`${name} to the first question puts focus on its heading`, async ({ page }) => {
			await page.goto('./decide/');
			const heading = page.locator('h2.quiz-question');
			const first = await heading.textContent();
			await page.locator('decision-quiz input[type="radio"]').first().check();
			await page.getByRole('button', { name: 'Next' }).click();
			await expect(page.locator('.quiz-progress')).toHaveText(/^Question 2 of/);
			await expect(heading).toBeFocused();
			await back(page);
			await expect(page.locator('.quiz-progress')).toHaveText(/^Question 1 of/);
			await expect(heading).toBeFocused();
			expect(await focusedHeading(page)).toBe(first);
		});
	}

	test('the browser’s Back from the plan to the last question puts focus on its heading', async ({
		page,
	}) => {
		await page.goto('./decide/');
		const heading = page.locator('h2.quiz-question');
		let last = '';
		while (!/\/decide\/plan\//.test(page.url())) {
			last = (await heading.textContent()) ?? '';
			await page.locator('decision-quiz input[type="radio"]').first().check();
			await page.getByRole('button', { name: 'Next' }).click();
			await page.waitForURL(/\/decide\/(plan\/)?\?/);
			if (/\/decide\/plan\//.test(page.url())) break;
			await expect(heading).not.toHaveText(last);
		}
		await expect(page.locator('[data-plan]')).toBeVisible();
		await page.goBack();
		await expect(heading).toHaveText(last);
		await expect(heading).toBeFocused();
	});
});
