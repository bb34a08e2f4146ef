import { describe, expect, it } from 'vitest';
import { parseDiagram } from './parse.ts';

describe('parseDiagram', () => {
	it('accepts diagrams mermaid can draw, labels with markup included', async () => {
		await expect(
			Promise.all([
				parseDiagram('flowchart LR\n  accTitle: T\n  accDescr: D.\n  A --> B["<b>x</b>"]'),
				parseDiagram('sequenceDiagram\n  A->>B: hello'),
			]),
		).resolves.toEqual([undefined, undefined]);
	});

	it('rejects a broken diagram with mermaid’s own message', async () => {
		await expect(parseDiagram('flowchart LR\n  A --> ((')).rejects.toThrow(/Parse error on line 2/);
		await expect(parseDiagram('flowchrt LR\n  A --> B')).rejects.toThrow(
			/No diagram type detected/,
		);
	});
});
