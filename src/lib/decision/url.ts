/**
 * Share links: the answers travel in the query string, readable by people, with the version of
 * the questions, e.g. `?v=2&tenants=internal-teams&untrusted-code=no`. These keys and values are
 * a public contract; links in the wild depend on them.
 *
 * Decoding never throws and takes time linear in the link's length. Tracking parameters that
 * chat apps and newsletters add are dropped silently. Whatever else a link carries that the quiz
 * cannot use becomes a notice; only known question ids and answer values reach the answers.
 */
import { YES } from './condition.ts';
import { evaluate, resolve } from './resolve.ts';
import { isTrackingKey } from './tracking.ts';
import type { Answers, QuizData } from './types.ts';

export const VERSION_KEY = 'v';

// The list lives apart so pages that only read links (the comparison) need not load the engine.
export { isTrackingKey };

export type Notice =
	| { kind: 'version'; given: string | undefined; current: number }
	| { kind: 'older-version'; given: number; current: number }
	| { kind: 'unknown-key'; key: string }
	| { kind: 'invalid-value'; key: string; value: string }
	| { kind: 'repeated-key'; key: string };

export interface Decoded {
	answers: Answers;
	notices: Notice[];
	/** Whether the link carried anything for the quiz at all (tracking parameters do not count). */
	hasQuizParams: boolean;
	/** The version the link says it was made with, when it is an older one. */
	olderVersion: number | undefined;
}

type Shape = Pick<QuizData, 'version' | 'questions' | 'migrations'>;

export function decodeAnswers(search: string, data: Shape): Decoded {
	const params = new URLSearchParams(search);
	const answers: Record<string, string> = {};
	const notices: Notice[] = [];
	const seen = new Set<string>();
	const repeated = new Set<string>();
	const questions = new Map(data.questions.map((question) => [question.id, question]));
	let version: string | undefined;
	let hasQuizParams = false;

	for (const [key, value] of params) {
		if (isTrackingKey(key)) continue;
		hasQuizParams = true;
		if (seen.has(key)) {
			if (!repeated.has(key)) {
				repeated.add(key);
				notices.push({ kind: 'repeated-key', key });
			}
			continue;
		}
		seen.add(key);
		if (key === VERSION_KEY) {
			version = value;
			continue;
		}
		const question = questions.get(key);
		if (!question) notices.push({ kind: 'unknown-key', key });
		else if (!question.answers.some((answer) => answer.value === value))
			notices.push({ kind: 'invalid-value', key, value });
		else answers[key] = value;
	}

	let olderVersion: number | undefined;
	if (hasQuizParams && version !== String(data.version)) {
		const number =
			version !== undefined && /^[1-9]\d{0,5}$/.test(version) ? Number(version) : undefined;
		if (number !== undefined && number < data.version) {
			olderVersion = number;
			notices.unshift({ kind: 'older-version', given: number, current: data.version });
			migrate(answers, number, data);
		} else {
			notices.unshift({ kind: 'version', given: version, current: data.version });
		}
	}
	return { answers, notices, hasQuizParams, olderVersion };
}

/** Adds what an answer from an older version also told us, without overriding any answer. */
function migrate(answers: Record<string, string>, from: number, data: Shape): void {
	const state = resolve(data, answers);
	for (const migration of data.migrations) {
		if (migration.from < from || evaluate(migration.when, state, undefined, data.questions) !== YES)
			continue;
		for (const [key, value] of Object.entries(migration.set))
			if (!Object.hasOwn(answers, key)) answers[key] = value;
	}
}

/**
 * The query string (with its `?`) for answers, in the quiz's order: only the questions the
 * answers make relevant, so a link never carries an answer the plan did not read.
 */
export function encodeAnswers(data: Shape, answers: Answers): string {
	const state = resolve(data, answers);
	const pairs: [string, string][] = [[VERSION_KEY, String(data.version)]];
	for (const question of data.questions) {
		const answer = state[question.id];
		const given = answers[question.id];
		if (!answer || answer.kind === 'not-asked' || given === undefined) continue;
		if (answer.kind === 'unknown' && answer.said === 'missing') continue;
		pairs.push([question.id, given]);
	}
	return pairs.length === 1 ? '' : `?${new URLSearchParams(pairs).toString()}`;
}
