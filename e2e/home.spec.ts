import { test, expect } from './support/fixtures.ts';

test('home page says what the guide answers and links to the quiz', async ({
	page,
	pageErrors,
}) => {
	await page.goto('./');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('namespaces');
	await page.getByRole('main').getByRole('link', { name: 'Take the decision quiz' }).click();
	await expect(page).toHaveURL(/\/decide\/$/);
	expect(pageErrors.list).toEqual([]);
});

test('every sidebar link opens a page of the guide @base-path', async ({ page }) => {
	await page.goto('./');
	const sidebar = page.locator('nav[aria-label="Main"]');
	const hrefs = await sidebar
		.getByRole('link')
		.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
	expect(hrefs.length).toBeGreaterThan(3);
	// Fetched, not opened: pages.spec.ts opens every page; this is about the sidebar's links.
	for (const href of hrefs) {
		const response = await page.request.get(href);
		expect(response.status(), href).toBe(200);
		expect(await response.text(), href).toMatch(/<h1[\s>]/);
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false, colorScheme: 'light' });

	test('the theme follows the system’s light preference, diagrams included', async ({ page }) => {
		await page.goto('./');
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(background).toBe('rgb(255, 255, 255)');
		const node = page.locator('figure.diagram svg .node rect').first();
		await expect(node).toBeVisible();
		// Mermaid's light theme fills nodes with #ECECFF; its dark theme with #1f2020.
		expect(await node.evaluate((rect) => getComputedStyle(rect).fill)).toBe('rgb(236, 236, 255)');
	});
});
