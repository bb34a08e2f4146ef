#!/usr/bin/env node
// @ts-check
/**
 * The benchmark (`npm run bench`, not part of `npm test`). It builds the site and measures:
 * - Lighthouse, through Lighthouse CI (`lhci collect`, which serves the build itself, driving
 *   Chromium headless), with the mobile and desktop presets for the home page, a long guide page,
 *   /decide/ and a recommendation page: the four category scores, LCP, TBT, CLS and transferred
 *   bytes, median of 3 runs;
 * - Pagefind search latency in Starlight's search dialog, p50 and p95 over 50 queries typed as a
 *   reader types them, from the last keystroke to the results on screen;
 * - build time, and the size and file count of the build;
 * - the HTML weight of the five heaviest pages, raw and gzip, beside the figures before each
 *   diagram shipped once (issue 16).
 * It prints a table, writes bench/results.md (committed) and keeps raw data in bench/raw/; the
 * build goes to .cache/bench/dist.
 *
 * Usage: node scripts/bench.mjs [--runs N] [--queries N] [--skip-build]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import { join, relative, sep } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, chromiumLaunchOptions, findChromium } from '../config/chromium.mjs';
import { settle } from '../test/lib/settle.mjs';
import { median, quantile } from 'simple-statistics';
import { sitemapPaths } from '../test/lib/sitemap.mjs';
import { gzipSize } from '../test/lib/weight.mjs';
import { measureBuilds } from './bench-build.mjs';
import { preview } from './lib/preview.mjs';

const argv = process.argv.slice(2);
/** @param {string} name @param {number} fallback */
const numberOption = (name, fallback) => {
	const index = argv.indexOf(name);
	return index >= 0 ? Number(argv[index + 1]) : fallback;
};
const RUNS = numberOption('--runs', 3);
const QUERIES = numberOption('--queries', 50);

const RAW_DIR = 'bench/raw';
// A dot folder: TypeScript's `**/*` (astro check) skips it, as it must skip built JavaScript.
const OUT_DIR = join('.cache', 'bench', 'dist');
const RESULTS = 'bench/results.md';

/** The quiz's current link version, so the plan link stays current. */
const QUIZ_VERSION = /^version:\s*(\d+)/m.exec(
	readFileSync('content/decision/questions.yaml', 'utf8'),
)?.[1];
if (!QUIZ_VERSION) throw new Error('No version in content/decision/questions.yaml');

/** The pages Lighthouse audits; the first of each list that the build has is used. */
const PAGES = [
	{ name: 'home', candidates: ['/'] },
	{ name: 'long guide page', candidates: ['/compare/', '/namespaces/hardening/'] },
	{ name: 'quiz', candidates: ['/decide/'] },
	{ name: 'recommendation', candidates: ['/recommendations/hardened-namespaces/'] },
	// A shared plan link: the page computes the plan from its query in the browser.
	{
		name: 'plan',
		candidates: ['/decide/plan/'],
		query: `?v=${QUIZ_VERSION}&tenants=external-customers&tenancy-model=namespace-each&tenant-count=many&api-access=yes&untrusted-code=yes&compliance=none&regions=two`,
	},
];

/**
 * The five heaviest pages before each diagram shipped once (commit 9bc748a, built on this
 * machine on 2026-12-03): raw and gzip bytes of their HTML.
 */
const HTML_BEFORE = [
	{ path: '/namespaces/hardening/', raw: 297641, gzip: 39925 },
	{ path: '/topologies/', raw: 247318, gzip: 30089 },
	{ path: '/references/', raw: 185643, gzip: 20947 },
	{ path: '/shared-cluster/ingress-and-gateways/', raw: 155757, gzip: 23372 },
	{ path: '/concepts/', raw: 140980, gzip: 21456 },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Words and phrases a reader of this guide searches for (bench/queries.txt). */
const QUERY_POOL = readFileSync('bench/queries.txt', 'utf8')
	.split('\n')
	.map((line) => line.trim())
	.filter((line) => line && !line.startsWith('#'));

/** @param {string} dir */
function folderStats(dir) {
	let bytes = 0;
	let files = 0;
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		files += 1;
		bytes += statSync(join(entry.parentPath, entry.name)).size;
	}
	return { bytes, files };
}

function cpuModel() {
	return cpus()[0]?.model.trim() ?? 'unknown CPU';
}

mkdirSync(RAW_DIR, { recursive: true });

// 1. Build.
let buildSeconds = Number.NaN;
if (!argv.includes('--skip-build')) {
	console.log(`Building into ${OUT_DIR}…`);
	const started = performance.now();
	const built = spawnSync('node_modules/.bin/astro', ['build'], {
		stdio: ['ignore', 'ignore', 'inherit'],
		// The sitemap the pages are read from needs an origin; this one is never fetched.
		env: { SITE_URL: 'http://127.0.0.1', ...process.env, OUT_DIR, BASE_PATH: '/' },
	});
	if (built.status !== 0) throw new Error('astro build failed');
	buildSeconds = (performance.now() - started) / 1000;
	console.log(`Built in ${buildSeconds.toFixed(1)} s`);
}
const dist = folderStats(OUT_DIR);
const available = new Set(sitemapPaths(OUT_DIR, '/'));
const pages = PAGES.flatMap((entry) => {
	const { name, candidates } = entry;
	const path = candidates.find((candidate) => available.has(candidate));
	if (!path)
		console.warn(`No ${name} in this build (looked for ${candidates.join(', ')}); skipped.`);
	return path ? [{ name, path, query: 'query' in entry ? entry.query : '' }] : [];
});

/**
 * The HTML of every page of a build, heaviest first: raw and gzip bytes.
 * @param {string} dir
 */
function htmlWeights(dir) {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name === 'index.html')
		.map((entry) => {
			const file = join(entry.parentPath, entry.name);
			const bytes = readFileSync(file);
			const path = `/${relative(dir, entry.parentPath).split(sep).join('/')}/`.replace(
				/^\/\/$/,
				'/',
			);
			return { path, raw: bytes.length, gzip: gzipSize(bytes) };
		})
		.sort((a, b) => b.raw - a.raw);
}
const html = htmlWeights(OUT_DIR);

/** @typedef {{ scores: Record<string, number>, lcp: number, tbt: number, cls: number, bytes: number }} LighthouseRun */

/**
 * Runs `lhci collect` for every page with one preset and reads the reports it leaves in
 * `.lighthouseci/`. Lighthouse CI serves the build itself (`staticDistDir`), with gzip.
 * @param {'mobile' | 'desktop'} preset
 * @returns {Map<string, LighthouseRun[]>} runs by page path
 */
function collectLighthouse(preset) {
	rmSync('.lighthouseci', { recursive: true, force: true });
	const chromePath = findChromium() ?? chromium.executablePath();
	const result = spawnSync(
		'node_modules/.bin/lhci',
		[
			'collect',
			`--staticDistDir=${OUT_DIR}`,
			...pages.map((page) => `--url=http://localhost${page.path}${page.query}`),
			`--numberOfRuns=${RUNS}`,
			`--chromePath=${chromePath}`,
			// --no-sandbox is needed when running as root.
			`--settings.chromeFlags=${[...CHROMIUM_ARGS, '--headless'].join(' ')}`,
			`--settings.onlyCategories=${CATEGORIES.join(',')}`,
			...(preset === 'desktop' ? ['--settings.preset=desktop'] : []),
		],
		{ stdio: ['ignore', 'inherit', 'inherit'] },
	);
	if (result.status !== 0) throw new Error(`lhci collect (${preset}) failed`);
	const folder = join(RAW_DIR, 'lighthouse', preset);
	rmSync(folder, { recursive: true, force: true });
	mkdirSync(folder, { recursive: true });
	/** @type {Map<string, LighthouseRun[]>} */
	const runs = new Map();
	for (const file of readdirSync('.lighthouseci').filter((name) => /^lhr-.*\.json$/.test(name))) {
		const text = readFileSync(join('.lighthouseci', file), 'utf8');
		writeFileSync(join(folder, file), text);
		const lhr = JSON.parse(text);
		if (lhr.runtimeError)
			throw new Error(`Lighthouse failed on ${lhr.requestedUrl}: ${lhr.runtimeError.message}`);
		/** @param {string} id */
		const numeric = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
		const path = new URL(lhr.requestedUrl).pathname;
		const list = runs.get(path) ?? [];
		list.push({
			scores: Object.fromEntries(
				CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100)]),
			),
			lcp: numeric('largest-contentful-paint'),
			tbt: numeric('total-blocking-time'),
			cls: numeric('cumulative-layout-shift'),
			bytes: numeric('total-byte-weight'),
		});
		runs.set(path, list);
	}
	rmSync('.lighthouseci', { recursive: true, force: true });
	return runs;
}

// 2. Lighthouse.
/** @type {Array<{ page: string, path: string, preset: string, scores: Record<string, number>, lcp: number, tbt: number, cls: number, bytes: number }>} */
const lighthouseRows = [];
for (const preset of /** @type {const} */ (['mobile', 'desktop'])) {
	const runs = collectLighthouse(preset);
	for (const page of pages) {
		const pageRuns = runs.get(page.path) ?? [];
		if (pageRuns.length === 0) throw new Error(`no Lighthouse report for ${page.path} (${preset})`);
		lighthouseRows.push({
			page: page.name,
			path: page.path,
			preset,
			scores: Object.fromEntries(
				CATEGORIES.map((id) => [id, median(pageRuns.map((run) => run.scores[id] ?? Number.NaN))]),
			),
			lcp: median(pageRuns.map((run) => run.lcp)),
			tbt: median(pageRuns.map((run) => run.tbt)),
			cls: median(pageRuns.map((run) => run.cls)),
			bytes: median(pageRuns.map((run) => run.bytes)),
		});
		console.log(
			`  Lighthouse ${preset} ${page.path}: ${CATEGORIES.map((id) => lighthouseRows.at(-1)?.scores[id]).join(' / ')}`,
		);
	}
}

// 3. Search, timed in a browser against the build served by astro preview.
const server = await preview({ dir: OUT_DIR });
console.log(`Serving ${OUT_DIR} at ${server.url}`);
try {
	const browser = await chromium.launch(chromiumLaunchOptions());
	const chromiumVersion = browser.version();
	const search = await measureSearch(browser, server.url);
	await browser.close();
	const engine = measureEngine();
	console.log('Timing cold and warm builds of the guide and of the guide ten times over…');
	const builds = measureBuilds();

	// 4. Report.
	const date = new Date().toISOString().slice(0, 10);
	const machine = `${cpuModel()}, ${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(1)} GB memory; Node ${process.version}; Chromium ${chromiumVersion} (headless)`;
	const markdown = report({
		date,
		machine,
		lighthouseRows,
		search,
		dist,
		buildSeconds,
		engine,
		builds,
		html,
	});
	writeFileSync(RESULTS, markdown);
	writeFileSync(join(RAW_DIR, 'search.json'), `${JSON.stringify(search, null, '\t')}\n`);
	console.log(`\n${markdown}`);
	console.log(`Wrote ${RESULTS}; raw data in ${RAW_DIR}/.`);
} finally {
	await server.close();
}

/**
 * Types each query into Starlight's search dialog with a reader's pace and times, in the page,
 * from the last keystroke to the results on screen (the result count and the first result's
 * title). Pagefind's UI waits after the last keystroke before it searches (a debounce, set to
 * 50 ms in config/search-debounce.ts), so the time from the search starting to the results is
 * reported too.
 * @param {import('playwright').Browser} browser
 * @param {string} siteUrl
 */
async function measureSearch(browser, siteUrl) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.goto(siteUrl);
	await settle(page);
	await page.getByRole('button', { name: 'Search' }).click();
	const input = page.getByRole('dialog').getByRole('textbox', { name: 'Search' });
	await input.waitFor();
	await page.evaluate(() => {
		const root = document.querySelector('#starlight__search');
		const field = root?.querySelector('input');
		if (!root || !field) throw new Error('Starlight’s search UI is not on the page');
		/** @type {{ query: string, keyAt: number, startAt: number, doneAt: number }} */
		const state = { query: '', keyAt: 0, startAt: 0, doneAt: 0 };
		Object.assign(window, { __searchBench: state });
		field.addEventListener('keydown', () => (state.keyAt = performance.now()), true);
		const check = () => {
			if (!state.query || state.doneAt) return;
			const message = root.querySelector('.pagefind-ui__message')?.textContent ?? '';
			if (!message.includes(state.query)) return;
			if (!state.startAt) state.startAt = performance.now();
			const list = root.querySelector('ol.pagefind-ui__results');
			if (!list) return;
			const first = list.querySelector('li');
			if (!first || first.querySelector('.pagefind-ui__result-title a'))
				state.doneAt = performance.now();
		};
		new MutationObserver(check).observe(root, {
			childList: true,
			subtree: true,
			characterData: true,
		});
	});

	/** @param {string} query */
	async function timeQuery(query) {
		await input.fill('');
		await page.waitForFunction(
			() => !document.querySelector('#starlight__search .pagefind-ui__results-area'),
		);
		await page.evaluate((q) => {
			const state = /** @type {any} */ (window).__searchBench;
			Object.assign(state, { query: q, keyAt: 0, startAt: 0, doneAt: 0 });
		}, query);
		// About 10 keys a second, a brisk typist; each key is a real keydown, input and keyup.
		await input.pressSequentially(query, { delay: 100 });
		await page.waitForFunction(
			() => /** @type {any} */ (window).__searchBench.doneAt > 0,
			undefined,
			{ timeout: 10_000 },
		);
		const state = await page.evaluate(() => /** @type {any} */ (window).__searchBench);
		const results = await page.locator('#starlight__search ol.pagefind-ui__results > li').count();
		return {
			query,
			total: state.doneAt - state.keyAt,
			afterDebounce: state.doneAt - state.startAt,
			results,
		};
	}

	// The first search loads Pagefind's WebAssembly and index: reported on its own.
	const cold = await timeQuery('kubernetes');
	const queries = [];
	for (const query of QUERY_POOL.slice(0, QUERIES)) queries.push(await timeQuery(query));
	if (queries.length < QUERIES) throw new Error(`Only ${QUERY_POOL.length} queries in the pool`);
	await context.close();
	const totals = queries.map((query) => query.total);
	const afterDebounce = queries.map((query) => query.afterDebounce);
	return {
		cold,
		count: queries.length,
		withResults: queries.filter((query) => query.results > 0).length,
		p50: quantile(totals, 0.5),
		p95: quantile(totals, 0.95),
		afterDebounceP50: quantile(afterDebounce, 0.5),
		afterDebounceP95: quantile(afterDebounce, 0.95),
		queries,
	};
}

/**
 * @param {{ date: string, machine: string, lighthouseRows: Array<{ page: string, path: string, preset: string, scores: Record<string, number>, lcp: number, tbt: number, cls: number, bytes: number }>, search: Awaited<ReturnType<typeof measureSearch>>, dist: { bytes: number, files: number }, buildSeconds: number, engine: ReturnType<typeof measureEngine>, builds: ReturnType<typeof measureBuilds>, html: ReturnType<typeof htmlWeights> }} data
 */
function report({
	date,
	machine,
	lighthouseRows,
	search,
	dist,
	buildSeconds,
	engine,
	builds,
	html,
}) {
	const ms = (/** @type {number} */ value) => `${Math.round(value)} ms`;
	const kb = (/** @type {number} */ value) => `${(value / 1024).toFixed(1)} KB`;
	const mobileMisses = lighthouseRows
		.filter((row) => row.preset === 'mobile')
		.flatMap((row) =>
			CATEGORIES.filter((id) => (row.scores[id] ?? 0) < 100).map(
				(id) => `${row.path} ${id} ${row.scores[id]}`,
			),
		);
	const lines = [
		'# Benchmark results',
		'',
		`Measured on ${date} with \`npm run bench\` (scripts/bench.mjs).`,
		'',
		`Machine: ${machine}.`,
		'',
		'## Lighthouse',
		'',
		`Lighthouse ${lighthouseVersion()} through Lighthouse CI (\`lhci collect\`, which serves the build itself), Chromium headless; median of ${RUNS} runs per page and preset (each figure on its own). Mobile is Lighthouse's default (simulated slow 4G and a 4× slower CPU); desktop is its desktop preset.`,
		'',
		'| page | preset | performance | accessibility | best practices | SEO | LCP | TBT | CLS | transferred |',
		'|---|---|---|---|---|---|---|---|---|---|',
		...lighthouseRows.map(
			(row) =>
				`| ${row.page} \`${row.path}\` | ${row.preset} | ${CATEGORIES.map((id) => row.scores[id]).join(' | ')} | ${ms(row.lcp)} | ${ms(row.tbt)} | ${row.cls.toFixed(3)} | ${kb(row.bytes)} |`,
		),
		'',
		`**Target: 100 in every category on mobile.** ${mobileMisses.length === 0 ? 'Met on every page.' : `Not met: ${mobileMisses.join('; ')}.`}`,
		'',
		'## Search',
		'',
		`${search.count} queries typed into Starlight's search dialog at about 10 keys a second (${search.withResults} with results), timed from the last keystroke to the result count and the first result's title on screen.`,
		'',
		'| measure | p50 | p95 |',
		'|---|---|---|',
		`| last keystroke → results on screen | ${ms(search.p50)} | ${ms(search.p95)} |`,
		`| search started (after the search UI's debounce) → results on screen | ${ms(search.afterDebounceP50)} | ${ms(search.afterDebounceP95)} |`,
		'',
		`The first search of a visit, which loads Pagefind's WebAssembly and index, took ${ms(search.cold.total)} from the last keystroke (not in the figures above).`,
		'',
		`**Target: search p95 under 100 ms.** From the keystroke: ${search.p95 < 100 ? 'met' : 'not met'} (${ms(search.p95)}), including the search UI's 50 ms debounce after the last keystroke (config/search-debounce.ts; Pagefind's default is 300 ms). The search itself, after the debounce: ${search.afterDebounceP95 < 100 ? 'met' : 'not met'} (${ms(search.afterDebounceP95)}).`,
		'',
		'## Build',
		'',
		'| measure | value |',
		'|---|---|',
		`| build time (\`astro build\`, diagram cache as found) | ${Number.isNaN(buildSeconds) ? 'not measured (--skip-build)' : `${buildSeconds.toFixed(1)} s`} |`,
		`| build size | ${(dist.bytes / 1024 / 1024).toFixed(2)} MB (${dist.bytes} bytes) |`,
		`| files in the build | ${dist.files} |`,
		'',
		'### HTML weight of the heaviest pages',
		'',
		'Raw and gzip bytes of the five heaviest pages, now and before each diagram shipped once (one SVG whose colours follow the theme, instead of one per theme; commit 9bc748a).',
		'',
		'| page | raw | gzip | before: raw | before: gzip |',
		'|---|---|---|---|---|',
		...[
			...html.slice(0, 5),
			...HTML_BEFORE.filter((page) => !html.slice(0, 5).some((top) => top.path === page.path)).map(
				(page) =>
					html.find((now) => now.path === page.path) ?? {
						...page,
						raw: Number.NaN,
						gzip: Number.NaN,
					},
			),
		].map((page) => {
			const before = HTML_BEFORE.find((old) => old.path === page.path);
			return `| \`${page.path}\` | ${page.raw} B | ${page.gzip} B | ${before ? `${before.raw} B` : '–'} | ${before ? `${before.gzip} B` : '–'} |`;
		}),
		'',
		(() => {
			const sum = (
				/** @type {Array<{ raw: number, gzip: number }>} */ rows,
				/** @type {'raw' | 'gzip'} */ key,
			) => rows.reduce((total, row) => total + row[key], 0);
			const top = html.slice(0, 5);
			const change = (/** @type {'raw' | 'gzip'} */ key) =>
				`${sum(top, key)} B against ${sum(HTML_BEFORE, key)} B (${(((sum(top, key) - sum(HTML_BEFORE, key)) / sum(HTML_BEFORE, key)) * 100).toFixed(0)} %)`;
			return `The five heaviest pages together: raw ${change('raw')}; gzip ${change('gzip')}. **Target: a third less.** ${sum(top, 'raw') <= (sum(HTML_BEFORE, 'raw') * 2) / 3 ? 'Met' : 'Not met'} on raw bytes: the heaviest pages are now heavy with highlighted code (Expressive Code's markup), not diagrams.`;
		})(),
		'',
		'### Cold and warm builds as the guide grows',
		'',
		'From `node scripts/bench-build.mjs`: each tree is a copy of the sources with caches of its own (Astro, diagrams, social cards), built once from nothing (cold) and once more (warm).',
		'',
		'| tree | pages | cold | warm | cold, per page |',
		'|---|---|---|---|---|',
		...builds.map(
			(row) =>
				`| ${row.name} | ${row.pages} | ${row.cold.toFixed(1)} s | ${row.warm.toFixed(1)} s | ${row.msPerPageCold.toFixed(0)} ms |`,
		),
		'',
		'## Decision engine',
		'',
		'From `node scripts/bench-engine.ts`, in Node, outside the browser.',
		'',
		'| measure | value |',
		'|---|---|',
		`| plans explained (answers → plan, reasons, changes, absences) | ${engine.plans.measured} seeded quiz walks |`,
		`| time per plan, median | ${engine.plans.medianMs.toFixed(2)} ms |`,
		`| time per plan, worst | ${engine.plans.worstMs.toFixed(2)} ms |`,
		`| decoding a share link of 2,000 / 32,000 repeated and unknown keys | ${engine.decode.shortMs.toFixed(1)} ms / ${engine.decode.longMs.toFixed(1)} ms (ratio ${engine.decode.ratio.toFixed(1)}; 16 is linear) |`,
		'',
	];
	return lines.join('\n');
}

/**
 * The engine's timings (scripts/bench-engine.ts), in a process of its own.
 * @returns {{ decode: { shortMs: number, longMs: number, ratio: number }, plans: { measured: number, slowest: string, medianMs: number, worstMs: number } }}
 */
function measureEngine() {
	const run = spawnSync(process.execPath, ['scripts/bench-engine.ts', '--json'], {
		encoding: 'utf8',
	});
	if (run.status !== 0) throw new Error(`scripts/bench-engine.ts failed:\n${run.stderr}`);
	return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}');
}

/** The Lighthouse that Lighthouse CI runs (its own dependency). */
function lighthouseVersion() {
	const lhci = createRequire(createRequire(import.meta.url).resolve('@lhci/cli/package.json'));
	return String(lhci('lighthouse/package.json').version);
}
