/**
 * Every combination of answers the quiz can produce: questions in order, each asked only when
 * the answers before it make it relevant, every answer (“I'm not sure” included) tried.
 */
import { resolve, YES, evaluate } from '../src/lib/decision/plan.ts';
import type { Answers, DecisionData } from '../src/lib/decision/types.ts';

export function* answerSpace(data: DecisionData, fixed: Answers = {}): Generator<Answers> {
	const questions = data.questions;
	const answers = new Map<string, string>();
	function* visit(index: number): Generator<Answers> {
		if (index === questions.length) {
			yield Object.fromEntries(answers);
			return;
		}
		const question = questions[index]!;
		const relevant = question.askIf
			? evaluate(question.askIf, resolve(data, Object.fromEntries(answers)), undefined, questions)
			: YES;
		if (relevant !== YES) {
			yield* visit(index + 1);
			return;
		}
		for (const answer of question.answers) {
			if (Object.hasOwn(fixed, question.id) && fixed[question.id] !== answer.value) continue;
			answers.set(question.id, answer.value);
			yield* visit(index + 1);
		}
		answers.delete(question.id);
	}
	yield* visit(0);
}
