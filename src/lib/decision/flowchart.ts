/**
 * The whole decision tree as a mermaid flowchart, generated from the same data as the quiz so
 * the picture can never drift from the logic. Node and edge ids are derived from the tree, so
 * the browser can highlight a reader's path on the rendered SVG (see mermaidNodeId, edgeId).
 */
import type { DecisionTree } from './types.ts';

const safe = (text: string) => text.replace(/[^A-Za-z0-9]/g, '_');
const label = (text: string) => `"${text.replace(/"/g, '#quot;')}"`;

/** Mermaid id of a question node. */
export function mermaidNodeId(node: string): string {
	return `q_${safe(node)}`;
}

/**
 * Mermaid id of the leaf an answer leads to. Every path gets a leaf of its own: leaves shared by
 * many paths pull edges across the whole picture.
 */
export function mermaidLeafId(node: string, value: string): string {
	return `o_${safe(node)}__${safe(value)}`;
}

/** Id of the edge for an answer at a node; mermaid puts it in the edge's `data-id`. */
export function edgeId(node: string, value: string): string {
	return `e_${safe(node)}__${safe(value)}`;
}

export function treeFlowchart(tree: DecisionTree, direction: 'TD' | 'LR' = 'LR'): string {
	const short = (id: string) => tree.outcomes.find((outcome) => outcome.id === id)?.shortName ?? id;
	const lines = [
		`flowchart ${direction}`,
		'  accTitle: The whole decision tree',
		`  accDescr: The decision quiz as a flowchart. Each box asks one question, each arrow is an answer, and the rounded boxes are where the answers end: ${tree.outcomes.length} recommendations, some with the tenancy model to use inside each cluster. The quiz page lists the same tree as text.`,
	];
	const leaves = new Map<string, string>();
	for (const [id, node] of Object.entries(tree.nodes)) {
		const question = tree.questions.find((candidate) => candidate.id === node.ask);
		lines.push(`  ${mermaidNodeId(id)}[${label(question?.short ?? question?.prompt ?? node.ask)}]`);
		for (const [value, target] of Object.entries(node.next)) {
			const to = 'outcome' in target ? mermaidLeafId(id, value) : mermaidNodeId(target.node);
			if ('outcome' in target) {
				leaves.set(to, target.inside ? `${short(target.outcome)}, ${short(target.inside).toLowerCase()} inside` : short(target.outcome));
			}
			lines.push(`  ${mermaidNodeId(id)} ${edgeId(id, value)}@-->|${label(value.replace(/-/g, ' '))}| ${to}`);
		}
	}
	for (const [id, text] of leaves) lines.push(`  ${id}([${label(text)}])`);
	return lines.join('\n');
}
