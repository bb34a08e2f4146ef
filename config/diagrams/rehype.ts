/**
 * Replaces every ```mermaid fence in Markdown and MDX with a rendered diagram figure.
 *
 * It runs before Starlight's Expressive Code plugin, so it still sees the plain
 * `<pre><code class="language-mermaid">` that the Markdown parser produced.
 */
import type { Element, Root, RootContent } from 'hast';
import type { Raw } from 'mdast-util-to-hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { diagramFigureHtml } from './figure.ts';
import { shareStyles } from './merge-themes.ts';
import type { DiagramMode } from './render.ts';

interface Target {
	parent: Root | Element;
	index: number;
	source: string;
}

function mermaidSource(pre: Element): string | undefined {
	const code = pre.children.find(
		(child): child is Element => child.type === 'element' && child.tagName === 'code',
	);
	const classes = code?.properties.className;
	return code && Array.isArray(classes) && classes.includes('language-mermaid')
		? toString(code)
		: undefined;
}

/**
 * Wraps finished HTML so each pipeline emits it untouched: MDX through a `<Fragment set:html>`
 * (the same node Astro's MDX optimiser produces), plain Markdown through a raw node.
 */
function rawHtml(html: string, isMdx: boolean): RootContent {
	if (!isMdx) return { type: 'raw', value: html } satisfies Raw;
	const fragment = {
		type: 'mdxJsxFlowElement',
		name: 'Fragment',
		attributes: [{ type: 'mdxJsxAttribute', name: 'set:html', value: html }],
		children: [],
	};
	return fragment as unknown as RootContent;
}

export function rehypeDiagrams({ mode }: { mode: DiagramMode }) {
	return async (tree: Root, file: VFile) => {
		const where = file.path ? file.path.replace(`${file.cwd}/`, '') : 'a Markdown page';
		const isMdx = where.endsWith('.mdx');
		const targets: Target[] = [];
		visit(tree, 'element', (node, index, parent) => {
			if (node.tagName !== 'pre' || index === undefined || !parent) return;
			const source = mermaidSource(node);
			if (source === undefined) return;
			targets.push({ parent, index, source });
			return SKIP;
		});
		const figures = await Promise.all(
			targets.map(({ source }) => diagramFigureHtml(source, mode, where)),
		);
		for (const [i, html] of shareStyles(figures).entries()) {
			const target = targets[i];
			if (target) target.parent.children[target.index] = rawHtml(html, isMdx) as Element;
		}
	};
}
