/**
 * What the quality gates visit: every page in the build's sitemap, plus page states a URL alone
 * does not reach (the quiz mid-way, a result with answers, open dialogs).
 */
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { relativeToBase, sitemapPaths } from '../../test/lib/sitemap.mjs';
import { VARIANTS, type Variant } from '../variants.ts';
import { loadGuideData } from '../../src/lib/data/load.ts';

const { decision } = loadGuideData();
const V = `v=${decision.version}`;
/** A complete set of answers: a bank's platform with a regulated scope. */
export const PLAN_QUERY =
	`?${V}&tenants=internal-teams&tenant-count=many&api-access=yes&untrusted-code=no&node-level=no&compliance=strict` +
	'&cluster-scoped=no&performance=shared-ok&environments=separate-prod&regions=one&scale=small&ops=platform-team';

/** Screenshots and other files meant for people, not for the test runner. */
export const ARTIFACTS_DIR = process.env.E2E_ARTIFACTS_DIR ?? 'e2e-artifacts';

export interface PageState {
	/** Names the state in test titles and screenshot files. */
	name: string;
	/** Relative to the base, as `page.goto()` takes it: `decide/?v=1`, `./` for the home page. */
	path: string;
	/** The HTTP status the page is served with (200 unless said). */
	status?: number;
	/** Steps after the page has loaded that bring it into the state, as a reader would. */
	setup?: (page: Page) => Promise<void>;
	/** Only at these widths (default: all of VIEWPORTS). */
	widths?: ViewportName[];
}

/**
 * Every page listed in the sitemap, read when the tests are collected. Every variant has the
 * same pages, so the list comes from the root build; paths are relative to the base.
 */
export function sitemapPages(): PageState[] {
	const root = VARIANTS[0] as Variant;
	return sitemapPaths(root.outDir, root.base).map((path) => {
		const relative = relativeToBase(path, root.base);
		return { name: relative === './' ? '/' : `/${relative}`, path: relative };
	});
}

/**
 * Page states of the decision quiz. The a11y and screenshot gates visit each of them; extend
 * this list as the quiz grows (a `setup` can answer questions through the form, as a reader).
 */
export const EXTRA_PAGE_STATES: PageState[] = [
	{
		name: 'quiz mid-way',
		path: `decide/?${V}&tenants=internal-teams`,
		setup: async (page) => {
			await expect(page.locator('decision-quiz fieldset legend')).toBeVisible();
		},
	},
	{
		name: 'quiz asking for an answer',
		path: 'decide/',
		setup: async (page) => {
			await page.getByRole('button', { name: 'Next' }).click();
			await expect(page.getByText('Choose an answer to continue.')).toBeVisible();
		},
	},
	{
		name: 'quiz opened from a broken link',
		path: `decide/?v=7&tenants=everyone&utm_source=chat&%E2%80%AEkey=1`,
		setup: async (page) => {
			await expect(page.locator('[data-decision-notice]')).toBeVisible();
		},
	},
	{
		name: 'quiz reviewing answers to edit',
		path: `decide/${PLAN_QUERY}#edit`,
		setup: async (page) => {
			await expect(page.locator('.quiz-review')).toBeVisible();
		},
	},
	{
		name: 'plan',
		path: `decide/plan/${PLAN_QUERY}`,
		setup: async (page) => {
			await expect(page.locator('[data-plan]')).toBeVisible();
		},
	},
	{
		name: 'plan with conditional parts and a warning',
		path: `decide/plan/?${V}&tenants=external-customers&tenant-count=many&api-access=yes&untrusted-code=unsure&compliance=strict&cluster-scoped=no&performance=unsure&environments=separate-prod&regions=several&scale=large&ops=small&budget=tight`,
		setup: async (page) => {
			await expect(page.locator('.plan-warning').first()).toBeVisible();
		},
	},
	{
		name: 'compare two options',
		path: 'compare/?a=namespaces&b=cluster-per-tenant',
		setup: async (page) => {
			await expect(page.locator('compare-table.two-up')).toBeVisible();
		},
	},
	{
		name: 'compare from a broken link',
		path: 'compare/?a=namespaces&b=no-such-option&c=%E2%80%AE1',
		setup: async (page) => {
			await expect(page.locator('compare-table [data-decision-notice]')).toBeVisible();
		},
	},
	{
		name: 'plan from a version 1 link',
		path: 'recommendations/hardened-namespaces/?v=1&tenants=internal-teams&compliance=moderate&untrusted-code=no&cluster-scoped=no&regions=one&environments=shared&performance=shared-ok',
		setup: async (page) => {
			await expect(page.locator('[data-decision-notice]')).toBeVisible();
			await expect(page.locator('[data-plan]')).toBeVisible();
		},
	},
];

/** A word the guide uses on many pages, so the search dialog fills with results. */
export const COMMON_WORD = 'namespace';

/** Opens Starlight's search dialog and waits for the results of a query. */
export async function searchFor(page: Page, query: string): Promise<void> {
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('textbox', { name: 'Search' }).fill(query);
	await expect(dialog.locator('.pagefind-ui__result-title a').first()).toBeVisible();
}

/** States of Starlight's own interface, checked by the a11y gate like any page. */
export const INTERFACE_STATES: PageState[] = [
	{ name: 'page not found', path: 'no-such-page/', status: 404 },
	{ name: 'search dialog with results', path: './', setup: (page) => searchFor(page, COMMON_WORD) },
	{
		// Only phones have the menu button; on a desktop the sidebar is always shown.
		name: 'menu open',
		path: 'concepts/',
		widths: ['phone'],
		setup: async (page) => {
			await page.getByRole('button', { name: 'Menu' }).click();
			await expect(page.locator('#starlight__sidebar')).toBeVisible();
		},
	},
];

/** The pages and states the screenshot gate saves. */
export const SCREEN_STATES: PageState[] = [
	{ name: 'home', path: './' },
	{ name: 'guide page', path: 'namespaces/hardening/' },
	{ name: 'compare', path: 'compare/' },
	...EXTRA_PAGE_STATES,
];

export const VIEWPORTS = [
	{ name: 'desktop', label: 'on a desktop (1280×800)', size: { width: 1280, height: 800 } },
	{ name: 'phone', label: 'on a phone (390×844)', size: { width: 390, height: 844 } },
] as const;
export type ViewportName = (typeof VIEWPORTS)[number]['name'];
export type Viewport = (typeof VIEWPORTS)[number];

/** The viewports a state is checked at. */
export function viewportsFor(state: PageState) {
	return VIEWPORTS.filter((viewport) => !state.widths || state.widths.includes(viewport.name));
}

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Switches Starlight's theme without reloading, through its own select's change handler (which
 * also stores the choice). Works at phone width too, where the select sits in the closed menu.
 */
export async function setTheme(page: Page, theme: Theme): Promise<void> {
	await page.evaluate((wanted) => {
		const select = document.querySelector('starlight-theme-select select');
		if (!(select instanceof HTMLSelectElement))
			throw new Error('Starlight’s theme select is missing');
		select.value = wanted;
		select.dispatchEvent(new Event('change'));
	}, theme);
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
	// Let the browser restyle and paint before anything measures colours.
	await page.evaluate(
		() =>
			new Promise((resolve) =>
				requestAnimationFrame(() => requestAnimationFrame(() => resolve(undefined))),
			),
	);
}

/**
 * Waits for scripts that react to the layout: Expressive Code makes a code block that scrolls
 * sideways focusable (a tab stop) some time after a resize; a check run sooner would see a
 * scrollable block without one.
 */
export async function layoutSettled(page: Page): Promise<void> {
	await page.waitForFunction(() =>
		[...document.querySelectorAll<HTMLElement>('.expressive-code pre')].every(
			(pre) => pre.scrollWidth <= pre.clientWidth || pre.tabIndex === 0,
		),
	);
}

// The References page is itself the list of every source.
const WITHOUT_OWN_SOURCES = new Set(['/references/']);

/**
 * What every page of the guide shows once open: a heading, the Content-Security-Policy the
 * build wrote, when it was last reviewed, and the sources it rests on.
 */
export async function expectGuidePage(page: Page, state: PageState): Promise<void> {
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
		'content',
		/script-src 'self'/,
	);
	await expect(page.locator('.last-reviewed time')).toHaveAttribute(
		'datetime',
		/^\d{4}-\d{2}-\d{2}$/,
	);
	if (!WITHOUT_OWN_SOURCES.has(state.name)) {
		const sources = page.locator('.page-sources a[href^="https://"]');
		expect(await sources.count(), 'source links').toBeGreaterThan(0);
	}
}

/** Opens a page state and checks it was served as expected. */
export async function openState(page: Page, state: PageState): Promise<void> {
	const response = await page.goto(state.path);
	expect(response?.status(), `${state.name} (${state.path}) is served`).toBe(state.status ?? 200);
	await page.waitForLoadState('load');
	await page.evaluate(() => document.fonts.ready.then(() => undefined));
	await state.setup?.(page);
}

/** A file-name-safe form of a state's name. */
export function slug(name: string): string {
	return (
		name
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '') || 'home'
	);
}
