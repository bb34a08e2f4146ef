/**
 * Privacy gate: every page loads everything from the site's own origin. No web fonts, analytics,
 * CDNs or embeds: a request to any other host fails the test, which names the page and the URL.
 * Requests are recorded until the page settles (lazily loaded chunks included) and while a
 * reader searches, which loads Pagefind's index.
 */
import type { Page } from '@playwright/test';
import { settle, watchNetwork } from '../../scripts/lib/settle.mjs';
import { test, expect } from '../support/fixtures.ts';
import {
	COMMON_WORD,
	EXTRA_PAGE_STATES,
	ROOT_ONLY,
	openState,
	searchFor,
	sitemapPages,
	type PageState,
} from '../support/pages.ts';

/** Schemes that never leave the browser. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

/**
 * Records the URL of every request the page's context makes to another origin, from pages and
 * workers alike, WebSockets included, and refuses it: a test machine without internet would
 * otherwise wait on each one.
 */
async function recordForeignRequests(page: Page, origin: string): Promise<string[]> {
	const foreign: string[] = [];
	const record = (url: string) => {
		const parsed = new URL(url);
		if (LOCAL_SCHEMES.has(parsed.protocol) || parsed.origin === origin) return false;
		if (!foreign.includes(url)) foreign.push(url);
		return true;
	};
	page.context().on('request', (request) => record(request.url()));
	page.on('websocket', (socket) => record(socket.url()));
	await page.context().route(
		(url) => record(url.href),
		(route) => route.abort('blockedbyclient'),
	);
	return foreign;
}

async function visit(page: Page, state: PageState): Promise<void> {
	const network = watchNetwork(page);
	await openState(page, state);
	await settle(page, network);
	network.stop();
}

test.use({ trace: 'off' });

test.describe('privacy', { tag: ROOT_ONLY }, () => {
	test.describe('every page loads nothing from another host', () => {
		for (const state of [...sitemapPages(), ...EXTRA_PAGE_STATES]) {
			test(state.name, async ({ page, baseURL }) => {
				const foreign = await recordForeignRequests(page, new URL(baseURL ?? '').origin);
				const own: string[] = [];
				page.on('request', (request) => own.push(request.url()));
				await visit(page, state);
				expect(own.length, 'the recorder saw the page’s own requests').toBeGreaterThan(0);
				expect(foreign, `requests from ${state.name} to other hosts`).toEqual([]);
			});
		}
	});

	test('searching loads nothing from another host', async ({ page, baseURL }) => {
		const foreign = await recordForeignRequests(page, new URL(baseURL ?? '').origin);
		const pagefind: string[] = [];
		page.on('request', (request) => {
			if (request.url().includes('/pagefind/')) pagefind.push(request.url());
		});
		await visit(page, { name: 'home', path: './' });
		const network = watchNetwork(page);
		await searchFor(page, COMMON_WORD);
		await network.quiet();
		network.stop();
		expect(pagefind.length, 'the search loaded Pagefind’s index').toBeGreaterThan(0);
		expect(foreign, 'requests made while searching to other hosts').toEqual([]);
	});
});
