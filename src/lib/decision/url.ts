/**
 * Share links: the answers travel in the query string, readable by people, with the version of
 * the questions, e.g. `?v=2&tenants=internal-teams&untrusted-code=no`. These keys and values are
 * a public contract; links in the wild depend on them.
 *
 * Decoding never throws and takes time linear in the link's length. Tracking parameters that
 * chat apps and newsletters add are dropped silently. Whatever else a link carries that the quiz
 * cannot use becomes a notice; only known question ids and answer values reach the answers.
 */
import { evaluate, resolve, YES } from './plan.ts';
import { visibleQuote } from './quote.ts';
import { isTrackingKey } from './tracking.ts';
import type { Answers, DecisionData } from './types.ts';

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

type Shape = Pick<DecisionData, 'version' | 'questions' | 'migrations'>;

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
export function encodeAnswers(data: DecisionData, answers: Answers): string {
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

/** Shortens text from a URL before it is shown, so a 10 kB value cannot flood the page. */
export function clip(text: string, max = 40): string {
	const characters = [...text];
	return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : text;
}

/** A sentence in parts: plain text, and text quoted from the URL, which the page isolates. */
export type Segment = string | { quote: string };

/** A sentence for the reader explaining one notice. Rendered as text, never as HTML. */
export function describeNotice(notice: Notice, data: Pick<DecisionData, 'questions'>): Segment[] {
	switch (notice.kind) {
		case 'version':
			return !notice.given
				? [
						`The link does not say which version of the quiz it was made with, so its answers were read as version ${notice.current}.`,
					]
				: [
						'The link was made with version ',
						{ quote: visibleQuote(notice.given, 12) },
						` of the quiz, which does not exist; its answers were read as version ${notice.current}.`,
					];
		case 'older-version':
			return [
				`The link was made with version ${notice.given} of the quiz; this is version ${notice.current}. Its answers keep their meaning, and questions added since are read as “I’m not sure”.`,
			];
		case 'unknown-key':
			return notice.key === ''
				? ['A value without a name (“=…”) was ignored.']
				: [
						{ quote: visibleQuote(notice.key) },
						' is not a question this quiz asks, so it was ignored.',
					];
		case 'invalid-value': {
			const prompt =
				data.questions.find((question) => question.id === notice.key)?.prompt ?? notice.key;
			return notice.value === ''
				? [`“${prompt}” has no answer in the link, so it counts as unanswered.`]
				: [
						{ quote: visibleQuote(notice.value) },
						` is not an answer to “${prompt}”, so that answer was dropped.`,
					];
		}
		case 'repeated-key':
			return notice.key === ''
				? ['Further values without a name were ignored.']
				: [
						{ quote: visibleQuote(notice.key) },
						' appears more than once in the link; only its first value was used.',
					];
	}
}
