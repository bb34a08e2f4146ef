/**
 * Prefixes the site's base path to root-relative links written in Markdown and MDX, so authors
 * write `/decide/` and the link still works when the site is served from `/guide/`. Starlight
 * only does this for links it generates itself (sidebar, pagination, search results).
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export function rehypeBaseLinks({ base }: { base: string }) {
	const prefix = base.replace(/\/+$/, '');
	return (tree: Root) => {
		if (!prefix) return;
		visit(tree, 'element', (node) => {
			const href = node.properties.href;
			if (typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return;
			node.properties.href = `${prefix}${href}`;
		});
	};
}
