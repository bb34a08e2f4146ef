import { loadGuideData } from '../src/lib/data/load.ts';
import { test, expect } from './support/fixtures.ts';

const { options } = loadGuideData().options;
const visibleColumns = (page: import('@playwright/test').Page) =>
	page.locator('table.comparison thead th[data-option]:visible');

test.describe('the comparison table', () => {
	test('shows every option, with a cue to scroll sideways', async ({ page }) => {
		await page.goto('./compare/');
		await expect(visibleColumns(page)).toHaveCount(options.length);
		await expect(page.locator('.scroll-cue')).toBeVisible();
	});

	test('narrows to two options with a link that can be shared @base-path', async ({
		page,
		pageErrors,
	}) => {
		await page.goto('./compare/');
		const [first, second] = [options[0]!, options.at(-1)!];
		await page.getByRole('combobox', { name: 'Compare', exact: true }).selectOption(first.id);
		await page.getByRole('combobox', { name: 'with', exact: true }).selectOption(second.id);
		await page.getByRole('button', { name: 'Compare two' }).click();
		await expect(page).toHaveURL(new RegExp(`\\?a=${first.id}&b=${second.id}$`));
		await expect(visibleColumns(page)).toHaveText([first.shortName, second.shortName]);
		await expect(page.locator('table.comparison caption')).toContainText(
			`${first.shortName} and ${second.shortName}`,
		);
		await page.getByRole('link', { name: `Show all ${options.length}` }).click();
		await expect(visibleColumns(page)).toHaveCount(options.length);
		expect(pageErrors.list).toEqual([]);
	});

	test('ignores a pair that names an unknown option', async ({ page }) => {
		await page.goto(`./compare/?a=${options[0]!.id}&b=no-such-option`);
		await expect(visibleColumns(page)).toHaveCount(options.length);
	});
});

test.describe('the comparison table without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows the whole table, whatever the link asks for', async ({ page }) => {
		await page.goto(`./compare/?a=${options[0]!.id}&b=${options[1]!.id}`);
		await expect(visibleColumns(page)).toHaveCount(options.length);
		await expect(page.locator('[data-compare-pick]')).toBeHidden();
	});
});
