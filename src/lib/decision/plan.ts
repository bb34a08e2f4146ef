/**
 * Turns answers into a plan: groups of clusters, how many of each, and the layers inside them.
 * Pure and generic: every decision comes from the rules in content/decision/rules.yaml; this
 * module only applies them. Answers may come straight from a URL, so every lookup keyed by an
 * answer is an own-property check.
 *
 * Conditions are three-valued: an answer of “I'm not sure”, or a relevant question left
 * unanswered, makes a condition possible (MAYBE) rather than true or false, and the parts it
 * brings are conditional.
 */
import {
	own,
	references,
	MAYBE,
	NO,
	YES,
	type AnswerState,
	type Resolved,
	type Tri,
} from './condition.ts';
import type { Counted } from '../data/decision.ts';
import type { Answers, DecisionData, Group, Question, Rule, Split } from './types.ts';
import { evaluate, resolve } from './resolve.ts';

export { MAYBE, NO, YES };
export type { AnswerState, Resolved, Tri };

export interface RuleResult {
	rule: Rule;
	when: Tri;
	within: Tri;
	/** Whether the rule applies: both its requirement and its capacity conditions hold. */
	status: Tri;
}

export interface GroupResult {
	group: Group;
	status: Tri;
	/** The rules that brought it in; empty for the shared clusters everyone starts on. */
	rules: Rule[];
	/** A group present for certain that makes this one unnecessary. */
	coveredBy?: Group | undefined;
	/** `status` is lowered to the group's; `own` is the split rule's, as if the group applies. */
	splits: { split: Split; rule: Rule; status: Tri; own: Tri }[];
	layers: LayerResult[];
}

export interface LayerResult {
	part: string;
	rule: Rule;
	status: Tri;
	/** The part or group that makes this layer unnecessary here. */
	coveredBy?: { kind: 'part' | 'group'; id: string } | undefined;
}

export interface PartResult {
	id: string;
	status: Tri;
	/** The rules that put it in the plan. */
	rules: Rule[];
}

export interface Plan {
	state: Resolved;
	rules: Map<string, RuleResult>;
	/** Every group some rule could bring in, present or not. */
	groups: GroupResult[];
	/** The options in the plan, main part first, firm ones before conditional ones. */
	parts: PartResult[];
	notes: RuleResult[];
}

interface Lookup {
	rules: Map<string, Rule>;
	splits: Map<string, Split>;
	/** Main-part order first, then the options' order. */
	rank: Map<string, number>;
}

/** Lookups built once per data set: the property tests build hundreds of thousands of plans. */
const lookups = new WeakMap<DecisionData, Lookup>();

function lookup(data: DecisionData): Lookup {
	let known = lookups.get(data);
	if (!known) {
		const order = data.options.map((option) => option.id);
		const rankOf = (id: string) => {
			const index = data.mainOrder.indexOf(id);
			return index === -1 ? data.mainOrder.length + order.indexOf(id) : index;
		};
		known = {
			rules: new Map(data.rules.map((rule) => [rule.id, rule])),
			splits: new Map(data.splits.map((split) => [split.id, split])),
			rank: new Map(order.map((id) => [id, rankOf(id)])),
		};
		lookups.set(data, known);
	}
	return known;
}

export function rulesById(
	data: DecisionData,
	state: Resolved,
	wanted: readonly Rule[] = data.rules,
): Map<string, RuleResult> {
	const results = new Map<string, RuleResult>();
	const byId = lookup(data).rules;
	const statusOf = (id: string): Tri => {
		const known = results.get(id);
		if (known) return known.status;
		const rule = byId.get(id);
		if (!rule) return NO;
		// The data is checked for circular rules; this placeholder only guards tampered data.
		results.set(id, { rule, when: NO, within: NO, status: NO });
		const when = evaluate(rule.when, state, statusOf, data.questions);
		const within = rule.within ? evaluate(rule.within, state, statusOf, data.questions) : YES;
		const result: RuleResult = { rule, when, within, status: Math.min(when, within) as Tri };
		results.set(id, result);
		return result.status;
	};
	for (const rule of wanted) statusOf(rule.id);
	return results;
}

/**
 * The groups of clusters the rules bring in, with their splits and layers, and which group or
 * part covers which. `rules` may hold only the group and split rules, as for a count.
 */
function groupResults(
	data: DecisionData,
	rules: Map<string, RuleResult>,
): Map<string, GroupResult> {
	const groups = new Map<string, GroupResult>(
		data.groups.map((group) => [
			group.id,
			{ group, status: group.id === 'shared' ? YES : NO, rules: [], splits: [], layers: [] },
		]),
	);
	for (const { rule, status } of rules.values()) {
		if (status === NO || 'note' in rule) continue;
		if ('group' in rule) {
			const group = groups.get(rule.group);
			if (group) {
				group.status = Math.max(group.status, status) as Tri;
				group.rules.push(rule);
			}
		} else if ('split' in rule) {
			const split = lookup(data).splits.get(rule.split.id);
			for (const id of rule.split.in)
				if (split) groups.get(id)?.splits.push({ split, rule, status, own: status });
		} else if ('layer' in rule) {
			for (const id of rule.layer.in)
				groups.get(id)?.layers.push({ part: rule.layer.part, rule, status });
		}
	}
	for (const result of groups.values()) {
		// Only a group that is certain replaces another; a conditional one is shown beside it, and
		// the cluster count tries both ways.
		const cover = result.group.coveredBy
			.map((id) => groups.get(id))
			.find((other) => other?.status === YES)?.group;
		// A split in keptBy that certainly applies keeps the group; one that may apply keeps it as
		// possible (the sites, while the locations are open), so the words show what the count has.
		const kept = Math.max(
			NO,
			...result.splits
				.filter(({ split }) => result.group.keptBy.includes(split.id))
				.map(({ status }) => status),
		) as Tri;
		if (cover && kept === MAYBE) result.status = Math.min(result.status, MAYBE) as Tri;
		result.coveredBy = kept === NO ? cover : undefined;
		for (const split of result.splits) split.status = Math.min(split.status, result.status) as Tri;
		for (const layer of result.layers) {
			layer.status = Math.min(layer.status, result.status) as Tri;
			if (result.coveredBy) {
				layer.coveredBy = { kind: 'group', id: result.coveredBy.id };
				continue;
			}
			const better = own(data.parts, layer.part)?.coveredBy ?? [];
			const cover = result.layers.find(
				(other) => other.status === YES && better.includes(other.part),
			);
			if (cover) layer.coveredBy = { kind: 'part', id: cover.part };
		}
	}

	return groups;
}

export function buildPlan(data: DecisionData, answers: Answers): Plan {
	const state = resolve(data, answers);
	const rules = rulesById(data, state);
	const groups = groupResults(data, rules);
	const notes: RuleResult[] = [];
	for (const result of rules.values())
		if ('note' in result.rule && result.status > NO) notes.push(result);
	const parts = new Map<string, PartResult>();
	const add = (id: string | undefined, status: Tri, rule: Rule | undefined) => {
		if (id === undefined || status === NO) return;
		const part = parts.get(id) ?? { id, status: NO, rules: [] };
		part.status = Math.max(part.status, status) as Tri;
		if (rule && !part.rules.includes(rule)) part.rules.push(rule);
		parts.set(id, part);
	};
	for (const result of groups.values()) {
		if (result.status === NO || result.coveredBy) continue;
		for (const rule of result.rules)
			add(
				result.group.part,
				Math.min(result.status, rules.get(rule.id)?.status ?? NO) as Tri,
				rule,
			);
		for (const { rule, status } of result.splits) if ('part' in rule) add(rule.part, status, rule);
		for (const layer of result.layers)
			if (!layer.coveredBy) add(layer.part, layer.status, layer.rule);
	}
	const ranks = lookup(data).rank;
	const rank = (id: string) => ranks.get(id) ?? ranks.size;
	const sorted = [...parts.values()].sort((a, b) => b.status - a.status || rank(a.id) - rank(b.id));
	return { state, rules, groups: [...groups.values()], parts: sorted, notes };
}

/** A count or a range of clusters; `max` undefined means “or more”. */
export interface Count {
	min: number;
	max: number | undefined;
}

const times = (a: Count, b: Count): Count => ({
	min: a.min * b.min,
	max: a.max === undefined || b.max === undefined ? undefined : a.max * b.max,
});
const plus = (a: Count, b: Count): Count => ({
	min: a.min + b.min,
	max: a.max === undefined || b.max === undefined ? undefined : a.max + b.max,
});
const toCount = (value: number | [number, number | null]): Count =>
	typeof value === 'number'
		? { min: value, max: value }
		: { min: value[0], max: value[1] ?? undefined };

/** A count that may depend on an answer: the tenants, regions or sites the reader gave. */
export function resolveCount(spec: Counted, state: Resolved, questions: Question[]): Count {
	if (typeof spec === 'number' || Array.isArray(spec)) return toCount(spec);
	const answer = own(state, spec.byAnswer);
	if (
		answer?.kind === 'given' &&
		Object.hasOwn(spec, answer.value) &&
		answer.value !== 'byAnswer'
	) {
		return toCount(spec[answer.value] as number | [number, number | null]);
	}
	if (answer?.kind === 'unknown') {
		// Unknown: every answer the quiz offers is possible, so the count spans their counts.
		const ranges = (questions.find((question) => question.id === spec.byAnswer)?.answers ?? [])
			.filter((candidate) => !candidate.legacy && Object.hasOwn(spec, candidate.value))
			.map((candidate) => toCount(spec[candidate.value] as number | [number, number | null]));
		if (ranges.length > 0) {
			const maxima = ranges.map((range) => range.max);
			return {
				min: Math.min(...ranges.map((range) => range.min)),
				max: maxima.every((max) => max !== undefined) ? Math.max(...maxima) : undefined,
			};
		}
	}
	return toCount(spec.otherwise);
}

/** The base count of a group's clusters, which may depend on an answer (the tenant count). */
export function baseCount(group: Group, state: Resolved, questions: Question[]): Count {
	return resolveCount(group.count, state, questions);
}

/** How many clusters a group has when every one of its conditions is settled. */
export function groupCount(result: GroupResult, state: Resolved, questions: Question[]): Count {
	let count = baseCount(result.group, state, questions);
	const applied = new Set<string>();
	for (const { split, status } of result.splits) {
		if (status !== YES || applied.has(split.id)) continue;
		applied.add(split.id);
		count = times(count, resolveCount(split.factor, state, questions));
	}
	return count;
}

/** What a count reads of a plan: the answers, and the groups with their splits. */
type Counting = Pick<Plan, 'state' | 'groups'>;

/** The rules that bring in groups or split them: all a count needs to evaluate. */
const countingRulesCache = new WeakMap<DecisionData, Rule[]>();

/**
 * The groups a plan would have for these answers, without its layers, parts and notes: a count
 * over many combinations of unknown answers evaluates a third of the rules this way.
 */
function countingPlan(data: DecisionData, answers: Answers): Counting {
	let wanted = countingRulesCache.get(data);
	if (!wanted) {
		wanted = data.rules.filter((rule) => 'group' in rule || 'split' in rule);
		countingRulesCache.set(data, wanted);
	}
	const state = resolve(data, answers);
	return { state, groups: [...groupResults(data, rulesById(data, state, wanted)).values()] };
}

/** The clusters of a plan whose conditions are all settled. */
function settledCount(plan: Counting, questions: Question[], which: Which = 'all'): Count {
	let total: Count = { min: 0, max: 0 };
	for (const result of plan.groups) {
		if (result.status !== YES || result.coveredBy) continue;
		if (which !== 'all' && selfManaged(result) !== (which === 'self-managed')) continue;
		total = plus(total, groupCount(result, plan.state, questions));
	}
	return total;
}

/** All clusters, or only those a provider manages (and bills), or only those you run yourself. */
export type Which = 'all' | 'managed' | 'self-managed';

/** Whether a group's clusters are run by the reader (at the sites) rather than a provider. */
const selfManaged = (result: GroupResult) =>
	result.splits.some(({ split, status }) => status === YES && split.selfManaged === true);

/** The answers each rule reads, its own and those of the rules it refers to. */
const readsOf = new WeakMap<Rule, Set<string>>();

function reads(data: DecisionData, rule: Rule, seen = new Set<string>()): Set<string> {
	const known = readsOf.get(rule);
	if (known) return known;
	const found = new Set<string>();
	seen.add(rule.id);
	for (const condition of [rule.when, rule.within])
		for (const reference of condition ? references(condition) : []) {
			if (reference.kind === 'answer') found.add(reference.question);
			else {
				const other = lookup(data).rules.get(reference.rule);
				if (other && !seen.has(other.id)) for (const id of reads(data, other, seen)) found.add(id);
			}
		}
	readsOf.set(rule, found);
	return found;
}

/**
 * The questions whose answer can change how many clusters there are: those that group and
 * split rules read, and those that count a group or a split.
 */
const countingCache = new WeakMap<DecisionData, Set<string>>();

export function countingQuestions(data: DecisionData): Set<string> {
	let ids = countingCache.get(data);
	if (!ids) {
		ids = new Set<string>();
		for (const rule of data.rules)
			if ('group' in rule || 'split' in rule) for (const id of reads(data, rule)) ids.add(id);
		for (const count of [
			...data.groups.map((group) => group.count),
			...data.splits.map((split) => split.factor),
		])
			if (typeof count === 'object' && !Array.isArray(count)) ids.add(count.byAnswer);
		countingCache.set(data, ids);
	}
	return ids;
}

/**
 * The unknown answers that can change how many clusters there are: those read by a group or
 * split rule that may or may not apply. A rule that is certain stays so whatever they turn out
 * to be, and an unknown count (of tenants or regions) is already a range.
 */
function countingUnknowns(data: DecisionData, plan: Plan): Question[] {
	const ids = new Set<string>();
	for (const { rule, status } of plan.rules.values())
		if (status === MAYBE && ('group' in rule || 'split' in rule))
			for (const id of reads(data, rule)) ids.add(id);
	return data.questions.filter(
		(question) => ids.has(question.id) && plan.state[question.id]?.kind === 'unknown',
	);
}

/** Beyond this many combinations of unknown answers, the count is estimated, not enumerated. */
const MAX_SCENARIOS = 1024;

/**
 * How many clusters the plan needs. With unknown answers, every combination of their possible
 * values is tried and the range covers them all.
 */
export function clusterCount(
	data: DecisionData,
	answers: Answers,
	plan: Plan = buildPlan(data, answers),
	cap = MAX_SCENARIOS,
	which: Which = 'all',
): Count {
	const unknown = countingUnknowns(data, plan);
	if (unknown.length === 0) return settledCount(plan, data.questions, which);
	const choices = unknown.map((question) =>
		question.answers
			.filter((answer) => !answer.unsure && !answer.legacy)
			.map((answer) => answer.value),
	);
	const scenarios = choices.reduce((product, values) => product * values.length, 1);
	if (scenarios > cap) {
		// Too many to try: the settled clusters, up to every conditional one.
		let max: Count = { min: 0, max: 0 };
		for (const result of plan.groups) {
			if (result.status === NO || result.coveredBy) continue;
			if (which !== 'all' && selfManaged(result) !== (which === 'self-managed')) continue;
			let count = baseCount(result.group, plan.state, data.questions);
			for (const { split, status } of result.splits)
				if (status > NO)
					count = times(count, resolveCount(split.factor, plan.state, data.questions));
			max = plus(max, count);
		}
		const least = settledCount(plan, data.questions, which).min;
		return { min: which === 'all' ? Math.max(1, least) : least, max: max.max };
	}
	let min = Infinity;
	let max: number | undefined = 0;
	for (const scenario of scenarioPlans(data, answers, plan, unknown, choices)) {
		const count = settledCount(scenario, data.questions, which);
		min = Math.min(min, count.min);
		max = max === undefined || count.max === undefined ? undefined : Math.max(max, count.max);
	}
	return { min, max };
}

/**
 * The plan for every combination of the unknown answers' values. Kept per plan, because one page
 * counts the same plan's clusters several times (all of them, then self-managed and managed).
 */
const scenarioCache = new WeakMap<Plan, Counting[]>();

function scenarioPlans(
	data: DecisionData,
	answers: Answers,
	plan: Plan,
	unknown: Question[],
	choices: string[][],
): Counting[] {
	const cached = scenarioCache.get(plan);
	if (cached) return cached;
	const plans: Counting[] = [];
	const chosen: Record<string, string> = { ...answers };
	const visit = (index: number) => {
		if (index === unknown.length) {
			plans.push(countingPlan(data, chosen));
			return;
		}
		const question = unknown[index];
		for (const value of choices[index] ?? []) {
			if (question) chosen[question.id] = value;
			visit(index + 1);
		}
	};
	visit(0);
	scenarioCache.set(plan, plans);
	return plans;
}

/** “4”, “2-4”, or “11+” when there is no upper bound. */
export function formatCount(count: Count): string {
	if (count.max === undefined) return `${count.min}+`;
	return count.min === count.max ? String(count.min) : `${count.min}-${count.max}`;
}

/** The groups of clusters actually in the plan (possibly conditional), in data order. */
export function presentGroups(plan: Plan): GroupResult[] {
	return plan.groups.filter((result) => result.status > NO && !result.coveredBy);
}
