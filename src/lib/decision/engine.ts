/**
 * Walks the decision tree. Pure functions over validated data (see validate.ts); answers may
 * come straight from a URL, so every lookup keyed by an answer is an own-property check.
 */
import type { Answers, DecisionTree, Question, Target } from './types.ts';

/** One question answered on the way through the tree. */
export interface Step {
	node: string;
	question: string;
	value: string;
}

/** Where a set of answers leads: the next question to ask, or an outcome. */
export type Walk =
	| { done: false; steps: Step[]; node: string; question: string }
	| { done: true; steps: Step[]; outcome: string; inside: string | undefined };

export type Result = Extract<Walk, { done: true }>;

function targetOf(tree: DecisionTree, node: string, value: string): Target | undefined {
	const next = tree.nodes[node]?.next;
	return next && Object.hasOwn(next, value) ? next[value] : undefined;
}

/** The answers a path gave, as the engine takes them. */
export function answersFrom(steps: readonly Step[]): Answers {
	return Object.fromEntries(steps.map((step) => [step.question, step.value]));
}

/** Follows the answers from the start. Answers to questions off the path are ignored. */
export function walk(tree: DecisionTree, answers: Answers): Walk {
	const steps: Step[] = [];
	let node = tree.start;
	// The tree is acyclic (validate.ts); the bound only guards against tampered data.
	for (let guard = 0; guard <= Object.keys(tree.nodes).length; guard += 1) {
		const question = tree.nodes[node]?.ask;
		if (question === undefined) break;
		const value = Object.hasOwn(answers, question) ? answers[question] : undefined;
		const target = value === undefined ? undefined : targetOf(tree, node, value);
		if (value === undefined || !target) return { done: false, steps, node, question };
		steps.push({ node, question, value });
		if ('outcome' in target) return { done: true, steps, outcome: target.outcome, inside: target.inside };
		node = target.node;
	}
	throw new Error(`The decision tree is malformed at node “${node}”.`);
}

export function questionById(tree: DecisionTree, id: string): Question | undefined {
	return tree.questions.find((question) => question.id === id);
}

const reachableCache = new WeakMap<DecisionTree, Map<string, ReadonlySet<string>>>();

/** Every outcome that can still be reached from a node. */
export function reachableOutcomes(tree: DecisionTree, node: string): ReadonlySet<string> {
	let cache = reachableCache.get(tree);
	if (!cache) reachableCache.set(tree, (cache = new Map()));
	const known = cache.get(node);
	if (known) return known;
	const outcomes = new Set<string>();
	for (const target of Object.values(tree.nodes[node]?.next ?? {})) {
		if ('outcome' in target) outcomes.add(target.outcome);
		else reachableOutcomes(tree, target.node).forEach((outcome) => outcomes.add(outcome));
	}
	cache.set(node, outcomes);
	return outcomes;
}

function outcomesAfter(tree: DecisionTree, target: Target): ReadonlySet<string> {
	return 'outcome' in target ? new Set([target.outcome]) : reachableOutcomes(tree, target.node);
}

/** For each outcome the answers did not lead to, the first answer that ruled it out. */
export function whyNot(tree: DecisionTree, result: Result): { outcome: string; step: Step }[] {
	const rejected: { outcome: string; step: Step }[] = [];
	for (const { id } of tree.outcomes) {
		if (id === result.outcome || id === result.inside) continue;
		const step = result.steps.find((candidate) => {
			const target = targetOf(tree, candidate.node, candidate.value);
			return reachableOutcomes(tree, candidate.node).has(id) && !!target && !outcomesAfter(tree, target).has(id);
		});
		if (step) rejected.push({ outcome: id, step });
	}
	return rejected;
}

/** A single changed answer and what it would lead to. */
export type Flip =
	| { step: Step; value: string; resolved: true; outcome: string; inside: string | undefined }
	| { step: Step; value: string; resolved: false; possible: string[] };

/**
 * The single answer whose change would change the recommendation, preferring the one closest
 * to the result. Other answers in the link are kept, so a change that needs questions the
 * reader never saw still resolves when the link already answers them. When no single change
 * resolves to another outcome, returns a change that at least rules the current one out.
 */
export function whatWouldChange(tree: DecisionTree, answers: Answers, result: Result): Flip | undefined {
	let fallback: Flip | undefined;
	for (const step of [...result.steps].reverse()) {
		for (const { value } of questionById(tree, step.question)?.answers ?? []) {
			if (value === step.value) continue;
			const changed = walk(tree, { ...answers, [step.question]: value });
			if (changed.done) {
				if (changed.outcome !== result.outcome) {
					return { step, value, resolved: true, outcome: changed.outcome, inside: changed.inside };
				}
				continue;
			}
			const possible = [...reachableOutcomes(tree, changed.node)];
			if (!fallback && !possible.includes(result.outcome)) fallback = { step, value, resolved: false, possible };
		}
	}
	return fallback;
}

/** Every root-to-leaf path through the tree. */
export function enumeratePaths(tree: DecisionTree): Result[] {
	const paths: Result[] = [];
	const visit = (node: string, steps: Step[]) => {
		const current = tree.nodes[node];
		if (!current) return;
		for (const [value, target] of Object.entries(current.next)) {
			const next = [...steps, { node, question: current.ask, value }];
			if ('outcome' in target) paths.push({ done: true, steps: next, outcome: target.outcome, inside: target.inside });
			else visit(target.node, next);
		}
	};
	visit(tree.start, []);
	return paths;
}

/** The most questions still to come from a node, for the progress indicator. */
export function remainingDepth(tree: DecisionTree, node: string): number {
	const current = tree.nodes[node];
	if (!current) return 0;
	const deeper = Object.values(current.next).map((target) => ('node' in target ? remainingDepth(tree, target.node) : 0));
	return 1 + Math.max(0, ...deeper);
}
