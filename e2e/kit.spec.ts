/**
 * The starter kit in a browser: press the button, receive the zip, unzip it here with the same
 * library, and hold it to the checks of the unit test (restricted Pod Security, the kit's own
 * admission policies, cross-references) for the two plans of issue 18's acceptance.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { loadGuideData } from '../src/lib/data/load.ts';
import { bundleProblems, docsOf, kustomize } from '../test/kit/kit.ts';
import { test, expect } from './support/fixtures.ts';

const { decision } = loadGuideData();
const plan = (answers: Record<string, string>) =>
	`./decide/plan/?${new URLSearchParams({ v: String(decision.version), ...answers })}`;

/** Customers' code sandboxed, dedicated node pools, hardened namespaces, prod and non-prod. */
const SANDBOXED = plan({
	tenants: 'external-customers',
	'tenancy-model': 'namespace-each',
	'tenant-count': 'few',
	'api-access': 'no',
	'untrusted-code': 'yes',
	'node-level': 'no',
	compliance: 'none',
	'cluster-scoped': 'no',
	performance: 'isolated',
	environments: 'separate-prod',
	regions: 'one',
	scale: 'small',
	ops: 'platform-team',
	budget: 'flexible',
});
/** One team, namespaces only. */
const ONE_TEAM = plan({
	tenants: 'single-team',
	'untrusted-code': 'no',
	compliance: 'none',
	performance: 'shared-ok',
	environments: 'shared',
	regions: 'one',
	scale: 'small',
	ops: 'small',
});

async function downloadKit(page: Page, provider: string, tenants: string) {
	await page.getByLabel('Where the clusters run').selectOption(provider);
	await page.getByLabel('Tenant names').fill(tenants);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download starter kit' }).click(),
	]);
	const zip = await readFile((await download.path()) ?? '');
	const files = new Map(
		Object.entries(unzipSync(zip)).map(([path, bytes]) => [path, strFromU8(bytes)]),
	);
	return { name: download.suggestedFilename(), size: zip.length, files };
}

/** What one cluster folder applies, plus the sample workloads, as the unit test checks it. */
function check(files: Map<string, string>, dir: string, tenants: string[], providerClass?: string) {
	const paths = [
		...kustomize(files, dir),
		...tenants.map((tenant) => `tenants/${tenant}/example-app.yaml`),
	];
	const bundle = paths.flatMap((path) => docsOf(path, files.get(path) ?? ''));
	if (providerClass)
		bundle.push({
			example: 'installed by the provider',
			document: 1,
			manifest: {
				apiVersion: 'node.k8s.io/v1',
				kind: 'RuntimeClass',
				metadata: { name: providerClass },
				handler: 'provider',
			},
		});
	const { pods, failures, references } = bundleProblems(bundle);
	expect(pods).toHaveLength(tenants.length);
	return [...failures, ...references];
}

test.describe('the starter kit', () => {
	test('for sandboxed customer code on dedicated node pools in hardened namespaces, on EKS', async ({
		page,
	}) => {
		await page.goto(SANDBOXED);
		await expect(page.locator('[data-plan]')).toHaveAttribute(
			'data-plan',
			'cluster-per-environment dedicated-nodes hardened-namespaces',
		);
		const kit = await downloadKit(page, 'eks', 'shop\nbilling');
		console.log(`starter kit ${kit.name}: ${kit.size} bytes, ${kit.files.size} files`);
		expect(kit.name).toBe('starter-kit-cluster-per-environment.zip');
		const paths = [...kit.files.keys()];
		expect(paths).toEqual(
			expect.arrayContaining([
				'README.md',
				'clusters/shared-prod/kustomization.yaml',
				'clusters/shared-non-prod/kustomization.yaml',
				'platform/kustomization.yaml',
				'platform/require-sandbox-policy.yaml',
				'platform/tenant-toleration-policy.yaml',
				'platform/node-pools.yaml',
				'platform/apf-tenant-flowschemas.yaml',
				'platform/httproute-hostname-policy.yaml',
				'platform/deny-nodeport-policy.yaml',
				...['shop', 'billing'].flatMap((tenant) => [
					`tenants/${tenant}/kustomization.yaml`,
					`tenants/${tenant}/namespace.yaml`,
					`tenants/${tenant}/network-policies.yaml`,
					`tenants/${tenant}/workload-identity.yaml`,
					`tenants/${tenant}/example-app.yaml`,
				]),
			]),
		);
		expect(paths.filter((path) => path.startsWith('conditional/'))).toEqual([]);
		expect(kit.files.get('platform/node-pools.yaml')).toContain('kind: NodePool');
		expect(kit.files.get('platform/require-sandbox-policy.yaml')).toContain(
			'runtimeClassName: isolated-sandbox',
		);
		expect(kit.files.get('tenants/shop/example-app.yaml')).toContain(
			'runtimeClassName: isolated-sandbox',
		);
		expect(kit.files.get('README.md')).toContain('| block-nodeports | 1 |');
		for (const dir of ['clusters/shared-prod', 'clusters/shared-non-prod'])
			expect(check(kit.files, dir, ['shop', 'billing'], 'isolated-sandbox')).toEqual([]);
	});

	test('for one team on namespaces only: no RuntimeClass, node pool, virtual cluster or hardened-tenant policy', async ({
		page,
	}) => {
		await page.goto(ONE_TEAM);
		await expect(page.locator('[data-plan]')).toHaveAttribute('data-plan', 'namespaces');
		await expect(page.getByLabel('Tenant names')).toHaveValue('tenant-a');
		const kit = await downloadKit(page, 'any', 'tenant-a');
		console.log(`starter kit ${kit.name}: ${kit.size} bytes, ${kit.files.size} files`);
		expect(kit.name).toBe('starter-kit-namespaces.zip');
		const text = [...kit.files.values()].join('\n');
		for (const kind of ['RuntimeClass', 'NodePool', 'ComputeClass', 'FlowSchema'])
			expect(text).not.toMatch(new RegExp(`^kind: ${kind}$`, 'm'));
		expect(
			[...kit.files.keys()].filter((path) =>
				/sandbox|toleration|node-pool|vcluster|hostname|apf|observer|conditional\//.test(path),
			),
		).toEqual([]);
		expect(kit.files.has('clusters/shared/kustomization.yaml')).toBe(true);
		expect(check(kit.files, 'clusters/shared', ['tenant-a'])).toEqual([]);
	});

	test('refuses a tenant name that is not a DNS-1123 label, beside the field', async ({ page }) => {
		await page.goto(ONE_TEAM);
		const field = page.getByLabel('Tenant names');
		await field.fill('tenant-a\na: b');
		await expect(field).toHaveAttribute('aria-invalid', 'true');
		await expect(field).toHaveAccessibleDescription(/“a: b” is not a valid name/);
		await expect(page.getByRole('button', { name: 'Download starter kit' })).toBeDisabled();
		await field.fill('tenant-a');
		await expect(page.getByRole('button', { name: 'Download starter kit' })).toBeEnabled();
	});
});
