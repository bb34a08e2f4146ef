/**
 * Reads answers against the questions: which are given, unknown or not asked, and what a
 * condition makes of them. All the quiz needs of the engine, apart from plan.ts so that the
 * quiz's page does not load the plan.
 */
import { compile, NO, own, YES, type Condition, type Resolved, type Tri } from './condition.ts';
import type { Answers, QuizQuestion } from './types.ts';

export function isUnsure(question: QuizQuestion, value: string): boolean {
	return question.answers.some((answer) => answer.value === value && answer.unsure === true);
}

/**
 * Evaluates a condition; `rule` resolves rule references (absent for askIf). `questions` lets an
 * unknown answer count as certain when every possible answer satisfies the condition.
 */
export function evaluate(
	condition: Condition,
	state: Resolved,
	rule: ((id: string) => Tri) | undefined,
	questions: QuizQuestion[],
): Tri {
	return compile(condition, questions)(state, rule);
}

/** Reads the answers against the questions: which are given, unknown or not asked. */
export function resolve(data: { questions: QuizQuestion[] }, answers: Answers): Resolved {
	const state: Resolved = {};
	for (const question of data.questions) {
		const relevant = question.askIf
			? evaluate(question.askIf, state, undefined, data.questions)
			: YES;
		const value = own(answers, question.id);
		const valid = value !== undefined && question.answers.some((answer) => answer.value === value);
		if (relevant === NO) state[question.id] = { kind: 'not-asked' };
		else if (valid && !isUnsure(question, value)) state[question.id] = { kind: 'given', value };
		else
			state[question.id] = valid
				? { kind: 'unknown', relevant, said: 'unsure', value }
				: { kind: 'unknown', relevant, said: 'missing' };
	}
	return state;
}
