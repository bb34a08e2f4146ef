/**
 * The social preview image of a page (Open Graph and Twitter cards) as an SVG, 1200×630: the
 * page's title and summary in the site's colours. The build rasterises it to PNG
 * (src/pages/og/[...slug].png.ts). Pure: no DOM, no file access.
 */
export const OG_WIDTH = 1200;

/**
 * The name of a page's card under /og/, from the page's id: the home page's id is empty, so its
 * card is `index`. The image route and the <head> that links it both use this.
 */
export function ogSlug(pageId: string): string {
	return pageId.replace(/^\/+|\/+$/g, '') || 'index';
}

/** The root-relative path of a page's card, base path not included. */
export function ogImagePath(pageId: string): string {
	return `/og/${ogSlug(pageId)}.png`;
}
export const OG_HEIGHT = 630;

const escape = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Splits text into at most `maxLines` lines of about `width` characters, at spaces. */
export function wrap(text: string, width: number, maxLines: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = `${(kept[maxLines - 1] ?? '').replace(/[\s,.;:]+\S*$/, '')}…`;
	return kept;
}

export interface OgCard {
	title: string;
	summary: string;
	/** A word above the title, such as “Recommendation” or “Guide”. */
	kicker: string;
	siteName: string;
}

export function ogSvg({ title, summary, kicker, siteName }: OgCard): string {
	const titleLines = wrap(title, 28, 3);
	const summaryLines = wrap(summary, 62, 4 - Math.max(0, titleLines.length - 2));
	const font = 'DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif';
	const titleTop = 190;
	const summaryTop = titleTop + titleLines.length * 70 + 30;
	const text = (
		lines: string[],
		top: number,
		step: number,
		size: number,
		fill: string,
		weight: number,
	) =>
		lines
			.map(
				(line, index) =>
					`<text x="80" y="${top + index * step}" font-size="${size}" font-weight="${weight}" fill="${fill}" font-family="${font}">${escape(line)}</text>`,
			)
			.join('');
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">`,
		`<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#17181c"/>`,
		`<rect x="0" y="0" width="16" height="${OG_HEIGHT}" fill="#8e9dfa"/>`,
		`<text x="80" y="110" font-size="28" font-weight="700" fill="#8e9dfa" font-family="${font}" letter-spacing="2">${escape(kicker.toUpperCase())}</text>`,
		text(titleLines, titleTop, 70, 60, '#ffffff', 700),
		text(summaryLines, summaryTop, 44, 30, '#c0c2c7', 400),
		`<text x="80" y="575" font-size="28" font-weight="700" fill="#ffffff" font-family="${font}">${escape(siteName)}</text>`,
		`</svg>`,
	].join('');
}
