/**
 * Prefixes the site's base path to root-relative links and sources (`href`, `src`) written in
 * Markdown and MDX, so authors write `/decide/` or `/diagram.svg` and they still work when the
 * site is served from `/guide/`. Starlight only does this for links it generates itself
 * (sidebar, pagination, search results).
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export function rehypeBaseLinks({ base }: { base: string }) {
	const prefix = base.replace(/\/+$/, '');
	return (tree: Root) => {
		if (!prefix) return;
		visit(tree, 'element', (node) => {
			for (const attribute of ['href', 'src'] as const) {
				const url = node.properties[attribute];
				if (typeof url !== 'string' || !url.startsWith('/') || url.startsWith('//')) continue;
				node.properties[attribute] = `${prefix}${url}`;
			}
		});
	};
}
