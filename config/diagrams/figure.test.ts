import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readableSize, diagramFigureHtml, diagramText } from './figure.ts';

const titled = 'flowchart LR\n  accTitle: Spectrum\n  accDescr: From A to B.\n  A --> B';

describe('diagramText', () => {
	it('reads a one-line title and description', () => {
		expect(diagramText(titled, 'x.mdx')).toEqual({
			title: 'Spectrum',
			description: 'From A to B.',
		});
	});

	it('reads a block description and folds its white space', () => {
		const source =
			'flowchart LR\n accTitle: T\n accDescr {\n  First line.\n  Second line.\n }\n A --> B';
		expect(diagramText(source, 'x.mdx').description).toBe('First line. Second line.');
	});

	it('names the file and what is missing when a diagram has no text alternative', () => {
		expect(() => diagramText('flowchart LR\n A --> B', 'content/docs/a.mdx')).toThrow(
			/content\/docs\/a\.mdx: .*no accTitle and accDescr/,
		);
		expect(() => diagramText('flowchart LR\n accTitle: T\n A --> B', 'b.mdx')).toThrow(
			/no accDescr/,
		);
	});
});

describe('diagramFigureHtml in client mode', () => {
	it('emits the escaped source for the browser to render, with a caption', async () => {
		const html = await diagramFigureHtml(`${titled}\n  B --> C["<b>x</b>"]`, 'client', 'x.mdx');
		expect(html).toContain('<pre class="mermaid" data-pagefind-ignore="">');
		expect(html).toContain('&#x3C;b>x&#x3C;/b>');
		expect(html).toContain('<figcaption>Spectrum</figcaption>');
	});
});

describe('diagramFigureHtml in either mode', () => {
	it('fails on a diagram mermaid cannot parse, naming the page and the diagram, even for the browser fallback', async () => {
		const broken = 'flowchart LR\n  accTitle: Broken one\n  accDescr: Never drawn.\n  A --> ((';
		await expect(diagramFigureHtml(broken, 'client', 'content/docs/bad.mdx')).rejects.toThrow(
			/^content\/docs\/bad\.mdx: the diagram “Broken one” is not valid mermaid: Parse error on line 4/,
		);
	});
});

describe('diagramFigureHtml in build mode', () => {
	// One browser start for the test: both diagrams are queued together and rendered as a batch.
	it('renders a batch in both themes as one SVG each, and a broken diagram fails alone, naming page and title', async () => {
		// A label no earlier run has drawn, so the renderer runs instead of the disk cache answering.
		const good = `${titled}\n  B --> C[${randomUUID()}]`;
		const broken = 'flowchart LR\n  accTitle: Broken one\n  accDescr: Never drawn.\n  A --> ((';
		const [rendered, failed] = await Promise.allSettled([
			diagramFigureHtml(good, 'build', 'content/docs/good.mdx'),
			diagramFigureHtml(broken, 'build', 'content/docs/bad.mdx'),
		]);
		expect(rendered.status).toBe('fulfilled');
		const html = rendered.status === 'fulfilled' ? rendered.value : '';
		// One SVG for both themes: the dark theme's colours are custom properties under its switch.
		expect(html.match(/<svg/g)).toHaveLength(1);
		expect(html).toMatch(/class="diagram-svg"[^>]*><svg[^>]* id="dg-[0-9a-f]{10}-0"/);
		expect(html).toMatch(/:root\[data-theme='dark'\] #dg-[0-9a-f]{10}-0\{--dg0:/);
		expect(failed.status).toBe('rejected');
		expect(failed.status === 'rejected' && String(failed.reason)).toMatch(
			/content\/docs\/bad\.mdx: the diagram “Broken one” is not valid mermaid: /,
		);
	}, 60_000);
});

describe('readableSize', () => {
	const svg = (width: number) =>
		`<svg id="dg-a-0" width="100%" style="max-width: ${width}px;" viewBox="0 0 ${width} 100"><g/></svg>`;

	it('lets a diagram shrink no further than labels of 11 px, and marks the frames that scroll on a phone', () => {
		expect(readableSize(svg(400))).toEqual({
			svg: '<svg id="dg-a-0" width="100%" style="max-width: 400px; min-width: 275px;" viewBox="0 0 400 100"><g/></svg>',
			scrolls: false,
		});
		const wide = readableSize(svg(720));
		expect(wide.svg).toContain('min-width: 495px;');
		expect(wide.scrolls).toBe(true);
	});

	it('leaves an SVG without a usable viewBox as it is', () => {
		expect(readableSize('<svg style="x"></svg>')).toEqual({
			svg: '<svg style="x"></svg>',
			scrolls: false,
		});
	});
});
