/**
 * What experts insist on, checked over every combination of answers the quiz can produce. Each
 * property looks only at the plan that comes out (its groups of clusters, their splits and
 * layers, and the count), never at the rules that made it, so a broken or missing rule fails.
 *
 * The space is split by the first answer; plan-properties.test.ts checks the slices in parallel.
 */
import { loadGuideData } from '../src/lib/data/load.ts';
import {
	buildPlan,
	clusterCount,
	groupCount,
	nextQuestion,
	presentGroups,
	YES,
	type GroupResult,
	type Plan,
} from '../src/lib/decision/plan.ts';
import type { Answers } from '../src/lib/decision/types.ts';
import { answerSpace } from './answer-space.ts';

const { decision } = loadGuideData();

interface Property {
	name: string;
	/** Returns a reason when the plan breaks the property for these answers. */
	check: (answers: Answers, plan: Plan) => string | undefined;
}

const firmGroups = (plan: Plan) => presentGroups(plan).filter((group) => group.status === YES);
const group = (plan: Plan, id: string) =>
	firmGroups(plan).find((candidate) => candidate.group.id === id);
const hasPart = (plan: Plan, id: string) =>
	plan.parts.some((part) => part.id === id && part.status === YES);
const hasLayer = (result: GroupResult, part: string) =>
	result.layers.some((layer) => layer.part === part && layer.status === YES && !layer.coveredBy);
const hasSplit = (result: GroupResult, split: string) =>
	result.splits.some((candidate) => candidate.split.id === split && candidate.status === YES);
const is = (answers: Answers, question: string, ...values: string[]) =>
	Object.hasOwn(answers, question) && values.includes(answers[question]!);
const multiTenant = (answers: Answers) =>
	is(answers, 'tenants', 'internal-teams', 'external-customers');
const settledCount = (answers: Answers, plan: Plan) => {
	const unsure = Object.values(answers).includes('unsure');
	return unsure ? undefined : clusterCount(decision, answers, plan);
};
/** The groups that run tenants' ordinary workloads, as opposed to a regulated scope. */
const workloadGroups = (plan: Plan) =>
	firmGroups(plan).filter((result) => ['shared', 'nonprod'].includes(result.group.id));

export const PROPERTIES: Property[] = [
	{
		// The space is enumerated from the questions' askIf; the quiz walks it with nextQuestion.
		name: 'the quiz has nothing more to ask once every relevant question is answered',
		check(answers) {
			const next = nextQuestion(decision, answers);
			return next ? `the quiz would still ask ${next.id}` : undefined;
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
				(multiTenant(answers) &&
					(is(answers, 'cluster-scoped', 'yes', 'versions') ||
						(is(answers, 'tenants', 'external-customers') && is(answers, 'api-access', 'yes'))));
			return needsOwn ? undefined : 'a fleet of clusters per tenant without a reason for one';
		},
	},
	{
		name: 'several regions: at least one cluster per region, and prod and non-prod in each when production runs apart',
		check(answers, plan) {
			if (!is(answers, 'regions', 'several')) return undefined;
			for (const result of firmGroups(plan).filter((candidate) =>
				['shared', 'scope'].includes(candidate.group.id),
			)) {
				if (!hasSplit(result, 'regions'))
					return `${result.group.id} clusters are not in every region`;
				if (
					is(answers, 'environments', 'separate-prod') &&
					groupCount(result, plan.state, decision.questions).min < 4
				) {
					return `${result.group.id}: fewer than prod and non-prod in each of two regions`;
				}
			}
			const count = settledCount(answers, plan);
			return count && count.min < 2 ? `only ${count.min} cluster for several regions` : undefined;
		},
	},
	{
		name: 'production apart: at least two clusters in every region, one of them production',
		check(answers, plan) {
			if (!is(answers, 'environments', 'separate-prod')) return undefined;
			const shared = group(plan, 'shared');
			if (shared && !hasSplit(shared, 'environments') && !group(plan, 'nonprod'))
				return 'production shares its cluster';
			const count = settledCount(answers, plan);
			const regions = is(answers, 'regions', 'several') ? 2 : 1;
			return count && count.min < 2 * regions
				? `${count.min} clusters for ${regions} region(s) with production apart`
				: undefined;
		},
	},
	{
		name: 'external customers who use the API never share an API server without a virtual or real control plane of their own',
		check(answers, plan) {
			if (!is(answers, 'tenants', 'external-customers') || !is(answers, 'api-access', 'yes'))
				return undefined;
			if (group(plan, 'tenants')) return undefined;
			const bare = workloadGroups(plan).filter((result) => !hasLayer(result, 'virtual-clusters'));
			if (bare.length > 0)
				return `customers share an API server in: ${bare.map((result) => result.group.id).join(', ')}`;
			if (
				is(answers, 'untrusted-code', 'yes', 'all') &&
				workloadGroups(plan).some((result) => !hasLayer(result, 'dedicated-nodes'))
			) {
				return 'virtual control planes for untrusted code without sandboxes or dedicated nodes';
			}
			return undefined;
		},
	},
	{
		name: 'own CRDs, webhooks or Kubernetes versions get a control plane of their own; two or three such tenants get real clusters',
		check(answers, plan) {
			if (!multiTenant(answers) || !is(answers, 'cluster-scoped', 'yes', 'versions'))
				return undefined;
			if (!hasPart(plan, 'cluster-per-tenant') && !hasPart(plan, 'virtual-clusters'))
				return 'tenants share one control plane';
			if (
				is(answers, 'tenant-count', 'two-or-three') &&
				!is(answers, 'budget', 'tight') &&
				!hasPart(plan, 'cluster-per-tenant')
			) {
				return 'two or three tenants without real clusters';
			}
			return undefined;
		},
	},
	{
		name: 'guaranteed performance or special hardware: dedicated node pools inside every cluster of the plan',
		check(answers, plan) {
			if (!is(answers, 'performance', 'isolated', 'isolated-all')) return undefined;
			const bare = firmGroups(plan).filter(
				(result) =>
					!hasLayer(result, 'dedicated-nodes') &&
					!(result.group.id === 'tenants' && is(answers, 'performance', 'isolated-all')),
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
			return hasPart(plan, 'cluster-per-tenant') || hasPart(plan, 'virtual-clusters')
				? 'per-tenant isolation for a single team'
				: undefined;
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
	'dedicated-nodes',
	'hardened-namespaces',
	'cluster-per-scope',
	'regional-clusters',
	'cluster-per-site',
	'cluster-per-environment',
];

export interface SweepResult {
	/** The first answer this slice starts with. */
	first: string;
	combinations: number;
	/** The most questions any path asked. */
	longest: number;
	/** Per property, the first few answer sets that break it. */
	violations: Record<string, string[]>;
	limitViolations: string[];
}

const asQuery = (answers: Answers) =>
	new URLSearchParams(answers as Record<string, string>).toString();

/** Checks every property on every combination of answers that starts with this first answer. */
export function sweep(first: string): SweepResult {
	const firstQuestion = decision.questions[0]?.id ?? '';
	const violations: Record<string, string[]> = Object.fromEntries(
		PROPERTIES.map((property) => [property.name, []]),
	);
	const limitViolations: string[] = [];
	let combinations = 0;
	let longest = 0;
	for (const answers of answerSpace(decision, { [firstQuestion]: first })) {
		combinations += 1;
		longest = Math.max(longest, Object.keys(answers).length);
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
	}
	return { first, combinations, longest, violations, limitViolations };
}
