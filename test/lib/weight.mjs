// @ts-check
/**
 * Page weight: the JavaScript and CSS a real browser loads for a page, in gzip bytes, and the
 * budget they are held to (`weight-budget.json`). Used by `scripts/measure-frame.mjs` and by the
 * weight gate in `e2e/quality/weight.spec.ts`.
 *
 * What counts: every JS and CSS response the page receives until it settles (see settle.mjs),
 * lazily imported chunks included, plus the page's inline `<script>` and `<style>` elements
 * (not the styles inside inline SVG diagrams, which are part of those images).
 * Each is gzipped on its own at zlib's default level (6), as a static host would serve it; an
 * inline block's share of the gzipped HTML is slightly smaller, which affects the frame baseline
 * and the pages measured against it alike.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { settle, watchNetwork } from './settle.mjs';
import { normaliseBase } from './sitemap.mjs';

/** The budget file, at the repository root. */
export const BUDGET_FILE = new URL('../../weight-budget.json', import.meta.url);

/**
 * @typedef {object} Asset
 * @property {'js' | 'css'} kind
 * @property {string} key the URL path, or `inline:<sha1>` for an inline block
 * @property {number} raw bytes as written
 * @property {number} gzip bytes after gzip
 *
 * @typedef {object} PageWeight
 * @property {string} path the served path, base included
 * @property {Asset[]} assets
 * @property {number} js gzip bytes of JavaScript
 * @property {number} css gzip bytes of CSS
 *
 * @typedef {object} PageType
 * @property {string} name
 * @property {string} match a regular expression over the path relative to the base ('' is the home page)
 * @property {'reading' | 'quiz' | 'plan'} budget
 *
 * @typedef {object} Budget
 * @property {{ js: number, css: number, measured: string, how: string, assets?: Record<string, number> }} frame
 * @property {PageType[]} pageTypes
 * @property {{ reading: { jsMax?: number, jsOverFrame?: number, cssOverFrame: number }, quiz: { jsOverPlainGuide: number, totalOverPlainGuide?: number }, plan?: { jsOverPlainGuide: number }, data?: { files: string[], max: number } }} budgets
 * @property {string} plainGuidePage path relative to the base of the page quiz pages are compared with
 * @property {string} decidePage path relative to the base of the quiz page
 */

/** @param {string | Buffer} content */
export function gzipSize(content) {
	return gzipSync(content).length;
}

/** @param {Asset[]} assets @param {'js' | 'css'} kind */
function total(assets, kind) {
	return assets.filter((asset) => asset.kind === kind).reduce((sum, asset) => sum + asset.gzip, 0);
}

/**
 * Loads one page in a fresh browser context (an empty cache) and measures what it loads.
 * @param {import('playwright').Browser} browser
 * @param {string} url the absolute URL of the page
 * @returns {Promise<PageWeight>}
 */
export async function measurePage(browser, url) {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		/** @type {Map<string, Promise<Asset | undefined>>} */
		const pending = new Map();
		context.on('response', (response) => {
			const type = response.request().resourceType();
			const contentType = response.headers()['content-type'] ?? '';
			const kind =
				type === 'script' || /javascript/.test(contentType)
					? 'js'
					: type === 'stylesheet' || /text\/css/.test(contentType)
						? 'css'
						: undefined;
			if (!kind || response.status() >= 300) return;
			const key = new URL(response.url()).pathname;
			if (pending.has(key)) return;
			pending.set(
				key,
				response.body().then(
					(body) => ({ kind, key, raw: body.length, gzip: gzipSize(body) }),
					() => undefined,
				),
			);
		});
		const network = watchNetwork(page);
		const response = await page.goto(url);
		if (!response || response.status() !== 200)
			throw new Error(`${url} answered ${response?.status()}`);
		await settle(page, network);
		network.stop();
		const inline = await page.evaluate(() => {
			const isJs = (/** @type {HTMLScriptElement} */ script) =>
				!script.type ||
				script.type === 'module' ||
				/^(text|application)\/(java|ecma)script$/i.test(script.type);
			return {
				js: [...document.querySelectorAll('script:not([src])')]
					.filter((script) => isJs(/** @type {HTMLScriptElement} */ (script)))
					.map((script) => script.textContent ?? ''),
				// A <style> inside an inline SVG belongs to that diagram, an image drawn in the HTML;
				// it is weighed with the HTML, not as the page's CSS.
				css: [...document.querySelectorAll('style')]
					.filter((style) => !style.closest('svg'))
					.map((style) => style.textContent ?? ''),
			};
		});
		/** @type {Asset[]} */
		const assets = [];
		for (const asset of await Promise.all(pending.values())) if (asset) assets.push(asset);
		for (const kind of /** @type {const} */ (['js', 'css'])) {
			for (const text of inline[kind]) {
				if (!text.trim()) continue;
				const key = `inline:${createHash('sha1').update(text).digest('hex').slice(0, 12)}`;
				assets.push({ kind, key, raw: Buffer.byteLength(text), gzip: gzipSize(text) });
			}
		}
		const path = new URL(url).pathname + new URL(url).search;
		return { path, assets, js: total(assets, 'js'), css: total(assets, 'css') };
	} finally {
		await context.close();
	}
}

/**
 * Measures several pages, a few at a time (bytes do not depend on load order or timing).
 * @param {import('playwright').Browser} browser
 * @param {string} origin e.g. http://127.0.0.1:4321
 * @param {string[]} paths served paths, base included
 * @param {number} [concurrency]
 */
export async function measurePages(browser, origin, paths, concurrency = 4) {
	/** @type {PageWeight[]} */
	const results = [];
	const queue = [...paths];
	await Promise.all(
		Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
			for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
				results.push(await measurePage(browser, `${origin}${path}`));
			}
		}),
	);
	return results.sort((a, b) => a.path.localeCompare(b.path));
}

/** @returns {Budget} */
export function readBudget() {
	return JSON.parse(readFileSync(BUDGET_FILE, 'utf8'));
}

/** @param {Budget} budget */
export function writeBudget(budget) {
	writeFileSync(BUDGET_FILE, `${JSON.stringify(budget, null, 2)}\n`);
}

/**
 * The page type a served path belongs to: the first whose pattern matches.
 * @param {string} path
 * @param {string} base
 * @param {PageType[]} types
 */
export function pageTypeOf(path, base, types) {
	const relative = path.slice(normaliseBase(base).length);
	const type = types.find((candidate) => new RegExp(candidate.match).test(relative));
	if (!type) throw new Error(`No page type in the budget matches ${path}`);
	return type;
}

/**
 * The gzip bytes of the assets that are the decision data's files: `/_astro/<file>.<hash>.js`.
 * @param {Asset[]} assets
 * @param {string[]} files
 */
export function dataAssetBytes(assets, files) {
	return assets
		.filter((asset) => files.some((file) => new RegExp(`/${file}\\.[\\w-]+\\.js$`).test(asset.key)))
		.reduce((sum, asset) => sum + asset.gzip, 0);
}

/**
 * The JavaScript one page loads that another does not: assets whose key the other page lacks.
 * @param {PageWeight} page
 * @param {PageWeight} other
 */
export function jsBeyond(page, other) {
	const known = new Set(other.assets.map((asset) => asset.key));
	const extra = page.assets.filter((asset) => asset.kind === 'js' && !known.has(asset.key));
	return { bytes: extra.reduce((sum, asset) => sum + asset.gzip, 0), assets: extra };
}

/**
 * Holds measured pages to the budget.
 * @param {PageWeight[]} pages
 * @param {Budget} budget
 * @param {string} base
 */
export function evaluateBudget(pages, budget, base) {
	const prefix = normaliseBase(base);
	const { frame, budgets } = budget;
	/** @type {string[]} */
	const failures = [];
	/** @type {Map<string, { type: PageType, pages: PageWeight[] }>} */
	const byType = new Map();
	for (const page of pages) {
		const type = pageTypeOf(page.path, base, budget.pageTypes);
		const group = byType.get(type.name) ?? { type, pages: [] };
		group.pages.push(page);
		byType.set(type.name, group);
		if (type.budget === 'reading') {
			// An absolute limit (jsMax) when the budget sets one, else Starlight's frame plus an allowance.
			const jsMax = budgets.reading.jsMax;
			const jsLimit = jsMax ?? frame.js + (budgets.reading.jsOverFrame ?? 0);
			const cssLimit = frame.css + budgets.reading.cssOverFrame;
			if (page.js > jsLimit) {
				const why =
					jsMax === undefined
						? `Starlight's frame (${frame.js} B) + ${budgets.reading.jsOverFrame} B`
						: 'the reading-page limit';
				failures.push(
					`${page.path} (${type.name}) loads ${page.js} B of JS (gzip), over its budget of ${jsLimit} B: ${why}`,
				);
			}
			if (page.css > cssLimit) {
				failures.push(
					`${page.path} (${type.name}) loads ${page.css} B of CSS (gzip), over its budget of ${cssLimit} B: Starlight's frame (${frame.css} B) + ${budgets.reading.cssOverFrame} B`,
				);
			}
		}
	}

	const plainPath = `${prefix}${budget.plainGuidePage}`;
	const plain =
		pages.find((page) => page.path === plainPath) ??
		byType.get('guide')?.pages.toSorted((a, b) => a.js - b.js)[0];
	// The quiz and the plan are measured against a plain guide page, each with its own allowance.
	const quizPages = [...byType.values()]
		.filter(({ type }) => type.budget === 'quiz' || type.budget === 'plan')
		.flatMap(({ type, pages: group }) =>
			group.map((page) => ({
				page,
				limit:
					(type.budget === 'plan' ? budgets.plan : undefined)?.jsOverPlainGuide ??
					budgets.quiz.jsOverPlainGuide,
				// The quiz may be held to code and data together, as well as to each apart.
				totalLimit: type.budget === 'plan' ? undefined : budgets.quiz.totalOverPlainGuide,
			})),
		);
	if (quizPages.length > 0 && !plain)
		failures.push('No plain guide page was measured to compare the quiz pages with');
	if (plain) {
		const data = budgets.data;
		for (const { page, limit, totalLimit } of quizPages) {
			const beyond = jsBeyond(page, plain);
			// The decision data's files, which the browser caches across pages, have their own budget.
			const dataBytes = data ? dataAssetBytes(beyond.assets, data.files) : 0;
			const code = beyond.bytes - dataBytes;
			if (code > limit) {
				failures.push(
					`${page.path} loads ${code} B of JS code (gzip) beyond what ${plain.path} loads, over its budget of ${limit} B`,
				);
			}
			if (data && dataBytes > data.max) {
				failures.push(
					`${page.path} loads ${dataBytes} B of decision data (gzip, ${data.files.join(' and ')}), over its budget of ${data.max} B`,
				);
			}
			if (totalLimit !== undefined && beyond.bytes > totalLimit) {
				failures.push(
					`${page.path} loads ${beyond.bytes} B of JS code and data (gzip) beyond what ${plain.path} loads, over its budget of ${totalLimit} B`,
				);
			}
		}
	}
	const decide = pages.find((page) => page.path === `${prefix}${budget.decidePage}`);
	if (!decide) failures.push(`${prefix}${budget.decidePage} was not measured`);
	/** @type {{ bytes: number, total: number, comparedWith: string, assets: Asset[] } | undefined} */
	const decideDelta =
		decide && plain
			? { ...jsBeyond(decide, plain), total: decide.js - plain.js, comparedWith: plain.path }
			: undefined;

	const rows = [...byType.values()].map(({ type, pages: group }) => {
		const heaviest = group.toSorted((a, b) => b.js - a.js || b.css - a.css)[0];
		if (!heaviest) throw new Error(`empty page type ${type.name}`);
		return {
			type: type.name,
			pages: group.length,
			heaviest: heaviest.path,
			js: heaviest.js,
			css: Math.max(...group.map((page) => page.css)),
			jsOverFrame: heaviest.js - frame.js,
			cssOverFrame: Math.max(...group.map((page) => page.css)) - frame.css,
		};
	});
	return { rows, failures, decideDelta };
}

/** @param {number} bytes */
export function formatBytes(bytes) {
	const sign = bytes < 0 ? '−' : '';
	const value = Math.abs(bytes);
	return value < 1024
		? `${sign}${value} B`
		: `${sign}${(value / 1024).toFixed(1)} KB (${sign}${value} B)`;
}

/** @param {number} bytes */
function signed(bytes) {
	return bytes > 0 ? `+${formatBytes(bytes)}` : bytes === 0 ? '±0 B' : formatBytes(bytes);
}

/**
 * A plain-text report of a budget evaluation, one row per page type.
 * @param {ReturnType<typeof evaluateBudget>} result
 * @param {Budget} budget
 */
export function formatReport(result, budget) {
	const header = [
		'page type',
		'pages',
		'heaviest page',
		'JS gzip',
		'CSS gzip',
		'JS vs frame',
		'CSS vs frame',
	];
	const lines = [
		header,
		[
			'Starlight frame',
			'-',
			'(stock Starlight page)',
			formatBytes(budget.frame.js),
			formatBytes(budget.frame.css),
			'',
			'',
		],
		...result.rows.map((row) => [
			row.type,
			String(row.pages),
			row.heaviest,
			formatBytes(row.js),
			formatBytes(row.css),
			signed(row.jsOverFrame),
			signed(row.cssOverFrame),
		]),
	];
	const widths = header.map((_, column) =>
		Math.max(...lines.map((line) => (line[column] ?? '').length)),
	);
	const table = lines.map((line) =>
		line
			.map((cell, column) => cell.padEnd(widths[column] ?? 0))
			.join('  ')
			.trimEnd(),
	);
	const { reading, quiz, plan } = budget.budgets;
	const quizTypes = budget.pageTypes
		.filter((type) => type.budget === 'quiz')
		.map((type) => type.name);
	const notes = [
		`Budgets: reading pages JS ≤ ${reading.jsMax === undefined ? `frame + ${formatBytes(reading.jsOverFrame ?? 0)}` : formatBytes(reading.jsMax)}, CSS ≤ frame + ${formatBytes(reading.cssOverFrame)}; quiz pages (${quizTypes.join(', ')}) JS ≤ a plain guide page + ${formatBytes(quiz.jsOverPlainGuide)}${plan ? `, the plan ≤ a plain guide page + ${formatBytes(plan.jsOverPlainGuide)}` : ''}.`,
	];
	if (result.decideDelta) {
		notes.push(
			`JavaScript /${budget.decidePage} loads beyond ${result.decideDelta.comparedWith}: ${formatBytes(result.decideDelta.bytes)} gzip` +
				(result.decideDelta.assets.length
					? ` (${result.decideDelta.assets.map((asset) => `${asset.key} ${asset.gzip} B`).join(', ')})`
					: ''),
		);
	}
	return [...table, '', ...notes].join('\n');
}
