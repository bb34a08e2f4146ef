/**
 * Checks the search index Starlight's Pagefind step wrote, and rebuilds it when a file came out
 * broken. Pagefind's Node API kills its backend on close() at once, and a write still in flight
 * when writeFiles() answered can be cut off: we saw pagefind-entry.json left empty, which breaks
 * search on every page while the build reports success.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

/** What is wrong with a Pagefind output folder; empty when the index is complete. */
export function indexProblems(folder: string): string[] {
	let files: string[];
	try {
		files = readdirSync(folder, { recursive: true, encoding: 'utf8' });
	} catch {
		return [`${folder} does not exist`];
	}
	const problems = files
		.filter(
			(file) => statSync(join(folder, file)).isFile() && statSync(join(folder, file)).size === 0,
		)
		.map((file) => `${file} is empty`);
	try {
		const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as {
			languages?: object;
		};
		if (!entry.languages || Object.keys(entry.languages).length === 0)
			problems.push('pagefind-entry.json lists no language');
	} catch (error) {
		problems.push(
			`pagefind-entry.json is unreadable: ${error instanceof Error ? error.message : String(error)}`,
		);
	}
	return [...new Set(problems)];
}

async function rebuild(
	site: string,
	folder: string,
	logger: AstroIntegrationLogger,
): Promise<void> {
	rmSync(folder, { recursive: true, force: true });
	try {
		const { index, errors } = await pagefind.createIndex();
		if (!index || errors.length > 0) throw new Error(errors.join('; '));
		await index.addDirectory({ path: site });
		await index.writeFiles({ outputPath: folder });
		// Keep the backend alive until every file is on disk, which close() does not wait for.
		for (let waited = 0; waited < 5000 && indexProblems(folder).length > 0; waited += 100) {
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	} finally {
		await pagefind.close();
	}
	logger.info('Rebuilt the search index.');
}

export function pagefindGuard(): AstroIntegration {
	return {
		name: 'guide:pagefind-guard',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const folder = join(site, 'pagefind');
				const problems = indexProblems(folder);
				if (problems.length === 0) return;
				// Repaired here, and the build fails below if the repair does not hold: a note, not a warning.
				logger.info(`The search index is incomplete (${problems.join('; ')}); rebuilding it.`);
				await rebuild(site, folder, logger);
				const left = indexProblems(folder);
				if (left.length > 0)
					throw new Error(`The search index is still incomplete: ${left.join('; ')}`);
			},
		},
	};
}
