/**
 * The starter kit: the reader's plan as manifests, built from the guide's own examples
 * (content/examples/), so a fix to an example fixes the kit. Pure: examples and names come in,
 * files come out. Names are edited into the parsed YAML with the `yaml` library, never spliced
 * into text, and only names that pass isTenantName get that far.
 */
import { Document, isMap, isNode, parseAllDocuments, stringify } from 'yaml';
import { MAYBE, NO, type Tri } from '../decision/plan.ts';
import type { PlanView } from '../decision/explain.ts';
import type { Answers } from '../decision/types.ts';
import {
	kitClusters,
	kitFeatures,
	type KitCluster,
	type KitFeatures,
	type Provider,
} from './features.ts';
import { isTenantName } from './names.ts';
import { EXAMPLE_PAGES } from './pages.ts';
import { kitReadme } from './readme.ts';

export interface KitInput {
	view: PlanView;
	answers: Answers;
	provider: Provider;
	tenants: readonly string[];
	/** content/examples/<name>.yaml by <name>. */
	examples: Readonly<Record<string, string>>;
	shareUrl: string;
	date: string;
}

export interface KitFile {
	path: string;
	text: string;
	/** The guide's example it comes from, for the README. */
	example?: string;
}

/** The class each provider installs for its sandbox; self-managed nodes get gVisor's from the kit. */
export const SANDBOX_CLASS: Record<Provider, string> = {
	any: 'gvisor',
	gke: 'gvisor',
	aks: 'kata-vm-isolation',
	eks: 'isolated-sandbox',
};

/** The tenant every example is written for; the kit puts each reader's tenant in its place. */
const EXAMPLE_TENANT = 'tenant-a';

type Edit = (doc: Document) => void;

class Examples {
	readonly #texts: Readonly<Record<string, string>>;

	constructor(texts: Readonly<Record<string, string>>) {
		this.#texts = texts;
	}

	/** The documents of one example, freshly parsed so that edits never leak between files. */
	docs(name: string): Document[] {
		const text = this.#texts[name];
		if (text === undefined) throw new Error(`The kit needs content/examples/${name}.yaml`);
		return parseAllDocuments(text) as Document[];
	}
}

const js = (doc: Document) =>
	doc.toJS() as Record<string, never> & {
		kind?: string;
		metadata?: { name?: string; namespace?: string };
		subjects?: { name?: string }[];
	};

/** Moves an example written for tenant-a to `tenant`, field by field. */
function forTenant(tenant: string): Edit {
	if (!isTenantName(tenant)) throw new Error('Tenant names must be DNS-1123 labels');
	return (doc) => {
		const object = js(doc);
		if (object.kind === 'Namespace') {
			doc.setIn(['metadata', 'name'], tenant);
			doc.setIn(['metadata', 'labels', 'tenant'], tenant);
		}
		if (object.metadata?.namespace === EXAMPLE_TENANT) doc.setIn(['metadata', 'namespace'], tenant);
		object.subjects?.forEach((subject, index) => {
			if (subject.name === `${EXAMPLE_TENANT}-developers`)
				doc.setIn(['subjects', index, 'name'], `${tenant}-developers`);
		});
		// The comments explain the example for tenant-a; the name is a validated DNS label.
		const comment = leadingComment(doc);
		if (comment) setLeadingComment(doc, comment.replaceAll(EXAMPLE_TENANT, tenant));
	};
}

/** The comment above a document: the parser keeps it on the document or on its first key. */
function leadingComment(doc: Document): string | null | undefined {
	const first = isMap(doc.contents) ? doc.contents.items[0]?.key : undefined;
	return doc.commentBefore ?? (isNode(first) ? first.commentBefore : undefined);
}

function setLeadingComment(doc: Document, comment: string) {
	const first = isMap(doc.contents) ? doc.contents.items[0]?.key : undefined;
	if (isNode(first)) first.commentBefore = null;
	doc.commentBefore = comment;
}

const yamlFile = (docs: Document[], header: string): string =>
	`# ${header}\n` + docs.map((doc) => doc.toString().replace(/^---\n/, '')).join('---\n');

const generated = (value: unknown, comment: string): Document => {
	const doc = new Document(value);
	doc.commentBefore = ` ${comment.replaceAll('\n', '\n ')}`;
	return doc;
};

const kustomization = (resources: string[], comment: string) =>
	`# ${comment}\n` +
	stringify({
		apiVersion: 'kustomize.config.k8s.io/v1beta1',
		kind: 'Kustomization',
		resources,
	});

interface Layer {
	/** Where its files go: at the top, or under conditional/<part>/ when the part is conditional. */
	root: string;
	firm: boolean;
}

function layer(tri: Tri, part: string): Layer | undefined {
	if (tri === NO) return undefined;
	return tri === MAYBE ? { root: `conditional/${part}/`, firm: false } : { root: '', firm: true };
}

export function kitFileName(view: PlanView): string {
	return `starter-kit-${view.parts[0]?.option.id ?? 'plan'}.zip`;
}

export function generateKit(input: KitInput): KitFile[] {
	const { provider, tenants } = input;
	if (!tenants.every(isTenantName)) throw new Error('Tenant names must be DNS-1123 labels');
	const examples = new Examples(input.examples);
	const features = kitFeatures(input.view, input.answers);
	const clusters = kitClusters(input.view, tenants);
	const files: KitFile[] = [];
	const add = (path: string, text: string, example?: string) =>
		files.push(example ? { path, text, example } : { path, text });
	const fromExample = (path: string, example: string, edit?: Edit, only?: number[]) => {
		const docs = examples
			.docs(example)
			.filter((_doc, index) => only === undefined || only.includes(index));
		if (edit) docs.forEach(edit);
		add(
			path,
			yamlFile(
				docs,
				`From the guide's example ${example}.yaml (${EXAMPLE_PAGES[example] ?? '/'}).`,
			),
			example,
		);
	};

	const sandbox = layer(features.sandbox, 'dedicated-nodes');
	const pools = layer(features.pools, 'dedicated-nodes');
	const hardened = layer(features.hardened, 'hardened-namespaces');
	const virtual = layer(features.virtual, 'virtual-clusters');
	const identity = provider === 'any' ? undefined : layer(features.identity, 'workload-identity');
	const selfService = layer(features.selfService, 'self-service');

	// platform/: once per cluster.
	const platform: string[] = [];
	const inPlatform = (file: string, example: string | undefined, edit?: Edit, only?: number[]) => {
		if (example) fromExample(`platform/${file}`, example, edit, only);
		platform.push(file);
	};
	inPlatform('tenant-developer-clusterrole.yaml', 'tenant-developer-clusterrole');
	inPlatform('priority-classes.yaml', 'platform-priorityclasses');
	inPlatform('deny-external-ips-policy.yaml', 'deny-external-ips-policy');
	inPlatform('require-always-pull-policy.yaml', 'require-always-pull-policy');
	add('platform/deny-nodeport-policy.yaml', denyNodePorts());
	platform.push('deny-nodeport-policy.yaml');
	inPlatform('tenant-storageclass.yaml', 'tenant-storageclass', storageClassFor(provider), [0]);
	const layered = (
		at: Layer | undefined,
		file: string,
		example: string | undefined,
		edit?: Edit,
		only?: number[],
	) => {
		if (!at) return;
		if (at.firm) inPlatform(file, example, edit, only);
		else if (example) fromExample(`${at.root}platform/${file}`, example, edit, only);
	};
	layered(
		hardened,
		'tenant-observer-clusterrole.yaml',
		'tenant-observer-clusterrole',
		undefined,
		[0],
	);
	layered(
		hardened,
		'apf-tenant-flowschemas.yaml',
		'apf-tenant-flowschemas',
		developerGroups(tenants),
	);
	layered(hardened, 'httproute-hostname-policy.yaml', 'httproute-hostname-policy');
	if (selfService) {
		const path = `${selfService.root}platform/tenant-self-service-clusterrole.yaml`;
		add(path, selfServiceRole());
		if (selfService.firm) platform.push('tenant-self-service-clusterrole.yaml');
	}
	if (sandbox) {
		const root = sandbox.firm ? 'platform/' : `${sandbox.root}platform/`;
		add(`${root}platform-policy-namespace.yaml`, policyNamespace());
		fromExample(`${root}require-sandbox-policy.yaml`, 'require-sandbox-policy', (doc) => {
			if (js(doc).kind === 'ConfigMap')
				doc.setIn(['data', 'runtimeClassName'], SANDBOX_CLASS[provider]);
		});
		if (provider === 'any') fromExample(`${root}sandbox-runtimeclass.yaml`, 'gvisor-runtimeclass');
		if (sandbox.firm)
			platform.push(
				'platform-policy-namespace.yaml',
				'require-sandbox-policy.yaml',
				...(provider === 'any' ? ['sandbox-runtimeclass.yaml'] : []),
			);
	}
	if (pools) {
		const root = pools.firm ? 'platform/' : `${pools.root}platform/`;
		fromExample(`${root}tenant-toleration-policy.yaml`, 'tenant-toleration-policy');
		const pool = nodePools(provider, tenants, sandbox?.firm ?? false);
		add(`${root}${pool.file}`, pool.text);
		if (pools.firm)
			platform.push('tenant-toleration-policy.yaml', ...(pool.applied ? [pool.file] : []));
	}
	add(
		'platform/kustomization.yaml',
		kustomization(platform, 'What every cluster of the plan needs once.'),
	);

	// tenants/<name>/: one namespace each.
	for (const tenant of tenants) {
		const dir = `tenants/${tenant}/`;
		const resources: string[] = [];
		const own = forTenant(tenant);
		const inTenant = (file: string, example: string, edit?: Edit, only?: number[]) => {
			fromExample(
				`${dir}${file}`,
				example,
				(doc) => {
					own(doc);
					edit?.(doc);
				},
				only,
			);
			resources.push(file);
		};
		inTenant(
			'namespace.yaml',
			'tenant-namespace',
			(doc) => {
				if (sandbox?.firm)
					doc.setIn(['metadata', 'labels', 'sandbox.example.com/required'], 'true');
			},
			[0],
		);
		inTenant('developer-rolebinding.yaml', 'tenant-rolebinding');
		inTenant('resource-quota.yaml', 'tenant-resourcequota');
		inTenant('object-count-quota.yaml', 'tenant-object-count-quota');
		inTenant('limit-range.yaml', 'tenant-limitrange');
		inTenant('priority-quota.yaml', 'tenant-priority-quota');
		inTenant('storage-quota.yaml', 'tenant-storage-quota', (doc) => {
			// Only the shared class is in the kit; its quota keeps the per-class cap.
			doc.setIn(['spec', 'hard'], {
				'tenant-standard.storageclass.storage.k8s.io/requests.storage': '500Gi',
			});
		});
		const policies = [
			'default-deny-networkpolicy',
			'allow-dns-egress-networkpolicy',
			'allow-same-namespace-networkpolicy',
			'allow-from-gateway-networkpolicy',
		];
		const docs = policies.flatMap((example) => examples.docs(example));
		docs.forEach(own);
		add(
			`${dir}network-policies.yaml`,
			yamlFile(docs, `From the guide's examples ${policies.join(', ')} (/namespaces/hardening/).`),
			'default-deny-networkpolicy',
		);
		resources.push('network-policies.yaml');
		if (hardened) {
			const target = hardened.firm ? dir : `${hardened.root}${dir}`;
			fromExample(`${target}observer-rolebinding.yaml`, 'tenant-observer-clusterrole', own, [1]);
			if (hardened.firm) resources.push('observer-rolebinding.yaml');
		}
		if (selfService) {
			add(
				`${selfService.firm ? dir : selfService.root + dir}self-service-rolebinding.yaml`,
				selfServiceBinding(tenant),
			);
			if (selfService.firm) resources.push('self-service-rolebinding.yaml');
		}
		if (identity) {
			const target = identity.firm ? dir : `${identity.root}${dir}`;
			fromExample(
				`${target}workload-identity.yaml`,
				'tenant-workload-identity-serviceaccounts',
				(doc) => {
					own(doc);
					identityFor(provider, tenant)(doc);
				},
				[provider === 'aks' ? 1 : 0],
			);
			if (identity.firm) resources.push('workload-identity.yaml');
		}
		if (virtual)
			add(`${virtual.firm ? dir : virtual.root + dir}vcluster-values.yaml`, vclusterValues(tenant));
		fromExample(`${dir}example-app.yaml`, 'tenant-dedicated-deployment', (doc) => {
			own(doc);
			sampleApp(doc, tenant, {
				computeClass: provider === 'gke' && (pools?.firm ?? false),
				sandbox: sandbox?.firm ? SANDBOX_CLASS[provider] : undefined,
				pool: pools?.firm ?? false,
			});
		});
		add(
			`${dir}kustomization.yaml`,
			kustomization(
				resources,
				`Tenant ${tenant}: its namespace and guardrails. example-app.yaml is a sample to apply by hand.`,
			),
		);
	}

	for (const cluster of clusters) addCluster(add, cluster, tenants);
	for (const part of conditionalParts(features, clusters, provider))
		add(`conditional/${part.id}/README.md`, part.readme);
	add('README.md', kitReadme({ ...input, features, clusters, files }));
	return files.sort((a, b) => a.path.localeCompare(b.path));
}

function addCluster(
	add: (path: string, text: string) => void,
	cluster: KitCluster,
	tenants: readonly string[],
) {
	const root = cluster.conditional ? `conditional/${cluster.part ?? cluster.group}/` : '';
	const up = '../'.repeat(root.split('/').filter(Boolean).length + 2);
	const members = cluster.tenants === 'all' ? tenants : [cluster.tenants.one];
	const resources = [`${up}platform`, ...members.map((tenant) => `${up}tenants/${tenant}`)];
	const dir = `${root}clusters/${cluster.folder}/`;
	add(
		`${dir}kustomization.yaml`,
		kustomization(resources, `${cluster.note}. Apply with: kubectl apply -k ${dir}`),
	);
	const tier = cluster.dedicated;
	if (cluster.template || tier)
		add(
			`${dir}README.md`,
			`# ${cluster.folder}\n\n${cluster.note.charAt(0).toUpperCase()}${cluster.note.slice(1)}.${tier ? ' It starts with the first tenant: list in `resources` the tenants/<name> folder of each tenant owed this cluster instead.' : ''}\n`,
		);
}

function conditionalParts(features: KitFeatures, clusters: KitCluster[], provider: Provider) {
	const parts: { id: string; readme: string }[] = [];
	const say = (id: string, what: string) =>
		parts.push({
			id,
			readme: `# ${id} (conditional)\n\n${what}\n\nYour plan holds this part only if an answer you were not sure of turns out a certain way; the plan page names the question. Until then, nothing here is in clusters/.\n`,
		});
	if (features.sandbox === MAYBE || features.pools === MAYBE)
		say(
			'dedicated-nodes',
			`The sandbox policy${provider === 'any' ? ', its RuntimeClass' : ''} and the tenant node pools. To turn the sandbox on, add platform/ here to platform/kustomization.yaml and label each tenant namespace sandbox.example.com/required=true.`,
		);
	if (features.hardened === MAYBE)
		say(
			'hardened-namespaces',
			'The observer role, API Priority and Fairness for tenants, and the route hostname policy.',
		);
	if (features.virtual === MAYBE)
		say(
			'virtual-clusters',
			'The values file of each tenant’s virtual cluster (vCluster, installed with Helm).',
		);
	for (const id of new Set(clusters.filter((c) => c.conditional).map((c) => c.part ?? c.group)))
		if (!parts.some((part) => part.id === id)) say(id, 'The clusters of this part.');
	return parts;
}

function denyNodePorts(): string {
	const policy = generated(
		{
			apiVersion: 'admissionregistration.k8s.io/v1',
			kind: 'ValidatingAdmissionPolicy',
			metadata: { name: 'deny-tenant-nodeports' },
			spec: {
				failurePolicy: 'Fail',
				matchConstraints: {
					resourceRules: [
						{
							apiGroups: [''],
							apiVersions: ['v1'],
							operations: ['CREATE', 'UPDATE'],
							resources: ['services'],
						},
					],
				},
				validations: [
					{
						expression: "!has(object.spec.type) || object.spec.type != 'NodePort'",
						message:
							'Tenants may not create NodePort Services; publish through the shared Gateway.',
						reason: 'Forbidden',
					},
				],
			},
		},
		'Refuses NodePort Services in tenant namespaces (Multi-Tenancy Benchmarks, level 1).\nPod Security does not cover Services, and a node port opens every node to the\nnetwork. The quota services.nodeports: 0 counts them too; this says why.',
	);
	const binding = generated(
		{
			apiVersion: 'admissionregistration.k8s.io/v1',
			kind: 'ValidatingAdmissionPolicyBinding',
			metadata: { name: 'deny-tenant-nodeports' },
			spec: {
				policyName: 'deny-tenant-nodeports',
				validationActions: ['Deny'],
				matchResources: {
					namespaceSelector: { matchExpressions: [{ key: 'tenant', operator: 'Exists' }] },
				},
			},
		},
		'In force in namespaces labelled with a tenant.',
	);
	return yamlFile([policy, binding], 'The kit’s own policy: not an example of the guide.');
}

function policyNamespace(): string {
	return yamlFile(
		[
			generated(
				{
					apiVersion: 'v1',
					kind: 'Namespace',
					metadata: {
						name: 'platform-policy',
						labels: { 'pod-security.kubernetes.io/enforce': 'restricted' },
					},
				},
				'Holds the parameters of the admission policies; only the platform team may edit it.',
			),
		],
		'The namespace that require-sandbox-policy.yaml reads its parameter from.',
	);
}

function selfServiceRole(): string {
	return yamlFile(
		[
			generated(
				{
					apiVersion: 'rbac.authorization.k8s.io/v1',
					kind: 'ClusterRole',
					metadata: { name: 'tenant-self-service' },
					rules: [
						{
							apiGroups: ['rbac.authorization.k8s.io'],
							resources: ['rolebindings'],
							verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'],
						},
						{
							apiGroups: ['networking.k8s.io'],
							resources: ['networkpolicies'],
							verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'],
						},
					],
				},
				'Self-service for tenants who use the API (Multi-Tenancy Benchmarks, level 2): role\nbindings and network policies inside their own namespace. RBAC refuses a binding that\ngrants more than its author holds, so tenants cannot escalate; no bind or escalate verb.',
			),
		],
		'The kit’s own role: not an example of the guide.',
	);
}

function selfServiceBinding(tenant: string): string {
	return yamlFile(
		[
			generated(
				{
					apiVersion: 'rbac.authorization.k8s.io/v1',
					kind: 'RoleBinding',
					metadata: { name: 'tenant-self-service', namespace: tenant },
					roleRef: {
						apiGroup: 'rbac.authorization.k8s.io',
						kind: 'ClusterRole',
						name: 'tenant-self-service',
					},
					subjects: [
						{ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: `${tenant}-developers` },
					],
				},
				'Grants the self-service role inside this namespace only.',
			),
		],
		'The kit’s own binding: not an example of the guide.',
	);
}

function developerGroups(tenants: readonly string[]): Edit {
	return (doc) => {
		if (js(doc).metadata?.name !== 'tenant-developers') return;
		doc.setIn(
			['spec', 'rules', 0, 'subjects'],
			tenants.map((tenant) => ({ kind: 'Group', group: { name: `${tenant}-developers` } })),
		);
	};
}

const STORAGE: Record<Provider, { provisioner: string; parameters: Record<string, string> }> = {
	any: { provisioner: 'ebs.csi.aws.com', parameters: { type: 'gp3', encrypted: 'true' } },
	eks: { provisioner: 'ebs.csi.aws.com', parameters: { type: 'gp3', encrypted: 'true' } },
	gke: { provisioner: 'pd.csi.storage.gke.io', parameters: { type: 'pd-balanced' } },
	aks: { provisioner: 'disk.csi.azure.com', parameters: { skuName: 'StandardSSD_LRS' } },
};

function storageClassFor(provider: Provider): Edit {
	return (doc) => {
		doc.setIn(['provisioner'], STORAGE[provider].provisioner);
		doc.setIn(['parameters'], STORAGE[provider].parameters);
		if (provider === 'any')
			setLeadingComment(
				doc,
				`${leadingComment(doc) ?? ''}\n Replace the provisioner with your CSI driver's; keep reclaimPolicy: Delete.`,
			);
	};
}

function identityFor(provider: Provider, tenant: string): Edit {
	return (doc) => {
		doc.setIn(['metadata', 'name'], 'orders');
		if (provider === 'eks')
			doc.setIn(
				['metadata', 'annotations', 'eks.amazonaws.com/role-arn'],
				`arn:aws:iam::111122223333:role/${tenant}-orders`,
			);
		if (provider === 'gke') {
			doc.deleteIn(['metadata', 'annotations']);
			setLeadingComment(
				doc,
				` On GKE, grant IAM roles to the principal of this service account\n (Workload Identity Federation for GKE); no annotation is needed.`,
			);
		}
	};
}

function sampleApp(
	doc: Document,
	tenant: string,
	with_: { sandbox: string | undefined; pool: boolean; computeClass: boolean },
) {
	doc.setIn(
		['spec', 'template', 'spec', 'containers', 0, 'image'],
		`registry.example.com/${tenant}/orders-api:1.4.2`,
	);
	if (with_.pool) {
		doc.setIn(['spec', 'template', 'spec', 'tolerations', 0, 'value'], tenant);
		doc.setIn(
			[
				'spec',
				'template',
				'spec',
				'affinity',
				'nodeAffinity',
				'requiredDuringSchedulingIgnoredDuringExecution',
				'nodeSelectorTerms',
				0,
				'matchExpressions',
				0,
				'values',
			],
			[tenant],
		);
	} else {
		doc.deleteIn(['spec', 'template', 'spec', 'tolerations']);
		doc.deleteIn(['spec', 'template', 'spec', 'affinity']);
	}
	if (with_.sandbox) doc.setIn(['spec', 'template', 'spec', 'runtimeClassName'], with_.sandbox);
	// GKE creates a ComputeClass's nodes for the pods that select it (platform/node-pools.yaml).
	if (with_.computeClass)
		doc.setIn(['spec', 'template', 'spec', 'nodeSelector'], {
			'cloud.google.com/compute-class': poolName(tenant),
		});
	setLeadingComment(
		doc,
		` A sample workload for ${tenant} that passes every policy of the kit${with_.pool ? ', on its own node pool' : ''}${with_.sandbox ? `, sandboxed (${with_.sandbox})` : ''}.\n Apply it by hand: kubectl apply -f tenants/${tenant}/example-app.yaml`,
	);
}

function vclusterValues(tenant: string): string {
	return `# Values for ${tenant}'s virtual cluster (vCluster; not a Kubernetes object, so it is not in
# kustomization.yaml and not schema-checked). Install it into the tenant's namespace:
#   helm upgrade --install ${tenant} vcluster --repo https://charts.loft.sh --namespace ${tenant} --values vcluster-values.yaml
# The namespace's quota, limits and network policies already apply to the pods it syncs, so its
# own are off. Check its control plane's pods against the namespace's restricted Pod Security level.
${stringify({ sync: { toHost: { pods: { enabled: true } } }, policies: { resourceQuota: { enabled: false }, limitRange: { enabled: false }, networkPolicy: { enabled: false } } })}`;
}

/** A tenant's pool, class and node names: tenant-<name>, or <name> where that is too long. */
const poolName = (tenant: string) => (tenant.length <= 56 ? `tenant-${tenant}` : tenant);

/** The label a tenant's pods select; a node cannot set it on itself (NodeRestriction). */
const POOL_LABEL = 'node-restriction.kubernetes.io/tenant';
/** The taint that keeps every other pod off a tenant's nodes, as an object and as a flag. */
const poolTaint = (tenant: string) => ({ key: 'tenant', value: tenant, effect: 'NoSchedule' });
const poolTaintFlag = (tenant: string) => `tenant=${tenant}:NoSchedule`;

/** The dedicated node pool in each provider's form, with the taint tenant=<name>:NoSchedule. */
function nodePools(
	provider: Provider,
	tenants: readonly string[],
	sandboxed: boolean,
): { file: string; text: string; applied: boolean } {
	// The dedicated pools as Kubernetes objects, one per tenant, where the provider has them.
	const yamlPools = (
		pool: (tenant: string) => object,
		note: (tenant: string) => string,
		header: string,
	) => ({
		file: 'node-pools.yaml',
		applied: true,
		text: yamlFile(
			tenants.map((tenant) => generated(pool(tenant), note(tenant))),
			header,
		),
	});
	if (provider === 'eks')
		return yamlPools(
			(tenant) => ({
				apiVersion: 'karpenter.sh/v1',
				kind: 'NodePool',
				metadata: { name: poolName(tenant) },
				spec: {
					template: {
						metadata: { labels: { [POOL_LABEL]: tenant } },
						spec: {
							nodeClassRef: {
								group: 'karpenter.k8s.aws',
								kind: 'EC2NodeClass',
								name: 'default',
							},
							taints: [poolTaint(tenant)],
							requirements: [
								{ key: 'karpenter.sh/capacity-type', operator: 'In', values: ['on-demand'] },
							],
						},
					},
				},
			}),
			(tenant) =>
				`${tenant}'s nodes: Karpenter (EKS Auto Mode or self-installed) labels and taints them.`,
			'Karpenter NodePools: a third-party resource, not schema-checked by the kit’s tests.',
		);
	if (provider === 'gke')
		return yamlPools(
			(tenant) => ({
				apiVersion: 'cloud.google.com/v1',
				kind: 'ComputeClass',
				metadata: { name: poolName(tenant) },
				spec: {
					priorities: [{ machineFamily: 'n4' }],
					nodePoolAutoCreation: { enabled: true },
					nodePoolConfig: {
						...(sandboxed ? { sandbox: { type: 'gvisor' } } : {}),
						nodeLabels: { [POOL_LABEL]: tenant },
						taints: [poolTaint(tenant)],
					},
				},
			}),
			(tenant) => `${tenant}'s nodes: GKE creates node pools for this ComputeClass on demand.`,
			'GKE ComputeClasses: a third-party resource, not schema-checked by the kit’s tests.',
		);
	const command = (tenant: string) =>
		provider === 'aks'
			? `az aks nodepool add --resource-group <group> --cluster-name <cluster> --name ${tenant.replaceAll('-', '').slice(0, 12) || 'pool'} --node-taints ${poolTaintFlag(tenant)} --labels ${POOL_LABEL}=${tenant}`
			: `kubectl taint nodes <node> ${poolTaintFlag(tenant)} && kubectl label nodes <node> ${POOL_LABEL}=${tenant}`;
	return {
		file: 'node-pools.md',
		applied: false,
		text: `# Tenant node pools\n\n${provider === 'aks' ? 'AKS builds node pools with the Azure CLI, not with Kubernetes objects. One pool per tenant:' : 'On nodes you run yourself, taint and label each tenant’s nodes (your node provisioning should do it at registration):'}\n\n\`\`\`sh\n${tenants.map(command).join('\n')}\n\`\`\`\n\nThe taint keeps other pods off; the label (which a node cannot set on itself under the NodeRestriction admission plugin) is what each tenant’s pods select. platform/tenant-toleration-policy.yaml stops a tenant tolerating another’s taint.\n`,
	};
}
