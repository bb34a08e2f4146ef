/**
 * The quiz's path through the questions: which one comes next, how far the reader has come, and
 * which were left open. Apart from plan.ts so that the plan page does not load it.
 */
import { YES } from './condition.ts';
import { resolve } from './resolve.ts';
import type { Answers, QuizQuestion } from './types.ts';

type Questions<Q> = { questions: Q[] };

/** The questions the quiz asks, in order, given the answers so far: relevant and unanswered. */
export function nextQuestion<Q extends QuizQuestion>(
	data: Questions<Q>,
	answers: Answers,
): Q | undefined {
	const state = resolve(data, answers);
	return data.questions.find((question) => {
		const answer = state[question.id];
		return answer?.kind === 'unknown' && answer.said === 'missing' && answer.relevant === YES;
	});
}

/**
 * The questions the plan reads as unknown, in the quiz's order: answered “I'm not sure”, or
 * relevant and unanswered. “Answer the open questions” asks these again.
 */
export function openQuestions<Q extends QuizQuestion>(data: Questions<Q>, answers: Answers): Q[] {
	const state = resolve(data, answers);
	return data.questions.filter((question) => {
		const answer = state[question.id];
		return answer?.kind === 'unknown' && (answer.said === 'unsure' || answer.relevant === YES);
	});
}

/** The answered questions on the reader's path, in the quiz's order, and how many may follow. */
export function progress<Q extends QuizQuestion>(
	data: Questions<Q>,
	answers: Answers,
): { answered: Q[]; mostRemaining: number } {
	const state = resolve(data, answers);
	const answered = data.questions.filter((question) => {
		const answer = state[question.id];
		return answer?.kind === 'given' || (answer?.kind === 'unknown' && answer.said === 'unsure');
	});
	const mostRemaining = data.questions.filter((question) => {
		const answer = state[question.id];
		return answer?.kind === 'unknown' && answer.said === 'missing';
	}).length;
	return { answered, mostRemaining };
}
