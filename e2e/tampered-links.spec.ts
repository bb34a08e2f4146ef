/**
 * Every kind of tampered or outdated link gets its notice, on every page that reads the query:
 * the quiz (/decide/), which sends a link that answers everything on to the plan; the plan
 * (/decide/plan/); a recommendation page, which forwards quiz links to the plan; and the
 * comparison (/compare/?a=…&b=…). Tracking parameters alone raise none, and no page errs.
 */
import type { Page } from '@playwright/test';
import { loadGuideData } from '../src/lib/data/load.ts';
import { test, expect } from './support/fixtures.ts';
import { PLAN_QUERY } from './support/pages.ts';

const { options, decision } = loadGuideData();
const FULL = PLAN_QUERY.slice(1);
const WITHOUT_VERSION = FULL.replace(/^v=\d+&/, '');
const [firstKey, firstValue] = WITHOUT_VERSION.split('&')[0]!.split('=') as [string, string];

/** A link that answers every question, tampered one way, and what its notice must say. */
const FULL_LINKS: [name: string, query: string, says: RegExp][] = [
	[
		'a version that never existed (v=99)',
		FULL.replace(/^v=\d+/, 'v=99'),
		/version .?99.? of the quiz/,
	],
	['an older version (v=1)', FULL.replace(/^v=\d+/, 'v=1'), /made with version 1 of the quiz/],
	['no version', WITHOUT_VERSION, /does not say which version/],
	['an unknown key', `${FULL}&colour=red`, /colour.? is not a question/],
	[
		'a repeated key',
		`${FULL}&${firstKey}=${firstValue}`,
		new RegExp(`${firstKey}.? appears more than once`),
	],
	['a right-to-left override', `${FULL}&%E2%80%AEyek=1`, /\[U\+202E\]yek.? is not a question/],
	['an empty key', `${FULL}&=x`, /A value without a name/],
];

const PAGES = ['decide/', 'decide/plan/', `recommendations/${options.options[0]!.id}/`];

async function expectPlanWithNotice(page: Page, says: RegExp): Promise<void> {
	await expect(page).toHaveURL(/\/decide\/plan\/\?/);
	await expect(page.locator('[data-plan]')).toBeVisible();
	await expect(page.locator('[data-decision-notice]')).toContainText(says);
}

test.describe('a tampered link that answers every question', () => {
	for (const path of PAGES) {
		test(`opened at /${path}, shows the plan with the notice of each kind of tampering`, async ({
			page,
			pageErrors,
		}) => {
			for (const [name, query, says] of FULL_LINKS) {
				await test.step(name, async () => {
					await page.goto(`./${path}?${query}`);
					await expectPlanWithNotice(page, says);
				});
			}
			expect(pageErrors.list).toEqual([]);
		});
	}

	for (const path of PAGES.slice(0, 2))
		test(`opened at /${path} with only Google’s tracking parameters added, shows the plan without a notice`, async ({
			page,
			pageErrors,
		}) => {
			await page.goto(`./${path}?${FULL}&gad_source=1&gad_campaignid=2&srsltid=AfmBOoq`);
			await expect(page).toHaveURL(/\/decide\/plan\/\?/);
			await expect(page.locator('[data-plan]')).toBeVisible();
			await expect(page.locator('[data-decision-notice]')).toHaveCount(0);
			expect(pageErrors.list).toEqual([]);
		});
});

test.describe('a tampered quiz link that answers some questions', () => {
	test('shows its notices above the next question, with hidden characters named', async ({
		page,
		pageErrors,
	}) => {
		await page.goto(
			`./decide/?v=${decision.version}&tenants=single%E2%80%8B-team&=x&%E2%80%AEkey=1`,
		);
		const notice = page.locator('[data-decision-notice]');
		await expect(notice).toContainText('single[U+200B]-team');
		await expect(notice).toContainText('[U+202E]key');
		await expect(notice).toContainText('A value without a name');
		await expect(notice).not.toContainText('“”');
		await expect(page.locator('decision-quiz fieldset legend')).toBeVisible();
		expect(pageErrors.list).toEqual([]);
	});
});

test('the quiz opened at //decide/ moves on with each answer', async ({
	page,
	baseURL,
	pageErrors,
}) => {
	const origin = new URL(baseURL!).origin;
	await page.goto(`${origin}//decide/`);
	await page.locator('decision-quiz input[type="radio"]').first().check();
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.locator('.quiz-progress')).toHaveText(/^Question 2 of/);
	expect(new URL(page.url()).origin).toBe(origin);
	await page.getByRole('button', { name: 'Back' }).click();
	await expect(page.locator('.quiz-progress')).toHaveText(/^Question 1 of/);
	expect(pageErrors.list).toEqual([]);
});

test.describe('a tampered comparison link', () => {
	const [a, b] = [options.options[0]!.id, options.options[1]!.id];
	const LINKS: [name: string, query: string, says: RegExp, pair: boolean][] = [
		[
			'an option that does not exist',
			`a=${a}&b=no-such-option`,
			/no-such-option.? is not an option/,
			false,
		],
		['the same option twice', `a=${a}&b=${a}`, /compares .?.+.? with itself/, false],
		['one option alone', `a=${a}`, /names only one option/, false],
		['an empty option', `a=${a}&b=`, /names only one option/, false],
		['a repeated key', `a=${a}&b=${b}&a=${b}`, /a.? appears more than once/, true],
		['an unknown key', `a=${a}&b=${b}&c=1`, /c.? is not part of a comparison link/, true],
		['a right-to-left override', `a=${a}&b=%E2%80%AE${b}`, /\[U\+202E\]/, false],
	];

	test('shows its notice, and the pair only when the link names two options', async ({
		page,
		pageErrors,
	}) => {
		for (const [name, query, says, pair] of LINKS) {
			await test.step(name, async () => {
				await page.goto(`./compare/?${query}`);
				await expect(page.locator('[data-decision-notice]')).toContainText(says);
				await expect(page.locator('compare-table')).toHaveClass(pair ? /two-up/ : /^(?!.*two-up)/);
			});
		}
		expect(pageErrors.list).toEqual([]);
	});

	test('with only tracking parameters added, shows the pair without a notice', async ({ page }) => {
		await page.goto(`./compare/?a=${a}&b=${b}&utm_source=x&srsltid=y&gad_source=1`);
		await expect(page.locator('compare-table.two-up')).toBeVisible();
		await expect(page.locator('[data-decision-notice]')).toHaveCount(0);
	});
});
