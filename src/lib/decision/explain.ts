/**
 * Everything a plan needs to explain itself, for the result page and the decision record, as
 * data that words.ts puts in words: the clusters and their layers, why each part is there, what
 * would change it, why each other option is not in it, which answers changed nothing, and
 * warnings.
 */
import {
	buildPlan,
	clusterCount,
	countingQuestions,
	groupCount,
	MAYBE,
	NO,
	presentGroups,
	resolveCount,
	YES,
	type Count,
	type GroupResult,
	type Plan,
	type Resolved,
} from './plan.ts';
import { evaluate } from './resolve.ts';
import {
	causes,
	explain,
	own,
	smallest,
	type Cause,
	type Condition,
	type ExplainContext,
} from './condition.ts';
import type {
	Answer,
	Answers,
	DecisionData,
	Group,
	OptionSummary,
	Question,
	Rule,
} from './types.ts';

export interface AnswerRef {
	question: Question;
	answer: Answer;
}

export interface RuleReason {
	rule: Rule;
	/** Conditional: it applies only if an unsure or missing answer turns out a certain way. */
	conditional: boolean;
	/** The reader's answers that made it apply. */
	answers: AnswerRef[];
	/** Unknown answers it depends on, with their help text as the way to decide. */
	pending: Question[];
}

export interface PartView {
	option: OptionSummary;
	conditional: boolean;
	reasons: RuleReason[];
}

export interface LayerView {
	part: OptionSummary;
	short: string;
	conditional: boolean;
}

export interface GroupView {
	id: string;
	name: string;
	for: string;
	count: Count;
	conditional: boolean;
	splits: {
		phrase: string;
		note?: string | undefined;
		conditional: boolean;
		tiles: string[];
		open: boolean;
	}[];
	/** Names of the clusters, e.g. “prod, region 1”, for the diagram; `more` says the list goes on. */
	tiles: { names: string[]; more: boolean };
	part: OptionSummary | undefined;
	/** Whom each cluster serves, where not all tenants (see the group schema). */
	serves: Group['serves'];
	layers: LayerView[];
}

export interface Change {
	ref: AnswerRef;
	/** The answer that would have to differ. */
	alternative: Answer;
	added: OptionSummary[];
	removed: OptionSummary[];
	count: { from: Count; to: Count } | undefined;
}

export type Absence =
	| { kind: 'covered'; option: OptionSummary; by: OptionSummary }
	/** `limits`: the answers that set the limit; changing all of any one list would lift it. */
	| { kind: 'limit'; option: OptionSummary; limits: AnswerRef[][]; rule: Rule }
	| { kind: 'not-needed'; option: OptionSummary; needed: string; change: Change | undefined };

export interface PlanView {
	plan: Plan;
	count: Count;
	/** The clusters behind the cost sketch: those a provider runs (and bills), and the rest. */
	hosting: {
		managed: Count;
		selfManaged: Count;
		/** What parts of the plan cost beyond fees (virtual control planes: host capacity). */
		notes: string[];
	};
	groups: GroupView[];
	parts: PartView[];
	changes: Change[];
	absent: Absence[];
	/** Answers that changed nothing, with each one's question. */
	unchanged: AnswerRef[];
	/** Relevant questions the answers did not cover, read as “I'm not sure”. */
	assumed: Question[];
	/** Questions answered “I'm not sure”. */
	unsure: Question[];
	warnings: Warning[];
	/** `possible`: the note's rule applies only if an open answer turns out a certain way. */
	notes: { says: string; possible: boolean; source: string; answers: AnswerRef[] }[];
}

/**
 * `limit`: the plan's clusters (`count`) exceed a capacity the reader gave (`maxClusters`), and
 * `message` says what that takes; `caution`: a rule's warning, in its own words.
 */
export type Warning = (
	| { kind: 'limit'; count: Count; maxClusters: number; message: string; source: string }
	| { kind: 'caution'; message: string; source: string }
) & { /** The reader's answers it rests on. */ answers: AnswerRef[] };

const option = (data: DecisionData, id: string): OptionSummary =>
	data.options.find((candidate) => candidate.id === id) ?? {
		id,
		name: id,
		shortName: id,
	};

function answerRef(data: DecisionData, questionId: string, value: string): AnswerRef | undefined {
	const question = data.questions.find((candidate) => candidate.id === questionId);
	const answer = question?.answers.find((candidate) => candidate.value === value);
	return question && answer ? { question, answer } : undefined;
}

/** What the interpreter needs to follow rule references inside a plan. */
function contextOf(data: DecisionData, plan: Plan): ExplainContext {
	const conditions = new Map<string, Condition>();
	return {
		state: plan.state,
		questions: data.questions,
		rule(id) {
			const result = plan.rules.get(id);
			if (!result) return { status: NO, condition: undefined };
			let condition = conditions.get(id);
			if (!condition) {
				const { when, within } = result.rule;
				condition = within ? { kind: 'all', children: [when, within] } : when;
				conditions.set(id, condition);
			}
			return { status: result.status, condition };
		},
	};
}

function refsOf(data: DecisionData, found: Cause[]): AnswerRef[] {
	return found.flatMap((cause) => {
		if (cause.state.kind !== 'given') return [];
		const ref = answerRef(data, cause.question, cause.state.value);
		return ref ? [ref] : [];
	});
}

function reasonFor(data: DecisionData, plan: Plan, rule: Rule): RuleReason {
	const explained = explain(rule.when, contextOf(data, plan));
	const status = plan.rules.get(rule.id)?.status ?? NO;
	return {
		rule,
		conditional: status !== YES,
		answers: refsOf(data, causes(explained)),
		pending:
			status === YES
				? []
				: explained.pending.flatMap((id) => data.questions.filter((q) => q.id === id)),
	};
}

function groupView(data: DecisionData, plan: Plan, result: GroupResult): GroupView {
	// A group that may apply is shown as it would be if it does: each split by its own rule's
	// status, not lowered to the group's, so its count and its words agree.
	const asIfApplies = {
		...result,
		splits: result.splits.map((entry) => ({ ...entry, status: entry.own })),
	};
	const count = groupCount(asIfApplies, plan.state, data.questions);
	const layers: LayerView[] = [];
	for (const layer of result.layers) {
		if (layer.status === NO || layer.coveredBy) continue;
		// Rules that add the same layer share its words; the layer is firm if any of them is.
		const known = layers.find((candidate) => candidate.short === layer.rule.short);
		if (known) known.conditional &&= layer.status !== YES;
		else
			layers.push({
				part: option(data, layer.part),
				short: layer.rule.short,
				conditional: layer.status !== YES,
			});
	}
	const splits = new Map<string, GroupView['splits'][number]>();
	for (const { split, status } of asIfApplies.splits) {
		if (status === NO) continue;
		const known = splits.get(split.id);
		if (!known || (known.conditional && status === YES)) {
			const factor = resolveCount(split.factor, plan.state, data.questions);
			const shown = Math.min(factor.min, split.tiles.length);
			splits.set(split.id, {
				phrase: split.phrase,
				note: split.note,
				conditional: status !== YES,
				tiles: split.tiles.slice(0, Math.max(shown, 1)),
				open: factor.max === undefined || factor.max > shown,
			});
		}
	}
	const base = groupCount({ ...result, splits: [] }, plan.state, data.questions);
	let names = result.group.tile
		? Array.from(
				{ length: Math.min(base.min, 6) },
				(_, index) => `${result.group.tile} ${index + 1}`,
			)
		: [''];
	let more = base.max === undefined || base.max > names.length;
	for (const split of splits.values()) {
		if (split.conditional) continue;
		names = split.tiles.flatMap((tile) => names.map((name) => (name ? `${tile}, ${name}` : tile)));
		more ||= split.open;
	}
	return {
		id: result.group.id,
		name: count.min === 1 && count.max === 1 ? result.group.one : result.group.many,
		for: result.group.for,
		count,
		conditional: result.status !== YES,
		splits: [...splits.values()],
		tiles: { names: names.filter(Boolean).slice(0, 12), more: more || names.length > 12 },
		part: result.group.part === undefined ? undefined : option(data, result.group.part),
		serves: result.group.serves,
		layers,
	};
}

/** Whether `other` asks a question, still unanswered, that `plan` does not ask. */
function opensQuestion(plan: Plan, other: Plan): boolean {
	return Object.entries(other.state).some(
		([id, answer]) =>
			answer.kind === 'unknown' &&
			answer.said === 'missing' &&
			answer.relevant === YES &&
			plan.state[id]?.kind === 'not-asked',
	);
}

function partIds(plan: Plan): { firm: string[]; conditional: string[] } {
	return {
		firm: plan.parts.filter((part) => part.status === YES).map((part) => part.id),
		conditional: plan.parts.filter((part) => part.status === MAYBE).map((part) => part.id),
	};
}

const sameCount = (a: Count, b: Count) => a.min === b.min && a.max === b.max;

/** Answers the reader gave, in the quiz's order, including “I'm not sure”. */
export function givenAnswers(data: DecisionData, state: Resolved, answers: Answers): AnswerRef[] {
	return data.questions.flatMap((question) => {
		const answer = state[question.id];
		const value = own(answers, question.id);
		if (!answer || answer.kind === 'not-asked' || value === undefined) return [];
		if (answer.kind === 'unknown' && answer.said === 'missing') return [];
		const ref = answerRef(data, question.id, value);
		return ref ? [ref] : [];
	});
}

/** How many combinations of unknown answers a what-if's cluster count may try (see clusterCount). */
const ALTERNATIVE_SCENARIOS = 16;

export function explainPlan(data: DecisionData, answers: Answers): PlanView {
	const plan = buildPlan(data, answers);
	const count = clusterCount(data, answers, plan);
	const groups = presentGroups(plan).map((result) => groupView(data, plan, result));
	const parts = plan.parts.map((part) => ({
		option: option(data, part.id),
		conditional: part.status !== YES,
		reasons: part.rules.map((rule) => reasonFor(data, plan, rule)),
	}));

	// Each warning and note carries the answers it rests on: they are reasons too, never answers
	// that changed nothing.
	const warnings: PlanView['warnings'] = [];
	for (const limit of data.limits) {
		if (evaluate(limit.when, plan.state, undefined, data.questions) !== YES) continue;
		if (count.max === undefined || count.max > limit.maxClusters) {
			const { maxClusters, message, source } = limit;
			const because = refsOf(data, causes(explain(limit.when, contextOf(data, plan))));
			warnings.push({ kind: 'limit', count, maxClusters, message, source, answers: because });
		}
	}
	const notes: PlanView['notes'] = [];
	for (const { rule, status } of plan.notes) {
		if (!('note' in rule)) continue;
		const { says, source } = rule;
		const { answers: because } = reasonFor(data, plan, rule);
		if (rule.note === 'warning' && status === YES)
			warnings.push({ kind: 'caution', message: says, source, answers: because });
		else notes.push({ says, possible: status !== YES, source, answers: because });
	}
	const behind = [...warnings, ...notes].flatMap((item) => item.answers);

	const current = partIds(plan);
	const given = givenAnswers(data, plan.state, answers);
	const changes: Change[] = [];
	const unchanged: AnswerRef[] = [];
	const counting = countingQuestions(data);
	const cited = new Set(
		[...parts.flatMap((part) => part.reasons.flatMap((reason) => reason.answers)), ...behind].map(
			(ref) => ref.question.id,
		),
	);
	for (const ref of given) {
		let changed = false;
		for (const alternative of ref.question.answers) {
			if (alternative.value === ref.answer.value || alternative.unsure || alternative.legacy)
				continue;
			const otherAnswers = { ...answers, [ref.question.id]: alternative.value };
			const other = buildPlan(data, otherAnswers);
			// An answer that opens a question the reader never saw changes the plan in ways no one
			// can state until that question is answered; the quiz asks it when the reader edits.
			if (opensQuestion(plan, other)) continue;
			const next = partIds(other);
			const added = next.firm.filter((id) => !current.firm.includes(id));
			const removed = current.firm.filter((id) => !next.firm.includes(id));
			// An answer no group or split reads cannot change the count: skip the costly recount.
			// An alternative is a what-if: its count may be estimated sooner than the plan's own.
			const otherCount = counting.has(ref.question.id)
				? clusterCount(data, otherAnswers, other, ALTERNATIVE_SCENARIOS)
				: count;
			const countChanged = !sameCount(count, otherCount);
			if (added.length === 0 && removed.length === 0 && !countChanged) continue;
			changed = true;
			changes.push({
				ref,
				alternative,
				added: added.map((id) => option(data, id)),
				removed: removed.map((id) => option(data, id)),
				count: countChanged ? { from: count, to: otherCount } : undefined,
			});
		}
		// An answer the page gives as a reason, or that a warning or note rests on, did change the
		// plan, even where no single other answer would (another answer requires the same part).
		if (!changed && !cited.has(ref.question.id)) unchanged.push(ref);
	}

	const inPlan = new Set(plan.parts.map((part) => part.id));
	const absent: Absence[] = [];
	for (const candidate of data.options) {
		if (inPlan.has(candidate.id)) continue;
		const cover = coverOf(plan, candidate.id);
		if (cover) {
			absent.push({ kind: 'covered', option: candidate, by: option(data, cover) });
			continue;
		}
		const limited = [...plan.rules.values()].find(
			({ rule, when, within }) =>
				when > NO && within === NO && addsPart(data, rule) === candidate.id,
		);
		if (limited?.rule.within) {
			const limits = limitAnswers(data, plan, limited.rule.within);
			absent.push({ kind: 'limit', option: candidate, limits, rule: limited.rule });
			continue;
		}
		absent.push({
			kind: 'not-needed',
			option: candidate,
			needed: data.parts[candidate.id]?.needed ?? '',
			change: changes.find((change) => change.added.some((added) => added.id === candidate.id)),
		});
	}

	const { state } = plan;
	const assumed = data.questions.filter((question) => {
		const answer = state[question.id];
		return answer?.kind === 'unknown' && answer.said === 'missing' && answer.relevant === YES;
	});
	const unsure = data.questions.filter((question) => {
		const answer = state[question.id];
		return answer?.kind === 'unknown' && answer.said === 'unsure';
	});

	const selfManaged = clusterCount(data, answers, plan, undefined, 'self-managed');
	const hosting = {
		managed:
			selfManaged.max === 0 ? count : clusterCount(data, answers, plan, undefined, 'managed'),
		selfManaged,
		notes: plan.parts.flatMap((part) => data.parts[part.id]?.costNote ?? []),
	};

	return {
		plan,
		count,
		hosting,
		groups,
		parts,
		changes,
		absent,
		unchanged,
		assumed,
		unsure,
		warnings,
		notes,
	};
}

function addsPart(data: DecisionData, rule: Rule): string | undefined {
	if ('group' in rule) return data.groups.find((group) => group.id === rule.group)?.part;
	if ('layer' in rule) return rule.layer.part;
	if ('split' in rule) return rule.part;
	return undefined;
}

/** The option that makes `id` unnecessary in this plan, if one does. */
function coverOf(plan: Plan, id: string): string | undefined {
	for (const result of plan.groups) {
		if (result.status === NO) continue;
		if (result.coveredBy && result.group.part === id) return result.coveredBy.part;
		for (const layer of result.layers) {
			if (layer.part !== id || !layer.coveredBy || layer.status === NO) continue;
			const cover = layer.coveredBy;
			if (cover.kind === 'part') return cover.id;
			return plan.groups.find((other) => other.group.id === cover.id)?.group.part;
		}
	}
	return undefined;
}

/**
 * The answers that set the limit a rule's `within` failed on: the smallest sets of answers whose
 * change would let the rule apply, each a way to lift the limit.
 */
function limitAnswers(data: DecisionData, plan: Plan, within: Condition): AnswerRef[][] {
	const explained = explain(within, contextOf(data, plan));
	return smallest(explained.toMake)
		.map((alternative) => refsOf(data, alternative))
		.filter((refs) => refs.length > 0);
}

/** Monthly control-plane fees for a count of clusters, per provider and tier. */
export function feeSketch(data: DecisionData, count: Count) {
	const { hoursPerMonth, providers } = data.prices;
	return providers.flatMap((provider) =>
		provider.prices.map((price) => ({
			provider: provider.name,
			tier: price.tier,
			perMonth: price.perHour * hoursPerMonth,
			total: {
				min: price.perHour * hoursPerMonth * count.min,
				max: count.max === undefined ? undefined : price.perHour * hoursPerMonth * count.max,
			},
			conditions: price.conditions,
			source: price.source,
			checked: price.checked,
		})),
	);
}
