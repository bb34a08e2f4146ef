/** Reads the guide's MDX pages from disk for content checks in unit tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

export interface PageFile {
	/** Path relative to the project root, e.g. content/docs/namespaces/index.mdx. */
	file: string;
	frontmatter: Record<string, unknown>;
	body: string;
}

export const DOCS_DIR = 'content/docs';

export function readPages(dir: string = DOCS_DIR): PageFile[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return readPages(path);
		if (!/\.mdx?$/.test(entry.name)) return [];
		const text = readFileSync(path, 'utf8');
		const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
		return [
			{
				file: relative('.', path),
				frontmatter: (match ? parse(match[1] ?? '') : {}) as Record<string, unknown>,
				body: match ? (match[2] ?? '') : text,
			},
		];
	});
}

/** External links in a page body: Markdown links, autolinks and href attributes. */
export function externalLinks(body: string): string[] {
	const patterns = [
		/\]\((https?:\/\/[^)\s]+)\)/g,
		/<(https?:\/\/[^>\s]+)>/g,
		/href=["'](https?:\/\/[^"']+)["']/g,
	];
	return [
		...new Set(
			patterns.flatMap((pattern) => [...body.matchAll(pattern)].map((match) => match[1] ?? '')),
		),
	];
}
