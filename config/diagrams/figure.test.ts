import { describe, expect, it } from 'vitest';
import { diagramFigureHtml, diagramText } from './figure.ts';

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
