// @ts-check
/**
 * Waits until a page has loaded everything it loads without a reader doing anything: the load
 * event, then the browser's first idle period (Starlight loads Pagefind's search UI from
 * `requestIdleCallback`), then a quiet network for whatever that started.
 *
 * Playwright's own `networkidle` fires once per navigation, so it cannot see requests started
 * after it; a watcher counts the requests in flight instead. Start it before navigating
 * (`watchNetwork(page)`, then `settle(page, watcher)`) to skip an extra quiet period.
 */

/**
 * Counts a page's requests in flight from now on.
 * @param {import('playwright').Page} page
 */
export function watchNetwork(page) {
	let inFlight = 0;
	let lastActivity = Date.now();
	const started = () => {
		inFlight += 1;
		lastActivity = Date.now();
	};
	const ended = () => {
		inFlight = Math.max(0, inFlight - 1);
		lastActivity = Date.now();
	};
	page.on('request', started);
	page.on('requestfinished', ended);
	page.on('requestfailed', ended);
	return {
		/** Resolves once no request has been in flight for `quietMs`, counted from this call at the earliest. */
		async quiet(quietMs = 500, timeoutMs = 15_000) {
			lastActivity = Date.now();
			const deadline = lastActivity + timeoutMs;
			while (inFlight > 0 || Date.now() - lastActivity < quietMs) {
				if (Date.now() > deadline) {
					throw new Error(
						`${page.url()} kept loading for ${timeoutMs} ms (${inFlight} requests in flight)`,
					);
				}
				await page.waitForTimeout(50);
			}
		},
		stop() {
			page.off('request', started);
			page.off('requestfinished', ended);
			page.off('requestfailed', ended);
		},
	};
}

/**
 * @param {import('playwright').Page} page
 * @param {ReturnType<typeof watchNetwork>} [watcher] started before the page was opened
 */
export async function settle(page, watcher) {
	await page.waitForLoadState('load');
	// Without a watcher from the start, requests already in flight are invisible to a new one.
	if (!watcher) await page.waitForLoadState('networkidle');
	const network = watcher ?? watchNetwork(page);
	try {
		await page.evaluate(
			() =>
				new Promise((resolve) => {
					if ('requestIdleCallback' in window)
						window.requestIdleCallback(() => resolve(undefined), { timeout: 3000 });
					else setTimeout(() => resolve(undefined), 50);
				}),
		);
		// Requests an idle callback starts reach Playwright a moment later; the quiet period covers it.
		await network.quiet();
	} finally {
		if (!watcher) network.stop();
	}
}
