/**
 * The plan's data in words, shared by the plan page, the decision record and the rules text, so
 * that the three say the same thing the same way. The engine and the explanation return data;
 * only this module (and describe.ts for the rules text) turns it into sentences.
 */
import { joinWords } from './condition.ts';
import type { Absence, AnswerRef, Change, GroupView, PlanView, Warning } from './explain.ts';
import { formatCount, type Count } from './plan.ts';
import type { Question } from './types.ts';

/** Exactly one: “1 cluster”, not “1 clusters”. */
const isOne = (count: Count) => count.min === 1 && count.max === 1;

/** A count in words, each number as `show` writes it: “4”, “2 to 4” or “2 or more”. */
function rangeWords(count: Count, show: (value: number) => string = String): string {
	if (count.max === undefined) return `${show(count.min)} or more`;
	return count.min === count.max ? show(count.min) : `${show(count.min)} to ${show(count.max)}`;
}

/** Part of a sentence: words, or an option that the page links and the record names. */
export type Phrase = (string | { id: string; name: string })[];

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
		`What ${formatCount(managed)} ${isOne(managed) ? 'cluster run by a provider pays' : 'clusters run by a provider pay'} for the control plane alone, at ${hoursPerMonth} hours a month. Nodes, storage, traffic and add-ons come on top and depend on your workloads, so they are not guessed here.`,
	];
	if (selfManaged.max !== 0)
		sentences.push(
			`The ${formatCount(selfManaged)} site ${isOne(selfManaged) ? 'cluster runs' : 'clusters run'} on hardware you manage, usually with a lightweight distribution, so ${isOne(selfManaged) ? 'it pays' : 'they pay'} no control-plane fee; the hardware, its spares and its care are yours.`,
		);
	return [...sentences, ...notes];
}

/** Whom a kind of cluster is for, unless its name says it already (“clusters for the regulated scope”). */
export const purposeWords = (name: string, purpose: string): string =>
	purpose && !name.includes(purpose) ? `, for ${purpose}` : '';

/** The lead-in of a warning: a limit the reader gave, or a caution a rule raises. */
export const warningTitle = (kind: 'limit' | 'caution'): string =>
	kind === 'limit' ? 'Beyond a limit you gave: ' : 'Watch out: ';

/** “What would change it” when nothing would. */
export const NO_CHANGE = 'No single different answer would change this plan.';

/** What a different answer does: “adds Dedicated nodes, takes the clusters from 2 to 4”. */
export function effectWords(change: Change): string {
	return [
		...change.added.map((option) => `adds ${option.name}`),
		...change.removed.map((option) => `drops ${option.name}`),
		...(change.count
			? [
					`takes the clusters from ${formatCount(change.count.from)} to ${formatCount(change.count.to)}`,
				]
			: []),
	].join(', ');
}

/**
 * One change, in three pieces so that the page can set the different answer in bold:
 * “Budget: ” “Enough” “ instead of “Tight” adds Cluster per tenant.”
 */
export function changeWords(change: Change): { question: string; answer: string; rest: string } {
	return {
		question: `${change.ref.question.short}: `,
		answer: change.alternative.label,
		rest: ` instead of “${change.ref.answer.label}” ${effectWords(change)}.`,
	};
}

/** Why an option is not in the plan. */
export function absenceWords(absence: Absence): Phrase {
	switch (absence.kind) {
		case 'covered':
			return ['Already covered by ', absence.by, '.'];
		case 'limit':
			return [
				`Exceeds a limit you gave (${limitWords(absence.limits)}); your plan meets the need another way.`,
			];
		case 'not-needed':
			return [
				`Not needed. ${absence.needed}${absence.change ? ` It would come in with “${answerWords({ question: absence.change.ref.question, answer: absence.change.alternative })}”.` : ''}`,
			];
	}
}

/** The unknown answers a reason depends on, with each one's help as the way to decide. */
export function pendingWords(pending: Question[]): string {
	return `Depends on what you were not sure of. ${pending.map((question) => `${question.short}: ${question.help}`).join(' ')}`;
}

/** The lead-in of the answers behind a reason; each answer follows as answerWords. */
export const BECAUSE = 'Your answers: ';

/** A group's splits: “prod and non-prod; in each region (if needed)”. */
export const splitWords = (splits: { phrase: string; conditional: boolean }[]): string =>
	splits.map((split) => `${split.phrase}${split.conditional ? ' (if needed)' : ''}`).join('; ');

/** Dollars, whole: “$1,460”. */
export const money = (value: number): string =>
	`$${value.toLocaleString('en-US', { maximumFractionDigits: 0 })}`;

/** A fee over the plan's clusters: “$146”, “$146 to $292”, or “$146 or more”. */
export const feeTotalWords = (total: Count): string => rangeWords(total, money);

/** “2 clusters for the regulated scope” */
export const groupWords = (group: GroupView): string => `${formatCount(group.count)} ${group.name}`;

/**
 * “ (prod and non-prod, in each region)”: the splits that are certain on their own (for a group
 * that may apply, those it would have if it does).
 */
function settledWords(group: GroupView): string {
	const settled = group.splits.filter((split) => !split.conditional).map((split) => split.phrase);
	return settled.length > 0 ? ` (${settled.join(', ')})` : '';
}

const describeGroup = (group: GroupView): string => `${groupWords(group)}${settledWords(group)}`;

/** The verdict in one sentence: how many clusters, which, and what goes inside them. */
export function verdictWords({ count, groups }: Pick<PlanView, 'count' | 'groups'>): string {
	const clusters = `${rangeWords(count)} ${isOne(count) ? 'cluster' : 'clusters'}`;
	const firm = groups.filter((group) => !group.conditional);
	const maybe = groups.filter((group) => group.conditional);
	let head: string;
	const [only] = firm;
	if (only && firm.length === 1 && maybe.length === 0) {
		// One kind of cluster: “4 clusters (prod and non-prod)” when shared, else named once:
		// “24 to 100 clusters, one per tenant (…)”.
		head =
			only.id === 'shared'
				? `${clusters}${settledWords(only)}`
				: `${rangeWords(count)} ${only.name}${settledWords(only)}`;
	} else {
		head = `${clusters}: ${joinWords(firm.map(describeGroup), 'and')}`;
		if (maybe.length > 0)
			head += `${firm.length > 0 ? ', ' : ''}possibly ${joinWords(maybe.map(describeGroup), 'and/or')}`;
	}
	const layers: string[] = [];
	const possible: string[] = [];
	for (const group of groups) {
		for (const layer of group.layers) {
			const target = layer.conditional || group.conditional ? possible : layers;
			if (!layers.includes(layer.short) && !target.includes(layer.short)) target.push(layer.short);
		}
	}
	const conditionalSplits = groups.flatMap((group) =>
		group.splits.filter((split) => split.conditional).map((split) => split.phrase),
	);
	// A split already said of a group that certainly has it is not said again as possible.
	const said = new Set(
		groups
			.filter((group) => !group.conditional)
			.flatMap((group) =>
				group.splits.filter((split) => !split.conditional).map((split) => split.phrase),
			),
	);
	for (const phrase of conditionalSplits)
		if (!possible.includes(phrase) && !said.has(phrase)) possible.push(phrase);
	// A layer that is firm in some clusters is not also said as possible in others.
	const maybeOnly = possible.filter((item) => !layers.includes(item));
	return [head, ...layers, ...maybeOnly.map((item) => `possibly ${item}`)].join('; ');
}

/** A warning in full: for a limit, how far the plan goes past it, then what that takes. */
export function warningWords(warning: Warning): string {
	if (warning.kind === 'caution') return warning.message;
	const { count, maxClusters, message } = warning;
	const need =
		count.min > maxClusters
			? `This plan needs ${formatCount(count)} clusters.`
			: count.max === undefined
				? `This plan may need more than ${maxClusters} clusters.`
				: `This plan may need up to ${count.max} clusters.`;
	return `${need} ${message}`;
}

/** A note, marked as possible where its rule depends on an open answer. */
export const noteWords = (note: PlanView['notes'][number]): string =>
	note.possible ? `Possibly: ${note.says}` : note.says;
