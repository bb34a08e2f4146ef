/**
 * What the kit holds for a plan, read from the engine's PlanView: which layers (firm, conditional
 * or absent) and which clusters. Layers follow the rules that put dedicated-nodes into the plan,
 * because a sandbox and a tenant pool are different files for the same part.
 */
import type { PlanView } from '../decision/explain.ts';
import { MAYBE, NO, YES, type Tri } from '../decision/plan.ts';
import type { Answers } from '../decision/types.ts';

export const PROVIDERS = ['any', 'eks', 'gke', 'aks'] as const;
export type Provider = (typeof PROVIDERS)[number];
export const PROVIDER_NAMES: Record<Provider, string> = {
	any: 'any conformant cluster',
	eks: 'Amazon EKS',
	gke: 'Google Kubernetes Engine',
	aks: 'Azure Kubernetes Service',
};

export interface KitCluster {
	/** Folder under clusters/, e.g. shared-prod, or shared-template when the count is open. */
	folder: string;
	group: string;
	/** The option behind the group (cluster-per-environment…), or undefined for the shared one. */
	part: string | undefined;
	template: boolean;
	conditional: boolean;
	/** A dedicated cluster for one tenant of a few: it starts with the first, to be replaced. */
	dedicated: boolean;
	/**
	 * 'all' tenants, or the one tenant a cluster-per-tenant folder is for; a dedicated cluster
	 * starts with the first tenant, to be replaced by those owed it.
	 */
	tenants: 'all' | { one: string };
	/** What the folder stands for, in words: the tiles or the count. */
	note: string;
}

export interface KitFeatures {
	sandbox: Tri;
	pools: Tri;
	hardened: Tri;
	virtual: Tri;
	/** Cloud identity for tenants' workloads: plans for external customers. */
	identity: Tri;
	/** MTB profile level 2: tenants who use the API manage their own bindings and policies. */
	selfService: Tri;
}

const SANDBOX_RULES = ['sandbox-untrusted-code', 'sandbox-every-tenant', 'sandbox-api-customers'];
const POOL_RULES = [
	'dedicated-pools',
	'pool-per-tenant',
	'privileged-nodes',
	'node-software-privileges',
];

function partTri(view: PlanView, id: string): Tri {
	const part = view.parts.find((candidate) => candidate.option.id === id);
	return part ? (part.conditional ? MAYBE : YES) : NO;
}

function rulesTri(view: PlanView, ids: string[]): Tri {
	const statuses = ids.map((id) => view.plan.rules.get(id)?.status ?? NO);
	return Math.min(Math.max(NO, ...statuses), partTri(view, 'dedicated-nodes')) as Tri;
}

export function kitFeatures(view: PlanView, answers: Answers): KitFeatures {
	const hardened = partTri(view, 'hardened-namespaces');
	return {
		sandbox: rulesTri(view, SANDBOX_RULES),
		pools: rulesTri(view, POOL_RULES),
		hardened,
		virtual: partTri(view, 'virtual-clusters'),
		identity: answers['tenants'] === 'external-customers' ? YES : NO,
		selfService: answers['api-access'] === 'yes' ? YES : NO,
	};
}

const slug = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

/**
 * One folder per cluster the plan names; where the count is a range or open, one template folder
 * for the group. A cluster per tenant gets a folder per tenant name the reader gave.
 */
export function kitClusters(view: PlanView, tenants: readonly string[]): KitCluster[] {
	return view.groups.flatMap((group): KitCluster[] => {
		const dedicated = group.serves === 'one-tenant';
		const base = {
			group: group.id,
			part: group.part?.id,
			conditional: group.conditional,
			dedicated,
		};
		const splits = group.splits.map((split) => split.phrase).join('; ');
		if (group.serves === 'each-tenant')
			return tenants.map((name) => ({
				...base,
				// The cluster per tenant keeps the kit's published tenant-<name> folders. Tenant names are
				// DNS labels, without dots, so `<group>.<tenant>` never meets another folder.
				folder: group.id === 'tenants' ? `tenant-${name}` : `${group.id}.${name}`,
				template: false,
				tenants: { one: name },
				note: `the cluster of tenant ${name}${group.id === 'tenants' ? '' : `, for ${group.for}`}${splits ? ` (${splits}: apply it to each)` : ''}`,
			}));
		const { min, max } = group.count;
		const names = group.tiles.names;
		if (
			min === max &&
			!group.tiles.more &&
			(names.length === min || (min === 1 && names.length === 0))
		)
			return (names.length === 0 ? [group.name] : names).map((tile) => ({
				...base,
				folder: names.length === 0 ? group.id : `${group.id}-${slug(tile)}`,
				template: false,
				tenants: dedicated ? { one: tenants[0] ?? 'tenant-a' } : 'all',
				note: names.length === 0 ? group.name : `${group.name}: ${tile}`,
			}));
		const count = max === undefined ? `${min} or more` : `${min} to ${max}`;
		return [
			{
				...base,
				folder: `${group.id}-template`,
				template: true,
				tenants: dedicated ? { one: tenants[0] ?? 'tenant-a' } : 'all',
				note: `a template for ${count} ${group.name}${splits ? ` (${splits})` : ''}: copy the folder once per cluster`,
			},
		];
	});
}
