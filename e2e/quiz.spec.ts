import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { PUBLISHED_RECOMMENDATION_IDS } from '../src/lib/decision/contract.ts';
import { test, expect } from './support/fixtures.ts';

/** A complete path through the tree, in the order the quiz asks it. */
const HARDENED_PATH = [
	['tenants', 'internal-teams', 'Who will share the platform?'],
	['compliance', 'moderate', 'Must a regulated scope be kept separate?'],
	['untrusted-code', 'no', 'Does any tenant run code you do not trust?'],
	['cluster-scoped', 'no', 'Do tenants need their own CRDs, operators, webhooks or Kubernetes version?'],
	['regions', 'one', 'Must you run in more than one region or jurisdiction?'],
	['environments', 'shared', 'Must production run apart from development and test?'],
	['performance', 'shared-ok', 'Must some tenants be isolated for performance or special hardware?'],
] as const;
const HARDENED_QUERY = `?v=1&${HARDENED_PATH.map(([key, value]) => `${key}=${value}`).join('&')}`;

const quizQuestion = (page: Page) => page.locator('decision-quiz legend');
const reasons = (page: Page) => page.locator('.result-reasons > li');

/** Answers the current question using only the keyboard: Tab to the radios, arrows, Enter. */
async function answerWithKeyboard(page: Page, value: string): Promise<void> {
	const radios = page.locator('decision-quiz input[type="radio"]');
	const values = await radios.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
	const target = values.indexOf(value);
	expect(target, `answer ${value} offered`).toBeGreaterThanOrEqual(0);
	for (let presses = 0; presses < 80; presses += 1) {
		if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'answer')) break;
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

test.describe('the decision quiz', () => {
	test('can be completed with the keyboard alone, and Back walks back through the questions', async ({ page, pageErrors }) => {
		await page.goto('./decide/');
		for (const [index, [, value, prompt]] of HARDENED_PATH.entries()) {
			await expect(quizQuestion(page)).toHaveText(prompt);
			await expect(page.locator('.quiz-progress')).toContainText(`Question ${index + 1} of at most`);
			if (index > 0) {
				// Focus moved to the new question, so a screen reader announces it.
				await expect(page.locator('.quiz-question')).toBeFocused();
			}
			await answerWithKeyboard(page, value);
		}
		await expect(page).toHaveURL((url) => url.pathname.endsWith('/recommendations/hardened-namespaces/') && url.search === HARDENED_QUERY);
		await expect(reasons(page)).toHaveCount(HARDENED_PATH.length);

		// The browser's Back button returns to each question in turn.
		for (const [, , prompt] of [...HARDENED_PATH].reverse()) {
			await page.goBack();
			await expect(quizQuestion(page)).toHaveText(prompt);
		}
		expect(pageErrors.list).toEqual([]);
	});

	test('keeps its state across a reload and shows the answer chosen before on Back', async ({ page }) => {
		await page.goto('./decide/');
		await page.getByLabel('Several teams of one organisation').check();
		await page.getByRole('button', { name: 'Next' }).click();
		await expect(page).toHaveURL(/\?v=1&tenants=internal-teams$/);
		await page.reload();
		await expect(quizQuestion(page)).toHaveText('Must a regulated scope be kept separate?');
		await page.getByRole('button', { name: 'Back' }).click();
		await expect(page.getByLabel('Several teams of one organisation')).toBeChecked();
		await page.getByRole('button', { name: 'Next' }).click();
		await page.getByRole('button', { name: 'Start over' }).click();
		await expect(quizQuestion(page)).toHaveText('Who will share the platform?');
		await expect(page).toHaveURL(/\/decide\/$/);
	});

	test('asks for an answer instead of moving on without one', async ({ page }) => {
		await page.goto('./decide/');
		await page.getByRole('button', { name: 'Next' }).click();
		await expect(page.getByText('Choose an answer to continue.')).toBeVisible();
		await expect(quizQuestion(page)).toHaveText('Who will share the platform?');
	});

	test('goes straight to the result when a link already decides it', async ({ page }) => {
		await page.goto(`./decide/${HARDENED_QUERY}`);
		await expect(page).toHaveURL(/\/recommendations\/hardened-namespaces\/\?v=1&tenants=internal-teams/);
		await expect(reasons(page)).toHaveCount(HARDENED_PATH.length);
	});
});

test.describe('a shared result', () => {
	test('copies a link that reproduces the same recommendation, answers and reasons for someone else', async ({ page, browser, baseURL }) => {
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL ?? '').origin });
		await page.goto(`./recommendations/hardened-namespaces/${HARDENED_QUERY}&utm_source=chat`);
		const copy = page.getByRole('button', { name: 'Copy link' });
		await copy.focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
		const link = await page.evaluate(() => navigator.clipboard.readText());
		expect(link).toMatch(/\/recommendations\/hardened-namespaces\/\?v=1&tenants=internal-teams&compliance=moderate/);
		expect(link).not.toContain('utm_source');

		const mine = await reasons(page).allInnerTexts();
		const others = await page.locator('.result-others > li').allInnerTexts();
		const fresh = await browser.newContext();
		const theirs = await fresh.newPage();
		await theirs.goto(link);
		await expect(theirs.getByRole('heading', { level: 1 })).toHaveText('Hardened namespace per tenant');
		expect(await reasons(theirs).allInnerTexts()).toEqual(mine);
		expect(await theirs.locator('.result-others > li').allInnerTexts()).toEqual(others);
		await fresh.close();
	});

	test('explains what would change it and links to that recommendation with the changed answer', async ({ page }) => {
		await page.goto(`./recommendations/hardened-namespaces/${HARDENED_QUERY}`);
		const change = page.locator('h3:text("What would change it") + p');
		await expect(change).toContainText('“Yes, some need nodes to themselves”');
		await change.getByRole('link', { name: 'Dedicated nodes and sandboxed runtimes' }).click();
		await expect(page).toHaveURL(/\/recommendations\/dedicated-nodes\/\?.*performance=isolated/);
		await expect(reasons(page)).toHaveCount(HARDENED_PATH.length);
	});

	test('opens the quiz at the same answers with “Edit answers”', async ({ page }) => {
		await page.goto(`./recommendations/hardened-namespaces/${HARDENED_QUERY}`);
		await page.getByRole('link', { name: 'Edit answers' }).click();
		await expect(page).toHaveURL(/\/decide\/\?v=1&.*#edit$/);
		const review = page.locator('.quiz-review li');
		await expect(review).toHaveCount(HARDENED_PATH.length);
		await review.nth(2).getByRole('button', { name: /^Change the answer to/ }).click();
		await expect(quizQuestion(page)).toHaveText(HARDENED_PATH[2][2]);
		await expect(page.getByLabel('No', { exact: true })).toBeChecked();
	});

	test('downloads a decision record with the answers, the decision, the alternatives and the link', async ({ page }) => {
		await page.goto(`./recommendations/hardened-namespaces/${HARDENED_QUERY}`);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download decision record' }).click(),
		]);
		expect(download.suggestedFilename()).toMatch(/^decision-record-hardened-namespaces-\d{4}-\d{2}-\d{2}\.md$/);
		const record = await readFile((await download.path()) ?? '', 'utf8');
		expect(record).toContain('- Decision: Hardened namespace per tenant');
		expect(record).toContain('| Who will share the platform? | Several teams of one organisation |');
		expect(record).toContain('## Alternatives considered');
		expect(record).toMatch(/Link to this result: <http:\/\/127\.0\.0\.1:\d+\/.*recommendations\/hardened-namespaces\/\?v=1&tenants=internal-teams/);
	});

	test('prints the answers and reasons without navigation or quiz controls', async ({ page }) => {
		await page.goto(`./recommendations/hardened-namespaces/${HARDENED_QUERY}`);
		await expect(reasons(page)).toHaveCount(HARDENED_PATH.length);
		await page.emulateMedia({ media: 'print' });
		await expect(reasons(page).first()).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Why not the others' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
		await expect(page.getByRole('button', { name: 'Download decision record' })).toBeHidden();
		await expect(page.locator('nav[aria-label="Main"]')).toBeHidden();
		await expect(page.getByRole('button', { name: 'Search' })).toBeHidden();
		await expect(page.getByRole('combobox', { name: 'Select theme' })).toBeHidden();
		await expect(page.getByRole('link', { name: 'Edit answers' })).toBeHidden();
	});

	test('says where answers lead when they point at another recommendation', async ({ page }) => {
		await page.goto(`./recommendations/cluster-per-tenant/${HARDENED_QUERY}`);
		await expect(page.getByRole('heading', { name: 'Your answers lead to another recommendation' })).toBeVisible();
		await expect(page.locator('decision-result').getByRole('link', { name: 'Hardened namespace per tenant' })).toHaveAttribute(
			'href',
			/\/recommendations\/hardened-namespaces\/\?v=1&/,
		);
	});

	test('offers to continue the quiz when the answers are incomplete', async ({ page }) => {
		await page.goto('./recommendations/namespaces/?v=1&tenants=internal-teams');
		await expect(page.getByRole('heading', { name: 'Your answers are not complete yet' })).toBeVisible();
		await page.getByRole('link', { name: 'Continue the quiz' }).click();
		await expect(quizQuestion(page)).toHaveText('Must a regulated scope be kept separate?');
	});

	test('shows no result panel, and no notice about JavaScript, when opened without answers', async ({ page }) => {
		await page.goto('./recommendations/namespaces/');
		await expect(page.locator('[data-result-panel]')).toBeHidden();
		await expect(page.getByText('Opened from the quiz?')).toBeHidden();
		await expect(page.getByRole('heading', { name: 'What it commits you to' })).toBeVisible();
	});
});

/** Links someone might tamper with, truncate, or bring from another version of the tree. */
const MALFORMED: string[] = [
	'?v=1&tenants=everyone',
	'?v=1&utm_source=newsletter',
	'?v=1&tenants=<script>window.__pwned=1</script>',
	'?v=1&<script>window.__pwned=1</script>=1',
	'?v=1&tenants="><img src=x onerror="window.__pwned=1">',
	'?v=1&"><img src=x onerror="window.__pwned=1">=internal-teams',
	'?v=1&tenants=javascript:window.__pwned=1',
	'?v=1&javascript:alert(1)=x',
	`?v=1&tenants=${'x'.repeat(10_240)}`,
	`?v=1&${'k'.repeat(10_240)}=internal-teams`,
	`?v=1&compliance=${'%3Cb%3E'.repeat(1_500)}`,
	'?v=2&tenants=internal-teams',
	'?v=0&tenants=single-team&untrusted-code=yes',
	'?tenants=internal-teams',
	'?v=abc&tenants=internal-teams',
	'?v=1&v=2&tenants=internal-teams',
	'?v=1&tenants=internal-teams&tenants=external-customers',
	'?v=1&tenants=internal-teams&compliance=strict&compliance=none',
	'?v=1&tenants=%E0%A4%A',
	'?v=1&tenants=%00',
	'?v=1&tenants=internal-teams%00',
	'?v=1&__proto__=x',
	'?v=1&constructor=prototype',
	'?v=1&tenants=__proto__',
	'?v=1&tenants=constructor',
	'?v=1&tenants=toString',
	'?v=1&TENANTS=internal-teams',
	'?v=1&tenants=Internal-Teams',
	'?v=1&tenants= internal-teams',
	'?v=1&tenants=internal-teams&compliance=',
	'?v=1&=internal-teams',
	'?v=1&&&&tenants',
	'?v=1&tenants[]=internal-teams',
	'?v=1&tenants=internal-teams;compliance=strict',
	'?v=1&tenants=single-team&untrusted-code=maybe',
	'?v=1&tenants=external-customers&compliance=strict&budget=unlimited',
	'?v=1&tenants=internal-teams&api-access=sometimes',
	'?v=1&regions=mars',
	'?v=1&ops=%F0%9F%92%A5',
	'?v=1&tenants=%E2%80%AEsmaet-lanretni',
	'?v=1&tenants=internal-teams&performance=<svg/onload=window.__pwned=1>',
	'?v=1&tenants=internal-teams&environments=<iframe src=javascript:window.__pwned=1>',
	'?v=1&style=color:red',
	'?v=1&onload=window.__pwned=1',
	'?v=1&tenants=internal-teams&compliance=none&api-access=yes&untrusted-code=yes&extra=1',
	'?v=9999999999999999999999&tenants=internal-teams',
	'?v=1&tenants=internal-teams&compliance=moderate&untrusted-code=no&cluster-scoped=no&regions=one&environments=shared&performance=fast',
	'?v=1&tenants=single-team&untrusted-code=no&regions=one&compliance=none&environments=shared&x=<b>bold</b>',
	'?v=1&tenant-count=many&budget=tight&ops=platform-team&tenants=mixed',
	'?v=1&%3Cscript%3E=%3Cscript%3E',
];

test.describe('malformed share links', () => {
	test('are at least fifty distinct cases', () => {
		expect(new Set(MALFORMED).size).toBeGreaterThanOrEqual(50);
	});

	const groups = 5;
	for (let group = 0; group < groups; group += 1) {
		const cases = MALFORMED.filter((_, index) => index % groups === group);
		test(`each give a visible notice, no error and no injected markup (group ${group + 1})`, async ({ page, pageErrors }) => {
			for (const [index, query] of cases.entries()) {
				// Alternate between the quiz and a result page, the two places links point at.
				const path = index % 2 === 0 ? './decide/' : './recommendations/hardened-namespaces/';
				await page.goto(`${path}${query}`);
				const notice = page.locator('[data-decision-notice]');
				await expect(notice, query.slice(0, 80)).toBeVisible();
				await expect(notice.locator('li').first()).not.toBeEmpty();
				const injected = await page.evaluate(() => ({
					pwned: '__pwned' in window,
					images: document.querySelectorAll('img[src="x"], svg[onload], iframe').length,
					javascriptLinks: [...document.querySelectorAll('a[href]')].filter((a) => a.getAttribute('href')?.trim().toLowerCase().startsWith('javascript:')).length,
					bold: document.querySelectorAll('[data-decision-notice] b, [data-decision-notice] script').length,
				}));
				expect(injected, query.slice(0, 80)).toEqual({ pwned: false, images: 0, javascriptLinks: 0, bold: 0 });
			}
			expect(pageErrors.list).toEqual([]);
		});
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the quiz page says so and every recommendation is reachable from its tree', async ({ page }) => {
		await page.goto('./decide/');
		await expect(page.getByText('The step-by-step quiz needs JavaScript')).toBeVisible();
		await expect(page.locator('details.quiz-tree')).toHaveAttribute('open');
		const leaves = page.locator('.decision-tree a[href*="/recommendations/"]');
		const hrefs = await leaves.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
		const byId = new Map(hrefs.map((href) => [/\/recommendations\/([^/]+)\//.exec(href)?.[1] ?? '', href]));
		expect([...byId.keys()].sort()).toEqual([...PUBLISHED_RECOMMENDATION_IDS].sort());
		for (const href of byId.values()) {
			const response = await page.goto(href);
			expect(response?.status(), href).toBe(200);
			await expect(page.getByRole('heading', { name: 'What it commits you to' })).toBeVisible();
		}
	});
});

test.describe('the whole tree as a diagram', () => {
	test('highlights the reader’s path in the theme shown', async ({ page }) => {
		await page.goto(`./decide/tree/${HARDENED_QUERY}`);
		await expect(page.locator('[data-tree-path]')).toHaveText(/Your 7 answers are highlighted, ending at “Hardened namespace per tenant”/);
		const visible = page.locator('figure.diagram svg:visible');
		await expect(visible.locator('.flowchart-link.on-path')).toHaveCount(HARDENED_PATH.length);
		await expect(visible.locator('g.node.on-path')).toHaveCount(HARDENED_PATH.length + 1);
	});
});
