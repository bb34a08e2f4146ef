import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDecisionTree } from '../data/load.ts';
import { walk, whatWouldChange, whyNot } from './engine.ts';
import { decodeAnswers, describeNotice, encodeAnswers } from './url.ts';

const tree = loadDecisionTree();
const questionIds = tree.questions.map((question) => question.id);
const isValid = (key: string, value: string) =>
	tree.questions.some((question) => question.id === key && question.answers.some((answer) => answer.value === value));

/** Keys and values a hostile or broken link might carry, mixed with real ones. */
const nastyText = fc.oneof(
	fc.string(),
	fc.string({ unit: 'grapheme' }),
	fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'v', ''),
	fc.constantFrom('<script>alert(1)</script>', 'javascript:alert(1)', '"><img src=x onerror=alert(1)>', '%E0%A4%A', '%00', '\u0000\u202e'),
	fc.constantFrom(...questionIds),
	fc.constantFrom(...tree.questions.flatMap((question) => question.answers.map((answer) => answer.value))),
	fc.integer({ min: 1, max: 3 }).map((times) => 'x'.repeat(10_000 * times)),
);
const nastyQuery = fc.oneof(
	fc.array(fc.tuple(nastyText, nastyText), { maxLength: 30 }).map((pairs) => new URLSearchParams(pairs).toString()),
	fc.string(),
	fc.string({ unit: 'grapheme', maxLength: 500 }).map((text) => `?${text}`),
);

/** A random set of valid answers to random questions. */
const validAnswers = fc
	.subarray(tree.questions)
	.chain((questions) =>
		fc.tuple(...questions.map((question) => fc.constantFrom(...question.answers.map((answer) => [question.id, answer.value] as const)))),
	);

describe('the share-link decoder, given anything', () => {
	it('never throws and only ever yields known questions with valid answers', () => {
		fc.assert(
			fc.property(nastyQuery, (query) => {
				const { answers } = decodeAnswers(query, tree);
				for (const [key, value] of Object.entries(answers)) expect(isValid(key, value)).toBe(true);
				expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
			}),
			{ numRuns: 500 },
		);
	});

	it('explains everything it did not use in short plain sentences', () => {
		fc.assert(
			fc.property(nastyQuery, (query) => {
				const params = [...new URLSearchParams(query)];
				const { answers, notices } = decodeAnswers(query, tree);
				const unused = new Set(params.map(([key]) => key).filter((key) => key !== 'v' && !Object.hasOwn(answers, key)));
				const explained = new Set(notices.flatMap((notice) => ('key' in notice ? [notice.key] : [])));
				for (const key of unused) expect(explained.has(key), `no notice for key ${key.slice(0, 40)}`).toBe(true);
				for (const notice of notices) {
					const text = describeNotice(notice, tree);
					expect(text.length).toBeLessThan(300);
				}
			}),
			{ numRuns: 500 },
		);
	});
});

describe('the engine, given anything', () => {
	it('walks any decoded link without throwing, and explains any result', () => {
		fc.assert(
			fc.property(nastyQuery, (query) => {
				const { answers } = decodeAnswers(query, tree);
				const result = walk(tree, answers);
				if (result.done) {
					whyNot(tree, result);
					whatWouldChange(tree, answers, result);
				}
			}),
			{ numRuns: 300 },
		);
	});

	it('walks raw answer objects that never went through the decoder', () => {
		fc.assert(
			fc.property(fc.dictionary(nastyText, nastyText, { maxKeys: 15 }), (answers) => {
				const result = walk(tree, answers);
				expect(typeof result.done).toBe('boolean');
			}),
			{ numRuns: 300 },
		);
	});
});

describe('share links made by the quiz', () => {
	it('decode to the same answers and the same result, with no notices', () => {
		fc.assert(
			fc.property(validAnswers, (pairs) => {
				const query = encodeAnswers(pairs, tree.version);
				const decoded = decodeAnswers(query, tree);
				expect(decoded.notices).toEqual([]);
				expect(decoded.answers).toEqual(Object.fromEntries(pairs));
				expect(walk(tree, decoded.answers)).toEqual(walk(tree, Object.fromEntries(pairs)));
			}),
			{ numRuns: 300 },
		);
	});

	it('rule out every other outcome on the way to a result', () => {
		fc.assert(
			fc.property(validAnswers, (pairs) => {
				const result = walk(tree, Object.fromEntries(pairs));
				if (!result.done) return;
				const rejected = whyNot(tree, result).map((entry) => entry.outcome);
				const expected = tree.outcomes.map((outcome) => outcome.id).filter((id) => id !== result.outcome && id !== result.inside);
				expect(rejected.sort()).toEqual(expected.sort());
			}),
			{ numRuns: 300 },
		);
	});
});
