import { browserVersions, versionProblem } from '../../config/browser-versions.mjs';

/** Before any test: which Playwright drives which Chromium, and whether they can work together. */
export default function globalSetup(): void {
	const { playwright, bundled, path, system } = browserVersions();
	console.log(
		`Playwright ${playwright} (made for Chromium ${bundled}) driving ${path ? `${path}, Chromium ${system}` : 'its own Chromium'}.`,
	);
	const problem = system === undefined ? undefined : versionProblem(bundled, system);
	if (problem) throw new Error(`Playwright and Chromium do not fit: ${problem}.`);
}
