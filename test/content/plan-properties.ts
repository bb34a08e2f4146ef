/**
 * What experts insist on, checked over every combination of answers the quiz can produce. Each
 * property looks only at the plan that comes out (its groups of clusters, their splits and
 * layers, and the count), never at the rules that made it, so a broken or missing rule fails.
 *
 * The space is split by the first answer; plan-properties.test.ts checks the slices in parallel.
 */
import { loadGuideData } from '../../src/lib/data/load.ts';
import { explainPlan } from '../../src/lib/decision/explain.ts';
import {
	buildPlan,
	clusterCount,
	groupCount,
	presentGroups,
	NO,
	YES,
	type GroupResult,
	type Plan,
} from '../../src/lib/decision/plan.ts';
import { evaluate, resolve } from '../../src/lib/decision/resolve.ts';
import type { Answers } from '../../src/lib/decision/types.ts';
import { answerSpace, sampleSpace } from '../answer-space.ts';

const { decision } = loadGuideData();

interface Property {
	name: string;
	/** Returns a reason when the plan breaks the property for these answers. */
	check: (answers: Answers, plan: Plan) => string | undefined;
}

const firmGroups = (plan: Plan) => presentGroups(plan).filter((group) => group.status === YES);
const group = (plan: Plan, id: string) =>
	firmGroups(plan).find((candidate) => candidate.group.id === id);
/** `orMaybe`: a conditional part counts too (it depends on an answer the reader left unsure). */
const hasPart = (plan: Plan, id: string, orMaybe = false) =>
	plan.parts.some(
		(part) => part.id === id && (part.status === YES || (orMaybe && part.status > NO)),
	);
const hasLayer = (result: GroupResult, part: string, orMaybe = false) =>
	result.layers.some(
		(layer) =>
			layer.part === part &&
			(layer.status === YES || (orMaybe && layer.status > NO)) &&
			!layer.coveredBy,
	);
const possibly = (plan: Plan, id: string) =>
	presentGroups(plan).some((candidate) => candidate.group.id === id);
const hasSplit = (result: GroupResult, split: string) =>
	result.splits.some((candidate) => candidate.split.id === split && candidate.status === YES);
const is = (answers: Answers, question: string, ...values: string[]) =>
	Object.hasOwn(answers, question) && values.includes(answers[question]!);
/** Sites keep their own clusters: a tenant's CRDs and version are agreed with the platform there. */
const atSites = (answers: Answers) => is(answers, 'regions', 'sites');
const siteWarning = (_answers: Answers, plan: Plan) =>
	plan.notes.some((note) => note.rule.id === 'tenant-control-planes-at-sites')
		? undefined
		: 'tenants at the sites need their own control plane, and nothing says so';
const multiTenant = (answers: Answers) =>
	is(answers, 'tenants', 'internal-teams', 'external-customers');
const settledCount = (answers: Answers, plan: Plan) => {
	const unsure = Object.values(answers).includes('unsure');
	return unsure ? undefined : clusterCount(decision, answers, plan);
};
/** The groups that run tenants' ordinary workloads on shared nodes. */
const workloadGroups = (plan: Plan) =>
	firmGroups(plan).filter((result) => ['shared', 'nonprod'].includes(result.group.id));
/** The fewest regions an answer to `regions` stands for. */
const fewestRegions = (answers: Answers) =>
	is(answers, 'regions', 'three-to-five')
		? 3
		: is(answers, 'regions', 'six-or-more')
			? 6
			: is(answers, 'regions', 'two', 'several')
				? 2
				: 1;

/** With a dedicated tier, the tenants that hold back their version are the tier's clusters. */
const versionsInTier = (answers: Answers, plan: Plan) =>
	is(answers, 'tenancy-model', 'tiered-few', 'tiered-some') &&
	is(answers, 'cluster-scoped', 'versions', 'both') &&
	hasPart(plan, 'dedicated-tier');

export const PROPERTIES: Property[] = [
	{
		// The walk follows nextQuestion, as the quiz does; this checks it against the askIf
		// conditions themselves, read independently through resolve and evaluate.
		name: 'the quiz asks exactly the questions that earlier answers make relevant',
		check(answers) {
			const state = resolve(decision, answers);
			for (const question of decision.questions) {
				const relevant = question.askIf
					? evaluate(question.askIf, state, undefined, decision.questions)
					: YES;
				const asked = Object.hasOwn(answers, question.id);
				if (asked && relevant !== YES) return `asked ${question.id}, which is not relevant`;
				if (!asked && relevant === YES) return `never asked ${question.id}, which is relevant`;
			}
			return undefined;
		},
	},
	{
		name: 'untrusted code never runs on namespaces alone: a sandboxed node pool wherever it runs, or a cluster of its own',
		check(answers, plan) {
			if (!is(answers, 'untrusted-code', 'yes', 'all')) return undefined;
			const bare = workloadGroups(plan).filter((result) => !hasLayer(result, 'dedicated-nodes'));
			return bare.length > 0
				? `no sandboxed nodes in: ${bare.map((result) => result.group.id).join(', ')}`
				: undefined;
		},
	},
	{
		name: 'a strictly regulated scope gets clusters of its own, and the other tenants keep shared clusters',
		check(answers, plan) {
			if (!is(answers, 'compliance', 'strict')) return undefined;
			if (!group(plan, 'scope') && !group(plan, 'tenants'))
				return 'no cluster for the regulated scope';
			if (!group(plan, 'tenants') && !group(plan, 'shared'))
				return 'the other tenants lost their shared clusters';
			return undefined;
		},
	},
	{
		name: 'a cluster per tenant only when every tenant is its own scope or tenants need their own control plane',
		check(answers, plan) {
			if (!hasPart(plan, 'cluster-per-tenant')) return undefined;
			const needsOwn =
				is(answers, 'compliance', 'strict-each') ||
				is(answers, 'tenancy-model', 'cluster-each') ||
				(multiTenant(answers) &&
					(is(answers, 'cluster-scoped', 'yes', 'versions', 'both') ||
						(is(answers, 'tenants', 'external-customers') && is(answers, 'api-access', 'yes'))));
			return needsOwn ? undefined : 'a fleet of clusters per tenant without a reason for one';
		},
	},
	{
		name: 'several regions: the shared and regulated clusters in every region, as many as the regions given',
		check(answers, plan) {
			const regions = fewestRegions(answers);
			if (regions === 1) return undefined;
			for (const result of firmGroups(plan).filter((candidate) =>
				['shared', 'scope'].includes(candidate.group.id),
			)) {
				if (!hasSplit(result, 'regions'))
					return `${result.group.id} clusters are not in every region`;
				const count = groupCount(result, plan.state, decision.questions);
				const perRegion = is(answers, 'environments', 'separate-prod') ? 2 : 1;
				if (count.min < regions * perRegion)
					return `${result.group.id}: ${count.min} clusters for ${regions} regions`;
			}
			const nonprod = group(plan, 'nonprod');
			if (
				nonprod &&
				is(answers, 'environments', 'separate-prod-central') &&
				hasSplit(nonprod, 'regions')
			)
				return 'central non-production was doubled per region';
			return undefined;
		},
	},
	{
		name: 'production apart: production never shares its cluster, and non-production lives where the reader said',
		check(answers, plan) {
			if (!is(answers, 'environments', 'separate-prod', 'separate-prod-central')) return undefined;
			const shared = group(plan, 'shared');
			// A conditional non-production cluster is enough where the alternative is clusters per
			// tenant with their own (an unsure answer may make every tenant its own regulated scope).
			const nonprod =
				group(plan, 'nonprod') || (possibly(plan, 'nonprod') && possibly(plan, 'tenants'));
			if (shared && !hasSplit(shared, 'environments') && !nonprod)
				return 'production shares its cluster';
			const count = settledCount(answers, plan);
			if (count && count.min < 2) return `${count.min} cluster with production apart`;
			if (
				is(answers, 'environments', 'separate-prod-central') &&
				fewestRegions(answers) > 1 &&
				shared &&
				hasSplit(shared, 'environments')
			)
				return 'non-production doubled in every region though it was to live in one place';
			return undefined;
		},
	},
	{
		name: 'a regulated scope keeps its pre-production to itself',
		check(answers, plan) {
			if (!is(answers, 'environments', 'separate-prod', 'separate-prod-central')) return undefined;
			const scope = group(plan, 'scope');
			// Beside it in each place, or one of its own for every region.
			if (scope && !hasSplit(scope, 'environments') && !group(plan, 'scope-nonprod'))
				return 'the scope has no pre-production of its own';
			if (scope && hasSplit(scope, 'environments') && group(plan, 'scope-nonprod'))
				return 'the scope has pre-production twice';
			const tenants = group(plan, 'tenants');
			if (
				tenants &&
				is(answers, 'compliance', 'strict-each') &&
				multiTenant(answers) &&
				!hasSplit(tenants, 'environments') &&
				!group(plan, 'tenant-nonprod')
			)
				return 'tenants that are each a regulated scope share one non-production cluster';
			if (tenants && hasSplit(tenants, 'environments') && group(plan, 'tenant-nonprod'))
				return "tenants' pre-production is counted twice";
			return undefined;
		},
	},
	{
		name: 'external customers who use the API never share an API server without a virtual or real control plane of their own',
		check(answers, plan) {
			if (!is(answers, 'tenants', 'external-customers') || !is(answers, 'api-access', 'yes'))
				return undefined;
			if (possibly(plan, 'tenants')) return undefined;
			// Site clusters keep one API server; the plan warns to keep customers off it.
			if (atSites(answers)) return siteWarning(answers, plan);
			// With an unsure answer, a real or a virtual control plane may each be conditional.
			const bare = workloadGroups(plan).filter(
				(result) => !hasLayer(result, 'virtual-clusters', true),
			);
			if (bare.length > 0)
				return `customers share an API server in: ${bare.map((result) => result.group.id).join(', ')}`;
			// Customers who create pods through the API run images nobody reviewed.
			const unsandboxed = workloadGroups(plan).filter(
				(result) => !hasLayer(result, 'dedicated-nodes', true),
			);
			if (unsandboxed.length > 0)
				return `customers' pods share ordinary nodes in: ${unsandboxed.map((result) => result.group.id).join(', ')}`;
			return undefined;
		},
	},
	{
		name: 'own CRDs, webhooks or Kubernetes versions get a control plane of their own; two or three such tenants get real clusters',
		check(answers, plan) {
			if (!multiTenant(answers) || !is(answers, 'cluster-scoped', 'yes', 'versions', 'both'))
				return undefined;
			if (atSites(answers)) return siteWarning(answers, plan);
			if (versionsInTier(answers, plan)) return undefined;
			if (!hasPart(plan, 'cluster-per-tenant', true) && !hasPart(plan, 'virtual-clusters', true))
				return 'tenants share one control plane';
			if (
				is(answers, 'tenant-count', 'two-or-three') &&
				!is(answers, 'budget', 'tight') &&
				// With the tenancy model unsure, the tenants may be a dedicated tier instead.
				!hasPart(plan, 'cluster-per-tenant', is(answers, 'tenancy-model', 'unsure'))
			) {
				return 'two or three tenants without real clusters';
			}
			return undefined;
		},
	},
	{
		name: 'tenants who hold back the Kubernetes version get real clusters, never only a virtual control plane',
		check(answers, plan) {
			if (!multiTenant(answers) || !is(answers, 'cluster-scoped', 'versions', 'both'))
				return undefined;
			if (atSites(answers)) return siteWarning(answers, plan);
			if (versionsInTier(answers, plan)) return undefined;
			// With the tenancy model unsure, the tenants may be a dedicated tier instead.
			const unsure = is(answers, 'tenancy-model', 'unsure');
			return hasPart(plan, 'cluster-per-tenant', unsure) ? undefined : 'no real cluster per tenant';
		},
	},
	{
		name: 'privileged or host-level workloads get nodes apart in every shared cluster, never only a virtual control plane',
		check(answers, plan) {
			if (!is(answers, 'node-level', 'privileged')) return undefined;
			const bare = workloadGroups(plan).filter((result) => !hasLayer(result, 'dedicated-nodes'));
			return bare.length > 0
				? `privileged workloads on shared nodes in: ${bare.map((result) => result.group.id).join(', ')}`
				: undefined;
		},
	},
	{
		name: 'tenants with their own CNI, CSI or node software get clusters of their own',
		check(answers, plan) {
			if (!is(answers, 'node-level', 'own-node-software')) return undefined;
			return group(plan, 'tier') || group(plan, 'tenants')
				? undefined
				: 'no cluster of their own for node software';
		},
	},
	{
		name: 'a tiered model keeps the shared clusters and adds clusters for the few',
		check(answers, plan) {
			if (!is(answers, 'tenancy-model', 'tiered-few', 'tiered-some')) return undefined;
			if (group(plan, 'tenants')) return undefined;
			if (!group(plan, 'tier')) return 'no dedicated clusters for the tier';
			if (!group(plan, 'shared')) return 'the shared clusters are gone';
			const tier = group(plan, 'tier')!;
			const count = groupCount(tier, plan.state, decision.questions);
			const expected = is(answers, 'tenancy-model', 'tiered-few') ? [1, 3] : [4, 10];
			const regions = hasSplit(tier, 'tenant-regions');
			// Tenants that hold back their version or run their own node software rehearse on
			// clusters of their own: beside each production cluster, unless non-production is
			// central across regions (tier-nonprod).
			const pinned =
				(is(answers, 'cluster-scoped', 'versions', 'both') ||
					is(answers, 'node-level', 'own-node-software')) &&
				(is(answers, 'environments', 'separate-prod') ||
					(is(answers, 'environments', 'separate-prod-central') &&
						is(answers, 'regions', 'one', 'sites')));
			const factor = pinned ? 2 : 1;
			return count.min === (expected[0] ?? 0) * factor &&
				(regions || count.max === (expected[1] ?? 0) * factor)
				? undefined
				: `the tier counts ${count.min}-${count.max ?? '∞'}`;
		},
	},
	{
		name: 'customers pooled in one application get no control planes or clusters per customer',
		check(answers, plan) {
			if (!is(answers, 'tenancy-model', 'pooled') || is(answers, 'compliance', 'strict-each'))
				return undefined;
			return hasPart(plan, 'cluster-per-tenant') || hasPart(plan, 'virtual-clusters')
				? 'per-customer control planes for pooled customers'
				: undefined;
		},
	},
	{
		name: 'guaranteed performance or special hardware: dedicated node pools inside every cluster of the plan',
		check(answers, plan) {
			if (!is(answers, 'performance', 'isolated', 'isolated-all')) return undefined;
			const bare = firmGroups(plan).filter(
				(result) =>
					!hasLayer(result, 'dedicated-nodes') &&
					!(
						// A tenant's own clusters are its own pool.
						result.group.serves !== undefined && is(answers, 'performance', 'isolated-all')
					),
			);
			return bare.length > 0
				? `no dedicated node pools in: ${bare.map((result) => result.group.id).join(', ')}`
				: undefined;
		},
	},
	{
		name: 'several teams using the API: hardened namespaces in every shared cluster',
		check(answers, plan) {
			if (!is(answers, 'tenants', 'internal-teams') || !is(answers, 'api-access', 'yes'))
				return undefined;
			const bare = workloadGroups(plan).filter(
				(result) => !hasLayer(result, 'hardened-namespaces'),
			);
			return bare.length > 0
				? `no hardened namespaces in: ${bare.map((result) => result.group.id).join(', ')}`
				: undefined;
		},
	},
	{
		name: 'every cluster has a namespace baseline (which includes default-deny network policy)',
		check(_answers, plan) {
			const bare = firmGroups(plan).filter(
				(result) => !hasLayer(result, 'namespaces') && !hasLayer(result, 'hardened-namespaces'),
			);
			return bare.length > 0
				? `no namespace baseline in: ${bare.map((result) => result.group.id).join(', ')}`
				: undefined;
		},
	},
	{
		name: 'one team never gets clusters or control planes per tenant',
		check(answers, plan) {
			if (!is(answers, 'tenants', 'single-team')) return undefined;
			return hasPart(plan, 'cluster-per-tenant') ||
				hasPart(plan, 'virtual-clusters') ||
				hasPart(plan, 'dedicated-tier')
				? 'per-tenant isolation for a single team'
				: undefined;
		},
	},
	{
		name: 'a limit that swaps real clusters for virtual control planes says so, and names the alternative',
		check(answers, plan) {
			if (!hasPart(plan, 'virtual-clusters')) return undefined;
			const relaxed = buildPlan(decision, { ...answers, ops: 'platform-team', budget: 'flexible' });
			if (!hasPart(relaxed, 'cluster-per-tenant') || hasPart(plan, 'cluster-per-tenant'))
				return undefined;
			const warned = plan.notes.some(
				(note) => note.rule.id === 'virtual-instead-of-clusters' && note.status === YES,
			);
			return warned ? undefined : 'virtual control planes replaced clusters without a warning';
		},
	},
	{
		name: 'sandboxed workloads that may need GPUs come with the runtime caveat',
		check(answers, plan) {
			if (!is(answers, 'performance', 'isolated', 'isolated-all')) return undefined;
			if (!is(answers, 'untrusted-code', 'yes', 'all')) return undefined;
			return plan.notes.some((note) => note.rule.id === 'sandboxed-gpus' && note.status === YES)
				? undefined
				: 'sandboxed GPU workloads without the caveat';
		},
	},
	{
		name: 'every plan has at least one cluster and a main part',
		check(answers, plan) {
			if (plan.parts.length === 0 || plan.parts[0]!.status !== YES) return 'no firm main part';
			const count = settledCount(answers, plan);
			return count && count.min < 1 ? 'no cluster' : undefined;
		},
	},
];

/** Limits change how a need is met, never whether: the parts that meet a need stay. */
const NEEDS = [
	'dedicated-tier',
	'dedicated-nodes',
	'hardened-namespaces',
	'cluster-per-scope',
	'regional-clusters',
	'cluster-per-site',
	'cluster-per-environment',
];

/** What the plan page says about itself never contradicts itself (checked on a subsample). */
export function pageContradictions(answers: Answers): string | undefined {
	const view = explainPlan(decision, answers);
	const reasons = new Set(
		view.parts
			.flatMap((part) => part.reasons.flatMap((reason) => reason.answers))
			.map((ref) => ref.question.id),
	);
	const both = view.unchanged.filter((ref) => reasons.has(ref.question.id));
	if (both.length > 0)
		return `${both.map((ref) => ref.question.id).join(', ')} is a reason and also “changed nothing”`;
	for (const absence of view.absent) {
		if (absence.kind !== 'limit') continue;
		if (absence.limits.length === 0) return `${absence.option.id} exceeds a limit nobody gave`;
		const within = absence.rule.within;
		const named = absence.limits.flat().map((ref) => ref.question.id);
		const capacity = within ? JSON.stringify(within) : '';
		const stray = named.filter((id) => !capacity.includes(`"question":"${id}"`));
		if (stray.length > 0) return `${absence.option.id}'s limit names ${stray.join(', ')}`;
	}
	return undefined;
}

export interface SweepResult {
	/** The first answer this slice starts with. */
	first: string;
	combinations: number;
	/** Whether every combination was checked, or a seeded sample. */
	exhaustive: boolean;
	/** The most questions any path asked. */
	longest: number;
	/** Answers (question=value) that no checked combination gave. */
	unseen: string[];
	/** Per property, the first few answer sets that break it. */
	violations: Record<string, string[]>;
	limitViolations: string[];
	/** Plans whose page contradicts itself, from every `PAGE_EVERY`th combination. */
	contradictions: string[];
	pagesChecked: number;
}

const asQuery = (answers: Answers) =>
	new URLSearchParams(answers as Record<string, string>).toString();

/** Slices up to this size are checked whole; larger ones by a seeded sample of this many walks. */
export const SAMPLE = 40_000;
const PAGE_EVERY = 40;

/** Checks every property on the combinations of answers that start with this first answer. */
export function sweep(first: string, seed = 20261203): SweepResult {
	const firstQuestion = decision.questions[0]?.id ?? '';
	const fixed = { [firstQuestion]: first };
	// Count the slice up to the sample size: small slices are enumerated, large ones sampled.
	let size = 0;
	for (const _ of answerSpace(decision, fixed)) if (++size > SAMPLE) break;
	const exhaustive = size <= SAMPLE;
	const space = exhaustive
		? answerSpace(decision, fixed)
		: sampleSpace(decision, fixed, SAMPLE, seed);

	const violations: Record<string, string[]> = Object.fromEntries(
		PROPERTIES.map((property) => [property.name, []]),
	);
	const limitViolations: string[] = [];
	const contradictions: string[] = [];
	const seen = new Set<string>();
	let combinations = 0;
	let longest = 0;
	let pagesChecked = 0;
	for (const answers of space) {
		combinations += 1;
		longest = Math.max(longest, Object.keys(answers).length);
		for (const [key, value] of Object.entries(answers)) seen.add(`${key}=${value}`);
		const plan = buildPlan(decision, answers);
		for (const property of PROPERTIES) {
			const list = violations[property.name]!;
			if (list.length >= 3) continue;
			const reason = property.check(answers, plan);
			if (reason) list.push(`${asQuery(answers)}: ${reason}`);
		}
		if (limitViolations.length < 3 && is(answers, 'ops', 'small')) {
			const relaxed = buildPlan(decision, { ...answers, ops: 'platform-team', budget: 'flexible' });
			const lost = NEEDS.filter((need) => hasPart(relaxed, need) && !hasPart(plan, need));
			if (lost.length > 0)
				limitViolations.push(`${asQuery(answers)}: a small team lost ${lost.join(', ')}`);
		}
		if (combinations % PAGE_EVERY === 0 && contradictions.length < 3) {
			pagesChecked += 1;
			const reason = pageContradictions(answers);
			if (reason) contradictions.push(`${asQuery(answers)}: ${reason}`);
		}
	}
	// Every answer the quiz offers on this slice's paths should have been given at least once.
	const unseen = decision.questions
		.filter((question) => question.id !== firstQuestion)
		.filter((question) =>
			question.answers.some((answer) => seen.has(`${question.id}=${answer.value}`)),
		)
		.flatMap((question) =>
			question.answers
				.filter((answer) => !answer.legacy && !seen.has(`${question.id}=${answer.value}`))
				.map((answer) => `${question.id}=${answer.value}`),
		);
	return {
		first,
		combinations,
		exhaustive,
		longest,
		unseen,
		violations,
		limitViolations,
		contradictions,
		pagesChecked,
	};
}
