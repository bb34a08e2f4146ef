#!/usr/bin/env node
// @ts-check
/**
 * Builds the site once per variant and runs the Playwright suite against each build:
 * - `root`: served at `/`;
 * - `sub-path`: served at `/guide/`, as GitHub Pages and many static hosts do;
 * - `client-diagrams`: built as if no browser were available, so diagrams fall back to
 *   rendering in the reader's browser (only the tests tagged @client-diagrams run).
 *
 * Every build is validated with html-validate (scripts/validate-html.mjs) before its tests run.
 *
 * Usage: node scripts/e2e.mjs [--variant NAME]… [--skip-build] [playwright args…]
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

const VARIANTS = [
	{ name: 'root', base: '/', env: {}, grep: ['--grep-invert', '@client-diagrams'] },
	// The expensive per-page gates (accessibility, screenshots, privacy, weight) are tagged
	// @root-only: the base path does not change what they check.
	{
		name: 'sub-path',
		base: '/guide/',
		env: {},
		grep: ['--grep-invert', '@client-diagrams|@root-only'],
	},
	{
		name: 'client-diagrams',
		base: '/',
		env: { MERMAID_CLIENT: '1' },
		grep: ['--grep', '@client-diagrams'],
	},
];

/** Our own flags; everything else is passed to `playwright test` untouched. */
/** @type {string[]} */
const wanted = [];
let skipBuild = false;
/** @type {string[]} */
const playwrightArgs = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 1) {
	const arg = argv[i] ?? '';
	if (arg === '--variant') wanted.push(argv[(i += 1)] ?? '');
	else if (arg.startsWith('--variant=')) wanted.push(arg.slice('--variant='.length));
	else if (arg === '--skip-build') skipBuild = true;
	else playwrightArgs.push(arg);
}

const unknown = wanted.filter((name) => !VARIANTS.some((variant) => variant.name === name));
if (unknown.length > 0) {
	console.error(
		`Unknown variant: ${unknown.join(', ')}. Known: ${VARIANTS.map((v) => v.name).join(', ')}`,
	);
	process.exit(2);
}
const selected = VARIANTS.filter((variant) => wanted.length === 0 || wanted.includes(variant.name));

/** Asks the OS for a free port on the loopback interface. */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 */
function run(command, args, env) {
	const result = spawnSync(command, args, { stdio: 'inherit', env });
	return result.status ?? 1;
}

// Separate folders let two runs share a checkout without overwriting each other's builds.
const buildsDir = process.env.E2E_BUILDS_DIR ?? './.e2e-builds';
/** @type {string[]} */
const failures = [];
for (const variant of selected) {
	const env = {
		// The tests read the pages from the sitemap, which needs an origin; this one is never fetched.
		SITE_URL: 'http://127.0.0.1',
		...process.env,
		...variant.env,
		BASE_PATH: variant.base,
		OUT_DIR: `${buildsDir}/${variant.name}`,
		E2E_OUTPUT_DIR: `${process.env.E2E_RESULTS_DIR ?? './test-results'}/${variant.name}`,
		E2E_VARIANT: variant.name,
		E2E_PORT: String(await freePort()),
	};
	console.log(`\n=== e2e variant "${variant.name}" (base ${variant.base}) ===`);
	if (!skipBuild) {
		const started = Date.now();
		if (run('node_modules/.bin/astro', ['build'], env) !== 0) {
			failures.push(`${variant.name}: build failed`);
			continue;
		}
		console.log(`Built "${variant.name}" in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	}
	if (run(process.execPath, ['scripts/validate-html.mjs', env.OUT_DIR], env) !== 0) {
		failures.push(`${variant.name}: invalid HTML (html-validate)`);
	}
	const status = run(
		'node_modules/.bin/playwright',
		['test', ...variant.grep, ...playwrightArgs],
		env,
	);
	if (status !== 0) failures.push(`${variant.name}: tests failed`);
}

if (failures.length > 0) {
	console.error(`\ne2e failed:\n- ${failures.join('\n- ')}`);
	process.exit(1);
}
console.log(`\ne2e passed for: ${selected.map((variant) => variant.name).join(', ')}`);
