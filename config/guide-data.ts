/**
 * Loads and checks the guide's data once, when the Astro config is set up, and serves the
 * checked data to pages and islands as the virtual module `virtual:guide-data`. A problem in
 * the data stops the build before anything is rendered, with one error naming the file and
 * the field.
 */
import { AstroError } from 'astro/errors';
import type { Plugin } from 'vite';
import { loadGuideData, type GuideData } from '../src/lib/data/load.ts';
import { DataError } from '../src/lib/data/format-issues.ts';
import { reviewDateProblem } from '../src/lib/data/dates.ts';
import { readPages } from '../src/lib/content/pages.ts';

const MODULE = 'virtual:guide-data';
const RESOLVED = `\0${MODULE}`;
/**
 * The decision data as the quiz and the plan use it in the browser: one module of its own, so
 * the bundler gives it a hashed file that both pages share and the browser caches, instead of
 * JSON repeated in every page's HTML.
 */
const BROWSER_MODULE = 'virtual:guide-data/decision';
const BROWSER_RESOLVED = `\0${BROWSER_MODULE}`;

/** Where each condition's leaves sit in the YAML serves the validator's messages, not the browser. */
const withoutPaths = (key: string, value: unknown) => (key === 'at' ? undefined : value);

/** The browser module's source: JSON.parse of a string literal parses faster than an object literal. */
export function browserDataModule(data: GuideData): string {
	const json = JSON.stringify(data.decision, withoutPaths);
	return `export default JSON.parse(${JSON.stringify(json)});`;
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
						manualChunks: (id: string) => (id === BROWSER_RESOLVED ? 'decision-data' : undefined),
					},
				},
			},
		}),
		resolveId: (id) =>
			id === MODULE ? RESOLVED : id === BROWSER_MODULE ? BROWSER_RESOLVED : undefined,
		load: (id) =>
			id === RESOLVED
				? `export default ${JSON.stringify(data)};`
				: id === BROWSER_RESOLVED
					? browserDataModule(data)
					: undefined,
		handleHotUpdate({ file, server }) {
			if (!/\/content\/(data|decision)\/[^/]+\.yaml$/.test(file)) return;
			data = checkedGuideData();
			for (const id of [RESOLVED, BROWSER_RESOLVED]) {
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
