import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPages } from '../../src/lib/content/pages.ts';

const EXAMPLES_DIR = 'content/examples';

const pages = readPages();
const exampleNames = readdirSync(EXAMPLES_DIR)
	.filter((name) => name.endsWith('.yaml'))
	.map((name) => name.replace(/\.yaml$/, ''));

describe('Kubernetes examples in the guide', () => {
	it('are included from content/examples, never pasted into a page', () => {
		const pasted = pages
			.filter(({ body }) => /```ya?ml[^\n]*\n(?:(?!```)[\s\S])*?\bapiVersion:/.test(body))
			.map(({ file }) => file);
		expect(pasted, 'use <K8sExample name="…" /> instead of a pasted manifest').toEqual([]);
	});

	it('each appear on at least one page', () => {
		const used = new Set(
			pages.flatMap(({ body }) =>
				[...body.matchAll(/<K8sExample\s+name="([^"]+)"/g)].map((match) => match[1]),
			),
		);
		expect(exampleNames.filter((name) => !used.has(name))).toEqual([]);
	});
});
