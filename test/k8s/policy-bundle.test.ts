/**
 * The guide's examples form one bundle: applied together, as the pages tell readers to, every
 * Pod they create must pass the restricted Pod Security Standard and the guide's own admission
 * policies, and every name one example refers to must exist in another.
 * Pod Security Standards: https://kubernetes.io/docs/concepts/security/pod-security-standards/
 */
import { describe, expect, it } from 'vitest';
import { admissionDenials, type PolicyInputs } from './admission.ts';
import {
	describeObject,
	loadBundle,
	namespaceObject,
	ofKind,
	podsFromBundle,
	withRuntimeClass,
	type Manifest,
} from './bundle.ts';
import { restrictedViolations } from './pod-security.ts';
import { hostnameMatches, listenersFor, REFERENCE_CHECKS } from './references.ts';

const bundle = loadBundle();
const pods = podsFromBundle(bundle);
const runtimeClasses = ofKind(bundle, 'RuntimeClass');
const inputs: PolicyInputs = {
	policies: ofKind(bundle, 'ValidatingAdmissionPolicy'),
	bindings: ofKind(bundle, 'ValidatingAdmissionPolicyBinding'),
	objects: bundle.map(({ manifest }) => manifest),
};
const WORKLOAD_KINDS = new Set([
	'Pod',
	'Deployment',
	'StatefulSet',
	'DaemonSet',
	'ReplicaSet',
	'Job',
	'CronJob',
]);

function admit(object: Manifest) {
	const namespace = object.metadata?.namespace;
	return admissionDenials(
		inputs,
		object,
		namespace ? namespaceObject(bundle, namespace) : undefined,
	).map(({ policy, message }) => `${policy}: ${message}`);
}

describe('the examples bundle', () => {
	it('has Pod templates and admission policies to check', () => {
		expect(pods.length).toBeGreaterThanOrEqual(3);
		expect(inputs.policies.length).toBeGreaterThanOrEqual(4);
	});

	describe.each(pods.map(({ origin, pod }) => ({ origin, pod })))('$origin', ({ pod }) => {
		it('meets the restricted Pod Security Standard', () => {
			expect(restrictedViolations(pod)).toEqual([]);
		});

		it('is admitted by the guide’s ValidatingAdmissionPolicies', () => {
			expect(admit(withRuntimeClass(pod, runtimeClasses))).toEqual([]);
		});
	});

	it('has no other object that the guide’s own policies refuse', () => {
		const refused = bundle
			.filter(({ manifest }) => !WORKLOAD_KINDS.has(manifest.kind))
			.flatMap(({ example, manifest }) =>
				admit(manifest).map((denial) => `${example}: ${describeObject(manifest)}: ${denial}`),
			);
		expect(refused).toEqual([]);
	});

	it.each(Object.entries(REFERENCE_CHECKS))('passes %s', (_name, check) => {
		expect(check(bundle)).toEqual([]);
	});
});

describe('the hostname policy and the shared Gateway', () => {
	// Every hostname the policy lets a tenant claim must be one that the tenant's listener serves:
	// otherwise the route is admitted and then silently not served. The probes are each wildcard
	// listener's own zone apex and a name under it.
	const tenants = ofKind(bundle, 'Namespace').filter((ns) => ns.metadata?.labels?.tenant);

	it('has tenant namespaces with listeners to check', () => {
		expect(tenants.length).toBeGreaterThan(0);
	});

	it.each(tenants.map((ns) => ns.metadata.name as string))(
		'admits only hostnames that %s’s listeners serve',
		(namespace) => {
			const listeners = listenersFor(bundle, namespace, 'HTTPRoute');
			const probes = listeners.flatMap(({ listener }) => {
				const zone = String(listener.hostname ?? '').replace(/^\*\./, '');
				return [zone, `www.${zone}`];
			});
			const unserved = probes.filter((hostname) => {
				const route = {
					apiVersion: 'gateway.networking.k8s.io/v1',
					kind: 'HTTPRoute',
					metadata: { name: 'probe', namespace },
					spec: { hostnames: [hostname], rules: [{}] },
				};
				const admitted = admit(route).length === 0;
				const served = listeners.some(({ listener }) =>
					hostnameMatches(listener.hostname, hostname),
				);
				return admitted && !served;
			});
			expect(unserved, 'admitted by the policy but served by no listener').toEqual([]);
		},
	);
});

describe('the sandbox policy on each provider', () => {
	// Each provider ships its sandbox RuntimeClass under its own name, so the policy that requires
	// a sandbox must take the name as a parameter instead of assuming a self-installed gVisor.
	const PROVIDER_CLASSES = {
		'GKE Sandbox': 'gvisor',
		'AKS Pod Sandboxing': 'kata-vm-isolation',
		'EKS sandboxed pods': 'isolated-sandbox',
		'self-managed gVisor (gvisor-runtimeclass.yaml)': 'gvisor',
	};
	const policy = inputs.policies.find((p) => p.metadata.name === 'require-sandbox');
	const binding = inputs.bindings.find((b) => b.spec.policyName === 'require-sandbox');
	const sandboxNamespace = ofKind(bundle, 'Namespace')
		.map((ns) => namespaceObject(bundle, ns.metadata.name))
		.find(
			(ns) =>
				admissionDenials(
					{ ...inputs, policies: policy ? [policy] : [] },
					{
						apiVersion: 'v1',
						kind: 'Pod',
						metadata: { name: 'p', namespace: ns.metadata.name },
						spec: { containers: [] },
					},
					ns,
				).length > 0,
		);

	it('exists, and a namespace of the bundle requires it', () => {
		expect(policy).toBeDefined();
		expect(binding).toBeDefined();
		expect(sandboxNamespace?.metadata.name).toBeDefined();
	});

	it.each(Object.entries(PROVIDER_CLASSES))(
		'%s: with the class name %s as its parameter, admits only sandboxed pods',
		(_provider, runtimeClassName) => {
			expect(policy?.spec.paramKind, 'the policy takes no parameter').toBeDefined();
			const ref = binding!.spec.paramRef;
			const param = inputs.objects.find(
				(object) =>
					object.kind === policy!.spec.paramKind.kind && object.metadata?.name === ref?.name,
			);
			expect(param, 'the binding’s parameter object is not in the bundle').toBeDefined();
			const providerParam = structuredClone(param!);
			providerParam['data'] = { ...providerParam['data'], runtimeClassName };
			const providerInputs = {
				policies: [policy!],
				bindings: [binding!],
				objects: [providerParam],
			};
			const pod = (runtimeClass?: string): Manifest => ({
				apiVersion: 'v1',
				kind: 'Pod',
				metadata: { name: 'job', namespace: sandboxNamespace!.metadata.name },
				spec: { ...(runtimeClass ? { runtimeClassName: runtimeClass } : {}), containers: [] },
			});
			expect(admissionDenials(providerInputs, pod(runtimeClassName), sandboxNamespace)).toEqual([]);
			expect(admissionDenials(providerInputs, pod(), sandboxNamespace)).not.toEqual([]);
			expect(admissionDenials(providerInputs, pod('runc'), sandboxNamespace)).not.toEqual([]);
		},
	);
});

describe('the internet egress rule', () => {
	// ipBlock is meant for addresses outside the cluster; on several network plugins a
	// 0.0.0.0/0 rule also reaches pod, Service, node and VPC addresses. The private ranges those
	// usually come from must be excepted along with the metadata endpoint.
	// https://kubernetes.io/docs/concepts/services-networking/network-policies/
	const PRIVATE_V4 = [
		'10.0.0.0/8',
		'172.16.0.0/12',
		'192.168.0.0/16',
		'100.64.0.0/10',
		'169.254.169.254/32',
	];
	const openWorld = ofKind(bundle, 'NetworkPolicy').flatMap((policy) =>
		((policy.spec?.egress ?? []) as Manifest[])
			.flatMap((rule) => (rule.to ?? []) as Manifest[])
			.filter((peer) => peer.ipBlock?.cidr === '0.0.0.0/0')
			.map((peer) => ({ name: describeObject(policy), ipBlock: peer.ipBlock as Manifest })),
	);

	it.each(openWorld)('$name excepts the private and metadata ranges', ({ ipBlock }) => {
		expect(ipBlock['except'] ?? []).toEqual(expect.arrayContaining(PRIVATE_V4));
	});
});
