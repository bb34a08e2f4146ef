/**
 * What the quality gates visit: every page in the build's sitemap, plus page states a URL alone
 * does not reach (the quiz mid-way, a result with answers, open dialogs).
 */
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { normaliseBase, relativeToBase, sitemapPaths } from '../../scripts/lib/sitemap.mjs';
import { loadGuideData } from '../../src/lib/data/load.ts';

const { decision } = loadGuideData();
const V = `v=${decision.version}`;
/** A complete set of answers: a bank's platform with a regulated scope. */
export const PLAN_QUERY =
	`?${V}&tenants=internal-teams&tenant-count=many&api-access=yes&untrusted-code=no&compliance=strict` +
	'&cluster-scoped=no&performance=shared-ok&environments=separate-prod&regions=one&scale=small&ops=platform-team';

/** Set by scripts/e2e.mjs for each variant. */
export const BASE = normaliseBase(process.env.BASE_PATH ?? '/');
export const OUT_DIR = process.env.OUT_DIR ?? 'dist';
export const VARIANT = process.env.E2E_VARIANT ?? 'root';
/** Screenshots and other files meant for people, not for the test runner. */
export const ARTIFACTS_DIR = process.env.E2E_ARTIFACTS_DIR ?? 'e2e-artifacts';

/** Tag for the expensive per-page gates, which run in the `root` variant only (scripts/e2e.mjs). */
export const ROOT_ONLY = '@root-only';

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

/** Every page listed in the build's sitemap, read when the tests are collected. */
export function sitemapPages(): PageState[] {
	return sitemapPaths(OUT_DIR, BASE).map((path) => {
		const relative = relativeToBase(path, BASE);
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
 * Waits for scripts that react to the layout: Expressive Code gives a code block that scrolls
 * sideways a tab stop 250 ms after a resize, in an idle period; a check run sooner would see a
 * scrollable block without one.
 */
export async function layoutSettled(page: Page): Promise<void> {
	if ((await page.locator('.expressive-code pre').count()) === 0) return;
	await page.waitForTimeout(300);
	await page.evaluate(
		() =>
			new Promise((resolve) => requestIdleCallback(() => resolve(undefined), { timeout: 1000 })),
	);
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
