/**
 * Screens, for people to look at: whole-page screenshots of the home page, a guide page and the
 * quiz's states, at desktop and phone widths, in the light and the dark theme, saved in
 * `e2e-artifacts/screens/` (E2E_ARTIFACTS_DIR overrides the parent folder) and attached to the
 * test results. Only `npm run screens` (E2E_SCREENS=1) takes them; what a test can judge in them
 * (page errors, a page that scrolls sideways on a phone) the accessibility gate checks on every
 * page in `npm test`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../support/fixtures.ts';
import {
	ARTIFACTS_DIR,
	SCREEN_STATES,
	THEMES,
	openState,
	setTheme,
	slug,
	viewportsFor,
} from '../support/pages.ts';

const SCREENS_DIR = join(ARTIFACTS_DIR, 'screens');

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test.use({ trace: 'off' });

test.describe('screenshots', () => {
	test.skip(!process.env.E2E_SCREENS, 'taken by npm run screens');
	test.beforeAll(() => mkdirSync(SCREENS_DIR, { recursive: true }));

	for (const state of SCREEN_STATES) {
		for (const viewport of viewportsFor(state)) {
			test(`${state.name} renders ${viewport.label} in the light and the dark theme`, async ({
				page,
				pageErrors,
			}, testInfo) => {
				await page.setViewportSize(viewport.size);
				await page.emulateMedia({ colorScheme: 'light' });
				await openState(page, state);
				await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
				for (const theme of THEMES) {
					await setTheme(page, theme);
					// The right diagram for the theme, and no half-drawn page: every image has loaded.
					await expect
						.poll(() => page.evaluate(() => [...document.images].every((image) => image.complete)))
						.toBe(true);
					const path = join(SCREENS_DIR, `${slug(state.name)}-${viewport.name}-${theme}.png`);
					// A viewport as tall as the page, rather than a full-page shot: Starlight's sidebar is
					// fixed to the viewport and would end after the first screen.
					const height = await page.evaluate(() => document.documentElement.scrollHeight);
					await page.setViewportSize({
						width: viewport.size.width,
						height: Math.max(height, viewport.size.height),
					});
					const png = await page.screenshot({ path, animations: 'disabled' });
					await page.setViewportSize(viewport.size);
					await testInfo.attach(`${slug(state.name)}-${viewport.name}-${theme}`, {
						path,
						contentType: 'image/png',
					});
					const size = pngSize(png);
					expect(size.width, `${path} is as wide as the viewport`).toBe(viewport.size.width);
					expect(size.height, `${path} shows at least one screen`).toBeGreaterThanOrEqual(
						viewport.size.height,
					);
				}
				// A page that scrolls sideways on a phone is broken for its readers.
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - window.innerWidth,
				);
				expect(overflow, 'the page does not scroll sideways').toBeLessThanOrEqual(0);
				expect(pageErrors.list).toEqual([]);
			});
		}
	}
});
