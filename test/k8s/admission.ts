/**
 * Evaluates the guide's ValidatingAdmissionPolicies the way the API server does, for one object
 * at a time: the policy's matchConstraints and the binding's matchResources (resource rules,
 * namespace and object selectors), the policy's matchConditions, its paramKind with the binding's
 * paramRef, its variables, then each validation, with a maintained CEL implementation
 * (@marcbachmann/cel-js). Only what the guide's policies use is modelled: CREATE requests, no
 * authorizer, no type checking against the OpenAPI schemas.
 * https://kubernetes.io/docs/reference/access-authn-authz/validating-admission-policy/
 */
import { Environment } from '@marcbachmann/cel-js';
import type { Manifest } from './bundle.ts';

const cel = new Environment({
	enableOptionalTypes: true,
	homogeneousAggregateLiterals: false,
	unlistedVariablesAreDyn: true,
});

/** CEL has int and double; YAML integers become CEL ints, as the API server's conversion does. */
function toCel(value: unknown): unknown {
	if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
	if (Array.isArray(value)) return value.map(toCel);
	if (typeof value === 'object' && value !== null)
		return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toCel(inner)]));
	return value;
}

export function evaluateCel(expression: string, context: Record<string, unknown>): unknown {
	return cel.evaluate(expression, toCel(context) as Record<string, unknown>);
}

/** The plural resource name the API serves a kind under (enough for the kinds the guide uses). */
export function resourceOf(kind: string): string {
	const lower = kind.toLowerCase();
	if (lower.endsWith('y')) return `${lower.slice(0, -1)}ies`;
	if (lower.endsWith('s')) return `${lower}es`;
	return `${lower}s`;
}

function groupOf(apiVersion: string): string {
	return apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
}

function versionOf(apiVersion: string): string {
	return apiVersion.slice(apiVersion.indexOf('/') + 1);
}

const matchesList = (list: string[] | undefined, value: string) =>
	(list ?? []).includes('*') || (list ?? []).includes(value);

function matchesResourceRules(rules: Manifest[] | undefined, object: Manifest): boolean {
	return (rules ?? []).some(
		(rule) =>
			matchesList(rule.apiGroups, groupOf(object.apiVersion)) &&
			matchesList(rule.apiVersions, versionOf(object.apiVersion)) &&
			matchesList(rule.operations, 'CREATE') &&
			matchesList(rule.resources, resourceOf(object.kind)),
	);
}

/** A metav1.LabelSelector against a set of labels; an absent selector matches everything. */
export function matchesSelector(
	selector: Manifest | undefined,
	labels: Record<string, string> = {},
): boolean {
	if (!selector) return true;
	for (const [key, value] of Object.entries(
		(selector.matchLabels ?? {}) as Record<string, string>,
	)) {
		if (labels[key] !== value) return false;
	}
	return ((selector.matchExpressions ?? []) as Manifest[]).every((expression) => {
		const has = expression.key in labels;
		const values = (expression.values ?? []) as string[];
		switch (expression.operator) {
			case 'In':
				return has && values.includes(labels[expression.key]!);
			case 'NotIn':
				return !has || !values.includes(labels[expression.key]!);
			case 'Exists':
				return has;
			case 'DoesNotExist':
				return !has;
			default:
				throw new Error(`unknown selector operator ${expression.operator}`);
		}
	});
}

function matchesScope(
	constraints: Manifest | undefined,
	object: Manifest,
	namespace: Manifest | undefined,
): boolean {
	if (!constraints) return true;
	if (constraints.resourceRules && !matchesResourceRules(constraints.resourceRules, object))
		return false;
	// A namespaceSelector does not apply to cluster-scoped objects (or to Namespaces themselves).
	if (namespace && !matchesSelector(constraints.namespaceSelector, namespace.metadata?.labels))
		return false;
	return matchesSelector(constraints.objectSelector, object.metadata?.labels);
}

export interface Denial {
	policy: string;
	binding: string;
	message: string;
}

export interface PolicyInputs {
	policies: Manifest[];
	bindings: Manifest[];
	/** Objects a binding's paramRef may find: every document of the bundle. */
	objects: Manifest[];
}

function findParams(
	policy: Manifest,
	binding: Manifest,
	objects: Manifest[],
	namespaceName: string | undefined,
): Manifest[] | 'missing' | undefined {
	const paramKind = policy.spec?.paramKind;
	if (!paramKind) return undefined;
	const ref = binding.spec?.paramRef;
	if (!ref) return 'missing';
	const candidates = objects.filter(
		(object) =>
			object.apiVersion === paramKind.apiVersion &&
			object.kind === paramKind.kind &&
			(ref.namespace === undefined
				? object.metadata?.namespace === namespaceName || object.metadata?.namespace === undefined
				: object.metadata?.namespace === ref.namespace) &&
			(ref.name === undefined || object.metadata?.name === ref.name) &&
			(ref.selector === undefined || matchesSelector(ref.selector, object.metadata?.labels)),
	);
	return candidates.length > 0 ? candidates : 'missing';
}

/**
 * The denials that the bound policies give for creating `object` in `namespace` (the Namespace
 * object, undefined for cluster-scoped objects). Bindings whose validationActions do not include
 * Deny only warn or audit, so they deny nothing.
 */
export function admissionDenials(
	{ policies, bindings, objects }: PolicyInputs,
	object: Manifest,
	namespace: Manifest | undefined,
): Denial[] {
	const denials: Denial[] = [];
	for (const binding of bindings) {
		const policy = policies.find((p) => p.metadata?.name === binding.spec?.policyName);
		if (!policy) continue;
		const name = policy.metadata.name as string;
		const bindingName = binding.metadata?.name as string;
		if (!((binding.spec.validationActions ?? []) as string[]).includes('Deny')) continue;
		if (!policy.spec.matchConstraints?.resourceRules) continue;
		if (!matchesScope(policy.spec.matchConstraints, object, namespace)) continue;
		if (!matchesScope(binding.spec.matchResources, object, namespace)) continue;
		const base: Record<string, unknown> = {
			object,
			oldObject: null,
			namespaceObject: namespace ?? null,
			request: {
				operation: 'CREATE',
				namespace: namespace?.metadata?.name ?? '',
				userInfo: { username: 'tenant-a-developer', groups: ['tenant-a-developers'] },
			},
		};
		const conditions = (policy.spec.matchConditions ?? []) as Manifest[];
		if (!conditions.every((condition) => evaluateCel(condition.expression, base) === true))
			continue;
		const params = findParams(policy, binding, objects, namespace?.metadata?.name);
		if (params === 'missing') {
			if (binding.spec.paramRef?.parameterNotFoundAction !== 'Allow')
				denials.push({ policy: name, binding: bindingName, message: 'no parameter found' });
			continue;
		}
		for (const param of params ?? [null]) {
			const context: Record<string, unknown> = { ...base, params: param };
			const variables: Record<string, unknown> = {};
			for (const variable of (policy.spec.variables ?? []) as Manifest[]) {
				variables[variable.name] = evaluateCel(variable.expression, { ...context, variables });
			}
			context['variables'] = variables;
			for (const validation of (policy.spec.validations ?? []) as Manifest[]) {
				if (evaluateCel(validation.expression, context) === true) continue;
				const message = validation.messageExpression
					? String(evaluateCel(validation.messageExpression, context))
					: (validation.message ?? validation.expression);
				denials.push({ policy: name, binding: bindingName, message });
			}
		}
	}
	return denials;
}
