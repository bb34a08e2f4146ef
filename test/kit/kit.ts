/**
 * A generated kit as the tests read it: its files, the bundle kustomize would apply to each
 * cluster folder (following resources: entries), and the Pods its workloads would create.
 */
import { parseAllDocuments } from 'yaml';
import { posix } from 'node:path';
import type { KitFile } from '../../src/lib/kit/generate.ts';
import { admissionDenials } from '../k8s/admission.ts';
import {
	namespaceObject,
	ofKind,
	podsFromBundle,
	withRuntimeClass,
	type BundleDocument,
	type Manifest,
} from '../k8s/bundle.ts';
import { restrictedViolations } from '../k8s/pod-security.ts';
import { REFERENCE_CHECKS } from '../k8s/references.ts';

export const byPath = (files: KitFile[]) => new Map(files.map((file) => [file.path, file.text]));

export const docsOf = (path: string, text: string): BundleDocument[] =>
	parseAllDocuments(text).map((doc, index) => ({
		example: path,
		document: index + 1,
		manifest: doc.toJS() as Manifest,
	}));

/** Every file a kustomization reaches, as kustomize would load it. */
export function kustomize(files: Map<string, string>, dir: string): string[] {
	const text = files.get(posix.join(dir, 'kustomization.yaml'));
	if (text === undefined) throw new Error(`${dir} has no kustomization.yaml`);
	const { resources = [] } = parseAllDocuments(text)[0]!.toJS() as { resources?: string[] };
	return resources.flatMap((resource) => {
		const path = posix.normalize(posix.join(dir, resource));
		if (files.has(path)) return [path];
		return kustomize(files, path);
	});
}

/** Third-party kinds the kit may hold; the schema test cannot check them. */
export const THIRD_PARTY = new Set([
	'karpenter.sh/v1 NodePool',
	'cloud.google.com/v1 ComputeClass',
]);

/**
 * What a kit's cluster bundle gets wrong, as the unit and e2e tests both check it: each Pod
 * template against restricted Pod Security and the bundle's own admission policies, and each
 * reference check over the whole bundle.
 */
export function bundleProblems(bundle: BundleDocument[]) {
	const inputs = {
		policies: ofKind(bundle, 'ValidatingAdmissionPolicy'),
		bindings: ofKind(bundle, 'ValidatingAdmissionPolicyBinding'),
		objects: bundle.map(({ manifest }) => manifest),
	};
	const pods = podsFromBundle(bundle);
	const failures = pods.flatMap(({ origin, pod }) => [
		...restrictedViolations(pod).map((v) => `${origin}: ${v}`),
		...admissionDenials(
			inputs,
			withRuntimeClass(pod, ofKind(bundle, 'RuntimeClass')),
			namespaceObject(bundle, pod.metadata.namespace),
		).map((d) => `${origin}: ${d.policy}: ${d.message}`),
	]);
	const references = Object.entries(REFERENCE_CHECKS).flatMap(([name, check]) =>
		check(bundle).map((problem) => `${name}: ${problem}`),
	);
	return { pods, failures, references };
}
