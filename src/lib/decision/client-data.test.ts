import { describe, expect, it } from 'vitest';
import { joinDecisionData, splitDecisionData } from './client-data.ts';
import type { DecisionData } from './types.ts';

/** Just enough decision data to split: two questions, and the plan's half as a marker. */
const data = {
	version: 3,
	reviewed: '2026-12-01',
	questions: [
		{
			id: 'who',
			prompt: 'Who?',
			short: 'Who',
			help: 'Pick one.',
			answers: [
				{ value: 'team', label: 'A team', explanation: 'One team.', source: 'https://a.example/' },
				{
					value: 'unsure',
					label: 'Not sure',
					explanation: 'Ask.',
					source: 'https://b.example/',
					unsure: true,
				},
			],
		},
		{
			id: 'where',
			prompt: 'Where?',
			short: 'Where',
			help: 'Pick one.',
			askIf: { kind: 'answer', question: 'who', values: ['team'] },
			answers: [
				{ value: 'one', label: 'One region', explanation: 'Once.', source: 'https://c.example/' },
			],
		},
	],
	migrations: [],
	rules: [{ id: 'r' }],
	options: [{ id: 'o', name: 'O', shortName: 'O' }],
} as unknown as DecisionData;

describe('the decision data in two halves', () => {
	it('gives the quiz its questions without the short names, explanations and sources only the plan shows', () => {
		const { quiz } = splitDecisionData(data);
		expect(Object.keys(quiz).sort()).toEqual([
			'migrations',
			'mostQuestions',
			'questions',
			'version',
		]);
		// who, then where when the team answers: two at most.
		expect(quiz.mostQuestions).toBe(2);
		expect(JSON.stringify(quiz)).not.toMatch(/explanation|source|short/);
		expect(quiz.questions[0]?.answers[1]).toEqual({
			value: 'unsure',
			label: 'Not sure',
			unsure: true,
		});
		expect(quiz.questions[1]?.askIf).toEqual(data.questions[1]?.askIf);
	});

	it('puts them back together as they were', () => {
		const { quiz, rules } = splitDecisionData(data);
		expect(joinDecisionData(quiz, rules)).toEqual(data);
	});

	it('still names a question and labels an answer the notes do not know', () => {
		const { quiz, rules } = splitDecisionData(data);
		const joined = joinDecisionData(quiz, { ...rules, questionNotes: [] });
		expect(joined.questions[0]?.short).toBe('Who?');
		expect(joined.questions[0]?.answers[0]).toEqual({
			value: 'team',
			label: 'A team',
			explanation: '',
			source: '',
		});
	});
});
