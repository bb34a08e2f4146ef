/** The cross-reference checks of the examples bundle, on hand-built bundles. */
import { describe, expect, it } from 'vitest';
import type { BundleDocument, Manifest } from './bundle.ts';
import * as refs from './references.ts';

const bundleOf = (...manifests: Manifest[]): BundleDocument[] =>
	manifests.map((manifest, index) => ({ example: 'x', document: index + 1, manifest }));
const ns = (name: string, labels: Record<string, string> = {}) => ({
	apiVersion: 'v1',
	kind: 'Namespace',
	metadata: { name, labels },
});
const pod = (spec: Manifest) => ({
	apiVersion: 'v1',
	kind: 'Pod',
	metadata: { name: 'p', namespace: 'a' },
	spec: { containers: [], ...spec },
});

describe('cross-reference checks', () => {
	it('find a PriorityClass, StorageClass or RuntimeClass that is defined nowhere', () => {
		expect(refs.priorityClassReferences(bundleOf(pod({ priorityClassName: 'gold' })))).toHaveLength(
			1,
		);
		expect(
			refs.priorityClassReferences(bundleOf(pod({ priorityClassName: 'system-node-critical' }))),
		).toEqual([]);
		const quota = {
			kind: 'ResourceQuota',
			metadata: { name: 'q', namespace: 'a' },
			spec: { hard: { 'fast.storageclass.storage.k8s.io/requests.storage': '1Gi' } },
		};
		expect(refs.classQuotaReferences(bundleOf(quota))).toHaveLength(1);
		expect(
			refs.classQuotaReferences(
				bundleOf(quota, { kind: 'StorageClass', metadata: { name: 'fast' } }),
			),
		).toEqual([]);
		expect(refs.runtimeClassReferences(bundleOf(pod({ runtimeClassName: 'kata' })))).toHaveLength(
			1,
		);
	});

	it('find a quota key set twice in one namespace, counting count/pods as pods', () => {
		const q = (name: string, hard: Manifest) => ({
			kind: 'ResourceQuota',
			metadata: { name, namespace: 'a' },
			spec: { hard },
		});
		expect(
			refs.duplicateQuotaKeys(bundleOf(q('one', { pods: '10' }), q('two', { 'count/pods': '20' }))),
		).toHaveLength(1);
		expect(
			refs.duplicateQuotaKeys(bundleOf(q('one', { pods: '10' }), q('two', { services: '20' }))),
		).toEqual([]);
	});

	it('find roles, service accounts and namespace labels that are defined nowhere', () => {
		const binding = {
			kind: 'RoleBinding',
			metadata: { name: 'b', namespace: 'a' },
			roleRef: { kind: 'ClusterRole', name: 'reader' },
			subjects: [{ kind: 'ServiceAccount', name: 'bot' }],
		};
		expect(refs.roleReferences(bundleOf(binding))).toHaveLength(1);
		expect(refs.serviceAccountReferences(bundleOf(binding))).toHaveLength(1);
		const policy = {
			kind: 'NetworkPolicy',
			metadata: { name: 'n', namespace: 'a' },
			spec: { ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'x' } } }] }] },
		};
		expect(refs.namespaceLabelReferences(bundleOf(policy))).toHaveLength(1);
		expect(refs.namespaceLabelReferences(bundleOf(policy, ns('b', { team: 'x' })))).toEqual([]);
	});

	it('find a tenant toleration without node pinning, or for another tenant', () => {
		const tolerating = pod({
			tolerations: [{ key: 'tenant', operator: 'Equal', value: 'b', effect: 'NoSchedule' }],
		});
		expect(refs.taintReferences(bundleOf(ns('a', { tenant: 'a' }), tolerating))).toHaveLength(2);
	});

	it('match route hostnames against listener hostnames', () => {
		expect(refs.hostnameMatches('*.a.example.com', 'shop.a.example.com')).toBe(true);
		expect(refs.hostnameMatches('*.a.example.com', 'a.example.com')).toBe(false);
		expect(refs.hostnameMatches('a.example.com', 'a.example.com')).toBe(true);
		expect(refs.hostnameMatches(undefined, 'anything.example.com')).toBe(true);
	});

	it('find a route whose listener does not admit it, or a cross-namespace backend without a grant', () => {
		const gateway = {
			kind: 'Gateway',
			metadata: { name: 'g', namespace: 'infra' },
			spec: {
				gatewayClassName: 'c',
				listeners: [
					{
						name: 'l',
						hostname: '*.a.example.com',
						allowedRoutes: { namespaces: { from: 'Same' } },
					},
				],
			},
		};
		const route = {
			kind: 'HTTPRoute',
			metadata: { name: 'r', namespace: 'a' },
			spec: {
				parentRefs: [{ name: 'g', namespace: 'infra' }],
				rules: [{ backendRefs: [{ name: 's', namespace: 'b', port: 80 }] }],
			},
		};
		const problems = refs.gatewayReferences(
			bundleOf({ kind: 'GatewayClass', metadata: { name: 'c' } }, gateway, route),
		);
		expect(problems).toHaveLength(2);
	});
});
