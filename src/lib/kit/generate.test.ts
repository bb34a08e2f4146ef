import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { loadGuideData } from '../data/load.ts';
import { explainPlan } from '../decision/explain.ts';
import { decodeAnswers } from '../decision/url.ts';
import { generateKit, kitFileName, type KitInput } from './generate.ts';

const { decision } = loadGuideData();
const examples = Object.fromEntries(
	readdirSync('content/examples').map((name) => [
		name.replace(/\.yaml$/, ''),
		readFileSync(`content/examples/${name}`, 'utf8'),
	]),
);
const ONE_TEAM =
	'?v=3&tenants=single-team&untrusted-code=no&compliance=none&performance=shared-ok&environments=shared&regions=one&scale=small&ops=small';

function input(query: string, tenants: string[]): KitInput {
	const answers = decodeAnswers(query, decision).answers;
	return {
		view: explainPlan(decision, answers),
		answers,
		provider: 'any',
		tenants,
		examples,
		shareUrl: `https://g.example/decide/plan/${query}`,
		date: '2026-12-03',
	};
}

describe('generateKit', () => {
	it('refuses a name that is not a DNS-1123 label, so no reader text can reach a file', () => {
		expect(() => generateKit(input(ONE_TEAM, ['a: b']))).toThrow(/DNS-1123/);
		expect(() => generateKit(input(ONE_TEAM, ['evil\nkind: ClusterRoleBinding']))).toThrow(
			/DNS-1123/,
		);
	});

	it('writes a tenant name as a value: every file parses to the same keys whatever the name', () => {
		const shapes = (tenant: string) =>
			generateKit(input(ONE_TEAM, [tenant]))
				.filter((file) => file.path.endsWith('.yaml'))
				.map((file) => [
					file.path.replace(tenant, 'T'),
					parseAllDocuments(file.text).map((doc) =>
						JSON.stringify(doc.toJS(), (_key, value: unknown) =>
							typeof value === 'string' ? 's' : value,
						),
					),
				]);
		// "true", "null" and "0123" would change type if written unquoted.
		for (const tricky of ['true', 'null', '0123', 'yes'])
			expect(shapes(tricky), tricky).toEqual(shapes('tenant-a'));
	});

	it('names the zip after the plan’s main part', () => {
		expect(kitFileName(input(ONE_TEAM, ['a']).view)).toBe('starter-kit-namespaces.zip');
	});

	it('gives a one-team plan with namespaces only no RuntimeClass, node pool, virtual cluster or hardened-tenant policy', () => {
		const files = generateKit(input(ONE_TEAM, ['tenant-a']));
		const kinds = files.flatMap((file) =>
			file.path.endsWith('.yaml')
				? parseAllDocuments(file.text).map((doc) => (doc.toJS() as { kind?: string } | null)?.kind)
				: [],
		);
		expect(kinds).not.toContain('RuntimeClass');
		expect(kinds).not.toContain('NodePool');
		expect(kinds).not.toContain('FlowSchema');
		const paths = files.map((file) => file.path);
		expect(
			paths.filter((path) =>
				/sandbox|toleration|node-pool|vcluster|hostname|observer|self-service|conditional\//.test(
					path,
				),
			),
		).toEqual([]);
		expect(paths).toContain('clusters/shared/kustomization.yaml');
	});
});
