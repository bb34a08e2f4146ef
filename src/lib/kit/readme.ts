/**
 * The kit's README.md: the verdict and share link, the order to apply, what each folder does,
 * what the kit leaves out, the guide page behind each file, and the Multi-Tenancy Benchmarks
 * table (each behaviour and the file that implements it, which test/kit checks).
 */
import { YES } from '../decision/plan.ts';
import type { PlanView } from '../decision/explain.ts';
import { verdictWords } from '../decision/words.ts';
import { EXAMPLE_PAGES } from './pages.ts';
import { PROVIDER_NAMES, type KitCluster, type KitFeatures, type Provider } from './features.ts';

export interface Behaviour {
	id: string;
	level: 1 | 2;
	says: string;
	/** Paths in the kit; <name> stands for each tenant. */
	files: string[];
}

/** The profile-level-1 behaviours of the Multi-Tenancy Benchmarks, and level-2 self-service. */
export function benchmarkRows(features: KitFeatures): Behaviour[] {
	const ns = 'tenants/<name>/namespace.yaml';
	const rows: Behaviour[] = [
		{
			id: 'block-cluster-resources',
			level: 1,
			says: 'No access to cluster-scoped resources or other tenants’ namespaces',
			files: [
				'platform/tenant-developer-clusterrole.yaml',
				'tenants/<name>/developer-rolebinding.yaml',
			],
		},
		{
			id: 'drop-capabilities',
			level: 1,
			says: 'No added capabilities; all capabilities dropped (Pod Security restricted)',
			files: [ns],
		},
		{
			id: 'block-privileged',
			level: 1,
			says: 'No privileged containers and no privilege escalation (Pod Security restricted)',
			files: [ns],
		},
		{
			id: 'run-as-non-root',
			level: 1,
			says: 'Containers run as non-root (Pod Security restricted)',
			files: [ns],
		},
		{
			id: 'block-host',
			level: 1,
			says: 'No hostPath volumes, host network or ports, host PID or IPC (Pod Security restricted)',
			files: [ns],
		},
		{
			id: 'block-nodeports',
			level: 1,
			says: 'No NodePort Services (the kit’s own policy, and a zero quota)',
			files: ['platform/deny-nodeport-policy.yaml', 'tenants/<name>/resource-quota.yaml'],
		},
		{
			id: 'quotas',
			level: 1,
			says: 'Resource quotas and object-count limits, which tenants can read but not change',
			files: [
				'tenants/<name>/resource-quota.yaml',
				'tenants/<name>/object-count-quota.yaml',
				'platform/tenant-developer-clusterrole.yaml',
			],
		},
		{
			id: 'always-pull',
			level: 1,
			says: 'Images always pulled, so each pod’s own credentials are checked',
			files: ['platform/require-always-pull-policy.yaml'],
		},
		{
			id: 'reclaim-delete',
			level: 1,
			says: 'Tenant volumes are deleted with their claim (reclaimPolicy: Delete)',
			files: ['platform/tenant-storageclass.yaml', 'tenants/<name>/storage-quota.yaml'],
		},
	];
	if (features.selfService === YES)
		rows.push(
			{
				id: 'self-service-rolebindings',
				level: 2,
				says: 'Tenants create role bindings in their own namespace',
				files: [
					'platform/tenant-self-service-clusterrole.yaml',
					'tenants/<name>/self-service-rolebinding.yaml',
				],
			},
			{
				id: 'self-service-networkpolicies',
				level: 2,
				says: 'Tenants create network policies in their own namespace',
				files: [
					'platform/tenant-self-service-clusterrole.yaml',
					'tenants/<name>/self-service-rolebinding.yaml',
				],
			},
		);
	return rows;
}

interface ReadmeInput {
	view: PlanView;
	provider: Provider;
	tenants: readonly string[];
	shareUrl: string;
	date: string;
	features: KitFeatures;
	clusters: KitCluster[];
	files: { path: string; example?: string }[];
}

const GUIDE = 'https://kubernetes.io/docs/concepts/security/multi-tenancy/';

export function kitReadme(input: ReadmeInput): string {
	const { view, provider, features, clusters } = input;
	// The guide's root, with its base path: the share link is <root>decide/plan/?…
	const guideRoot = input.shareUrl.replace(/decide\/plan\/.*$/, '');
	const firm = clusters.filter((cluster) => !cluster.conditional);
	const lines = [
		'# Starter kit for your plan',
		'',
		`**${verdictWords(view)}.**`,
		'',
		`Made on ${input.date} for ${PROVIDER_NAMES[provider]} from your plan: <${input.shareUrl}>. The files come from the examples of the guide *Namespaces or clusters?*; each names the example and the page that explains it.`,
		'',
		'## Apply it',
		'',
		'Create the clusters first (the kit does not), then, for each cluster:',
		'',
		'```sh',
		...firm.map((cluster) => `kubectl apply -k clusters/${cluster.folder}/   # ${cluster.note}`),
		'```',
		'',
		'kustomize puts namespaces and cluster-scoped objects (roles, classes, policies) before the objects that use them. Try it first with `kubectl apply --dry-run=server -k …`. Then apply a sample workload by hand, for example `kubectl apply -f tenants/' +
			(input.tenants[0] ?? '<name>') +
			'/example-app.yaml`: it passes every policy of the kit.',
		'',
		'## What each folder does',
		'',
		'- `clusters/<cluster>/`: one folder per cluster your plan names (a template folder and its README where the count is a range or open); its `kustomization.yaml` lists what that cluster gets.',
		'- `platform/`: what each cluster needs once: the tenant ClusterRoles, the admission policies, priority classes, the storage class' +
			(features.hardened === YES ? ', API Priority and Fairness for tenants' : '') +
			(features.sandbox === YES ? ', the sandbox policy and its runtime class' : '') +
			(features.pools === YES ? ', the tenant node pools and the toleration policy' : '') +
			'.',
		'- `tenants/<name>/`: each tenant’s namespace with its Pod Security labels, role bindings, quotas, limit range and default-deny network policies with DNS, same-namespace and gateway allows' +
			(features.identity === YES && provider !== 'any'
				? ', its workload-identity service account'
				: '') +
			(features.virtual === YES ? ', the values of its virtual cluster' : '') +
			', and a sample workload (`example-app.yaml`).',
		...(input.files.some((file) => file.path.startsWith('conditional/'))
			? [
					'- `conditional/<part>/`: parts your plan holds only if an answer you were not sure of turns out a certain way; each has a README. Nothing in it is applied until you move it in.',
				]
			: []),
		'',
		'## Before you apply',
		'',
		'- Replace `example.com` names, the registry and the figures of quotas and limits with your own; they are examples.',
		'- The network policies let in the shared gateway from the `gateway-system` namespace and DNS from `kube-system` pods labelled `k8s-app=kube-dns`: check both names in your cluster.',
		...(features.sandbox === YES
			? [
					provider === 'any'
						? '- The sandbox runs gVisor (`runsc`), which your nodes must have installed; `platform/sandbox-runtimeclass.yaml` sends sandboxed pods to nodes labelled and tainted `sandbox.example.com/runtime=gvisor`.'
						: `- The sandbox's RuntimeClass (\`${provider === 'gke' ? 'gvisor' : provider === 'aks' ? 'kata-vm-isolation' : 'isolated-sandbox'}\`) comes with ${PROVIDER_NAMES[provider]}'s own sandbox feature, which you turn on for the node pool; the kit creates none. Turn it on first, or the sandbox policy refuses every pod in the tenant namespaces.`,
				]
			: []),
		...(features.pools === YES
			? [
					'- Node pools: ' +
						(provider === 'eks'
							? '`platform/node-pools.yaml` holds Karpenter NodePools (an EC2NodeClass named `default` must exist).'
							: provider === 'gke'
								? '`platform/node-pools.yaml` holds GKE ComputeClasses; a tenant’s pods select theirs with the node selector `cloud.google.com/compute-class`, as `example-app.yaml` does.'
								: '`platform/node-pools.md` gives the commands; they are not Kubernetes objects.') +
						' Karpenter NodePools and GKE ComputeClasses are third-party resources: the kit’s tests do not check them against a schema, only that their taints match the tolerations.',
				]
			: []),
		'',
		'## What the kit leaves out on purpose',
		'',
		'- Creating the clusters and node pools’ infrastructure, and cloud IAM (roles, trust policies, federated credentials).',
		'- The GitOps controller that would apply these folders for you.',
		'- The shared Gateway and its listeners, and the audit log policy (see the guide).',
		'',
		'## Multi-Tenancy Benchmarks',
		'',
		`The behaviours the [Kubernetes Multi-Tenancy Benchmarks](https://github.com/kubernetes-sigs/multi-tenancy/tree/master/benchmarks) (archived in 2023, still the community's list of tenant-isolation checks) define at profile level 1${features.selfService === YES ? ', and the level-2 self-service your plan gives tenants who use the API' : ''}, and the file that implements each. \`<name>\` is each tenant.`,
		'',
		'| id | level | behaviour | files |',
		'| --- | --- | --- | --- |',
		...benchmarkRows(features).map(
			(row) =>
				`| ${row.id} | ${row.level} | ${row.says} | ${row.files.map((file) => `\`${file}\``).join(', ')} |`,
		),
		'',
		'## The guide behind each file',
		'',
		...input.files
			.filter(
				(file) =>
					file.example &&
					(!file.path.startsWith('tenants/') ||
						file.path.startsWith(`tenants/${input.tenants[0]}/`)),
			)
			.map(
				(file) =>
					`- \`${file.path.replace(`tenants/${input.tenants[0]}/`, 'tenants/<name>/')}\`: example \`${file.example}\`, explained on <${guideRoot}${(EXAMPLE_PAGES[file.example ?? ''] ?? '/').slice(1)}>`,
			),
		'',
		`Background: [Kubernetes documentation: Multi-tenancy](${GUIDE}).`,
		'',
	];
	return lines.join('\n');
}
