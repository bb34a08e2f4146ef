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
	if (mode === 'client') {
		return toHtml(
			h('figure.diagram', [
				h('pre.mermaid', { dataPagefindIgnore: '' }, source),
				h('figcaption', title),
			]),
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
	const captionId = `${id ?? 'dg'}-caption`;
	const svgBox = (theme: 'light' | 'dark' | undefined, svg: string) => {
		const { svg: framed, scrolls } = readableSize(svg);
		// A frame that may scroll sideways must be reachable by keyboard (WCAG 2.1.1).
		const focus = scrolls ? ` tabindex="0" role="group" aria-labelledby="${captionId}"` : '';
		return `<div class="diagram-svg${theme ? ` diagram-${theme}` : ''}"${focus} data-pagefind-ignore>${framed}</div>`;
	};
	const svgs = merged
		? svgBox(undefined, pruneDefinitions(merged))
		: svgBox('light', rendered.light) + svgBox('dark', rendered.dark);
	return `<figure class="diagram">${svgs}${toHtml(h('figcaption', { id: captionId }, title))}</figure>`;
}

/** Mermaid draws labels at 16 px; shrunk to fit, they must stay at least this large. */
export const MIN_TEXT_PX = 11;
const LABEL_PX = 16;
/** The narrowest column a diagram gets: a 320 px viewport (WCAG's reflow width) less Starlight's padding. */
const NARROW_COLUMN_PX = 288;

/**
 * Keeps a diagram's text readable: the SVG shrinks to its column no further than labels of
 * MIN_TEXT_PX, and its frame scrolls sideways beyond that (diagrams.css).
 */
export function readableSize(svg: string): { svg: string; scrolls: boolean } {
	const width = Number(/\bviewBox="[-\d.]+ [-\d.]+ ([\d.]+) /.exec(svg)?.[1]);
	if (!Number.isFinite(width) || width <= 0) return { svg, scrolls: false };
	const minWidth = Math.ceil((width * MIN_TEXT_PX) / LABEL_PX);
	const sized = svg.replace(
		/^<svg\b([^>]*?)\sstyle="([^"]*)"/,
		(_all, before: string, style: string) => {
			const rules = style.trim().replace(/;?$/, ';');
			return `<svg${before} style="${rules} min-width: ${minWidth}px;"`;
		},
	);
	return { svg: sized, scrolls: minWidth > NARROW_COLUMN_PX };
}
