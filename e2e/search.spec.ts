import { test, expect } from './support/fixtures.ts';

// A word only the home page uses, so exactly one result must come back.
const UNIQUE_WORD = 'reviewers';

test('search finds the one page that contains a word and links to it', async ({ page, baseURL }) => {
	await page.goto('./concepts/');
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('textbox', { name: 'Search' }).fill(UNIQUE_WORD);
	const results = dialog.locator('.pagefind-ui__result');
	await expect(results).toHaveCount(1);
	const link = results.first().locator('.pagefind-ui__result-title a').first();
	await expect(link).toHaveAttribute('href', new URL(baseURL ?? '/').pathname);
	await link.click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Several namespaces');
});
