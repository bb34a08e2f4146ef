import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './config/chromium.mjs';

/**
 * Runs against the built site served by `astro preview`, never the dev server: search and
 * build-time diagrams only exist after a build. `scripts/e2e.mjs` builds each variant and sets
 * these variables; run it rather than `playwright test` directly.
 */
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const port = Number(process.env.E2E_PORT ?? 4455);
const origin = `http://127.0.0.1:${port}`;

export default defineConfig({
	testDir: './e2e',
	// Playwright empties this folder on every run: scripts/e2e.mjs gives each variant its own
	// (E2E_OUTPUT_DIR), under E2E_RESULTS_DIR so runs sharing a checkout stay apart too.
	outputDir: process.env.E2E_OUTPUT_DIR ?? process.env.E2E_RESULTS_DIR ?? './test-results',
	fullyParallel: true,
	forbidOnly: Boolean(process.env.CI),
	workers: 2,
	retries: 0,
	reporter: [['list']],
	use: {
		baseURL: `${origin}${base}`,
		launchOptions: chromiumLaunchOptions(),
		trace: 'retain-on-failure',
	},
	webServer: {
		// The binary directly (not npx), so Playwright stops the server itself, not a wrapper;
		// --ignore-lock keeps it in the foreground (Astro backgrounds it when it detects an agent).
		command: `node_modules/.bin/astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
		url: `${origin}${base}`,
		reuseExistingServer: false,
		timeout: 60_000,
		stdout: 'ignore',
		stderr: 'pipe',
	},
});
