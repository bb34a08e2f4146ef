/**
 * Renders mermaid diagrams to SVG at build time, in both themes, in a headless Chromium.
 *
 * Readers then download no mermaid JavaScript. When no browser can be launched (a laptop
 * without Chromium), `diagramMode()` answers 'client' and the pages fall back to rendering in
 * the browser; see `src/components/diagrams/MermaidClient.astro`.
 *
 * Speed: loading mermaid into a page costs about a second, rendering a diagram a few
 * milliseconds. So requests from every page are queued and rendered together: one browser, one
 * page per theme, all queued diagrams in one call. Results are cached on disk by source.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createMermaidRenderer, type MermaidRenderer } from 'mermaid-isomorphic';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../chromium.mjs';
import { DIAGRAM_THEMES } from '../../src/lib/diagrams/themes.ts';

export type DiagramMode = 'build' | 'client';

export interface RenderedDiagram {
	/** SVG markup for the light theme. */
	light: string;
	/** SVG markup for the dark theme. */
	dark: string;
}

type Theme = keyof RenderedDiagram;
const THEMES = DIAGRAM_THEMES;
// Bump when the render settings change so cached SVGs from older settings are not reused.
const CACHE_FORMAT = 2;
// GUIDE_CACHE_DIR moves the cache (the benchmark builds copies of the site with caches of their own).
const CACHE_DIR = join(
	process.env.GUIDE_CACHE_DIR ?? join(process.cwd(), 'node_modules', '.cache'),
	'diagrams',
);
/** Pages hand in their diagrams a few milliseconds apart; wait this long for the rest. */
const GATHER_MS = 100;
/** Generous, so a loaded machine does not fail a build that is merely slow. */
const ATTEMPT_TIMEOUT_MS = 120_000;
const ATTEMPTS = 2;

let modePromise: Promise<DiagramMode> | undefined;

/**
 * Decides once per process whether diagrams are rendered at build time. `MERMAID_CLIENT=1`
 * forces the browser fallback, which is how the tests exercise that path.
 */
export function diagramMode(): Promise<DiagramMode> {
	modePromise ??= detectMode();
	return modePromise;
}

async function detectMode(): Promise<DiagramMode> {
	if (process.env.MERMAID_CLIENT === '1') return 'client';
	try {
		const browser = await chromium.launch(chromiumLaunchOptions());
		await browser.close();
		return 'build';
	} catch (error) {
		const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
		console.warn(
			`[diagrams] No Chromium could be launched (${reason}). Diagrams will render in the ` +
				'reader’s browser instead. Install Chromium (or run `npx playwright install chromium`) ' +
				'to render them at build time.',
		);
		return 'client';
	}
}

interface Request {
	source: string;
	key: string;
	resolve: (diagram: RenderedDiagram) => void;
	reject: (error: unknown) => void;
}

const inFlight = new Map<string, Promise<RenderedDiagram>>();
let queue: Request[] = [];
let gatherTimer: NodeJS.Timeout | undefined;
let running: Promise<void> | undefined;
let renderer: MermaidRenderer | undefined;

const cacheKey = (source: string) =>
	createHash('sha256')
		.update(`${CACHE_FORMAT}\n${JSON.stringify(THEMES)}\n${source}`)
		.digest('hex');

/** Renders one diagram in both themes, reusing a cached result when the source is unchanged. */
export function renderDiagram(source: string): Promise<RenderedDiagram> {
	const key = cacheKey(source);
	let pending = inFlight.get(key);
	if (!pending) {
		pending = readCache(key).then(
			(cached) =>
				cached ?? new Promise((resolve, reject) => enqueue({ source, key, resolve, reject })),
		);
		inFlight.set(key, pending);
		// A failure is not remembered: the next build or dev-server reload tries again.
		pending.catch(() => inFlight.delete(key));
	}
	return pending;
}

async function readCache(key: string): Promise<RenderedDiagram | undefined> {
	try {
		return JSON.parse(await readFile(join(CACHE_DIR, `${key}.json`), 'utf8')) as RenderedDiagram;
	} catch {
		return undefined;
	}
}

async function writeCache(key: string, rendered: RenderedDiagram): Promise<void> {
	await mkdir(CACHE_DIR, { recursive: true });
	// Write then rename, so a build running alongside never reads a half-written file.
	const file = join(CACHE_DIR, `${key}.json`);
	const partial = `${file}.${process.pid}.tmp`;
	await writeFile(partial, JSON.stringify(rendered));
	await rename(partial, file);
}

function enqueue(request: Request): void {
	queue.push(request);
	clearTimeout(gatherTimer);
	gatherTimer = setTimeout(() => void flush(), GATHER_MS);
}

/** One batch at a time; requests that arrive meanwhile form the next batch. */
async function flush(): Promise<void> {
	if (running) return;
	const batch = queue;
	queue = [];
	if (batch.length === 0) return;
	running = renderBatch(batch);
	await running;
	running = undefined;
	if (queue.length > 0) await flush();
}

async function renderBatch(batch: Request[]): Promise<void> {
	let lastError: unknown;
	for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
		try {
			const results = await withTimeout(renderBoth(batch), ATTEMPT_TIMEOUT_MS);
			await Promise.all(
				batch.map(async (request, index) => {
					const result = results[index];
					if (result instanceof Error) return request.reject(result);
					if (!result) return request.reject(new Error('mermaid returned no result'));
					await writeCache(request.key, result);
					request.resolve(result);
				}),
			);
			return;
		} catch (error) {
			lastError = error;
			// A hung or crashed browser is not reused for the retry.
			renderer = undefined;
			if (attempt < ATTEMPTS) {
				const reason = error instanceof Error ? error.message : String(error);
				console.warn(`[diagrams] Rendering failed (${reason}); trying once more.`);
			}
		}
	}
	for (const request of batch) request.reject(lastError);
}

/** Both themes in parallel pages of one browser; per diagram, an SVG pair or its own error. */
async function renderBoth(batch: Request[]): Promise<(RenderedDiagram | Error)[]> {
	renderer ??= createMermaidRenderer({ launchOptions: chromiumLaunchOptions() });
	const render = renderer;
	const sources = batch.map((request) => request.source);
	const [light, dark] = await Promise.all(
		(['light', 'dark'] as const).map(async (theme: Theme) => {
			const prefix = `batch-${theme}`;
			const results = await render(sources, { prefix, mermaidConfig: THEMES[theme] });
			return results.map((result, index) => {
				if (result.status === 'rejected') {
					return result.reason instanceof Error ? result.reason : new Error(String(result.reason));
				}
				// Ids that depend on the source alone keep the output stable however pages batch,
				// and unique when several diagrams share a page.
				const stableId = `dg-${batch[index]?.key.slice(0, 10)}-${theme}-0`;
				return result.value.svg.replace(new RegExp(`${prefix}-${index}(?!\\d)`, 'g'), stableId);
			});
		}),
	);
	return batch.map((_, index) => {
		const [lightSvg, darkSvg] = [light?.[index], dark?.[index]];
		if (lightSvg instanceof Error) return lightSvg;
		if (darkSvg instanceof Error) return darkSvg;
		if (lightSvg === undefined || darkSvg === undefined) return new Error('no SVG returned');
		return { light: lightSvg, dark: darkSvg };
	});
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(
			() => reject(new Error(`no result within ${ms / 1000} s (is the machine overloaded?)`)),
			ms,
		);
	});
	return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
