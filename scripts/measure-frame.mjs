#!/usr/bin/env node
// @ts-check
/**
 * Measures Starlight's own frame, the baseline of the reading pages' CSS budget, and stores it in
 * weight-budget.json. Run it after upgrading Starlight or Astro. (The budget itself is checked in
 * `npm test` by e2e/quality/weight.spec.ts.)
 *
 * Usage: node scripts/measure-frame.mjs
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../config/chromium.mjs';
import { preview } from './lib/preview.mjs';
import { formatBytes, measurePage, readBudget, writeBudget } from '../test/lib/weight.mjs';

await measureFrame();

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

	const server = await preview({ root: project });
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
