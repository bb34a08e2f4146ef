import { describe, expect, it } from 'vitest';
import { mergeThemes, pruneDefinitions, shareStyles } from './merge-themes.ts';

/** A small stand-in for a mermaid render: a scoped style, a shadow filter, a node. */
function render(theme: 'light' | 'dark', colours: { text: string; node: string; shadow: string }) {
	const id = `dg-0123456789-${theme}-0`;
	const gradient =
		theme === 'dark'
			? `<linearGradient id="${id}-gradient"><stop offset="0%"/></linearGradient>`
			: '';
	return (
		`<svg id="${id}" role="graphics-document"><style>#${id}{font-size:16px;fill:${colours.text};}` +
		`@keyframes dash{to{stroke-dashoffset:0;}}#${id} .node rect{fill:${colours.node}!important;stroke:${colours.text};}</style>` +
		`<defs><filter id="${id}-shadow"><feDropShadow dx="4" flood-color="${colours.shadow}"/></filter>${gradient}</defs>` +
		`<g class="node"><rect width="10"/></g></svg>`
	);
}

const light = render('light', { text: '#333', node: '#ECECFF', shadow: '#000000' });
const dark = render('dark', { text: '#ccc', node: '#1f2020', shadow: '#FFFFFF' });

describe('merging the two themes of a diagram into one SVG', () => {
	const merged = mergeThemes({ light, dark }, 'dg-0123456789-0') ?? '';

	it('keeps one drawing, under one id', () => {
		expect(merged.match(/<svg/g)).toHaveLength(1);
		expect(merged.match(/<rect/g)).toHaveLength(1);
		expect(merged).not.toMatch(/-(light|dark)-0/);
		expect(merged).toContain('<svg id="dg-0123456789-0"');
	});

	it('gives each colour that differs one custom property, light on the SVG, dark on screen under the dark theme, light again without JavaScript where the system prefers light', () => {
		expect(merged).toContain('#dg-0123456789-0{--dg0:#333;--dg1:#ECECFF}');
		expect(merged).toContain(
			"@media screen{:root[data-theme='dark'] #dg-0123456789-0{--dg0:#ccc;--dg1:#1f2020}}",
		);
		expect(merged).toContain(
			'@media screen and (scripting:none) and (prefers-color-scheme:light){:root[data-theme] #dg-0123456789-0{--dg0:#333;--dg1:#ECECFF}}',
		);
		expect(merged).toContain('fill:var(--dg1)!important;stroke:var(--dg0);');
		expect(merged).toContain('@keyframes dash{to{stroke-dashoffset:0;}}');
	});

	it("keeps the gradient only the dark theme defines, and the light theme's shadow", () => {
		expect(merged).toContain('<linearGradient id="dg-0123456789-0-gradient">');
		expect(merged).toContain('flood-color="#000000"');
	});

	it('declines renders that are not the same drawing', () => {
		const moved = dark.replace('width="10"', 'width="12"');
		expect(mergeThemes({ light, dark: moved }, 'dg-0123456789-0')).toBeUndefined();
		const restyled = dark.replace('stroke:#ccc', 'stroke-width:2px');
		expect(mergeThemes({ light, dark: restyled }, 'dg-0123456789-0')).toBeUndefined();
		expect(
			mergeThemes({ light, dark: dark.replace(/<style>.*<\/style>/, '') }, 'dg-0123456789-0'),
		).toBeUndefined();
	});
});

describe('dropping the definitions a diagram does not use', () => {
	it('keeps the arrow-heads and gradients something refers to, and drops the rest', () => {
		const svg =
			'<svg><defs><marker id="a-end"><path/></marker><marker id="a-start"><path/></marker>' +
			'<filter id="a-shadow"><feDropShadow/></filter></defs>' +
			'<style>#a{--dg0:url(#a-gradient)}</style><defs><linearGradient id="a-gradient"><stop/></linearGradient></defs>' +
			'<path marker-end="url(#a-end)"/></svg>';
		const pruned = pruneDefinitions(svg);
		expect(pruned).toContain('<marker id="a-end">');
		expect(pruned).toContain('<linearGradient id="a-gradient">');
		expect(pruned).not.toContain('a-start');
		expect(pruned).not.toContain('a-shadow');
		expect(pruned).toBe(
			'<svg><defs><marker id="a-end"><path/></marker></defs>' +
				'<style>#a{--dg0:url(#a-gradient)}</style><defs><linearGradient id="a-gradient"><stop/></linearGradient></defs>' +
				'<path marker-end="url(#a-end)"/></svg>',
		);
	});
});

describe('sharing one style among the diagrams of a page', () => {
	const figure = (key: string, fill = '#333') =>
		`<figure><svg id="dg-${key}-0"><style>#dg-${key}-0{fill:${fill}}#dg-${key}-0 .node rect,#dg-${key}-0 span{stroke:red}</style><g/></svg></figure>`;

	it('keeps the style in the first of the diagrams that share it, scoped to all of them', () => {
		const [first, second, other] = shareStyles([figure('aa'), figure('bb'), figure('cc', '#ccc')]);
		expect(first).toContain(
			'<style>:is(#dg-aa-0,#dg-bb-0){fill:#333}:is(#dg-aa-0,#dg-bb-0) .node rect,:is(#dg-aa-0,#dg-bb-0) span{stroke:red}</style>',
		);
		expect(second).toBe('<figure><svg id="dg-bb-0"><g/></svg></figure>');
		expect(other).toBe(figure('cc', '#ccc'));
	});

	it('scopes the id itself to all the diagrams, and points ids derived from it (a gradient) at the first diagram’s', () => {
		const withGradient = (key: string) =>
			`<svg id="dg-${key}-0"><style>#dg-${key}-0 .neo{stroke:url(#dg-${key}-0-gradient)}</style><defs><linearGradient id="dg-${key}-0-gradient"></linearGradient></defs></svg>`;
		const [first, second] = shareStyles([withGradient('aa'), withGradient('bb')]);
		expect(first).toContain(
			'<style>:is(#dg-aa-0,#dg-bb-0) .neo{stroke:url(#dg-aa-0-gradient)}</style>',
		);
		expect(first).toContain('<linearGradient id="dg-aa-0-gradient">');
		expect(second).toBe('<svg id="dg-bb-0"></svg>');
	});

	it('leaves a lone diagram, and one without a style, as they are', () => {
		expect(shareStyles([figure('aa')])).toEqual([figure('aa')]);
		expect(shareStyles(['<figure><pre class="mermaid">A</pre></figure>'])).toEqual([
			'<figure><pre class="mermaid">A</pre></figure>',
		]);
	});
});
