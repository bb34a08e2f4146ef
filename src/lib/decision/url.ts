/**
 * Share links: the answers travel in the query string, readable by people, with the tree
 * version, e.g. `?v=1&tenants=internal-teams&untrusted-code=no`. These keys and values are a
 * public contract; links in the wild depend on them.
 *
 * Decoding never throws. Whatever a link carries that this tree cannot use becomes a notice
 * for the reader, and only known question ids and answer values ever reach the answers.
 */
import type { Answers, DecisionTree } from './types.ts';

export const VERSION_KEY = 'v';

export type Notice =
	| { kind: 'version'; given: string | undefined; current: number }
	| { kind: 'unknown-key'; key: string }
	| { kind: 'invalid-value'; key: string; value: string }
	| { kind: 'repeated-key'; key: string };

export interface Decoded {
	answers: Answers;
	notices: Notice[];
}

type TreeShape = Pick<DecisionTree, 'version' | 'questions'>;

export function decodeAnswers(search: string, tree: TreeShape): Decoded {
	const params = new URLSearchParams(search);
	const answers: Record<string, string> = {};
	const notices: Notice[] = [];
	const seen = new Set<string>();
	let version: string | undefined;
	let hasParams = false;

	for (const [key, value] of params) {
		hasParams = true;
		if (seen.has(key)) {
			if (!notices.some((notice) => notice.kind === 'repeated-key' && notice.key === key)) {
				notices.push({ kind: 'repeated-key', key });
			}
			continue;
		}
		seen.add(key);
		if (key === VERSION_KEY) {
			version = value;
			continue;
		}
		const question = tree.questions.find((candidate) => candidate.id === key);
		if (!question) notices.push({ kind: 'unknown-key', key });
		else if (!question.answers.some((answer) => answer.value === value)) notices.push({ kind: 'invalid-value', key, value });
		else answers[key] = value;
	}
	if (hasParams && version !== String(tree.version)) {
		notices.unshift({ kind: 'version', given: version, current: tree.version });
	}
	return { answers, notices };
}

/** The query string for the answers on a path, in path order; empty when there are none. */
export function encodeSteps(steps: readonly { question: string; value: string }[], version: number): string {
	return steps.length === 0 ? '' : encodeAnswers(steps.map((step) => [step.question, step.value] as const), version);
}

/** A query string (with its `?`) for answers given in path order. */
export function encodeAnswers(answers: readonly (readonly [string, string])[], version: number): string {
	const params = new URLSearchParams([[VERSION_KEY, String(version)], ...answers.map(([key, value]) => [key, value])]);
	return `?${params.toString()}`;
}

/** Shortens text from a URL before it is shown, so a 10 kB value cannot flood the page. */
export function clip(text: string, max = 40): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A sentence for the reader explaining one notice. Rendered as text, never as HTML. */
export function describeNotice(notice: Notice, tree: TreeShape): string {
	switch (notice.kind) {
		case 'version':
			return notice.given === undefined
				? `The link does not say which version of the decision tree it was made with, so its answers were read as version ${notice.current}.`
				: `The link was made with version “${clip(notice.given, 12)}” of the decision tree; this is version ${notice.current}. Answers that are still valid were kept.`;
		case 'unknown-key':
			return `“${clip(notice.key)}” is not a question this quiz asks, so it was ignored.`;
		case 'invalid-value': {
			const prompt = tree.questions.find((question) => question.id === notice.key)?.prompt ?? notice.key;
			return `“${clip(notice.value)}” is not an answer to “${prompt}”, so that answer was dropped.`;
		}
		case 'repeated-key':
			return `“${clip(notice.key)}” appears more than once in the link; only its first value was used.`;
	}
}
