/**
 * The answer sets the quiz can produce, walked as the quiz walks them: `nextQuestion` picks the
 * next question from the answers so far, and every answer it offers (“I'm not sure” included,
 * legacy answers excluded) is tried. `answerSpace` enumerates them all; `sampleSpace` takes a
 * seeded sample of random walks where the space is too large to enumerate.
 */
import { nextQuestion } from '../src/lib/decision/path.ts';
import type { Answers, DecisionData } from '../src/lib/decision/types.ts';

const offered = (data: DecisionData, answers: Answers) => {
	const question = nextQuestion(data, answers);
	return question
		? {
				question,
				values: question.answers
					.filter((answer) => !answer.legacy)
					.map((answer) => answer.value)
					.filter(
						(value) => !Object.hasOwn(answers, question.id) || answers[question.id] === value,
					),
			}
		: undefined;
};

export function* answerSpace(data: DecisionData, fixed: Answers = {}): Generator<Answers> {
	function* visit(answers: Answers): Generator<Answers> {
		const next = offered(data, answers);
		if (!next) {
			yield answers;
			return;
		}
		for (const value of next.values) {
			if (Object.hasOwn(fixed, next.question.id) && fixed[next.question.id] !== value) continue;
			yield* visit({ ...answers, [next.question.id]: value });
		}
	}
	yield* visit({});
}

/** A small, fast, seeded generator (mulberry32): the same seed gives the same sample. */
export function seeded(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** `count` random walks through the quiz, each answer picked evenly among those offered. */
export function* sampleSpace(
	data: DecisionData,
	fixed: Answers,
	count: number,
	seed: number,
): Generator<Answers> {
	const random = seeded(seed);
	for (let walk = 0; walk < count; walk++) {
		const answers: Record<string, string> = {};
		for (let next = offered(data, answers); next; next = offered(data, answers)) {
			const values = Object.hasOwn(fixed, next.question.id)
				? next.values.filter((value) => value === fixed[next.question.id])
				: next.values;
			const value = values[Math.floor(random() * values.length)];
			if (value === undefined) break;
			answers[next.question.id] = value;
		}
		yield answers;
	}
}
