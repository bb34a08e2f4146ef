/**
 * The share links version 1 of the quiz produced: one per root-to-leaf path of its decision
 * tree (kept as test/fixtures/decision-tree-v1.yaml), each pointing at a recommendation page.
 * Links in the wild have exactly these forms, so every one must still open on a plan.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

interface V1Tree {
	start: string;
	nodes: Record<string, { ask: string; next: Record<string, string | { outcome: string }> }>;
}

export interface V1Link {
	/** The recommendation page the link opened, e.g. `hardened-namespaces`. */
	outcome: string;
	/** The query string, e.g. `?v=1&tenants=internal-teams&…`. */
	query: string;
}

export function v1Links(file = 'test/fixtures/decision-tree-v1.yaml'): V1Link[] {
	const tree = parse(readFileSync(file, 'utf8')) as V1Tree;
	const links: V1Link[] = [];
	const visit = (node: string, pairs: [string, string][]) => {
		const current = tree.nodes[node];
		if (!current) return;
		for (const [value, target] of Object.entries(current.next)) {
			const next: [string, string][] = [...pairs, [current.ask, value]];
			if (typeof target === 'string') visit(target, next);
			else
				links.push({
					outcome: target.outcome,
					query: `?${new URLSearchParams([['v', '1'], ...next]).toString()}`,
				});
		}
	};
	visit(tree.start, []);
	return links;
}
