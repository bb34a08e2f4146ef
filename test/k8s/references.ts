/**
 * Cross-references between the guide's examples: a name that one example refers to (a class, a
 * role, a service account, a namespace label, a listener) must exist in another, so that the
 * examples work when applied together as the text says. Each check returns readable problems;
 * an empty list means the bundle is consistent.
 */
import {
	describeObject,
	namespaceObject,
	ofKind,
	podsFromBundle,
	type BundleDocument,
	type Manifest,
} from './bundle.ts';
import { matchesSelector } from './admission.ts';

const names = (bundle: BundleDocument[], kind: string) =>
	new Set(ofKind(bundle, kind).map((object) => object.metadata?.name as string));

/** Classes and roles every cluster has, which the examples may use without defining them. */
const BUILT_IN_PRIORITY_CLASSES = new Set(['system-cluster-critical', 'system-node-critical']);
const BUILT_IN_CLUSTER_ROLES = new Set(['cluster-admin', 'admin', 'edit', 'view']);

/** PriorityClass names in pods and in quota scope selectors. */
export function priorityClassReferences(bundle: BundleDocument[]): string[] {
	const defined = names(bundle, 'PriorityClass');
	const known = (name: string) => defined.has(name) || BUILT_IN_PRIORITY_CLASSES.has(name);
	const problems: string[] = [];
	for (const { origin, pod } of podsFromBundle(bundle)) {
		const name = pod.spec?.priorityClassName;
		if (name && !known(name))
			problems.push(`${origin} uses PriorityClass ${name}, defined nowhere`);
	}
	for (const quota of ofKind(bundle, 'ResourceQuota')) {
		for (const expression of (quota.spec?.scopeSelector?.matchExpressions ?? []) as Manifest[]) {
			if (expression.scopeName !== 'PriorityClass') continue;
			for (const name of (expression.values ?? []) as string[]) {
				if (!known(name))
					problems.push(`${describeObject(quota)} names PriorityClass ${name}, defined nowhere`);
			}
		}
	}
	return problems;
}

/** `<class>.storageclass.storage.k8s.io/…` and `<class>.deviceclass.resource.k8s.io/…` quota keys. */
export function classQuotaReferences(bundle: BundleDocument[]): string[] {
	const storage = names(bundle, 'StorageClass');
	const device = names(bundle, 'DeviceClass');
	const problems: string[] = [];
	for (const quota of ofKind(bundle, 'ResourceQuota')) {
		for (const key of Object.keys(quota.spec?.hard ?? {})) {
			const storageClass = /^([^/]+)\.storageclass\.storage\.k8s\.io\//.exec(key)?.[1];
			if (
				storageClass &&
				!storage.has(storageClass) &&
				!problems.some(
					(p) =>
						p.endsWith(`${storageClass}, defined nowhere`) && p.startsWith(describeObject(quota)),
				)
			)
				problems.push(
					`${describeObject(quota)} caps StorageClass ${storageClass}, defined nowhere`,
				);
			const deviceClass = /^([^/]+)\.deviceclass\.resource\.k8s\.io\//.exec(key)?.[1];
			if (deviceClass && !device.has(deviceClass))
				problems.push(`${describeObject(quota)} caps DeviceClass ${deviceClass}, defined nowhere`);
		}
	}
	return problems;
}

/**
 * Quotas in one namespace all apply, so a key that two unscoped quotas both set means the lower
 * figure wins and the text of the other misleads: each key is set once per namespace.
 * count/<resource> for a core resource is the same counter as <resource>.
 */
export function duplicateQuotaKeys(bundle: BundleDocument[]): string[] {
	const seen = new Map<string, { quota: string; value: string }>();
	const problems: string[] = [];
	for (const quota of ofKind(bundle, 'ResourceQuota')) {
		if (quota.spec?.scopes || quota.spec?.scopeSelector) continue;
		for (const [key, value] of Object.entries((quota.spec?.hard ?? {}) as Record<string, string>)) {
			const counter = /^count\/[^.]+$/.test(key) ? key.slice('count/'.length) : key;
			const id = `${quota.metadata?.namespace}/${counter}`;
			const earlier = seen.get(id);
			if (earlier)
				problems.push(
					`${counter} is capped twice in ${quota.metadata?.namespace}: ${earlier.value} in ${earlier.quota}, ${value} in ${describeObject(quota)}`,
				);
			else seen.set(id, { quota: describeObject(quota), value: String(value) });
		}
	}
	return problems;
}

/** RuntimeClass names in pods. */
export function runtimeClassReferences(bundle: BundleDocument[]): string[] {
	const defined = names(bundle, 'RuntimeClass');
	return podsFromBundle(bundle)
		.filter(({ pod }) => pod.spec?.runtimeClassName && !defined.has(pod.spec.runtimeClassName))
		.map(
			({ origin, pod }) =>
				`${origin} uses RuntimeClass ${pod.spec.runtimeClassName}, defined nowhere`,
		);
}

/** ServiceAccount names in pods and in role binding subjects, in their own namespace. */
export function serviceAccountReferences(bundle: BundleDocument[]): string[] {
	const defined = new Set(
		ofKind(bundle, 'ServiceAccount').map((sa) => `${sa.metadata?.namespace}/${sa.metadata?.name}`),
	);
	const known = (namespace: string, name: string) =>
		name === 'default' || defined.has(`${namespace}/${name}`);
	const problems: string[] = [];
	for (const { origin, pod } of podsFromBundle(bundle)) {
		const name = pod.spec?.serviceAccountName;
		if (name && !known(pod.metadata?.namespace, name))
			problems.push(`${origin} runs as ServiceAccount ${name}, defined nowhere`);
	}
	for (const binding of [
		...ofKind(bundle, 'RoleBinding'),
		...ofKind(bundle, 'ClusterRoleBinding'),
	]) {
		for (const subject of (binding.subjects ?? []) as Manifest[]) {
			if (subject.kind !== 'ServiceAccount') continue;
			if (!known(subject.namespace ?? binding.metadata?.namespace, subject.name))
				problems.push(
					`${describeObject(binding)} binds ServiceAccount ${subject.name}, defined nowhere`,
				);
		}
	}
	return problems;
}

/** Role and ClusterRole names in bindings. */
export function roleReferences(bundle: BundleDocument[]): string[] {
	const clusterRoles = names(bundle, 'ClusterRole');
	const roles = new Set(
		ofKind(bundle, 'Role').map((role) => `${role.metadata?.namespace}/${role.metadata?.name}`),
	);
	const problems: string[] = [];
	for (const binding of [
		...ofKind(bundle, 'RoleBinding'),
		...ofKind(bundle, 'ClusterRoleBinding'),
	]) {
		const { kind, name } = binding.roleRef ?? {};
		const found =
			kind === 'ClusterRole'
				? clusterRoles.has(name) || BUILT_IN_CLUSTER_ROLES.has(name)
				: roles.has(`${binding.metadata?.namespace}/${name}`);
		if (!found)
			problems.push(`${describeObject(binding)} refers to ${kind} ${name}, defined nowhere`);
	}
	return problems;
}

/** Every namespaceSelector in the bundle, with the object it belongs to. */
function namespaceSelectors(bundle: BundleDocument[]): { owner: string; selector: Manifest }[] {
	const found: { owner: string; selector: Manifest }[] = [];
	const walk = (owner: string, value: unknown) => {
		if (Array.isArray(value)) value.forEach((item) => walk(owner, item));
		else if (typeof value === 'object' && value !== null) {
			for (const [key, inner] of Object.entries(value)) {
				if (key === 'namespaceSelector' && typeof inner === 'object' && inner !== null)
					found.push({ owner, selector: inner as Manifest });
				// allowedRoutes.namespaces.selector in Gateway listeners
				else if (
					key === 'namespaces' &&
					typeof inner === 'object' &&
					inner !== null &&
					'selector' in inner
				)
					found.push({ owner, selector: (inner as Manifest).selector });
				walk(owner, inner);
			}
		}
	};
	for (const { example, manifest } of bundle)
		walk(`${example}: ${describeObject(manifest)}`, manifest);
	return found;
}

/**
 * The namespace labels that selectors, policies and listeners select on must be set on a
 * Namespace of the bundle, or the policy applies nowhere. kubernetes.io/metadata.name is set by
 * the control plane on every namespace, so selectors on it are always satisfiable.
 */
export function namespaceLabelReferences(bundle: BundleDocument[]): string[] {
	const labelSets = ofKind(bundle, 'Namespace').map(
		(ns) => (ns.metadata?.labels ?? {}) as Record<string, string>,
	);
	const problems: string[] = [];
	for (const { owner, selector } of namespaceSelectors(bundle)) {
		const keys = [
			...Object.keys(selector.matchLabels ?? {}),
			...((selector.matchExpressions ?? []) as Manifest[])
				.filter((expression) => ['In', 'Exists'].includes(expression.operator))
				.map((expression) => expression.key as string),
		].filter((key) => key !== 'kubernetes.io/metadata.name');
		if (keys.length === 0) continue;
		const positive = {
			matchLabels: Object.fromEntries(
				Object.entries((selector.matchLabels ?? {}) as Record<string, string>).filter(
					([key]) => key !== 'kubernetes.io/metadata.name',
				),
			),
			matchExpressions: ((selector.matchExpressions ?? []) as Manifest[]).filter(
				(expression) =>
					['In', 'Exists'].includes(expression.operator) &&
					expression.key !== 'kubernetes.io/metadata.name',
			),
		};
		if (!labelSets.some((labels) => matchesSelector(positive, labels)))
			problems.push(
				`${owner} selects namespaces by ${keys.join(', ')}, which no example Namespace carries`,
			);
	}
	return problems;
}

const TENANT_TAINT = 'tenant';
const TENANT_NODE_LABEL = 'node-restriction.kubernetes.io/tenant';

function requiredNodeValues(pod: Manifest, key: string): string[] {
	const fromSelector = pod.spec?.nodeSelector?.[key];
	const terms = (pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution
		?.nodeSelectorTerms ?? []) as Manifest[];
	const fromAffinity = terms.flatMap((term) =>
		((term.matchExpressions ?? []) as Manifest[])
			.filter((expression) => expression.key === key && expression.operator === 'In')
			.flatMap((expression) => expression.values as string[]),
	);
	return fromSelector ? [fromSelector, ...fromAffinity] : fromAffinity;
}

/**
 * Taints and tolerations: a pod that tolerates a tenant's dedicated-node taint is also pinned to
 * that tenant's nodes (a toleration only permits, it does not attract), and the tenant it names is
 * its own namespace's; a RuntimeClass tolerates the same taint as the label it selects.
 */
export function taintReferences(bundle: BundleDocument[]): string[] {
	const problems: string[] = [];
	for (const { origin, pod } of podsFromBundle(bundle)) {
		const tenant = namespaceObject(bundle, pod.metadata?.namespace).metadata.labels[TENANT_TAINT];
		for (const toleration of (pod.spec?.tolerations ?? []) as Manifest[]) {
			if (toleration.key !== TENANT_TAINT) continue;
			if (toleration.value !== tenant)
				problems.push(
					`${origin} tolerates ${TENANT_TAINT}=${toleration.value} in tenant ${tenant}'s namespace`,
				);
			if (!requiredNodeValues(pod, TENANT_NODE_LABEL).includes(toleration.value))
				problems.push(
					`${origin} tolerates ${TENANT_TAINT}=${toleration.value} but is not pinned to those nodes`,
				);
		}
	}
	for (const runtimeClass of ofKind(bundle, 'RuntimeClass')) {
		const selector = (runtimeClass.scheduling?.nodeSelector ?? {}) as Record<string, string>;
		for (const toleration of (runtimeClass.scheduling?.tolerations ?? []) as Manifest[]) {
			if (selector[toleration.key] !== toleration.value)
				problems.push(
					`${describeObject(runtimeClass)} tolerates ${toleration.key}=${toleration.value} but selects other nodes`,
				);
		}
	}
	return problems;
}

/** Does a route hostname fall inside a listener hostname? In Gateway API a wildcard matches one or more labels, never the bare domain. */
export function hostnameMatches(listener: string | undefined, hostname: string): boolean {
	if (!listener) return true;
	if (listener.startsWith('*.')) {
		const suffix = listener.slice(1);
		return hostname.endsWith(suffix) && hostname.length > suffix.length;
	}
	return listener === hostname;
}

/** The listeners of the bundle's Gateways that admit routes of `kind` from `namespace`. */
export function listenersFor(bundle: BundleDocument[], namespace: string, kind: string) {
	const ns = namespaceObject(bundle, namespace);
	return ofKind(bundle, 'Gateway').flatMap((gateway) =>
		((gateway.spec?.listeners ?? []) as Manifest[])
			.filter((listener) => {
				const allowed = listener.allowedRoutes ?? {};
				const kinds = ((allowed.kinds ?? []) as Manifest[]).map((k) => k.kind as string);
				if (kinds.length > 0 && !kinds.includes(kind)) return false;
				const from = allowed.namespaces?.from ?? 'Same';
				if (from === 'All') return true;
				if (from === 'Same') return gateway.metadata?.namespace === namespace;
				return matchesSelector(allowed.namespaces?.selector, ns.metadata.labels);
			})
			.map((listener) => ({ gateway, listener })),
	);
}

/**
 * Gateways and routes: a Gateway's class exists; each route's parentRef names a Gateway and
 * listener of the bundle that admit the route's namespace and kind, and shares a hostname with
 * the listener; a backendRef to another namespace is allowed by a ReferenceGrant there.
 */
export function gatewayReferences(bundle: BundleDocument[]): string[] {
	const problems: string[] = [];
	const classes = names(bundle, 'GatewayClass');
	for (const gateway of ofKind(bundle, 'Gateway')) {
		if (!classes.has(gateway.spec?.gatewayClassName))
			problems.push(
				`${describeObject(gateway)} uses GatewayClass ${gateway.spec?.gatewayClassName}, defined nowhere`,
			);
	}
	const grants = ofKind(bundle, 'ReferenceGrant');
	for (const route of [...ofKind(bundle, 'HTTPRoute'), ...ofKind(bundle, 'GRPCRoute')]) {
		const namespace = route.metadata?.namespace as string;
		const admitted = listenersFor(bundle, namespace, route.kind);
		for (const parent of (route.spec?.parentRefs ?? []) as Manifest[]) {
			const matching = admitted.filter(
				({ gateway, listener }) =>
					gateway.metadata?.name === parent.name &&
					gateway.metadata?.namespace === (parent.namespace ?? namespace) &&
					(parent.sectionName === undefined || listener.name === parent.sectionName),
			);
			if (matching.length === 0) {
				problems.push(
					`${describeObject(route)} attaches to ${parent.namespace ?? namespace}/${parent.name} ${parent.sectionName ?? ''}, which does not admit it`,
				);
				continue;
			}
			for (const hostname of (route.spec?.hostnames ?? []) as string[]) {
				if (!matching.some(({ listener }) => hostnameMatches(listener.hostname, hostname)))
					problems.push(
						`${describeObject(route)} hostname ${hostname} matches no listener it attaches to`,
					);
			}
		}
		for (const rule of (route.spec?.rules ?? []) as Manifest[]) {
			for (const backend of (rule.backendRefs ?? []) as Manifest[]) {
				if (!backend.namespace || backend.namespace === namespace) continue;
				const granted = grants.some(
					(grant) =>
						grant.metadata?.namespace === backend.namespace &&
						((grant.spec?.from ?? []) as Manifest[]).some(
							(from) => from.kind === route.kind && from.namespace === namespace,
						) &&
						((grant.spec?.to ?? []) as Manifest[]).some(
							(to) => (to.kind ?? 'Service') === (backend.kind ?? 'Service'),
						),
				);
				if (!granted)
					problems.push(
						`${describeObject(route)} sends traffic to ${backend.namespace}/${backend.name} without a ReferenceGrant`,
					);
			}
		}
	}
	return problems;
}

/** Admission policy bindings name a policy of the bundle. */
export function policyBindingReferences(bundle: BundleDocument[]): string[] {
	const policies = names(bundle, 'ValidatingAdmissionPolicy');
	return ofKind(bundle, 'ValidatingAdmissionPolicyBinding')
		.filter((binding) => !policies.has(binding.spec?.policyName))
		.map(
			(binding) =>
				`${describeObject(binding)} binds policy ${binding.spec?.policyName}, defined nowhere`,
		);
}

export const REFERENCE_CHECKS = {
	priorityClassReferences,
	classQuotaReferences,
	duplicateQuotaKeys,
	runtimeClassReferences,
	serviceAccountReferences,
	roleReferences,
	namespaceLabelReferences,
	taintReferences,
	gatewayReferences,
	policyBindingReferences,
} as const;
