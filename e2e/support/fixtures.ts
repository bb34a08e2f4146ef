import { test as base, expect, type Page } from '@playwright/test';

/** Errors a page reported while the test ran: console errors and uncaught exceptions. */
export interface PageErrors {
	list: string[];
}

/**
 * The standard test with `pageErrors`, which collects console errors and uncaught exceptions
 * so any test can assert that a page ran cleanly.
 */
export const test = base.extend<{ pageErrors: PageErrors }>({
	pageErrors: async ({ page }, use) => {
		const errors: PageErrors = { list: [] };
		page.on('console', (message) => {
			if (message.type() === 'error') errors.list.push(`console: ${message.text()}`);
		});
		page.on('pageerror', (error) => errors.list.push(`pageerror: ${error.message}`));
		await use(errors);
	},
});

export { expect };

/** Switches Starlight's theme through its own select, as a reader would. */
export async function chooseTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
	await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption(theme);
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}
