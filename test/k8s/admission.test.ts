/** The CEL-based admission evaluator and the bundle helpers, on hand-built objects. */
import { describe, expect, it } from 'vitest';
import { admissionDenials, evaluateCel, matchesSelector, resourceOf } from './admission.ts';
import { defaultImagePullPolicy, withDefaults, type Manifest } from './bundle.ts';

const ns = (labels: Record<string, string>): Manifest => ({
	apiVersion: 'v1',
	kind: 'Namespace',
	metadata: { name: 'team', labels },
});
const podIn = (spec: Manifest): Manifest => ({
	apiVersion: 'v1',
	kind: 'Pod',
	metadata: { name: 'p', namespace: 'team' },
	spec,
});

describe('evaluateCel', () => {
	it('evaluates the Kubernetes-style expressions the guide uses', () => {
		const object = {
			spec: { containers: [{ name: 'a', imagePullPolicy: 'Always' }] },
			metadata: {},
		};
		expect(
			evaluateCel("object.spec.containers.all(c, c.imagePullPolicy == 'Always')", { object }),
		).toBe(true);
		expect(evaluateCel('has(object.spec.initContainers)', { object })).toBe(false);
		expect(evaluateCel("object.metadata.?labels['tenant'].orValue('none')", { object })).toBe(
			'none',
		);
		expect(evaluateCel('size(object.spec.containers) == 1', { object })).toBe(true);
	});
});

describe('matchesSelector and resourceOf', () => {
	it('implements matchLabels and the four operators', () => {
		const labels = { tenant: 'a', tier: 'web' };
		expect(matchesSelector({ matchLabels: { tenant: 'a' } }, labels)).toBe(true);
		expect(
			matchesSelector(
				{ matchExpressions: [{ key: 'tier', operator: 'In', values: ['db'] }] },
				labels,
			),
		).toBe(false);
		expect(
			matchesSelector(
				{ matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['db'] }] },
				labels,
			),
		).toBe(true);
		expect(
			matchesSelector({ matchExpressions: [{ key: 'x', operator: 'DoesNotExist' }] }, labels),
		).toBe(true);
		expect(matchesSelector({ matchExpressions: [{ key: 'x', operator: 'Exists' }] }, labels)).toBe(
			false,
		);
		expect(matchesSelector(undefined, labels)).toBe(true);
	});

	it('names the plural resources', () => {
		expect(resourceOf('Pod')).toBe('pods');
		expect(resourceOf('NetworkPolicy')).toBe('networkpolicies');
		expect(resourceOf('Ingress')).toBe('ingresses');
	});
});

describe('imagePullPolicy defaulting', () => {
	it('is Always for :latest or no tag, IfNotPresent for a tag or digest', () => {
		expect(defaultImagePullPolicy('registry.example.com:5000/app')).toBe('Always');
		expect(defaultImagePullPolicy('app:latest')).toBe('Always');
		expect(defaultImagePullPolicy('registry.example.com:5000/app:1.2')).toBe('IfNotPresent');
		expect(defaultImagePullPolicy('app@sha256:abc')).toBe('IfNotPresent');
		expect(
			withDefaults(podIn({ containers: [{ name: 'a', image: 'app:1' }] })).spec.containers[0]
				.imagePullPolicy,
		).toBe('IfNotPresent');
	});
});

describe('admissionDenials', () => {
	const policy: Manifest = {
		metadata: { name: 'needs-class' },
		spec: {
			paramKind: { apiVersion: 'v1', kind: 'ConfigMap' },
			matchConstraints: {
				namespaceSelector: { matchLabels: { sandboxed: 'true' } },
				resourceRules: [
					{ apiGroups: [''], apiVersions: ['v1'], operations: ['CREATE'], resources: ['pods'] },
				],
			},
			variables: [{ name: 'wanted', expression: 'params.data.runtimeClassName' }],
			validations: [
				{
					expression: "object.spec.?runtimeClassName.orValue('') == variables.wanted",
					messageExpression: "'use ' + variables.wanted",
				},
			],
		},
	};
	const binding = (extra: Manifest = {}): Manifest => ({
		metadata: { name: 'needs-class' },
		spec: {
			policyName: 'needs-class',
			validationActions: ['Deny'],
			paramRef: { name: 'sandbox', namespace: 'platform', parameterNotFoundAction: 'Deny' },
			...extra,
		},
	});
	const param = {
		apiVersion: 'v1',
		kind: 'ConfigMap',
		metadata: { name: 'sandbox', namespace: 'platform' },
		data: { runtimeClassName: 'gvisor' },
	};

	it('denies with the message expression, using params and variables', () => {
		const denials = admissionDenials(
			{ policies: [policy], bindings: [binding()], objects: [param] },
			podIn({ containers: [] }),
			ns({ sandboxed: 'true' }),
		);
		expect(denials.map((d) => d.message)).toEqual(['use gvisor']);
	});

	it('admits a matching pod, and skips namespaces outside the selector', () => {
		const inputs = { policies: [policy], bindings: [binding()], objects: [param] };
		expect(
			admissionDenials(
				inputs,
				podIn({ runtimeClassName: 'gvisor', containers: [] }),
				ns({ sandboxed: 'true' }),
			),
		).toEqual([]);
		expect(admissionDenials(inputs, podIn({ containers: [] }), ns({}))).toEqual([]);
	});

	it('denies when the parameter is missing, unless the binding allows it', () => {
		expect(
			admissionDenials(
				{ policies: [policy], bindings: [binding()], objects: [] },
				podIn({ containers: [] }),
				ns({ sandboxed: 'true' }),
			),
		).toHaveLength(1);
		const allow = binding({
			paramRef: { name: 'sandbox', namespace: 'platform', parameterNotFoundAction: 'Allow' },
		});
		expect(
			admissionDenials(
				{ policies: [policy], bindings: [allow], objects: [] },
				podIn({ containers: [] }),
				ns({ sandboxed: 'true' }),
			),
		).toEqual([]);
	});

	it('only warns for a binding without Deny, and respects the binding’s own selector', () => {
		const inputs = { policies: [policy], objects: [param] };
		expect(
			admissionDenials(
				{ ...inputs, bindings: [binding({ validationActions: ['Warn'] })] },
				podIn({ containers: [] }),
				ns({ sandboxed: 'true' }),
			),
		).toEqual([]);
		const narrowed = binding({
			matchResources: { namespaceSelector: { matchLabels: { tier: 'x' } } },
		});
		expect(
			admissionDenials(
				{ ...inputs, bindings: [narrowed] },
				podIn({ containers: [] }),
				ns({ sandboxed: 'true' }),
			),
		).toEqual([]);
	});
});
