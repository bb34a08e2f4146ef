import { describe, expect, it } from 'vitest';
import {
	compile,
	condition,
	explain,
	MAYBE,
	NO,
	parseCondition,
	references,
	smallest,
	words,
	YES,
	type QuestionShape,
	type Resolved,
	type Tri,
} from './condition.ts';

/** A tiny model: two yes/no questions with an “I'm not sure”, and one plain yes/no. */
const questions: QuestionShape[] = [
	{ id: 'a', answers: [{ value: 'yes' }, { value: 'no' }, { value: 'unsure', unsure: true }] },
	{ id: 'b', answers: [{ value: 'yes' }, { value: 'no' }, { value: 'unsure', unsure: true }] },
	{ id: 'c', answers: [{ value: 'yes' }, { value: 'no' }] },
];
const given = (value: string) => ({ kind: 'given', value }) as const;
const unsure = { kind: 'unknown', relevant: YES, said: 'unsure', value: 'unsure' } as const;
const state = (entries: Resolved): Resolved => entries;
const evaluate = (raw: Parameters<typeof condition>[0], current: Resolved) =>
	compile(condition(raw), questions)(current);
const noRules = (): { status: Tri; condition: undefined } => ({ status: NO, condition: undefined });
const ids = (alternatives: { question: string }[][]) =>
	alternatives.map((alternative) => alternative.map((cause) => cause.question).sort());

describe('parsing a condition', () => {
	it('reads a map as “all of its entries”, and names the path of every problem', () => {
		expect(condition({ a: ['yes'], b: ['no'] })).toEqual({
			kind: 'all',
			children: [
				{ kind: 'answer', question: 'a', values: ['yes'], at: ['a'] },
				{ kind: 'answer', question: 'b', values: ['no'], at: ['b'] },
			],
		});
		expect(parseCondition({ any: [{ a: 'yes' }, {}], rule: 'Bad' }).problems).toEqual([
			{ at: ['any', 0, 'a'], message: 'a list of answer values' },
			{ at: ['any', 1], message: 'an empty condition' },
			{ at: ['rule'], message: 'a rule id in lower-case words joined by hyphens' },
		]);
	});

	it('lists every answer and rule it refers to, with its path, for the validator', () => {
		expect(references(condition({ any: [{ a: ['yes'] }, { not: { rule: 'r' } }] }))).toEqual([
			{ kind: 'answer', question: 'a', values: ['yes'], at: ['any', 0, 'a'] },
			{ kind: 'rule', rule: 'r', at: ['any', 1, 'not', 'rule'] },
		]);
	});
});

describe('three-valued evaluation', () => {
	it('is maybe for an unsure answer, and stays maybe under not', () => {
		expect(evaluate({ a: ['yes'] }, state({ a: unsure }))).toBe(MAYBE);
		expect(evaluate({ not: { a: ['yes'] } }, state({ a: unsure }))).toBe(MAYBE);
		expect(evaluate({ not: { a: ['yes'] } }, state({ a: given('no') }))).toBe(YES);
	});

	it('is certain for an unsure answer when every possible answer satisfies it', () => {
		expect(evaluate({ a: ['yes', 'no'] }, state({ a: unsure }))).toBe(YES);
		expect(evaluate({ a: ['unsure'] }, state({ a: unsure }))).toBe(YES);
	});

	it('takes the worst child for all and the best for any', () => {
		const current = state({ a: given('yes'), b: unsure, c: given('no') });
		expect(evaluate({ all: [{ a: ['yes'] }, { b: ['yes'] }] }, current)).toBe(MAYBE);
		expect(evaluate({ all: [{ a: ['yes'] }, { c: ['yes'] }] }, current)).toBe(NO);
		expect(evaluate({ any: [{ c: ['yes'] }, { b: ['yes'] }] }, current)).toBe(MAYBE);
		expect(evaluate({ any: [{ b: ['yes'] }, { a: ['yes'] }] }, current)).toBe(YES);
	});

	it('compiles per set of questions: the same condition reads an unsure answer by each set’s answers', () => {
		const shared = condition({ c: ['yes', 'no'] });
		const current = state({ c: unsure });
		expect(compile(shared, questions)(current)).toBe(YES);
		const wider: QuestionShape[] = [
			{ id: 'c', answers: [{ value: 'yes' }, { value: 'no' }, { value: 'later' }] },
		];
		expect(compile(shared, wider)(current)).toBe(MAYBE);
	});

	it('asks the engine for a referenced rule, and reads none without one', () => {
		const refers = condition({ rule: 'r' });
		expect(compile(refers, questions)({}, () => YES)).toBe(YES);
		expect(compile(refers, questions)({})).toBe(NO);
	});
});

describe('why a condition holds or fails', () => {
	const context = (current: Resolved) => ({ state: current, questions, rule: noRules });

	it('names, for a failing any, what would make each branch hold', () => {
		// Two or three tenants without a tight budget, or a platform team.
		const within = condition({
			any: [{ a: ['yes'], not: { b: ['yes'] } }, { c: ['yes'] }],
		});
		const failing = explain(within, context({ a: given('yes'), b: given('yes'), c: given('no') }));
		expect(failing.value).toBe(NO);
		// The not flips polarity: b=yes is what blocks the first branch.
		expect(ids(failing.toMake)).toEqual([['b'], ['c']]);
	});

	it('needs every failing child of an all changed, and keeps the smallest alternatives', () => {
		const both = condition({ a: ['yes'], b: ['yes'], c: ['yes'] });
		const explained = explain(both, context({ a: given('no'), b: given('no'), c: given('yes') }));
		expect(ids(explained.toMake)).toEqual([['a', 'b']]);
		expect(ids(smallest([[{ question: 'a', state: given('no') }], []]))).toEqual([[]]);
	});

	it('names every answer a holding condition rests on, and the unknown ones it waits for', () => {
		const holding = condition({ any: [{ a: ['yes'] }, { b: ['yes'] }], c: ['yes'] });
		const explained = explain(holding, context({ a: given('yes'), b: unsure, c: given('yes') }));
		expect(explained.value).toBe(YES);
		expect(ids(explained.toBreak)).toEqual([['a', 'b'], ['c']]);
		const waiting = explain(condition({ b: ['yes'] }), context({ b: unsure }));
		expect(waiting.pending).toEqual(['b']);
	});

	it('follows a rule reference to the answers behind that rule', () => {
		const inner = condition({ a: ['yes'] });
		const explained = explain(condition({ rule: 'r' }), {
			state: { a: given('yes') },
			questions,
			rule: () => ({ status: YES, condition: inner }),
		});
		expect(ids(explained.toBreak)).toEqual([['a']]);
	});
});

describe('a condition in words', () => {
	const vocabulary = {
		answer: (question: string, values: string[]) => `${question} is ${values.join(' or ')}`,
		rule: (id: string) => (id.startsWith('cluster') ? 'the plan has a cluster per tenant' : id),
	};

	it('reads as a person writes it: the same phrase twice is said once, and nesting is bracketed', () => {
		expect(
			words(condition({ any: [{ rule: 'cluster-a' }, { rule: 'cluster-b' }] }), vocabulary),
		).toBe('the plan has a cluster per tenant');
		// Nested “and” and “or” are bracketed, so the words cannot be read two ways.
		expect(words(condition({ any: [{ a: ['yes'] }, { b: ['no'] }], c: ['yes'] }), vocabulary)).toBe(
			'(either a is yes or b is no) and c is yes',
		);
		expect(words(condition({ any: [{ a: ['yes'], b: ['no'] }, { c: ['yes'] }] }), vocabulary)).toBe(
			'either (a is yes and b is no) or c is yes',
		);
	});
});
