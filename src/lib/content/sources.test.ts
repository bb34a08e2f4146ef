import { describe, expect, it } from 'vitest';
import { externalLinks, readPages } from './pages.ts';

const pages = readPages();

describe('page sources', () => {
	it('are given by every page of the guide', () => {
		// The References page is the list of every source.
		const exempt = ['content/docs/references.mdx'];
		const without = pages
			.filter(({ file }) => !exempt.includes(file))
			.filter(
				({ frontmatter }) =>
					!Array.isArray(frontmatter['sources']) || frontmatter['sources'].length === 0,
			)
			.map(({ file }) => file);
		expect(without).toEqual([]);
	});

	it('list every external link a page body makes, so the References page is complete', () => {
		const undeclared = pages.flatMap(({ file, frontmatter, body }) => {
			const declared = new Set(
				((frontmatter['sources'] as { url: string }[] | undefined) ?? []).map(
					(source) => source.url,
				),
			);
			return externalLinks(body)
				.filter((url) => !declared.has(url))
				.map((url) => `${file}: ${url}`);
		});
		expect(undeclared, 'add these links to the page’s `sources` frontmatter').toEqual([]);
	});

	it('use https links only', () => {
		const insecure = pages.flatMap(({ file, body }) =>
			externalLinks(body)
				.filter((url) => url.startsWith('http://'))
				.map((url) => `${file}: ${url}`),
		);
		expect(insecure).toEqual([]);
	});
});

describe('externalLinks', () => {
	it('finds Markdown links, autolinks and href attributes once each', () => {
		const body =
			'[a](https://a.example/x) <https://b.example/> <a href="https://c.example/">c</a> [again](https://a.example/x) [local](/decide/)';
		expect(externalLinks(body)).toEqual([
			'https://a.example/x',
			'https://b.example/',
			'https://c.example/',
		]);
	});
});
