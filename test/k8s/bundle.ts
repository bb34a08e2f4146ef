/**
 * Loads every document of content/examples/ as one bundle, the way the guide tells readers to
 * apply them together, and turns every workload into the Pod the API server would see: Pods as
 * written, and the Pod templates of Deployments, StatefulSets, DaemonSets, ReplicaSets, Jobs and
 * CronJobs, in the namespace of their owner.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

// Manifests are arbitrary shapes; typing each path would restate the Kubernetes schemas.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Manifest = Record<string, any>;

export interface BundleDocument {
	/** The example's name, e.g. tenant-namespace (the file without .yaml). */
	example: string;
	/** 1-based index of the document within the file. */
	document: number;
	manifest: Manifest;
}

export interface PodFromExample {
	/** Where the pod comes from, e.g. "deployment-dns-ndots: Deployment tenant-a/shop-web". */
	origin: string;
	example: string;
	/** The Pod the API server would admit for this template, with defaults applied. */
	pod: Manifest;
}

export const EXAMPLES_DIR = 'content/examples';

export function loadBundle(dir = EXAMPLES_DIR): BundleDocument[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.flatMap((name) => {
			const text = readFileSync(join(dir, name), 'utf8');
			return parseAllDocuments(text).map((doc, index) => ({
				example: name.replace(/\.yaml$/, ''),
				document: index + 1,
				manifest: doc.toJS() as Manifest,
			}));
		});
}

export function describeObject(manifest: Manifest): string {
	const { namespace, name } = manifest.metadata ?? {};
	return `${manifest.kind} ${namespace ? `${namespace}/` : ''}${name}`;
}

/** The path to the Pod template of each workload kind (apps/v1 and batch/v1). */
function templateOf(manifest: Manifest): Manifest | undefined {
	switch (manifest.kind) {
		case 'Deployment':
		case 'StatefulSet':
		case 'DaemonSet':
		case 'ReplicaSet':
		case 'Job':
			return manifest.spec?.template;
		case 'CronJob':
			return manifest.spec?.jobTemplate?.spec?.template;
		default:
			return undefined;
	}
}

/**
 * The API server's defaulting that the guide's policies depend on: imagePullPolicy is Always for
 * an image without a tag or with :latest, and IfNotPresent otherwise (a digest counts as a tag).
 * https://kubernetes.io/docs/concepts/containers/images/#imagepullpolicy-defaulting
 */
export function defaultImagePullPolicy(image: string): 'Always' | 'IfNotPresent' {
	if (image.includes('@')) return 'IfNotPresent';
	const lastSegment = image.slice(image.lastIndexOf('/') + 1);
	const tag = lastSegment.includes(':') ? lastSegment.slice(lastSegment.indexOf(':') + 1) : '';
	return tag === '' || tag === 'latest' ? 'Always' : 'IfNotPresent';
}

export const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'] as const;

export function withDefaults(pod: Manifest): Manifest {
	const copy = structuredClone(pod);
	for (const list of CONTAINER_LISTS) {
		for (const container of (copy.spec?.[list] ?? []) as Manifest[]) {
			container.imagePullPolicy ??= defaultImagePullPolicy(String(container.image ?? ''));
		}
	}
	return copy;
}

export function podsFromBundle(bundle: BundleDocument[]): PodFromExample[] {
	return bundle.flatMap(({ example, manifest }) => {
		let pod: Manifest | undefined;
		if (manifest.kind === 'Pod') {
			pod = manifest;
		} else {
			const template = templateOf(manifest);
			if (!template) return [];
			pod = {
				apiVersion: 'v1',
				kind: 'Pod',
				metadata: {
					...template.metadata,
					name: `${manifest.metadata?.name}-pod`,
					namespace: manifest.metadata?.namespace,
				},
				spec: template.spec,
			};
		}
		return [{ origin: `${example}: ${describeObject(manifest)}`, example, pod: withDefaults(pod) }];
	});
}

export function ofKind(bundle: BundleDocument[], kind: string): Manifest[] {
	return bundle.filter(({ manifest }) => manifest.kind === kind).map(({ manifest }) => manifest);
}

/**
 * What the RuntimeClass admission plugin does before any validating policy sees a pod: it adds the
 * class's scheduling nodeSelector and tolerations, and refuses a class that does not exist.
 * https://kubernetes.io/docs/concepts/containers/runtime-class/#scheduling
 */
export function withRuntimeClass(pod: Manifest, runtimeClasses: Manifest[]): Manifest {
	const name = pod.spec?.runtimeClassName;
	if (!name) return pod;
	const runtimeClass = runtimeClasses.find((rc) => rc.metadata?.name === name);
	if (!runtimeClass) return pod;
	const copy = structuredClone(pod);
	const scheduling = runtimeClass.scheduling ?? {};
	copy.spec.nodeSelector = { ...copy.spec.nodeSelector, ...scheduling.nodeSelector };
	const tolerations = [...(copy.spec.tolerations ?? []), ...(scheduling.tolerations ?? [])];
	if (tolerations.length > 0) copy.spec.tolerations = tolerations;
	return copy;
}

/** The Namespace object a namespaced object lands in: the bundle's own, or a bare one. */
export function namespaceObject(bundle: BundleDocument[], name: string): Manifest {
	const own = ofKind(bundle, 'Namespace').find((ns) => ns.metadata?.name === name);
	const namespace = own
		? structuredClone(own)
		: { apiVersion: 'v1', kind: 'Namespace', metadata: { name } };
	// The control plane sets this label on every namespace (since v1.22).
	namespace.metadata.labels = { ...namespace.metadata.labels, 'kubernetes.io/metadata.name': name };
	return namespace;
}
