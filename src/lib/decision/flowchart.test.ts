import { describe, expect, it } from 'vitest';
import { loadDecisionTree } from '../data/load.ts';
import { enumeratePaths } from './engine.ts';
import { edgeId, mermaidLeafId, mermaidNodeId, treeFlowchart } from './flowchart.ts';

const tree = loadDecisionTree();
const chart = treeFlowchart(tree);

describe('treeFlowchart', () => {
	it('draws one edge per answer of every node, each with its own id', () => {
		const edges = Object.entries(tree.nodes).flatMap(([node, { next }]) => Object.keys(next).map((value) => edgeId(node, value)));
		for (const id of edges) expect(chart).toContain(` ${id}@-->`);
		expect(new Set(edges).size).toBe(edges.length);
	});

	it('contains every path of the tree, edge by edge, ending at its leaf', () => {
		for (const path of enumeratePaths(tree)) {
			path.steps.forEach((step, index) => {
				const next = path.steps[index + 1];
				const to = next ? mermaidNodeId(next.node) : mermaidLeafId(step.node, step.value);
				expect(chart).toContain(`${mermaidNodeId(step.node)} ${edgeId(step.node, step.value)}@-->`);
				expect(chart).toMatch(new RegExp(`${edgeId(step.node, step.value)}@-->\\|[^|]+\\| ${to}$`, 'm'));
			});
		}
	});

	it('carries a text alternative', () => {
		expect(chart).toMatch(/^ {2}accTitle: .+$/m);
		expect(chart).toMatch(/^ {2}accDescr: .+$/m);
	});
});
