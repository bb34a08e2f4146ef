/**
 * Accessibility gate: axe-core finds no WCAG 2.0, 2.1 or 2.2 level A or AA violation on any page
 * of the sitemap, in the quiz's states or in Starlight's interface states, in the light and the
 * dark theme, at desktop and phone widths; and no page scrolls sideways on a phone.
 *
 * Each page is loaded once: the checks resize the viewport and flip the theme in place.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import { test, expect } from '../support/fixtures.ts';
import {
	EXTRA_PAGE_STATES,
	expectGuidePage,
	INTERFACE_STATES,
	layoutSettled,
	THEMES,
	openState,
	setTheme,
	sitemapPages,
	viewportsFor,
	type PageState,
	type Theme,
	type Viewport,
} from '../support/pages.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One line per failing element: enough to find and fix it without rerunning axe. */
function describeViolation(violation: Result): string {
	const nodes = violation.nodes
		.slice(0, 8)
		.map(
			(node) =>
				`\n    ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`,
		)
		.join('');
	const more = violation.nodes.length > 8 ? `\n    …and ${violation.nodes.length - 8} more` : '';
	return `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} ${violation.helpUrl}${nodes}${more}`;
}

const groups: Array<{ title: string; states: PageState[]; guidePages?: true }> = [
	{ title: 'every page', states: sitemapPages(), guidePages: true },
	{ title: 'every quiz state', states: EXTRA_PAGE_STATES },
	{ title: 'Starlight’s interface', states: INTERFACE_STATES },
];

/**
 * Pages checked whole in all four combinations of width and theme. Every other page is checked
 * whole on a desktop in the light theme, and its content (`main`) on a phone in the dark theme:
 * each theme and each width once for what differs between pages. The frame around the content
 * (header, sidebar, menu) is the same on every page, and these pages cover it in every
 * combination.
 */
const EVERY_COMBINATION = new Set(['/', 'plan', 'quiz mid-way']);

interface Check {
	viewport: Viewport;
	theme: Theme;
	/** Only the page's own content, not the frame around it. */
	contentOnly: boolean;
}

function checks(state: PageState): Check[] {
	const viewports = viewportsFor(state);
	if (EVERY_COMBINATION.has(state.name) || viewports.length === 1)
		return viewports.flatMap((viewport) =>
			THEMES.map((theme) => ({ viewport, theme, contentOnly: false })),
		);
	return viewports.map((viewport, index) => ({
		viewport,
		theme: THEMES[index % THEMES.length] as Theme,
		contentOnly: index > 0,
	}));
}

// Traces of axe's large injected script slow every test down and say nothing its report does not.
test.use({ trace: 'off' });

test.describe('accessibility', () => {
	test.describe.configure({ timeout: 90_000 });

	test('the pages checked in every combination are in the sitemap or the quiz states', () => {
		const names = new Set(groups.flatMap((group) => group.states.map((state) => state.name)));
		expect([...EVERY_COMBINATION].filter((name) => !names.has(name))).toEqual([]);
	});

	for (const { title, states, guidePages } of groups) {
		const also = guidePages ? ' opens cleanly with its review date and sources, and' : '';
		test.describe(`${title}${also} has no WCAG 2.2 A/AA violations in the light and the dark theme, on a desktop and a phone`, () => {
			for (const state of states) {
				test(state.name, async ({ page, pageErrors }) => {
					await page.emulateMedia({ colorScheme: 'light' });
					let opened = false;
					for (const { viewport, theme, contentOnly } of checks(state)) {
						await page.setViewportSize(viewport.size);
						if (!opened) {
							await openState(page, state);
							// The same visit checks what every page of the guide must show.
							if (guidePages) await expectGuidePage(page, state);
							opened = true;
						}
						await layoutSettled(page);
						await test.step(`${theme} theme ${viewport.label}`, async () => {
							await setTheme(page, theme);
							// Legacy mode runs axe in the page itself; the default opens a second page per
							// run to merge frames, which this site (no iframes) does not need.
							const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true);
							const results = await (contentOnly ? builder.include('main') : builder).analyze();
							expect
								.soft(
									results.violations.map(describeViolation),
									`WCAG violations in the ${theme} theme ${viewport.label}${contentOnly ? ' (content)' : ''}`,
								)
								.toEqual([]);
							// A page that scrolls sideways on a phone is broken for its readers.
							if (viewport.name === 'phone')
								expect
									.soft(
										await page.evaluate(() => document.documentElement.scrollWidth - innerWidth),
										'the page does not scroll sideways on a phone',
									)
									.toBeLessThanOrEqual(0);
						});
					}
					// A page served as 404 logs that status; anything else logged is an error.
					expect(pageErrors.list.filter((error) => !/status of 404/.test(error))).toEqual([]);
				});
			}
		});
	}
});
