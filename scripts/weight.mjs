#!/usr/bin/env node
// @ts-check
/**
 * Measures the JavaScript and CSS each page of a build loads in Chromium (gzip bytes, lazily
 * loaded chunks included) and holds them to `weight-budget.json`. The same check runs in
 * `npm test` as e2e/quality/weight.spec.ts; this script is for running it alone.
 *
 * Usage: node scripts/weight.mjs [options]
 *   --dir DIR        the build to measure (default: $OUT_DIR or dist); it is served on 127.0.0.1
 *   --base PATH      the base it was built with (default: $BASE_PATH or /)
 *   --build          run `astro build` into DIR first
 *   --all            print every page, not only the heaviest of each page type
 *   --json FILE      also write the measurements as JSON
 *   --decide-delta   print only the gzip bytes of JavaScript /decide/ loads beyond a plain guide page
 *   --measure-frame  measure Starlight's own frame (a stock Starlight site built in .cache/) and
 *                    store it in weight-budget.json as the baseline
 * Exits 1 when a page is over budget.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../config/chromium.mjs';
import { normaliseBase, sitemapPaths } from '../test/lib/sitemap.mjs';
import { serveStatic } from './lib/static-server.mjs';
import {
	evaluateBudget,
	formatBytes,
	formatReport,
	measurePage,
	measurePages,
	readBudget,
	writeBudget,
} from '../test/lib/weight.mjs';

const argv = process.argv.slice(2);
/** @param {string} name */
const flag = (name) => argv.includes(name);
/** @param {string} name @param {string} fallback */
const option = (name, fallback) => {
	const index = argv.indexOf(name);
	return index >= 0 && argv[index + 1] ? String(argv[index + 1]) : fallback;
};

const dir = option('--dir', process.env.OUT_DIR ?? 'dist');
const base = normaliseBase(option('--base', process.env.BASE_PATH ?? '/'));

if (flag('--measure-frame')) {
	await measureFrame();
	process.exit(0);
}

if (flag('--build')) {
	const built = spawnSync('node_modules/.bin/astro', ['build'], {
		stdio: 'inherit',
		// The sitemap the pages are read from needs an origin; this one is never fetched.
		env: { SITE_URL: 'http://127.0.0.1', ...process.env, OUT_DIR: dir, BASE_PATH: base },
	});
	if (built.status !== 0) process.exit(built.status ?? 1);
}

const budget = readBudget();
const server = await serveStatic({ dir, base });
const browser = await chromium.launch(chromiumLaunchOptions());
try {
	const pages = await measurePages(browser, server.origin, sitemapPaths(dir, base));
	const result = evaluateBudget(pages, budget, base);
	const jsonFile = option('--json', '');
	if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify({ pages, ...result }, null, '\t')}\n`);
	if (flag('--decide-delta')) {
		if (!result.decideDelta) throw new Error(result.failures.join('\n'));
		console.log(result.decideDelta.bytes);
	} else {
		console.log(formatReport(result, budget));
		if (flag('--all')) {
			console.log('\nEvery page (JS gzip, CSS gzip):');
			for (const page of pages) console.log(`  ${page.path}  ${page.js} B  ${page.css} B`);
		}
		if (result.failures.length > 0) {
			console.error(`\nOver budget:\n- ${result.failures.join('\n- ')}`);
			process.exitCode = 1;
		} else {
			console.log(`\nAll ${pages.length} pages are within budget.`);
		}
	}
} finally {
	await browser.close();
	await server.close();
}

/**
 * Builds a stock Starlight site (title only, default configuration, the Starlight and Astro
 * versions this project installs) and measures one reading page of it: a title, a paragraph,
 * headings (so the table of contents appears) and a code block (Expressive Code is part of
 * Starlight). The result is stored in the budget file as the frame every reading page is
 * compared with.
 */
async function measureFrame() {
	const project = join('.cache', 'starlight-frame');
	rmSync(project, { recursive: true, force: true });
	mkdirSync(join(project, 'src', 'content', 'docs'), { recursive: true });
	const files = {
		// Astro finds the packages it must bundle (Starlight) through the dependencies listed here;
		// they resolve to this repository's node_modules.
		'package.json': JSON.stringify({
			name: 'starlight-frame',
			private: true,
			type: 'module',
			dependencies: { astro: '*', '@astrojs/starlight': '*' },
		}),
		'astro.config.mjs': [
			"import { defineConfig } from 'astro/config';",
			"import starlight from '@astrojs/starlight';",
			"export default defineConfig({ site: 'https://frame.invalid', integrations: [starlight({ title: 'Frame' })] });",
		].join('\n'),
		'src/content.config.ts': [
			"import { defineCollection } from 'astro:content';",
			"import { docsLoader } from '@astrojs/starlight/loaders';",
			"import { docsSchema } from '@astrojs/starlight/schema';",
			'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
		].join('\n'),
		'src/content/docs/index.md': '---\ntitle: Frame\n---\n\nA stock Starlight site.\n',
		'src/content/docs/page.md': [
			'---',
			'title: A reading page',
			'description: The frame every reading page of the guide is measured against.',
			'---',
			'',
			'A paragraph of text.',
			'',
			'## A first section',
			'',
			'Another paragraph.',
			'',
			'```yaml',
			'apiVersion: v1',
			'kind: Namespace',
			'metadata:',
			'  name: tenant-a',
			'```',
			'',
			'## A second section',
			'',
			'### A subsection',
			'',
			'The end.',
			'',
		].join('\n'),
	};
	for (const [name, content] of Object.entries(files)) writeFileSync(join(project, name), content);
	const astro = new URL('../node_modules/.bin/astro', import.meta.url).pathname;
	const built = spawnSync(astro, ['build'], { cwd: project, stdio: 'inherit' });
	if (built.status !== 0) throw new Error('The stock Starlight site did not build.');

	const server = await serveStatic({ dir: join(project, 'dist') });
	const browser = await chromium.launch(chromiumLaunchOptions());
	let measured;
	try {
		// Three loads: the bytes must not vary; if they do, the frame is not a stable baseline.
		const runs = [];
		for (let run = 0; run < 3; run += 1)
			runs.push(await measurePage(browser, `${server.url}page/`));
		if (new Set(runs.map((run) => `${run.js}/${run.css}`)).size !== 1) {
			throw new Error(
				`The frame's weight varied between loads: ${runs.map((run) => `${run.js}/${run.css}`).join(', ')}`,
			);
		}
		measured = runs[0];
	} finally {
		await browser.close();
		await server.close();
	}
	if (!measured) throw new Error('no measurement');
	/** @param {string} name */
	const version = (name) =>
		JSON.parse(
			readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8'),
		).version;
	const budget = readBudget();
	budget.frame = {
		js: measured.js,
		css: measured.css,
		measured: new Date().toISOString().slice(0, 10),
		how:
			`node scripts/weight.mjs --measure-frame: a stock Starlight ${version('@astrojs/starlight')} site on Astro ${version('astro')} ` +
			'(title only, default configuration) built in .cache/starlight-frame; its reading page (title, paragraphs, three headings so ' +
			'the table of contents shows, one YAML code block) loaded in Chromium until it settled (Pagefind UI included), ' +
			'every JS and CSS file and inline script or style gzipped on its own (zlib level 6). Assets: gzip bytes each.',
		assets: measured.assets.reduce((assets, asset) => {
			// An inline block that appears twice (Starlight's theme picker) is summed under one name.
			const name = `${asset.kind} ${asset.key.replace(/^\/_astro\//, '')}`;
			assets[name] = (assets[name] ?? 0) + asset.gzip;
			return assets;
		}, /** @type {Record<string, number>} */ ({})),
	};
	writeBudget(budget);
	rmSync(project, { recursive: true, force: true });
	console.log(
		`Starlight's frame: JS ${formatBytes(measured.js)}, CSS ${formatBytes(measured.css)} (gzip); stored in weight-budget.json.`,
	);
}
