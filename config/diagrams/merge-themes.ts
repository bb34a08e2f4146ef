/**
 * Merges the light and the dark render of one diagram into a single SVG whose colours are CSS
 * custom properties: the light values on the SVG itself, the dark ones under Starlight's dark
 * theme. A page then carries each diagram once instead of twice.
 *
 * Written here because mermaid renders one theme per call and no library merges two renders.
 * The two renders share their layout and differ only in colours: in the values of the CSS
 * declarations in the SVG's `<style>`, in the flood colour of drop-shadow filters, and in a
 * gradient the dark theme defines. Anything else differing means the renders are not the same
 * drawing, and the merge declines (returns undefined) so the caller keeps both SVGs.
 */

export interface ThemedSvgs {
	light: string;
	dark: string;
}

const STYLE = /<style>([\s\S]*?)<\/style>/;

/** The id mermaid's styles are scoped to, for one theme: `dg-<key>-<theme>-0`. */
const themedId = (id: string, theme: keyof ThemedSvgs) => id.replace(/-0$/, `-${theme}-0`);

/**
 * @param id the merged SVG's id, `dg-<key>-0`; the renders carry `dg-<key>-light-0` and
 *   `dg-<key>-dark-0`.
 */
export function mergeThemes({ light, dark }: ThemedSvgs, id: string): string | undefined {
	const lightSvg = light.replaceAll(themedId(id, 'light'), id);
	const darkSvg = dark.replaceAll(themedId(id, 'dark'), id);
	const lightStyle = STYLE.exec(lightSvg)?.[1];
	const darkStyle = STYLE.exec(darkSvg)?.[1];
	if (lightStyle === undefined || darkStyle === undefined) return undefined;
	const body = mergeBodies(lightSvg.replace(STYLE, '\u0000'), darkSvg.replace(STYLE, '\u0000'));
	const style = mergeStyles(lightStyle, darkStyle, id);
	if (body === undefined || style === undefined) return undefined;
	return body.replace('\u0000', () => `<style>${style}</style>`);
}

/** The markup outside the style: the light render's, plus the definitions only the dark has. */
function mergeBodies(light: string, dark: string): string | undefined {
	const lightTags = light.split(/(?=<)/);
	const darkTags = dark.split(/(?=<)/);
	const merged: string[] = [];
	let j = 0;
	for (const tag of lightTags) {
		for (;;) {
			const other = darkTags[j];
			if (other === undefined) return undefined;
			if (other === tag || sameButFloodColour(tag, other)) {
				merged.push(tag);
				j += 1;
				break;
			}
			if (!other.startsWith('<linearGradient')) return undefined;
			// A gradient only the dark theme defines: keep it, for the dark styles that name it.
			const end = darkTags.findIndex(
				(next, index) => index > j && next.startsWith('</linearGradient'),
			);
			if (end === -1) return undefined;
			merged.push(...darkTags.slice(j, end + 1));
			j = end + 1;
		}
	}
	return j === darkTags.length ? merged.join('') : undefined;
}

const FLOOD = /\sflood-color="[^"]*"/;
const sameButFloodColour = (a: string, b: string) =>
	a.startsWith('<feDropShadow') && a.replace(FLOOD, '') === b.replace(FLOOD, '');

/**
 * The light style with each value that differs in the dark one replaced by a custom property,
 * preceded by the properties' light values and, on screen, their dark values.
 */
function mergeStyles(light: string, dark: string, id: string): string | undefined {
	const lightTokens = light.split(/([{};])/);
	const darkTokens = dark.split(/([{};])/);
	if (lightTokens.length !== darkTokens.length) return undefined;
	/** `light\u0000dark` → property name, so a repeated pair shares one property. */
	const properties = new Map<string, string>();
	const lightValues: string[] = [];
	const darkValues: string[] = [];
	const tokens: string[] = [];
	for (const [index, token] of lightTokens.entries()) {
		const other = darkTokens[index] ?? '';
		if (token === other) {
			tokens.push(token);
			continue;
		}
		const ours = declaration(token);
		const theirs = declaration(other);
		if (
			!ours ||
			!theirs ||
			ours.property !== theirs.property ||
			ours.important !== theirs.important
		)
			return undefined;
		const pair = `${ours.value}\u0000${theirs.value}`;
		let name = properties.get(pair);
		if (!name) {
			name = `--dg${properties.size}`;
			properties.set(pair, name);
			lightValues.push(`${name}:${ours.value}`);
			darkValues.push(`${name}:${theirs.value}`);
		}
		tokens.push(`${ours.property}:var(${name})${ours.important}`);
	}
	if (properties.size === 0) return light;
	const lightRule = lightValues.join(';');
	// Starlight prints in light colours whatever the theme, so the dark values are for screens only.
	// Without JavaScript the page keeps data-theme="dark" and our <noscript> styles turn it light
	// for readers whose system prefers light (Head.astro): the diagram follows, with the light values.
	// Browsers older than the `scripting` media feature (Chrome 120, Firefox 113, Safari 17) show
	// those readers the dark colours on a light page: readable, if not matching.
	return (
		`#${id}{${lightRule}}` +
		`@media screen{:root[data-theme='dark'] #${id}{${darkValues.join(';')}}}` +
		`@media screen and (scripting:none) and (prefers-color-scheme:light){:root[data-theme] #${id}{${lightRule}}}` +
		tokens.join('')
	);
}

function declaration(token: string) {
	const match = /^\s*([-a-z]+)\s*:(.*?)(\s*!important)?\s*$/is.exec(token);
	if (!match?.[1] || match[2] === undefined) return undefined;
	return { property: match[1], value: match[2].trim(), important: match[3] ?? '' };
}

const DEFINITION = /<(marker|filter|linearGradient)\b[^>]*\sid="([^"]+)"[^>]*>[\s\S]*?<\/\1>/g;

/**
 * Drops the definitions nothing in the SVG uses: mermaid defines every arrow-head and shadow a
 * flowchart might need, and a diagram uses two or three of about twenty.
 */
export function pruneDefinitions(svg: string): string {
	const used = new Set(
		[...svg.matchAll(/url\(#([^)\s"']+)\)|href="#([^"]+)"/g)].map((m) => m[1] ?? m[2]),
	);
	return svg
		.replace(DEFINITION, (element, _tag, id: string) => (used.has(id) ? element : ''))
		.replace(/<defs><\/defs>/g, '');
}

/** Stands for a diagram's id in its style while styles are compared; `@` is never in an id selector. */
const SCOPE = '#@@';
const SVG_ID = /<svg\b[^>]*?\sid="(dg-[0-9a-f]+-0)"/;

/**
 * Diagrams of one page whose styles differ only in the id they are scoped to share one `<style>`,
 * scoped to all their ids with `:is()` (which keeps the id's specificity). A `<style>` in inline
 * SVG applies to the whole document, so the first diagram of each group carries it.
 */
export function shareStyles(figures: string[]): string[] {
	const groups = new Map<string, number[]>();
	const parsed = figures.map((html, index) => {
		const id = SVG_ID.exec(html)?.[1];
		const style = STYLE.exec(html)?.[1];
		if (!id || style === undefined) return undefined;
		const shape = style.replaceAll(`#${id}`, SCOPE);
		groups.set(shape, [...(groups.get(shape) ?? []), index]);
		return { id, shape };
	});
	return figures.map((html, index) => {
		const entry = parsed[index];
		const members = entry ? groups.get(entry.shape) : undefined;
		if (!entry || !members || members.length < 2) return html;
		// The others' definitions that only their own style named (a gradient) go with it.
		if (members[0] !== index) return pruneDefinitions(html.replace(STYLE, ''));
		const ids = members.map((member) => `#${parsed[member]?.id}`).join(',');
		// The id itself becomes all the ids; an id derived from it (`#dg-…-0-gradient` in a url())
		// names the first diagram's definition, which the shared style keeps in use.
		const style = entry.shape
			.replace(new RegExp(`${SCOPE}(?![\\w-])`, 'g'), `:is(${ids})`)
			.replaceAll(SCOPE, `#${entry.id}`);
		return html.replace(STYLE, () => `<style>${style}</style>`);
	});
}
