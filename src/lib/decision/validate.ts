/**
 * Checks that a decision tree is sound before anything is built from it: every path ends in an
 * outcome, every outcome and node is reachable, no question repeats on a path, and every
 * reference points at something that exists. Problems name the field, as a path into the
 * YAML file, so an author can find it.
 */
import type { DecisionTree, Target } from './types.ts';

export interface TreeIssue {
	path: (string | number)[];
	message: string;
}

export function validateTree(tree: DecisionTree): TreeIssue[] {
	const issues: TreeIssue[] = [];
	const report = (path: (string | number)[], message: string) => issues.push({ path, message });
	const questions = new Map(tree.questions.map((question) => [question.id, question]));
	const outcomes = new Set(tree.outcomes.map((outcome) => outcome.id));

	tree.questions.forEach((question, index) => {
		if (tree.questions.findIndex((other) => other.id === question.id) !== index) {
			report(['questions', index, 'id'], `question id “${question.id}” is used twice`);
		}
		if (question.id === 'v') report(['questions', index, 'id'], '“v” is reserved for the tree version in share links');
		const values = question.answers.map((answer) => answer.value);
		values.forEach((value, answerIndex) => {
			if (values.indexOf(value) !== answerIndex) {
				report(['questions', index, 'answers', answerIndex, 'value'], `answer “${value}” is used twice`);
			}
		});
	});

	const checkTarget = (path: (string | number)[], target: Target) => {
		if ('node' in target) {
			if (!Object.hasOwn(tree.nodes, target.node)) report(path, `unknown node “${target.node}”`);
			return;
		}
		if (!outcomes.has(target.outcome)) report([...path, 'outcome'], `unknown outcome “${target.outcome}”`);
		if (target.inside !== undefined) {
			if (!outcomes.has(target.inside)) report([...path, 'inside'], `unknown outcome “${target.inside}”`);
			if (target.inside === target.outcome) report([...path, 'inside'], 'an outcome cannot sit inside itself');
		}
	};

	if (!Object.hasOwn(tree.nodes, tree.start)) report(['start'], `unknown node “${tree.start}”`);
	for (const [id, node] of Object.entries(tree.nodes)) {
		const question = questions.get(node.ask);
		if (!question) {
			report(['nodes', id, 'ask'], `unknown question “${node.ask}”`);
			continue;
		}
		for (const answer of question.answers) {
			if (!Object.hasOwn(node.next, answer.value)) {
				report(['nodes', id, 'next', answer.value], `missing: every answer to “${question.id}” needs a branch`);
			}
		}
		for (const [value, target] of Object.entries(node.next)) {
			if (!question.answers.some((answer) => answer.value === value)) {
				report(['nodes', id, 'next', value], `“${value}” is not an answer to “${question.id}”`);
			}
			checkTarget(['nodes', id, 'next', value], target);
		}
	}
	if (issues.length > 0) return issues;

	// Walk every path: find cycles and repeated questions, and collect what is reachable.
	const reachedNodes = new Set<string>();
	const reachedOutcomes = new Set<string>();
	const visit = (id: string, trail: string[], asked: string[]) => {
		const node = tree.nodes[id];
		if (!node) return;
		if (trail.includes(id)) {
			report(['nodes', id], `cycle: ${[...trail, id].join(' → ')}`);
			return;
		}
		if (asked.includes(node.ask)) {
			report(['nodes', id, 'ask'], `question “${node.ask}” is asked twice on the path ${[...trail, id].join(' → ')}`);
			return;
		}
		reachedNodes.add(id);
		for (const target of Object.values(node.next)) {
			if ('outcome' in target) {
				reachedOutcomes.add(target.outcome);
				if (target.inside) reachedOutcomes.add(target.inside);
			} else {
				visit(target.node, [...trail, id], [...asked, node.ask]);
			}
		}
	};
	visit(tree.start, [], []);

	for (const id of Object.keys(tree.nodes)) {
		if (!reachedNodes.has(id)) report(['nodes', id], 'unreachable from the start node');
	}
	tree.outcomes.forEach((outcome) => {
		if (!reachedOutcomes.has(outcome.id)) report(['outcomes'], `outcome “${outcome.id}” is never recommended`);
	});
	tree.questions.forEach((question, index) => {
		if (!Object.values(tree.nodes).some((node) => node.ask === question.id)) {
			report(['questions', index], `question “${question.id}” is never asked`);
		}
	});
	return issues;
}
