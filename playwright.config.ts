import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './config/chromium.mjs';
import type { VariantOptions } from './e2e/support/fixtures.ts';
import { VARIANTS, variantEnv } from './e2e/variants.ts';

/**
 * One project per build variant (e2e/variants.ts), each served by `astro preview` from the
 * folder `npm run build:variants` filled: search and build-time diagrams only exist after a
 * build, so the dev server is never used. `npm run test:e2e` builds, then runs this.
 */
const origin = (port: number) => `http://127.0.0.1:${port}`;

export default defineConfig<VariantOptions>({
	testDir: './e2e',
	// Prints the Playwright and Chromium versions and stops when they cannot work together.
	globalSetup: './e2e/support/global-setup.ts',
	outputDir: process.env.E2E_RESULTS_DIR ?? './test-results',
	fullyParallel: true,
	forbidOnly: Boolean(process.env.CI),
	// One per core: the browsers keep both busy, and more workers only slow each other down.
	workers: Number(process.env.E2E_WORKERS ?? 2),
	retries: 0,
	// Generous: a loaded machine makes a test slow, never wrong. Nothing waits on a fixed delay.
	timeout: 90_000,
	expect: { timeout: 15_000 },
	reporter: [['list']],
	use: {
		launchOptions: chromiumLaunchOptions(),
		// Recording a trace costs a fifth of the run; E2E_TRACE=1 keeps one for each failed test.
		trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
	},
	projects: VARIANTS.map((variant) => ({
		name: variant.name,
		...(variant.grep ? { grep: variant.grep } : {}),
		...(variant.grepInvert ? { grepInvert: variant.grepInvert } : {}),
		use: { baseURL: `${origin(variant.port)}${variant.base}`, variant },
	})),
	webServer: VARIANTS.map((variant) => ({
		// The binary directly (not npx), so Playwright stops the server itself, not a wrapper;
		// --ignore-lock keeps it in the foreground (Astro backgrounds it when it detects an agent).
		command: `node_modules/.bin/astro preview --host 127.0.0.1 --port ${variant.port} --ignore-lock`,
		// Serving needs no browser: MERMAID_CLIENT spares each server from launching one to check.
		env: { ...variantEnv(variant), MERMAID_CLIENT: '1' },
		url: `${origin(variant.port)}${variant.base}`,
		reuseExistingServer: false,
		timeout: 120_000,
		stdout: 'ignore' as const,
		stderr: 'pipe' as const,
	})),
});
