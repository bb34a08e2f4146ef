// @ts-check
/**
 * Finds a Chromium the build, the tests and the benchmark can launch.
 *
 * Order: `CHROMIUM_PATH` (an explicit choice always wins), then a system Chromium from the
 * distribution, then nothing: callers then let Playwright use its own downloaded browser,
 * which is what a developer laptop has after `npx playwright install chromium`.
 */
import { existsSync } from 'node:fs';

const SYSTEM_CANDIDATES = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/lib/chromium/chromium',
	'/usr/bin/google-chrome-stable',
	'/usr/bin/google-chrome',
];

/**
 * Flags for headless Chromium in a sandboxed CI container. Without the networking flags the
 * browser keeps trying to reach Google services, which this machine's closed network refuses.
 */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/**
 * @returns {string | undefined} The path of a Chromium executable, or undefined to let
 *   Playwright pick its own browser.
 */
export function findChromium() {
	const explicit = process.env.CHROMIUM_PATH;
	if (explicit) return explicit;
	return SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate));
}

/**
 * Launch options for Playwright's `chromium.launch()`.
 * @returns {{ executablePath?: string; args: string[] }}
 */
export function chromiumLaunchOptions() {
	const executablePath = findChromium();
	return executablePath ? { executablePath, args: CHROMIUM_ARGS } : { args: CHROMIUM_ARGS };
}
