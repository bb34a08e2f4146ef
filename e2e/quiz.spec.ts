import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { loadGuideData } from '../src/lib/data/load.ts';
import { PUBLISHED_RECOMMENDATION_IDS } from '../src/lib/decision/contract.ts';
import { v1Links } from '../test/v1-links.ts';
import { v2Links } from '../test/v2-links.ts';
import { test, expect } from './support/fixtures.ts';
import { BASE_PATH_TAG } from './variants.ts';

const { decision } = loadGuideData();
const V = `v=${decision.version}`;
const prompt = (id: string) => decision.questions.find((question) => question.id === id)!.prompt;
const label = (id: string, value: string) =>
	decision.questions
		.find((question) => question.id === id)!
		.answers.find((answer) => answer.value === value)!.label;

/** A bank's platform: 40 teams using the API, two of them handling card data. */
const BANK = [
	['tenants', 'internal-teams'],
	['tenant-count', 'many'],
	['api-access', 'yes'],
	['untrusted-code', 'no'],
	['node-level', 'no'],
	['compliance', 'strict'],
	['cluster-scoped', 'no'],
	['performance', 'shared-ok'],
	['environments', 'separate-prod'],
	['regions', 'one'],
	['scale', 'small'],
	['ops', 'platform-team'],
] as const;
const BANK_QUERY = `?${V}&${BANK.map(([key, value]) => `${key}=${value}`).join('&')}`;

const quizQuestion = (page: Page) => page.locator('decision-quiz legend');
const planSummary = (page: Page) => page.locator('[data-plan]');

/** Answers the current question using only the keyboard: Tab to the radios, arrows, Enter. */
async function answerWithKeyboard(page: Page, value: string): Promise<void> {
	const radios = page.locator('decision-quiz input[type="radio"]');
	const values = await radios.evaluateAll((inputs) =>
		inputs.map((input) => (input as HTMLInputElement).value),
	);
	const target = values.indexOf(value);
	expect(target, `answer ${value} offered`).toBeGreaterThanOrEqual(0);
	for (let presses = 0; presses < 80; presses += 1) {
		if (
			await page.evaluate(
				() => (document.activeElement as HTMLInputElement | null)?.name === 'answer',
			)
		)
			break;
		await page.keyboard.press('Tab');
	}
	const focused = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
	let index = values.indexOf(focused);
	if (index === target) await page.keyboard.press('Space');
	while (index < target) {
		await page.keyboard.press('ArrowDown');
		index += 1;
	}
	while (index > target) {
		await page.keyboard.press('ArrowUp');
		index -= 1;
	}
	await expect(radios.nth(target)).toBeChecked();
	await page.keyboard.press('Enter');
}

// Behaviour a DOM alone shows (which question comes next, the error without an answer,
// conditional parts, a plan without answers) is tested in happy-dom next to the elements
// (src/client/*.test.ts); these tests need a real browser: keyboard, reload, history,
// clipboard, downloads, printing, navigation between pages.
test.describe('the decision quiz', () => {
	test('can be completed with the keyboard alone and ends on a plan; Back walks back through the questions', async ({
		page,
		pageErrors,
	}) => {
		await page.goto('./decide/');
		for (const [index, [key, value]] of BANK.entries()) {
			await expect(quizQuestion(page)).toHaveText(prompt(key));
			await expect(page.locator('.quiz-progress')).toContainText(
				`Question ${index + 1} of at most`,
			);
			if (index > 0) await expect(page.locator('.quiz-question')).toBeFocused();
			await answerWithKeyboard(page, value);
		}
		await expect(page).toHaveURL(
			(url) => url.pathname.endsWith('/decide/plan/') && url.search === BANK_QUERY,
		);
		await expect(planSummary(page)).toHaveAttribute('data-plan', /cluster-per-scope/);
		await expect(planSummary(page)).toHaveAttribute('data-clusters', '4');

		// The browser's Back button returns to each question in turn, the last one first.
		for (const [key] of [...BANK].reverse()) {
			await page.goBack();
			await expect(quizQuestion(page)).toHaveText(prompt(key));
		}
		expect(pageErrors.list).toEqual([]);
	});

	test('keeps its state across a reload and shows the answer chosen before on Back', async ({
		page,
	}) => {
		await page.goto('./decide/');
		await page.getByLabel(label('tenants', 'internal-teams')).check();
		await page.getByRole('button', { name: 'Next' }).click();
		await expect(page).toHaveURL(new RegExp(`\\?${V}&tenants=internal-teams$`));
		await page.reload();
		await expect(quizQuestion(page)).toHaveText(prompt('tenant-count'));
		await page.getByRole('button', { name: 'Back' }).click();
		await expect(page.getByLabel(label('tenants', 'internal-teams'))).toBeChecked();
		await page.getByRole('button', { name: 'Next' }).click();
		await page.getByRole('button', { name: 'Start over' }).click();
		await expect(quizQuestion(page)).toHaveText(prompt('tenants'));
		await expect(page).toHaveURL(/\/decide\/$/);
	});

	test('goes straight to the plan when a link already answers everything @base-path', async ({
		page,
	}) => {
		await page.goto(`./decide/${BANK_QUERY}`);
		await expect(page).toHaveURL(/\/decide\/plan\/\?/);
		await expect(planSummary(page)).toBeVisible();
	});
});

test.describe('a plan', () => {
	test('puts the verdict first, with the clusters and the layers inside them', async ({
		page,
		pageErrors,
	}) => {
		await page.goto(`./decide/plan/${BANK_QUERY}`);
		await expect(page.locator('.plan-verdict')).toHaveText(
			/^4 clusters: 2 shared clusters \(prod and non-prod\) and 2 clusters for the regulated scope/,
		);
		const groups = page.locator('.plan-group');
		await expect(groups).toHaveCount(2);
		await expect(groups.first().locator('.plan-tiles li')).toHaveText(['prod', 'non-prod']);
		const hardened = decision.rules.find((rule) => rule.id === 'hardened-for-api-users')!.short;
		await expect(groups.first().locator('.plan-layers')).toContainText(hardened);
		await expect(page.locator('.plan-absent li[data-absent]')).toHaveCount(
			PUBLISHED_RECOMMENDATION_IDS.length - 3,
		);
		expect(pageErrors.list).toEqual([]);
	});

	test('copies a link that reproduces the same plan for someone else, without tracking parameters @base-path', async ({
		page,
		browser,
		baseURL,
	}) => {
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: new URL(baseURL ?? '').origin,
		});
		await page.goto(`./decide/plan/${BANK_QUERY}&utm_source=chat&fbclid=x`);
		await expect(page.locator('[data-decision-notice]')).toHaveCount(0);
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
		const link = await page.evaluate(() => navigator.clipboard.readText());
		expect(link).toContain(`/decide/plan/${BANK_QUERY}`);
		expect(link).not.toMatch(/utm_source|fbclid/);

		const mine = await page.locator('.plan-parts').innerText();
		const fresh = await browser.newContext();
		const theirs = await fresh.newPage();
		await theirs.goto(link);
		await expect(theirs.locator('[data-plan]')).toHaveAttribute(
			'data-plan',
			(await planSummary(page).getAttribute('data-plan'))!,
		);
		expect(await theirs.locator('.plan-parts').innerText()).toEqual(mine);
		await fresh.close();
	});

	test('says what would change it, and which answers changed nothing', async ({ page }) => {
		await page.goto(`./decide/plan/${BANK_QUERY}`);
		const changes = page.locator('.plan-changes');
		await expect(changes).toContainText(`${label('compliance', 'none')}`);
		await expect(changes).toContainText('drops Separate clusters for a regulated scope');
		await expect(page.locator('.plan-unchanged')).toContainText(
			'These answers did not change anything',
		);
	});

	test('opens the quiz at the same answers with “Edit answers”, and a changed answer gives a new plan @base-path', async ({
		page,
	}) => {
		await page.goto(`./decide/plan/${BANK_QUERY}`);
		await page.getByRole('link', { name: 'Edit answers' }).click();
		await expect(page).toHaveURL(/\/decide\/\?.*#edit$/);
		const review = page.locator('.quiz-review li');
		await expect(review).toHaveCount(BANK.length);
		await review
			.nth(BANK.findIndex(([key]) => key === 'compliance'))
			.getByRole('button', { name: /^Change the answer to/ })
			.click();
		await expect(quizQuestion(page)).toHaveText(prompt('compliance'));
		await expect(page.getByLabel(label('compliance', 'strict'))).toBeChecked();
		await page.getByLabel(label('compliance', 'none')).check();
		await page.getByRole('button', { name: 'Next' }).click();
		await expect(planSummary(page)).toHaveAttribute('data-clusters', '2');
		await expect(planSummary(page)).not.toHaveAttribute('data-plan', /cluster-per-scope/);
	});

	test('downloads a decision record with the whole plan and its link, dated with the reader’s day @base-path', async ({
		page,
	}) => {
		await page.goto(`./decide/plan/${BANK_QUERY}`);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download decision record' }).click(),
		]);
		expect(download.suggestedFilename()).toMatch(
			/^decision-record-cluster-per-scope-\d{4}-\d{2}-\d{2}\.md$/,
		);
		const record = await readFile((await download.path()) ?? '', 'utf8');
		expect(record).toMatch(/- Decision: 4 clusters: 2 shared clusters/);
		expect(record).toContain(
			'| Who will share the platform? | Several teams of one organisation |',
		);
		expect(record).toContain('### The clusters');
		expect(record).toMatch(
			/Link to this plan: <http:\/\/127\.0\.0\.1:\d+\/.*decide\/plan\/\?v=\d+&tenants=internal-teams/,
		);
	});

	test('prints the whole plan without navigation or controls', async ({ page }) => {
		await page.goto(`./decide/plan/${BANK_QUERY}`);
		await expect(planSummary(page)).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.plan-verdict')).toBeVisible();
		await expect(page.locator('.plan-group').first()).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Not in your plan' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
		await expect(page.locator('nav[aria-label="Main"]')).toBeHidden();
		await expect(page.getByRole('link', { name: 'Edit answers' })).toBeHidden();
	});
});

test.describe('links made with version 1', () => {
	// Every link goes through the engine in plan.test.ts; the browser opens one per page they
	// pointed at, each taking the redirect from that page to the plan.
	const links = v1Links();
	const onePerPage = [...new Map(links.map((link) => [link.outcome, link])).values()];

	test(
		`a link to each of the ${onePerPage.length} pages they pointed at opens on a plan with a notice, with no page error`,
		{
			tag: BASE_PATH_TAG,
		},
		async ({ page, pageErrors }) => {
			expect(onePerPage.length).toBeGreaterThan(4);
			for (const { outcome, query } of onePerPage) {
				await page.goto(`./recommendations/${outcome}/${query}`);
				await expect(page, query).toHaveURL(/\/decide\/plan\/\?v=1&/);
				await expect(planSummary(page), query).toHaveAttribute('data-plan', /\S/);
				await expect(page.locator('[data-decision-notice]'), query).toContainText(
					'earlier version of the quiz',
				);
			}
			expect(pageErrors.list).toEqual([]);
		},
	);

	test('a recommendation page with only tracking parameters stays put, with no notice', async ({
		page,
	}) => {
		await page.goto('./recommendations/namespaces/?utm_source=newsletter&fbclid=x');
		await expect(page).toHaveURL(/\/recommendations\/namespaces\//);
		await expect(page.getByRole('heading', { name: 'What it commits you to' })).toBeVisible();
		await expect(page.locator('[data-decision-notice]')).toHaveCount(0);
	});
});

test.describe('links made with version 2', () => {
	// A seeded sample of version-2 links goes through the engine in test/content/scenarios.test.ts;
	// the browser opens a few, from the quiz and from the plan.
	const links = v2Links(4, 7);

	test(`open on a plan with a notice and no page error, from the plan and from the quiz @base-path`, async ({
		page,
		pageErrors,
	}) => {
		for (const query of links) {
			await page.goto(`./decide/plan/${query}`);
			await expect(planSummary(page), query).toHaveAttribute('data-plan', /\S/);
			await expect(page.locator('[data-decision-notice]'), query).toContainText(
				'earlier version of the quiz',
			);
		}
		// From the quiz, a version-2 link asks the questions added since before its plan opens.
		const bankV2 = BANK.filter(([key]) => key !== 'node-level');
		await page.goto(`./decide/?v=2&${bankV2.map(([key, value]) => `${key}=${value}`).join('&')}`);
		await expect(quizQuestion(page)).toHaveText(prompt('node-level'));
		await expect(page.locator('[data-decision-notice]')).toContainText(
			`made with version 2 of the quiz; this is version ${decision.version}`,
		);
		expect(pageErrors.list).toEqual([]);
	});
});

/** Links someone might tamper with, truncate, or bring from another version of the quiz. */
const MALFORMED: string[] = [
	`?${V}&tenants=everyone`,
	`?${V}&tenants=<script>window.__pwned=1</script>`,
	`?${V}&<script>window.__pwned=1</script>=1`,
	`?${V}&tenants="><img src=x onerror="window.__pwned=1">`,
	`?${V}&"><img src=x onerror="window.__pwned=1">=internal-teams`,
	`?${V}&tenants=javascript:window.__pwned=1`,
	`?${V}&javascript:alert(1)=x`,
	`?${V}&tenants=${'x'.repeat(10_240)}`,
	`?${V}&${'k'.repeat(10_240)}=internal-teams`,
	`?${V}&compliance=${'%3Cb%3E'.repeat(1_500)}`,
	`?v=${decision.version + 1}&tenants=internal-teams`,
	'?v=0&tenants=single-team&untrusted-code=yes',
	'?tenants=internal-teams',
	'?v=abc&tenants=internal-teams',
	`?${V}&v=9&tenants=internal-teams`,
	`?${V}&tenants=internal-teams&tenants=external-customers`,
	`?${V}&tenants=internal-teams&compliance=strict&compliance=none`,
	`?${V}&tenants=%E0%A4%A`,
	`?${V}&tenants=%00`,
	`?${V}&tenants=internal-teams%00`,
	`?${V}&__proto__=x`,
	`?${V}&constructor=prototype`,
	`?${V}&tenants=__proto__`,
	`?${V}&tenants=constructor`,
	`?${V}&tenants=toString`,
	`?${V}&TENANTS=internal-teams`,
	`?${V}&tenants=Internal-Teams`,
	`?${V}&tenants= internal-teams`,
	`?${V}&tenants=internal-teams&compliance=`,
	`?${V}&=internal-teams`,
	`?${V}&&&&tenants`,
	`?${V}&tenants[]=internal-teams`,
	`?${V}&tenants=internal-teams;compliance=strict`,
	`?${V}&tenants=single-team&untrusted-code=maybe`,
	`?${V}&tenants=external-customers&compliance=strict&budget=unlimited`,
	`?${V}&tenants=internal-teams&api-access=sometimes`,
	`?${V}&regions=mars`,
	`?${V}&ops=%F0%9F%92%A5`,
	`?${V}&tenants=%E2%80%AEsmaet-lanretni`,
	`?${V}&%E2%80%AEevil=1`,
	`?${V}&tenants=internal-teams&performance=<svg/onload=window.__pwned=1>`,
	`?${V}&tenants=internal-teams&environments=<iframe src=javascript:window.__pwned=1>`,
	`?${V}&style=color:red`,
	`?${V}&onload=window.__pwned=1`,
	`?${V}&tenants=internal-teams&compliance=none&api-access=yes&untrusted-code=yes&extra=1`,
	'?v=9999999999999999999999&tenants=internal-teams',
	`?${V}&tenants=internal-teams&compliance=moderate&untrusted-code=no&cluster-scoped=no&regions=one&environments=shared&performance=fast`,
	`?${V}&tenants=single-team&untrusted-code=no&regions=one&compliance=none&environments=shared&x=<b>bold</b>`,
	`?${V}&tenant-count=many&budget=tight&ops=platform-team&tenants=mixed`,
	`?${V}&%3Cscript%3E=%3Cscript%3E`,
];

test.describe('malformed share links', () => {
	test('are at least fifty distinct cases', () => {
		expect(new Set(MALFORMED).size).toBeGreaterThanOrEqual(50);
	});

	const groups = 5;
	for (let group = 0; group < groups; group += 1) {
		const cases = MALFORMED.filter((_, index) => index % groups === group);
		test(`each give a visible notice, no error and no injected markup (group ${group + 1})`, async ({
			page,
			pageErrors,
		}) => {
			for (const [index, query] of cases.entries()) {
				// Alternate between the quiz and the plan, the two places links point at.
				const path = index % 2 === 0 ? './decide/' : './decide/plan/';
				await page.goto(`${path}${query}`);
				const notice = page.locator('[data-decision-notice]');
				await expect(notice, query.slice(0, 80)).toBeVisible();
				await expect(notice.locator('li').first()).not.toBeEmpty();
				const injected = await page.evaluate(() => ({
					pwned: '__pwned' in window,
					images: document.querySelectorAll('img[src="x"], svg[onload], iframe').length,
					javascriptLinks: [...document.querySelectorAll('a[href]')].filter((a) =>
						a.getAttribute('href')?.trim().toLowerCase().startsWith('javascript:'),
					).length,
					bold: document.querySelectorAll('[data-decision-notice] b, [data-decision-notice] script')
						.length,
				}));
				expect(injected, query.slice(0, 80)).toEqual({
					pwned: false,
					images: 0,
					javascriptLinks: 0,
					bold: 0,
				});
			}
			expect(pageErrors.list).toEqual([]);
		});
	}

	test('quote text from the link in an isolated span, with a right-to-left override named instead of reordering the sentence', async ({
		page,
	}) => {
		await page.goto(`./decide/?${V}&%E2%80%AEevil=1`);
		const quoted = page.locator('[data-decision-notice] li bdi');
		await expect(quoted).toHaveText('[U+202E]evil');
		await expect(page.locator('[data-decision-notice] li').first()).toContainText(
			'is not a question this quiz asks',
		);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the quiz page lists every question and rule as text, linking every option @base-path', async ({
		page,
	}) => {
		await page.goto('./decide/');
		await expect(page.getByText('The step-by-step quiz needs JavaScript')).toBeVisible();
		await expect(page.locator('details.quiz-text')).toHaveAttribute('open');
		for (const question of decision.questions)
			await expect(page.locator('.rules-questions')).toContainText(question.prompt);
		const hrefs = await page
			.locator('.rules-list a[href*="/recommendations/"]')
			.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
		const ids = new Set(hrefs.map((href) => /\/recommendations\/([^/]+)\//.exec(href)?.[1]));
		expect([...ids].sort()).toEqual([...PUBLISHED_RECOMMENDATION_IDS].sort());
	});

	test('the plan page explains that it needs JavaScript and where the rules are', async ({
		page,
	}) => {
		await page.goto(`./decide/plan/${BANK_QUERY}`);
		await expect(page.getByText('turning them into a plan happens in your browser')).toBeVisible();
		await page.getByRole('main').getByRole('link', { name: 'how the quiz decides' }).click();
		await expect(page.locator('.rules-list > li').first()).toBeVisible();
	});
});
