/**
 * The quiz's path through the questions: which one comes next, how far the reader has come, and
 * which were left open. Apart from plan.ts so that the plan page does not load it.
 */
import { resolve, YES } from './plan.ts';
import type { Answers, DecisionData, Question } from './types.ts';

/** The questions the quiz asks, in order, given the answers so far: relevant and unanswered. */
export function nextQuestion(data: DecisionData, answers: Answers): Question | undefined {
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
export function openQuestions(data: DecisionData, answers: Answers): Question[] {
	const state = resolve(data, answers);
	return data.questions.filter((question) => {
		const answer = state[question.id];
		return answer?.kind === 'unknown' && (answer.said === 'unsure' || answer.relevant === YES);
	});
}

/** The answered questions on the reader's path, in the quiz's order, and how many may follow. */
export function progress(
	data: DecisionData,
	answers: Answers,
): { answered: Question[]; mostRemaining: number } {
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
