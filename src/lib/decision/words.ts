/**
 * The plan's data in words, shared by the plan page, the decision record and the rules text, so
 * that the three say the same thing the same way. The engine and the explanation return data;
 * only this module (and describe.ts for the rules text) turns it into sentences.
 */
import { joinWords } from './condition.ts';
import type { AnswerRef } from './explain.ts';

/** “Platform team: No, a small team runs the platform” */
export const answerWords = (ref: AnswerRef): string => `${ref.question.short}: ${ref.answer.label}`;

/** The answers that set a limit: each alternative lifts it on its own. */
export function limitWords(alternatives: AnswerRef[][]): string {
	return joinWords(
		alternatives.map((refs) => joinWords(refs.map(answerWords), 'and')),
		'or',
	);
}

/** “These answers did not change anything: …” */
export function unchangedWords(refs: AnswerRef[]): string {
	return `These answers did not change anything: ${refs.map(answerWords).join('; ')}.`;
}
