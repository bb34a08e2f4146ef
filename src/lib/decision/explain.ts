/**
 * Everything a result needs to explain itself, in one place for the result panel and the
 * decision record: the answers that led to it, what would change it, and why not the others.
 */
import { questionById, whatWouldChange, whyNot, type Result, type Step } from './engine.ts';
import type { Answer, Answers, DecisionTree, Outcome, Question } from './types.ts';

export interface Reason {
	step: Step;
	question: Question;
	answer: Answer;
}

export interface Explanation {
	outcome: Outcome;
	inside: Outcome | undefined;
	/** Every answer on the path, in order: each one steered toward this result. */
	reasons: Reason[];
	change:
		| { reason: Reason; alternative: Answer; outcome: Outcome; resolved: true }
		| { reason: Reason; alternative: Answer; possible: Outcome[]; resolved: false }
		| undefined;
	rejected: { outcome: Outcome; reason: Reason }[];
}

export function explain(tree: DecisionTree, answers: Answers, result: Result): Explanation {
	const outcome = (id: string): Outcome =>
		tree.outcomes.find((candidate) => candidate.id === id) ?? { id, name: id, shortName: id, summary: '', consequences: [] };
	const reasonFor = (step: Step): Reason | undefined => {
		const question = questionById(tree, step.question);
		const answer = question?.answers.find((candidate) => candidate.value === step.value);
		return question && answer ? { step, question, answer } : undefined;
	};
	const reasons = result.steps.map(reasonFor).filter((reason): reason is Reason => reason !== undefined);

	const flip = whatWouldChange(tree, answers, result);
	const flipReason = flip && reasonFor(flip.step);
	const alternative = flip && flipReason?.question.answers.find((candidate) => candidate.value === flip.value);
	const change =
		flip && flipReason && alternative
			? flip.resolved
				? { reason: flipReason, alternative, outcome: outcome(flip.outcome), resolved: true as const }
				: { reason: flipReason, alternative, possible: flip.possible.map(outcome), resolved: false as const }
			: undefined;

	const rejected = whyNot(tree, result).flatMap(({ outcome: id, step }) => {
		const reason = reasonFor(step);
		return reason ? [{ outcome: outcome(id), reason }] : [];
	});
	return {
		outcome: outcome(result.outcome),
		inside: result.inside === undefined ? undefined : outcome(result.inside),
		reasons,
		change,
		rejected,
	};
}
