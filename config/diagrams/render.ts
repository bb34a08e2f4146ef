/**
 * Renders mermaid diagrams to SVG at build time, once per theme, in a headless Chromium.
 *
 * Readers then download no mermaid JavaScript. When no browser can be launched (a laptop
 * without Chromium), `diagramMode()` answers 'client' and the pages fall back to rendering in
 * the browser; see `src/components/diagrams/MermaidClient.astro`.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createMermaidRenderer, type MermaidRenderer } from 'mermaid-isomorphic';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../chromium.mjs';
import { DIAGRAM_THEMES } from './themes.ts';

export type DiagramMode = 'build' | 'client';

export interface RenderedDiagram {
	/** SVG markup for the light theme. */
	light: string;
	/** SVG markup for the dark theme. */
	dark: string;
}

const THEMES = DIAGRAM_THEMES;
// Bump when the render settings change so cached SVGs from older settings are not reused.
const CACHE_FORMAT = 2;
const CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'diagrams');

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

let renderer: MermaidRenderer | undefined;

/** Renders one diagram in both themes, reusing a cached result when the source is unchanged. */
export async function renderDiagram(source: string): Promise<RenderedDiagram> {
	const key = createHash('sha256')
		.update(`${CACHE_FORMAT}\n${JSON.stringify(THEMES)}\n${source}`)
		.digest('hex');
	const cacheFile = join(CACHE_DIR, `${key}.json`);
	const cached = await readFile(cacheFile, 'utf8')
		.then((text) => JSON.parse(text) as RenderedDiagram)
		.catch(() => undefined);
	if (cached) return cached;

	renderer ??= createMermaidRenderer({ launchOptions: chromiumLaunchOptions() });
	// The hash keeps SVG ids unique when several diagrams share a page.
	const id = `dg-${key.slice(0, 10)}`;
	const [light, dark] = await Promise.all(
		(['light', 'dark'] as const).map(async (theme) => {
			const [result] = await renderer!([source], {
				prefix: `${id}-${theme}`,
				mermaidConfig: THEMES[theme],
			});
			if (!result) throw new Error('mermaid returned no result');
			if (result.status === 'rejected') {
				throw result.reason instanceof Error ? result.reason : new Error(String(result.reason));
			}
			return result.value.svg;
		}),
	);
	const rendered: RenderedDiagram = { light: light!, dark: dark! };
	await mkdir(CACHE_DIR, { recursive: true });
	// Write then rename, so a build running alongside never reads a half-written file.
	const partial = `${cacheFile}.${process.pid}.tmp`;
	await writeFile(partial, JSON.stringify(rendered));
	await rename(partial, cacheFile);
	return rendered;
}
