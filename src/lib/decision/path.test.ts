import { describe, expect, it } from 'vitest';
import { questionsFileSchema } from '../data/decision.ts';
import { mostQuestions, progress } from './path.ts';

const answer = (value: string) => ({
	value,
	label: value,
	explanation: `${value}.`,
	source: 'https://example.org/',
});
const question = (id: string, askIf?: Record<string, unknown>) => ({
	id,
	prompt: `${id}?`,
	short: id,
	help: `${id}.`,
	answers: [answer('a'), answer('b')],
	...(askIf ? { askIf } : {}),
});

/** Two questions that exclude each other: `only-a` follows `first: a`, `only-b` follows `b`. */
const data = questionsFileSchema.parse({
	version: 1,
	reviewed: '2026-12-01',
	questions: [
		question('first'),
		question('only-a', { first: ['a'] }),
		question('only-b', { first: ['b'] }),
		question('last'),
	],
});

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
		const longer = questionsFileSchema.parse({
			version: 1,
			reviewed: '2026-12-01',
			questions: [
				question('first'),
				question('only-a', { first: ['a'] }),
				question('deeper', { 'only-a': ['b'] }),
				question('last'),
			],
		});
		expect(mostQuestions(longer, {})).toBe(4);
		expect(mostQuestions(longer, { first: 'b' })).toBe(2);
	});
});
