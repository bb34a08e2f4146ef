/**
 * The quiz's path through the questions: which one comes next, how far the reader has come, and
 * which were left open. Apart from plan.ts so that the plan page does not load it.
 */
import { references, YES } from './condition.ts';
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

/**
 * The most questions a reader can be asked in all, given the answers so far: the longest path
 * through the rest of the quiz. Only the answers some question's askIf reads can change which
 * questions follow, so only those branch; any other question counts once, whatever its answer.
 * Tighter than the count of questions still open, which adds up questions no path asks together.
 */
export function mostQuestions<Q extends QuizQuestion>(
	data: Questions<Q>,
	answers: Answers,
): number {
	const branching = new Set(
		data.questions.flatMap((question) =>
			question.askIf
				? references(question.askIf).flatMap((reference) =>
						reference.kind === 'answer' ? [reference.question] : [],
					)
				: [],
		),
	);
	// What is left depends only on the next question and the branching answers given so far.
	const known = new Map<string, number>();
	const remaining = (given: Answers): number => {
		const next = nextQuestion(data, given);
		if (!next) return 0;
		const key = JSON.stringify([next.id, ...[...branching].map((id) => given[id] ?? null)]);
		let most = known.get(key);
		if (most === undefined) {
			const values = branching.has(next.id)
				? next.answers.filter((answer) => !answer.legacy).map((answer) => answer.value)
				: next.answers.slice(0, 1).map((answer) => answer.value);
			most = 1 + Math.max(0, ...values.map((value) => remaining({ ...given, [next.id]: value })));
			known.set(key, most);
		}
		return most;
	};
	return progress(data, answers).answered.length + remaining(answers);
}
