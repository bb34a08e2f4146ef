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
		resolveId: (id) => (id === MODULE ? RESOLVED : undefined),
		load: (id) => (id === RESOLVED ? `export default ${JSON.stringify(data)};` : undefined),
		handleHotUpdate({ file, server }) {
			if (!/\/content\/(data|decision)\/[^/]+\.yaml$/.test(file)) return;
			data = checkedGuideData();
			const module = server.moduleGraph.getModuleById(RESOLVED);
			if (module) server.moduleGraph.invalidateModule(module);
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
