/**
 * Loads and checks the guide's data once, when the Astro config is set up, and serves the
 * checked data to pages and islands as the virtual module `virtual:guide-data`. A problem in
 * the data stops the build before anything is rendered, with one error naming the file and
 * the field.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import type { Plugin } from 'vite';
import { loadGuideData, type GuideData } from '../src/lib/data/load.ts';
import { DataError } from '../src/lib/data/format-issues.ts';
import { reviewDateProblem } from '../src/lib/data/dates.ts';
import { readPages } from '../src/lib/content/pages.ts';
import { splitDecisionData } from '../src/lib/decision/client-data.ts';
import type { DecisionData } from '../src/lib/decision/types.ts';

const MODULE = 'virtual:guide-data';
const RESOLVED = `\0${MODULE}`;
/**
 * The decision data as the browser uses it, in two modules of their own, so the bundler gives
 * each a hashed file that the browser caches, instead of JSON repeated in every page's HTML: the
 * questions, which the quiz and the plan share, and the rules and the rest, which only the plan
 * loads.
 */
const BROWSER_MODULES = {
	'virtual:guide-data/questions': { chunk: 'decision-questions', half: 'quiz' },
	'virtual:guide-data/decision': { chunk: 'decision-rules', half: 'rules' },
} as const;
type BrowserModule = keyof typeof BROWSER_MODULES;
const isBrowserModule = (id: string): id is BrowserModule => Object.hasOwn(BROWSER_MODULES, id);
/** Rollup's id for a browser module: the leading NUL keeps other plugins off it. */
const resolved = (id: BrowserModule) => `\0${id}`;
const browserModuleOf = (resolvedId: string): BrowserModule | undefined => {
	const id = resolvedId.slice(1);
	return resolvedId.startsWith('\0') && isBrowserModule(id) ? id : undefined;
};

/** Both halves at once, split once per data set: the split works out the quiz's longest path. */
const halves = new WeakMap<DecisionData, ReturnType<typeof splitDecisionData>>();

function halvesOf(decision: DecisionData): ReturnType<typeof splitDecisionData> {
	let split = halves.get(decision);
	if (!split) {
		split = splitDecisionData(decision);
		halves.set(decision, split);
	}
	return split;
}

/** Where each condition's leaves sit in the YAML serves the validator's messages, not the browser. */
const withoutPaths = (key: string, value: unknown) => (key === 'at' ? undefined : value);

/**
 * A browser module's source: an object literal, which gzips smaller than the same JSON in a string
 * (no escaped quotes); at these sizes (under 30 KB) parsing either takes no measurable time.
 */
export function browserDataModule(data: GuideData, id: BrowserModule): string {
	const half = halvesOf(data.decision)[BROWSER_MODULES[id].half];
	return `export default ${JSON.stringify(half, withoutPaths)};`;
}

export function checkedGuideData(): GuideData {
	try {
		return loadGuideData();
	} catch (error) {
		if (error instanceof DataError) {
			throw new AstroError(
				error.message,
				'Fix the field named above; the build reads these files before anything else.',
			);
		}
		throw error;
	}
}

/**
 * The guide's data as an integration, the way Starlight serves its user config: it checks every
 * page's review date before the build starts, and adds the Vite plugin that serves the data the
 * config has already checked (the sidebar needs it before any integration runs).
 */
export function guideData(options: { data: GuideData; pages: string[] }): AstroIntegration {
	return {
		name: 'guide:data',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				checkReviewDates(options.pages);
				updateConfig({ vite: { plugins: [guideDataPlugin(options.data)] } });
			},
		},
	};
}

/** Serves the checked data; in `astro dev`, an edit to a data file reloads it and the page. */
export function guideDataPlugin(initial: GuideData): Plugin {
	let data = initial;
	return {
		name: 'guide:data',
		// Its own file: an edit to the code leaves the cached data valid, and the other way round.
		config: () => ({
			build: {
				rollupOptions: {
					output: {
						manualChunks: (id: string) => {
							const browser = browserModuleOf(id);
							return browser ? BROWSER_MODULES[browser].chunk : undefined;
						},
					},
				},
			},
		}),
		resolveId: (id) => (id === MODULE ? RESOLVED : isBrowserModule(id) ? resolved(id) : undefined),
		load: (id) => {
			if (id === RESOLVED) return `export default ${JSON.stringify(data)};`;
			const browser = browserModuleOf(id);
			return browser ? browserDataModule(data, browser) : undefined;
		},
		handleHotUpdate({ file, server }) {
			if (!/\/content\/(data|decision)\/[^/]+\.yaml$/.test(file)) return;
			data = checkedGuideData();
			for (const id of [
				RESOLVED,
				...Object.keys(BROWSER_MODULES).filter(isBrowserModule).map(resolved),
			]) {
				const module = server.moduleGraph.getModuleById(id);
				if (module) server.moduleGraph.invalidateModule(module);
			}
			server.ws.send({ type: 'full-reload' });
		},
	};
}

/**
 * Checks every page's `reviewed` date in these folders, as written in its file. Astro's YAML parser turns
 * 2026-02-30 into 2 March and an empty value into nothing, so the raw text is read here.
 */
export function checkReviewDates(dirs = ['content/docs']): void {
	const problems = dirs
		.flatMap((dir) => readPages(dir))
		.flatMap(({ file, frontmatter }) => {
			const problem = reviewDateProblem(frontmatter['reviewed']);
			return problem ? [`  ${file}: reviewed: ${problem}`] : [];
		});
	if (problems.length > 0) {
		throw new AstroError(
			`Invalid review dates:\n${problems.join('\n')}`,
			'Give each page the day it was last checked against its sources, as YYYY-MM-DD.',
		);
	}
}
