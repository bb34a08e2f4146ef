import { test as base, expect, type Page } from '@playwright/test';
import { VARIANTS, type Variant } from '../variants.ts';

/** Errors a page reported while the test ran: console errors and uncaught exceptions. */
export interface PageErrors {
	list: string[];
}

/** Set per project in playwright.config.ts: the build under test. */
export interface VariantOptions {
	variant: Variant;
}

/** Schemes that never leave the browser. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

/**
 * The standard test, with:
 * - `pageErrors`, which collects console errors (CSP violations among them) and uncaught
 *   exceptions so any test can assert that a page ran cleanly;
 * - `foreignRequests`, on in every test: it records and refuses every request to another
 *   origin (pages, workers, WebSockets) and fails the test if there was one. This is the
 *   privacy gate: no fonts, analytics, CDNs or embeds, wherever a test goes.
 */
export const test = base.extend<
	{ pageErrors: PageErrors; foreignRequests: string[] },
	VariantOptions
>({
	variant: [VARIANTS[0] as Variant, { option: true, scope: 'worker' }],
	pageErrors: async ({ page }, use) => {
		const errors: PageErrors = { list: [] };
		page.on('console', (message) => {
			if (message.type() === 'error') errors.list.push(`console: ${message.text()}`);
		});
		page.on('pageerror', (error) => errors.list.push(`pageerror: ${error.message}`));
		await use(errors);
	},
	foreignRequests: [
		async ({ context, baseURL }, use) => {
			const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
			const foreign: string[] = [];
			const record = (url: string) => {
				const parsed = new URL(url);
				if (LOCAL_SCHEMES.has(parsed.protocol) || parsed.origin === origin) return;
				if (!foreign.includes(url)) foreign.push(url);
			};
			// The request event records every request, routed ones included; WebSockets have their own.
			context.on('request', (request) => record(request.url()));
			context.on('page', (page) => page.on('websocket', (socket) => record(socket.url())));
			// Refused at once: a machine without internet would otherwise wait on each one. A pattern,
			// not a function: the browser then pauses only the requests that match.
			const escaped = origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
			const local = [...LOCAL_SCHEMES].join('|');
			await context.route(new RegExp(`^(?!${escaped}/|${local})`), (route) =>
				route.abort('blockedbyclient'),
			);
			await use(foreign);
			expect(foreign, 'requests to other hosts (the site must load everything itself)').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };

/** Switches Starlight's theme through its own select, as a reader would. */
export async function chooseTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
	await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption(theme);
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}
