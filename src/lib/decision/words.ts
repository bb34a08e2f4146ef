/**
 * The plan's data in words, shared by the plan page, the decision record and the rules text, so
 * that the three say the same thing the same way. The engine and the explanation return data;
 * only this module (and describe.ts for the rules text) turns it into sentences.
 */
import { joinWords } from './condition.ts';
import type { AnswerRef, PlanView } from './explain.ts';
import { formatCount } from './plan.ts';

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

/** How many clusters the cost sketch prices, and what it leaves out, in one paragraph. */
export function costWords(view: PlanView, hoursPerMonth: number): string[] {
	const { managed, selfManaged, notes } = view.hosting;
	const sentences = [
		`What ${formatCount(managed)} ${managed.min === 1 && managed.max === 1 ? 'cluster run by a provider pays' : 'clusters run by a provider pay'} for the control plane alone, at ${hoursPerMonth} hours a month. Nodes, storage, traffic and add-ons come on top and depend on your workloads, so they are not guessed here.`,
	];
	if (selfManaged.max !== 0)
		sentences.push(
			`The ${formatCount(selfManaged)} site ${selfManaged.min === 1 && selfManaged.max === 1 ? 'cluster runs' : 'clusters run'} on hardware you manage, usually with a lightweight distribution, so ${selfManaged.min === 1 && selfManaged.max === 1 ? 'it pays' : 'they pay'} no control-plane fee; the hardware, its spares and its care are yours.`,
		);
	return [...sentences, ...notes];
}

/** Whom a kind of cluster is for, unless its name says it already (“clusters for the regulated scope”). */
export const purposeWords = (name: string, purpose: string): string =>
	purpose && !name.includes(purpose) ? `, for ${purpose}` : '';

/** The lead-in of a warning: a limit the reader gave, or a caution a rule raises. */
export const warningTitle = (kind: 'limit' | 'caution'): string =>
	kind === 'limit' ? 'Beyond a limit you gave: ' : 'Watch out: ';
