/**
 * Captions and table headings built from the guide's data read as sentences: every word in its
 * place, every space kept (a formatter once glued "compared on10dimensions"). Read as the reader
 * sees them, from the built pages.
 */
import { loadGuideData } from '../src/lib/data/load.ts';
import { test, expect } from './support/fixtures.ts';
import { PLAN_QUERY } from './support/pages.ts';

const { options, decision } = loadGuideData();
const names = options.options.map((option) => option.shortName);
const labels = options.dimensions.map((dimension) => dimension.label);
const compared = `compared on ${labels.length} dimensions`;

test.describe('captions and table headings built from data', () => {
	test('the comparison table: its caption, one column per option, one row per dimension', async ({
		page,
	}) => {
		await page.goto('./compare/');
		await expect(page.locator('table.comparison caption')).toHaveText(
			`${names.length} ways to separate tenants, ${compared}`,
		);
		await expect(page.locator('table.comparison thead th')).toHaveText(names);
		await expect(page.locator('table.comparison tbody th')).toHaveText(labels);
	});

	test('the comparison of two options names them in its caption', async ({ page }) => {
		const [a, b] = [options.options[0]!, options.options[2]!];
		await page.goto(`./compare/?a=${a.id}&b=${b.id}`);
		await expect(page.locator('table.comparison caption')).toHaveText(
			`${a.shortName} and ${b.shortName}, ${compared}`,
		);
	});

	test('each recommendation page rates its option on every dimension', async ({ page }) => {
		for (const option of options.options) {
			await page.goto(`./recommendations/${option.id}/`);
			const ratings = page.locator('.recommendation-ratings');
			await expect(ratings.locator('summary')).toHaveText(
				`How it rates on the ${labels.length} dimensions of the comparison`,
			);
			await expect(ratings.locator('thead th')).toHaveText(['Dimension', 'Rating', 'Why']);
			await expect(ratings.locator('tbody th')).toHaveText(labels);
		}
	});

	test('the plan’s cost sketch heads each row with a provider and tier of the price list', async ({
		page,
	}) => {
		await page.goto(`./decide/plan/${PLAN_QUERY}`);
		const rows = page.locator('.plan-table tbody th');
		await expect(rows.first()).toBeVisible();
		const tiers = decision.prices.providers.flatMap((provider) =>
			provider.prices.map((price) => `${provider.name}, ${price.tier}`),
		);
		const headings = await rows.evaluateAll((cells) =>
			cells.map((cell) => cell.firstChild?.textContent ?? ''),
		);
		expect(headings.length).toBeGreaterThan(0);
		expect(headings.filter((heading) => !tiers.includes(heading))).toEqual([]);
	});
});
