import { describe, expect, it } from 'vitest';
import { question, questionsOf } from '../../../test/lib/decision-model.ts';
import { mostQuestions, progress } from './path.ts';

const ab = (id: string, askIf?: Record<string, unknown>) =>
	question(id, ['a', 'b'], askIf ? { askIf } : {});

/** Two questions that exclude each other: `only-a` follows `first: a`, `only-b` follows `b`. */
const data = questionsOf([
	ab('first'),
	ab('only-a', { first: ['a'] }),
	ab('only-b', { first: ['b'] }),
	ab('last'),
]);

describe('how many questions the quiz may still ask', () => {
	it('counts the longest path, not every question still open', () => {
		// Open questions: all four. No path asks both only-a and only-b.
		expect(progress(data, {}).mostRemaining).toBe(4);
		expect(mostQuestions(data, {})).toBe(3);
	});

	it('counts the answers already given on the path', () => {
		expect(mostQuestions(data, { first: 'a' })).toBe(3);
		expect(mostQuestions(data, { first: 'a', 'only-a': 'b', last: 'a' })).toBe(3);
	});

	it('is as long as the path that a branching answer opens', () => {
		const longer = questionsOf([
			ab('first'),
			ab('only-a', { first: ['a'] }),
			ab('deeper', { 'only-a': ['b'] }),
			ab('last'),
		]);
		expect(mostQuestions(longer, {})).toBe(4);
		expect(mostQuestions(longer, { first: 'b' })).toBe(2);
	});
});
