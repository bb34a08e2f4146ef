/**
 * A generated kit as the tests read it: its files, the bundle kustomize would apply to each
 * cluster folder (following resources: entries), and the Pods its workloads would create.
 */
import { parseAllDocuments } from 'yaml';
import { posix } from 'node:path';
import type { KitFile } from '../../src/lib/kit/generate.ts';
import type { BundleDocument, Manifest } from '../k8s/bundle.ts';

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
