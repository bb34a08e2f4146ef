// @ts-check
/**
 * scripts/setup.sh pairs Debian's Chromium with whatever Playwright the lock file holds. Playwright
 * drives the browser over the DevTools protocol, which moves with every Chromium release, and is
 * tested against the Chromium it bundles; a system browser many releases away from that one fails
 * in ways that look like flaky tests. The e2e step prints both versions first and stops with a
 * clear message when they are too far apart.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { findChromium } from './chromium.mjs';

/**
 * How far the system Chromium may be from Playwright's own, in major versions. Playwright's
 * releases are tested against their bundled Chromium and the next stable ones; this project has
 * run green with a system browser three releases older (Playwright 1.65 with Chromium 156).
 */
export const MAX_OLDER = 4;
export const MAX_NEWER = 4;

/**
 * @param {string} bundled Playwright's Chromium version, e.g. "159.0.8154.6"
 * @param {string} system the system Chromium's version, e.g. "156.0.8078.114"
 * @returns {string | undefined} why the pair will not work, or undefined when it should
 */
export function versionProblem(bundled, system) {
	const major = (/** @type {string} */ version) => Number(/^(\d+)\./.exec(version)?.[1] ?? NaN);
	const [want, have] = [major(bundled), major(system)];
	if (Number.isNaN(want) || Number.isNaN(have))
		return `could not read the versions (Playwright's Chromium “${bundled}”, the system's “${system}”)`;
	if (want - have > MAX_OLDER)
		return `the system Chromium ${system} is ${want - have} major versions older than the ${bundled} this Playwright is made for (at most ${MAX_OLDER}): update the chromium package, or pin an older @playwright/test`;
	if (have - want > MAX_NEWER)
		return `the system Chromium ${system} is ${have - want} major versions newer than the ${bundled} this Playwright is made for (at most ${MAX_NEWER}): update @playwright/test`;
	return undefined;
}

/** The versions in play, read from the installed packages and the browser itself. */
export function browserVersions() {
	const require = createRequire(import.meta.url);
	const core = require.resolve('playwright-core/package.json');
	const playwright = JSON.parse(readFileSync(core, 'utf8')).version;
	const browsers = JSON.parse(
		readFileSync(core.replace(/package\.json$/, 'browsers.json'), 'utf8'),
	);
	const bundled = browsers.browsers.find(
		(/** @type {{ name: string }} */ b) => b.name === 'chromium',
	)?.browserVersion;
	const path = findChromium();
	const system = path
		? (/\d+(\.\d+)+/.exec(
				execFileSync(path, ['--version'], {
					encoding: 'utf8',
					// Debian's wrapper script complains on stderr about its own checks; only the version matters.
					stdio: ['ignore', 'pipe', 'ignore'],
				}),
			)?.[0] ?? '')
		: undefined;
	return { playwright: String(playwright), bundled: String(bundled), path, system };
}
