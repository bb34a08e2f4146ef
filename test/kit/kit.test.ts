/**
 * The starter kit, generated for every plan shape the engine gives over a seeded sample of quiz
 * walks, for each provider and several tenant names, is checked as a whole: schemas, restricted
 * Pod Security, the kit's own admission policies (CEL), cross-references, and one file for each
 * part of the plan and none for a part it lacks. The sample workload is held to the same checks.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAYBE, NO, YES } from '../../src/lib/decision/plan.ts';
import { encodeAnswers } from '../../src/lib/decision/url.ts';
import { explainPlan } from '../../src/lib/decision/explain.ts';
import { PROVIDERS, kitClusters, kitFeatures, type Provider } from '../../src/lib/kit/features.ts';
import { generateKit, SANDBOX_CLASS, type KitFile } from '../../src/lib/kit/generate.ts';
import { benchmarkRows } from '../../src/lib/kit/readme.ts';
import { EXAMPLE_PAGES } from '../../src/lib/kit/pages.ts';
import { admissionDenials } from '../k8s/admission.ts';
import { namespaceObject, ofKind, type BundleDocument } from '../k8s/bundle.ts';
import { validateManifests, type ManifestSource } from '../k8s/validate-manifests.ts';
import { bundleProblems, byPath, docsOf, kustomize, THIRD_PARTY } from './kit.ts';
import { decision, planShapes, type Shape } from './shapes.ts';

const EXAMPLES = Object.fromEntries(
	readdirSync('content/examples')
		.filter((name) => name.endsWith('.yaml'))
		.map((name) => [name.replace(/\.yaml$/, ''), readFileSync(`content/examples/${name}`, 'utf8')]),
);
const NAME_SETS = [['tenant-a', 'tenant-b'], ['shop'], ['a', 'team-42', `x${'9'.repeat(62)}`]];

interface Case {
	label: string;
	shape: Shape;
	provider: Provider;
	tenants: string[];
	files: KitFile[];
}

const shapes = planShapes();
// Every shape once, providers and name sets in turn; the first shapes with every provider.
const cases: Case[] = shapes.flatMap((shape, index) =>
	(index < 8 ? PROVIDERS : [PROVIDERS[index % PROVIDERS.length]!]).map((provider) => {
		const tenants = NAME_SETS[index % NAME_SETS.length]!;
		const files = generateKit({
			view: shape.view,
			answers: shape.answers,
			provider,
			tenants,
			examples: EXAMPLES,
			shareUrl: `https://guide.example/decide/plan/${encodeAnswers(decision, shape.answers)}`,
			date: '2026-12-03',
		});
		return { label: `shape ${index} on ${provider}`, shape, provider, tenants, files };
	}),
);

/** The bundle one cluster folder applies, plus the sample workloads applied by hand. */
function clusterBundle(kit: Case, dir: string): BundleDocument[] {
	const files = byPath(kit.files);
	const applied = kustomize(files, dir);
	const tenantsHere = new Set(applied.map((path) => path.split('/')[1]).filter(Boolean));
	const samples = kit.tenants
		.filter((tenant) => tenantsHere.has(tenant))
		.map((tenant) => `tenants/${tenant}/example-app.yaml`);
	const bundle = [...applied, ...samples].flatMap((path) => docsOf(path, files.get(path)!));
	// A managed provider installs its sandbox class; the kit refers to it and creates none.
	if (kit.provider !== 'any' && !ofKind(bundle, 'RuntimeClass').length)
		bundle.push({
			example: `installed by ${kit.provider}`,
			document: 1,
			manifest: {
				apiVersion: 'node.k8s.io/v1',
				kind: 'RuntimeClass',
				metadata: { name: SANDBOX_CLASS[kit.provider] },
				handler: 'provider',
			},
		});
	return bundle;
}

const clusterDirs = (kit: Case) =>
	kit.files
		.map((file) => file.path)
		.filter((path) => /^(conditional\/[^/]+\/)?clusters\/[^/]+\/kustomization\.yaml$/.test(path))
		.map((path) => path.replace(/\/kustomization\.yaml$/, ''));

describe('the plan shapes', () => {
	it('come from the engine and cover each main part, each layer and each provider', () => {
		const mains = new Set(shapes.map((shape) => shape.view.parts[0]?.option.id));
		const parts = new Set(
			shapes.flatMap((shape) =>
				shape.view.parts.filter((part) => !part.conditional).map((part) => part.option.id),
			),
		);
		expect([...parts].sort()).toEqual(decision.options.map((option) => option.id).sort());
		expect(mains.size).toBeGreaterThanOrEqual(8);
		for (const feature of [
			'sandbox',
			'pools',
			'hardened',
			'virtual',
			'identity',
			'selfService',
		] as const) {
			const values = new Set(
				shapes.map((shape) => kitFeatures(shape.view, shape.answers)[feature]),
			);
			expect(values.has(YES), feature).toBe(true);
			expect(values.has(NO), feature).toBe(true);
		}
		expect(new Set(cases.map((kit) => kit.provider)).size).toBe(PROVIDERS.length);
		console.log(`kit: ${shapes.length} plan shapes, ${cases.length} kits checked`);
	});
});

describe('every kit', () => {
	let problems: string[] = [];
	let checked = 0;
	beforeAll(async () => {
		// One call: the compiler loads the Kubernetes types once. Identical files are checked once.
		const sources = new Map<string, ManifestSource>();
		for (const kit of cases)
			for (const file of kit.files)
				if (
					file.path.endsWith('.yaml') &&
					!file.path.endsWith('kustomization.yaml') &&
					!file.path.endsWith('vcluster-values.yaml')
				) {
					const kept = docsOf(file.path, file.text).filter(
						({ manifest }) => !THIRD_PARTY.has(`${manifest.apiVersion} ${manifest.kind}`),
					);
					if (kept.length < docsOf(file.path, file.text).length && kept.length === 0) continue;
					sources.set(file.text, { file: `${kit.label}: ${file.path}`, text: file.text });
				}
		const thirdPartyFree = [...sources.values()].filter(
			(source) => !/^kind: (NodePool|ComputeClass)$/m.test(source.text),
		);
		checked = thirdPartyFree.length;
		problems = (await validateManifests(thirdPartyFree)).map(
			(p) => `${p.file} (${p.document}): ${p.message}`,
		);
	}, 600_000);

	it('holds only documents the Kubernetes v1.36 schemas accept', () => {
		expect(checked).toBeGreaterThan(100);
		expect(problems).toEqual([]);
	});

	describe.each(cases)('$label', (kit) => {
		const files = byPath(kit.files);
		const features = kitFeatures(kit.shape.view, kit.shape.answers);

		it.each(clusterDirs(kit))(
			'%s: every Pod template meets restricted Pod Security and the kit’s own policies, and every reference resolves',
			(dir) => {
				const bundle = clusterBundle(kit, dir);
				const { pods, failures, references } = bundleProblems(bundle);
				expect(failures).toEqual([]);
				expect(references).toEqual([]);
				expect(pods.length).toBe(
					new Set(
						bundle
							.map((d) => d.manifest.metadata?.namespace)
							.filter((ns) => kit.tenants.includes(ns)),
					).size,
				);
			},
		);

		it('has files for each part of the plan and none for a part it lacks', () => {
			const paths = [...files.keys()];
			const has = (pattern: RegExp) => paths.some((path) => pattern.test(path));
			const where = (tri: number) => (tri === YES ? '' : 'conditional/[^/]+/');
			const expectPart = (tri: number, pattern: (root: string) => RegExp) => {
				if (tri === NO) expect(has(pattern('(conditional/[^/]+/)?'))).toBe(false);
				else expect(has(pattern(where(tri)))).toBe(true);
			};
			expectPart(
				features.sandbox,
				(root) => new RegExp(`^${root}platform/require-sandbox-policy\\.yaml$`),
			);
			expectPart(
				features.pools,
				(root) => new RegExp(`^${root}platform/tenant-toleration-policy\\.yaml$`),
			);
			expectPart(
				features.hardened,
				(root) => new RegExp(`^${root}platform/apf-tenant-flowschemas\\.yaml$`),
			);
			expectPart(
				features.virtual,
				(root) => new RegExp(`^${root}tenants/[^/]+/vcluster-values\\.yaml$`),
			);
			expect(has(/sandbox-runtimeclass/)).toBe(features.sandbox !== NO && kit.provider === 'any');
			expect(has(/node-pools\./)).toBe(features.pools !== NO);
			for (const tenant of kit.tenants) {
				for (const file of [
					'namespace',
					'developer-rolebinding',
					'resource-quota',
					'network-policies',
					'example-app',
				])
					expect(files.has(`tenants/${tenant}/${file}.yaml`), `${tenant}/${file}`).toBe(true);
			}
			// Each group of clusters in the plan has its folders; no other group does.
			const groups = new Set(kit.shape.view.groups.map((group) => group.id));
			for (const group of ['shared', 'scope', 'tier', 'tenants', 'nonprod']) {
				const folder = group === 'tenants' ? 'tenant-' : `${group}(-|/)`;
				expect(has(new RegExp(`^(conditional/[^/]+/)?clusters/${folder}`)), group).toBe(
					groups.has(group),
				);
			}
			for (const group of kit.shape.view.groups)
				if (group.conditional)
					expect(has(new RegExp(`^conditional/${group.part?.id ?? group.id}/clusters/`))).toBe(
						true,
					);
		});

		it('maps each Multi-Tenancy Benchmarks behaviour in its README to files it holds', () => {
			const readme = files.get('README.md')!;
			const rows = benchmarkRows(features);
			for (const row of rows) {
				const line = readme.split('\n').find((text) => text.startsWith(`| ${row.id} |`));
				expect(line, row.id).toBeDefined();
				const listed = [...line!.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
				expect(listed.length).toBeGreaterThan(0);
				for (const path of listed.flatMap((file) =>
					kit.tenants.map((tenant) => file.replace('<name>', tenant)),
				))
					expect(files.has(path), `${row.id}: ${path}`).toBe(true);
			}
			expect(rows.some((row) => row.level === 2)).toBe(features.selfService === YES);
		});

		it('says MAYBE parts are conditional, with a README each', () => {
			for (const path of files.keys())
				if (path.startsWith('conditional/'))
					expect(files.has(`conditional/${path.split('/')[1]}/README.md`), path).toBe(true);
			if (features.sandbox === MAYBE)
				expect(files.get('tenants/' + kit.tenants[0] + '/namespace.yaml')).not.toContain(
					'sandbox.example.com/required',
				);
		});
	});
});

describe('the clusters of a kit', () => {
	it('get a folder each, per tenant for every per-tenant group, and no two alike whatever the tenants are called', () => {
		// Hospitals that are each a regulated scope, in two regions, with one central non-production:
		// a cluster per tenant and a non-production cluster per tenant.
		const view = explainPlan(
			decision,
			Object.fromEntries(
				new URLSearchParams(
					'tenants=external-customers&tenancy-model=namespace-each&tenant-count=few&api-access=no&untrusted-code=no&node-level=no&compliance=strict-each&cluster-scoped=no&performance=shared-ok&environments=separate-prod-central&regions=two&scale=small&ops=platform-team&budget=flexible',
				),
			),
		);
		const folders = kitClusters(view, ['a', 'nonprod-a']).map((cluster) => cluster.folder);
		expect(folders).toEqual([
			'tenant-a',
			'tenant-nonprod-a',
			'tenant-nonprod.a',
			'tenant-nonprod.nonprod-a',
		]);
		expect(new Set(folders).size).toBe(folders.length);
	});

	it('write a node pool where tenants’ own node software brings privileges', () => {
		const answers = Object.fromEntries(
			new URLSearchParams(
				'tenants=internal-teams&tenant-count=few&api-access=yes&untrusted-code=no&node-level=own-node-software&compliance=moderate&cluster-scoped=both&performance=shared-ok&environments=separate-prod&regions=one&scale=small&ops=platform-team&budget=flexible',
			),
		);
		expect(kitFeatures(explainPlan(decision, answers), answers).pools).toBe(YES);
	});
});

describe('the README’s guide pages', () => {
	it.each(Object.entries(EXAMPLE_PAGES))('%s is shown on %s', (example, page) => {
		const mdx = readFileSync(`content/docs${page.replace(/\/$/, '')}.mdx`, 'utf8');
		expect(mdx).toContain(`<K8sExample name="${example}" />`);
	});
});

describe('the Multi-Tenancy Benchmarks behaviours, as the kit’s files enforce them', () => {
	// The sandboxed, pooled, hardened shape with self-service where the sample has one.
	const kit = cases.find((candidate) => {
		const features = kitFeatures(candidate.shape.view, candidate.shape.answers);
		return features.selfService === YES && features.hardened === YES;
	})!;
	const files = byPath(kit.files);
	const tenant = kit.tenants[0]!;
	const bundle = clusterBundle(kit, clusterDirs(kit)[0]!);
	const inputs = {
		policies: ofKind(bundle, 'ValidatingAdmissionPolicy'),
		bindings: ofKind(bundle, 'ValidatingAdmissionPolicyBinding'),
		objects: bundle.map(({ manifest }) => manifest),
	};
	const service = (type: string) => ({
		apiVersion: 'v1',
		kind: 'Service',
		metadata: { name: 's', namespace: tenant },
		spec: { type, ports: [{ port: 80 }] },
	});
	const rules = (role: string) =>
		(ofKind(bundle, 'ClusterRole').find((r) => r.metadata.name === role)?.rules ?? []) as {
			resources: string[];
			verbs: string[];
		}[];

	it('refuses a NodePort Service in a tenant namespace and admits a ClusterIP one', () => {
		const ns = namespaceObject(bundle, tenant);
		expect(admissionDenials(inputs, service('NodePort'), ns).map((d) => d.policy)).toContain(
			'deny-tenant-nodeports',
		);
		expect(admissionDenials(inputs, service('ClusterIP'), ns)).toEqual([]);
	});

	it('lets tenants read their quotas and limits but not change them', () => {
		const writes = rules('tenant-developer').filter((rule) =>
			rule.resources.some((resource) => ['resourcequotas', 'limitranges'].includes(resource)),
		);
		expect(writes.flatMap((rule) => rule.verbs).sort()).toEqual(['get', 'list', 'watch']);
		expect(rules('tenant-self-service').flatMap((rule) => rule.resources)).not.toContain(
			'resourcequotas',
		);
	});

	it('gives tenants a storage class that deletes volumes with their claims', () => {
		expect(ofKind(bundle, 'StorageClass').map((sc) => sc.reclaimPolicy)).toEqual(['Delete']);
	});

	it('lets tenants who use the API bind roles and write network policies in their namespace, without bind or escalate', () => {
		const verbs = rules('tenant-self-service').flatMap((rule) => rule.verbs);
		expect(
			rules('tenant-self-service')
				.flatMap((rule) => rule.resources)
				.sort(),
		).toEqual(['networkpolicies', 'rolebindings']);
		expect(verbs).not.toContain('bind');
		expect(verbs).not.toContain('escalate');
		expect(files.get(`tenants/${tenant}/self-service-rolebinding.yaml`)).toContain(
			`namespace: ${tenant}`,
		);
	});
});
