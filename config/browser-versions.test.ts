import { describe, expect, it } from 'vitest';
import { MAX_NEWER, MAX_OLDER, browserVersions, versionProblem } from './browser-versions.mjs';

describe('the Playwright and Chromium pair', () => {
	it('accepts a system Chromium a few releases away from the one Playwright is made for', () => {
		expect(versionProblem('159.0.8154.6', '156.0.8078.114')).toBeUndefined();
		expect(versionProblem('159.0.8154.6', `${159 + MAX_NEWER}.0.1.2`)).toBeUndefined();
	});

	it('refuses one too far behind or ahead, saying what to update', () => {
		expect(versionProblem('159.0.8154.6', `${158 - MAX_OLDER}.0.1.2`)).toMatch(
			/older than the 159\.0\.8154\.6 .*update the chromium package/,
		);
		expect(versionProblem('159.0.8154.6', `${160 + MAX_NEWER}.0.1.2`)).toMatch(
			/newer .*update @playwright\/test/,
		);
		expect(versionProblem('159.0.8154.6', 'unknown')).toMatch(/could not read/);
	});

	it('reads the versions from the installed Playwright and the browser it will drive', () => {
		const versions = browserVersions();
		expect(versions.playwright).toMatch(/^\d+\.\d+\.\d+/);
		expect(versions.bundled).toMatch(/^\d+\./);
		if (versions.path) expect(versions.system).toMatch(/^\d+\./);
	});
});
