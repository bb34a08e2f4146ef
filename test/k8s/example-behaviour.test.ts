/**
 * The guide's text makes claims about what its YAML examples do. Schema validation only shows that
 * they are well-formed; these tests read the examples and check the behaviour the text promises.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';

// The checks walk arbitrary manifest shapes; typing each path would restate the schemas.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Manifest = Record<string, any>;

function example(name: string): Manifest[] {
	const text = readFileSync(join('content/examples', `${name}.yaml`), 'utf8');
	return parseAllDocuments(text).map((doc) => doc.toJS() as Manifest);
}

function only(name: string): Manifest {
	const docs = example(name);
	expect(docs).toHaveLength(1);
	const [doc] = docs;
	if (!doc) throw new Error(`${name}.yaml has no document`);
	return doc;
}

describe('tenant-limitrange', () => {
	const limits: Manifest[] = only('tenant-limitrange').spec.limits;
	const containerItems = limits.filter((item) => item.type === 'Container');

	it('has a Container item', () => {
		expect(containerItems.length).toBeGreaterThan(0);
	});

	// Without an explicit default, the API server copies max into default (pkg/apis/core/v1/defaults.go),
	// so a container without a limit would silently get the maximum as its limit.
	it('sets an explicit default limit for every resource that has a max', () => {
		for (const item of containerItems) {
			for (const resource of Object.keys(item.max ?? {})) {
				expect(item.default ?? {}, `default.${resource}`).toHaveProperty(resource);
			}
		}
	});

	// Likewise, a missing defaultRequest is copied from default, making requests as large as limits.
	it('sets an explicit default request for every resource that has a default limit', () => {
		for (const item of containerItems) {
			for (const resource of Object.keys(item.default ?? {})) {
				expect(item.defaultRequest ?? {}, `defaultRequest.${resource}`).toHaveProperty(resource);
			}
		}
	});
});

function egressPeers(policy: Manifest): Manifest[] {
	return (policy.spec.egress ?? []).flatMap((rule: Manifest) => rule.to ?? []);
}

function allowsPort53(rule: Manifest): boolean {
	const ports: Manifest[] = rule.ports ?? [];
	const protocols = ports.filter((port) => port.port === 53).map((port) => port.protocol ?? 'TCP');
	return protocols.includes('UDP') && protocols.includes('TCP');
}

describe('DNS egress policies', () => {
	it('allow the cluster DNS pods on port 53 over UDP and TCP', () => {
		const policy = only('allow-dns-egress-networkpolicy');
		expect(policy.spec.podSelector).toEqual({});
		const rule = policy.spec.egress.find((r: Manifest) =>
			(r.to ?? []).some(
				(peer: Manifest) =>
					peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === 'kube-system',
			),
		);
		expect(rule).toBeDefined();
		expect(allowsPort53(rule)).toBe(true);
	});

	it('allow the link-local resolvers of GKE Cloud DNS and NodeLocal DNSCache with ipBlock rules, on port 53 only', () => {
		const policy = only('allow-link-local-dns-egress-networkpolicy');
		expect(policy.spec.podSelector).toEqual({});
		const cidrs = egressPeers(policy).map((peer) => peer.ipBlock?.cidr);
		expect(cidrs).toEqual(expect.arrayContaining(['169.254.169.254/32', '169.254.20.10/32']));
		for (const rule of policy.spec.egress) {
			expect(allowsPort53(rule)).toBe(true);
			expect((rule.ports as Manifest[]).every((port) => port.port === 53)).toBe(true);
		}
	});
});

describe('the default-deny bundle', () => {
	const bundle = [
		'default-deny-networkpolicy',
		'allow-dns-egress-networkpolicy',
		'allow-link-local-dns-egress-networkpolicy',
		'allow-same-namespace-networkpolicy',
		'allow-from-gateway-networkpolicy',
		'allow-gke-metadata-networkpolicy',
		'allow-apiserver-egress-networkpolicy',
	].map(only);

	it('lives in one tenant namespace', () => {
		expect(new Set(bundle.map((policy) => policy.metadata.namespace))).toEqual(
			new Set(['tenant-a']),
		);
	});

	it('starts by denying all ingress and egress for every pod', () => {
		const deny = only('default-deny-networkpolicy');
		expect(deny.spec.podSelector).toEqual({});
		expect(deny.spec.policyTypes).toEqual(expect.arrayContaining(['Ingress', 'Egress']));
		expect(deny.spec.ingress).toBeUndefined();
		expect(deny.spec.egress).toBeUndefined();
	});

	it('never opens traffic to or from every namespace with an empty namespaceSelector', () => {
		for (const policy of bundle) {
			const peers = [
				...(policy.spec.ingress ?? []).flatMap((rule: Manifest) => rule.from ?? []),
				...(policy.spec.egress ?? []).flatMap((rule: Manifest) => rule.to ?? []),
			];
			for (const peer of peers) {
				if ('namespaceSelector' in peer) {
					expect(peer.namespaceSelector, policy.metadata.name).not.toEqual({});
				}
			}
		}
	});

	it('lets the shared gateway or ingress controller in, from its own namespace only', () => {
		const allow = only('allow-from-gateway-networkpolicy');
		expect(allow.spec.policyTypes).toEqual(['Ingress']);
		const sources = allow.spec.ingress.flatMap((rule: Manifest) => rule.from);
		expect(sources).toHaveLength(1);
		expect(Object.keys(sources[0])).toEqual(['namespaceSelector']);
		expect(Object.keys(sources[0].namespaceSelector.matchLabels)).toEqual([
			'kubernetes.io/metadata.name',
		]);
	});
});

describe('egress rules for what a default deny cuts off', () => {
	const rulePorts = (policy: Manifest) =>
		(policy.spec.egress as Manifest[]).map((rule) => ({
			cidrs: (rule.to as Manifest[]).map((peer) => peer.ipBlock?.cidr),
			ports: (rule.ports as Manifest[]).map((port) => `${port.protocol}/${port.port}`),
		}));

	// Google's requirements for Workload Identity Federation with network policy: TCP 80 on
	// 169.254.169.254 with Dataplane V2, TCP 988 on 169.254.169.252 without it. Nothing else.
	it('open only the GKE metadata server, on its own port per dataplane', () => {
		expect(rulePorts(only('allow-gke-metadata-networkpolicy'))).toEqual([
			{ cidrs: ['169.254.169.254/32'], ports: ['TCP/80'] },
			{ cidrs: ['169.254.169.252/32'], ports: ['TCP/988'] },
		]);
	});

	it('open the API server only to labelled pods, on one address and port', () => {
		const policy = only('allow-apiserver-egress-networkpolicy');
		expect(policy.spec.podSelector.matchLabels).toBeDefined();
		expect(rulePorts(policy)).toEqual([{ cidrs: ['192.0.2.10/32'], ports: ['TCP/443'] }]);
	});
});

describe('tenant-resourcequota', () => {
	const hard: Record<string, string> = only('tenant-resourcequota').spec.hard;

	it('caps storage in total, and per StorageClass in tenant-storage-quota', () => {
		expect(hard).toHaveProperty(['requests.storage']);
		const perClass: Record<string, string> = only('tenant-storage-quota').spec.hard;
		expect(only('tenant-storage-quota').metadata.namespace).toBe(
			only('tenant-resourcequota').metadata.namespace,
		);
		expect(
			Object.keys(perClass).some((key) =>
				/^[^.]+\.storageclass\.storage\.k8s\.io\/requests\.storage$/.test(key),
			),
		).toBe(true);
	});

	it('caps Ingress objects and HTTPRoutes', () => {
		expect(hard).toHaveProperty(['count/ingresses.networking.k8s.io']);
		expect(hard).toHaveProperty(['count/httproutes.gateway.networking.k8s.io']);
	});

	it('allows no LoadBalancer or NodePort Services', () => {
		expect(hard['services.loadbalancers']).toBe('0');
		expect(hard['services.nodeports']).toBe('0');
	});
});

describe('tenant-developer-clusterrole', () => {
	const rules: Manifest[] = only('tenant-developer-clusterrole').rules;
	const WRITE = ['create', 'update', 'patch', 'delete', 'deletecollection', '*'];
	const writes = (group: string, resource: string) =>
		rules.some(
			(rule) =>
				rule.apiGroups.includes(group) &&
				rule.resources.includes(resource) &&
				rule.verbs.some((verb: string) => WRITE.includes(verb)),
		);

	it('uses no wildcards', () => {
		for (const rule of rules) {
			expect([...rule.apiGroups, ...rule.resources, ...rule.verbs]).not.toContain('*');
		}
	});

	it('cannot write Ingresses, so a tenant cannot claim another tenant’s host on a shared controller', () => {
		expect(writes('networking.k8s.io', 'ingresses')).toBe(false);
		expect(writes('extensions', 'ingresses')).toBe(false);
	});

	it('cannot write Gateways or ReferenceGrants, only HTTPRoutes', () => {
		expect(writes('gateway.networking.k8s.io', 'gateways')).toBe(false);
		expect(writes('gateway.networking.k8s.io', 'referencegrants')).toBe(false);
		expect(writes('gateway.networking.k8s.io', 'httproutes')).toBe(true);
	});

	it('cannot delete the platform’s NetworkPolicies, quota or LimitRange', () => {
		expect(writes('networking.k8s.io', 'networkpolicies')).toBe(false);
		expect(writes('', 'resourcequotas')).toBe(false);
		expect(writes('', 'limitranges')).toBe(false);
	});

	it('grants no exec, Endpoints, EndpointSlices or Service status', () => {
		expect(rules.some((rule) => rule.resources.includes('pods/exec'))).toBe(false);
		expect(writes('', 'endpoints')).toBe(false);
		expect(writes('discovery.k8s.io', 'endpointslices')).toBe(false);
		expect(rules.some((rule) => rule.resources.includes('services/status'))).toBe(false);
	});
});
