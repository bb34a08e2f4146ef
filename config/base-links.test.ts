import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { rehypeBaseLinks } from './base-links.ts';

function hrefsAfter(base: string, hrefs: string[]): unknown[] {
	const tree: Root = { type: 'root', children: hrefs.map((href) => h('a', { href }, 'x')) };
	rehypeBaseLinks({ base })(tree);
	return tree.children.map((node) => (node as Element).properties.href);
}

describe('rehypeBaseLinks', () => {
	it('prefixes root-relative links with a sub-path base', () => {
		expect(hrefsAfter('/guide/', ['/decide/', '/recommendations/namespaces/#why'])).toEqual([
			'/guide/decide/',
			'/guide/recommendations/namespaces/#why',
		]);
	});

	it('leaves external, protocol-relative, relative and fragment links alone', () => {
		const hrefs = ['https://kubernetes.io/', '//cdn.example/x', 'decide/', '#top', 'mailto:a@b.c'];
		expect(hrefsAfter('/guide/', hrefs)).toEqual(hrefs);
	});

	it('prefixes root-relative image sources too', () => {
		const tree: Root = {
			type: 'root',
			children: [
				h('img', { src: '/favicon.svg', alt: '' }),
				h('img', { src: 'https://x.example/a.png', alt: '' }),
			],
		};
		rehypeBaseLinks({ base: '/guide/' })(tree);
		expect(tree.children.map((node) => (node as Element).properties.src)).toEqual([
			'/guide/favicon.svg',
			'https://x.example/a.png',
		]);
	});

	it('changes nothing when the site is served from the root', () => {
		expect(hrefsAfter('/', ['/decide/'])).toEqual(['/decide/']);
	});
});
