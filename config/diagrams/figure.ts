/**
 * Turns one mermaid source into the `<figure>` a page shows: one inline SVG whose colours follow
 * Starlight's theme switch (merge-themes.ts), or, should the two themes' renders not merge, an SVG
 * per theme of which CSS shows one; in client mode, a `<pre class="mermaid">` that the browser
 * renders. All carry a visible caption.
 */
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { parseDiagram } from './parse.ts';
import { mergeThemes, pruneDefinitions } from './merge-themes.ts';
import { renderDiagram, type DiagramMode } from './render.ts';

export interface DiagramText {
	title: string;
	description: string;
}

/**
 * Reads the text alternative a diagram must declare with `accTitle` and `accDescr` (the
 * single-line `accDescr: …` or the block `accDescr { … }` form).
 * @throws when either is missing, naming `where` so the author can find the diagram.
 */
export function diagramText(source: string, where: string): DiagramText {
	const title = /^\s*accTitle\s*:\s*(.+)$/m.exec(source)?.[1]?.trim();
	const description = (
		/^\s*accDescr\s*:\s*(.+)$/m.exec(source)?.[1] ?? /^\s*accDescr\s*\{([^}]*)\}/m.exec(source)?.[1]
	)
		?.replace(/\s+/g, ' ')
		.trim();
	if (!title || !description) {
		const missing = [!title && 'accTitle', !description && 'accDescr'].filter(Boolean);
		throw new Error(
			`${where}: a mermaid diagram has no ${missing.join(' and ')}. Every diagram needs both, ` +
				'so that screen readers and search get a text alternative.',
		);
	}
	return { title, description };
}

/**
 * Builds the figure's HTML for one diagram. It is HTML rather than a hast tree because MDX's
 * static-content optimiser mangles `<style>` elements nested in generated trees, and the
 * SVGs need theirs. `where` names the source file in error messages. In both modes the diagram
 * is parsed first, so a broken one fails the build rather than reach a reader's browser.
 */
export async function diagramFigureHtml(
	source: string,
	mode: DiagramMode,
	where: string,
): Promise<string> {
	const { title } = diagramText(source, where);
	try {
		await parseDiagram(source);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		throw new Error(`${where}: the diagram “${title}” is not valid mermaid: ${reason}`, {
			cause: error,
		});
	}
	const caption = h('figcaption', title);
	if (mode === 'client') {
		return toHtml(
			h('figure.diagram', [h('pre.mermaid', { dataPagefindIgnore: '' }, source), caption]),
		);
	}
	let rendered;
	try {
		rendered = await renderDiagram(source);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		throw new Error(`${where}: the diagram “${title}” failed to render: ${reason}`, {
			cause: error,
		});
	}
	const id = /\bid="(dg-[0-9a-f]+)-light-0"/.exec(rendered.light)?.[1];
	const merged = id ? mergeThemes(rendered, `${id}-0`) : undefined;
	const svgBox = (theme: 'light' | 'dark' | undefined, svg: string) =>
		`<div class="diagram-svg${theme ? ` diagram-${theme}` : ''}" data-pagefind-ignore>${svg}</div>`;
	const svgs = merged
		? svgBox(undefined, pruneDefinitions(merged))
		: svgBox('light', rendered.light) + svgBox('dark', rendered.dark);
	return `<figure class="diagram">${svgs}${toHtml(caption)}</figure>`;
}
