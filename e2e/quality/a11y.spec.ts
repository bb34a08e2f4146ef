/**
 * Accessibility gate: axe-core finds no WCAG 2.0, 2.1 or 2.2 level A or AA violation on any page
 * of the sitemap, in the quiz's states or in Starlight's interface states, in the light and the
 * dark theme, at desktop and phone widths.
 *
 * Each page is loaded once: the four checks resize the viewport and flip the theme in place.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import { test, expect } from '../support/fixtures.ts';
import {
	EXTRA_PAGE_STATES,
	INTERFACE_STATES,
	ROOT_ONLY,
	layoutSettled,
	THEMES,
	openState,
	setTheme,
	sitemapPages,
	viewportsFor,
	type PageState,
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

const groups: Array<{ title: string; states: PageState[] }> = [
	{ title: 'every page', states: sitemapPages() },
	{ title: 'every quiz state', states: EXTRA_PAGE_STATES },
	{ title: 'Starlight’s interface', states: INTERFACE_STATES },
];

// Traces of axe's large injected script slow every test down and say nothing its report does not.
test.use({ trace: 'off' });

test.describe('accessibility', { tag: ROOT_ONLY }, () => {
	// Four axe runs on a long page take a while on two busy cores.
	test.describe.configure({ timeout: 90_000 });

	for (const { title, states } of groups) {
		test.describe(`${title} has no WCAG 2.2 A/AA violations in the light or the dark theme, on a desktop or a phone`, () => {
			for (const state of states) {
				test(state.name, async ({ page }) => {
					await page.emulateMedia({ colorScheme: 'light' });
					let opened = false;
					for (const viewport of viewportsFor(state)) {
						await page.setViewportSize(viewport.size);
						if (!opened) {
							await openState(page, state);
							opened = true;
						}
						await layoutSettled(page);
						for (const theme of THEMES) {
							await test.step(`${theme} theme ${viewport.label}`, async () => {
								await setTheme(page, theme);
								const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
								const violations = results.violations;
								expect
									.soft(
										violations.map(describeViolation),
										`WCAG violations in the ${theme} theme ${viewport.label}`,
									)
									.toEqual([]);
							});
						}
					}
				});
			}
		});
	}
});
