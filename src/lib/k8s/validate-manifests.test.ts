import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateManifests, type ManifestProblem } from './validate-manifests.ts';

const EXAMPLES_DIR = 'content/examples';

function exampleFiles(): { file: string; text: string }[] {
	return readdirSync(EXAMPLES_DIR)
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.map((name) => {
			const file = join(EXAMPLES_DIR, name);
			return { file, text: readFileSync(file, 'utf8') };
		});
}

const describeProblems = (problems: ManifestProblem[]) =>
	problems.map(({ file, document, message }) => `${file} (document ${document}): ${message}`);

const policy = (spec: string, apiVersion = 'networking.k8s.io/v1') => ({
	file: 'broken.yaml',
	text: `apiVersion: ${apiVersion}\nkind: NetworkPolicy\nmetadata:\n  name: x\n  namespace: team-a\nspec:\n${spec}`,
});

describe('the guide’s YAML examples', () => {
	it(
		'are all valid against the Kubernetes v1.36 API schemas, the newest kubernetes-models ships',
		{ timeout: 60_000 },
		async () => {
			const files = exampleFiles();
			expect(files.length).toBeGreaterThan(0);
			const problems = await validateManifests(files);
			expect(describeProblems(problems)).toEqual([]);
			console.log(
				`Validated ${files.length} example files against the Kubernetes v1.36 schemas (the newest kubernetes-models ships).`,
			);
		},
	);
});

describe('validateManifests', () => {
	it('accepts a valid manifest', async () => {
		expect(
			await validateManifests([policy('  podSelector: {}\n  policyTypes: [Ingress]\n')]),
		).toEqual([]);
	});

	it('rejects a misspelt field name and names it', { timeout: 30_000 }, async () => {
		const problems = await validateManifests([policy('  podSelectr: {}\n')]);
		expect(describeProblems(problems).join('\n')).toMatch(
			/broken\.yaml \(document 1\): fields: .*'"podSelectr"' does not exist/,
		);
	});

	it('rejects a value outside an enum', async () => {
		const problems = await validateManifests([
			policy('  podSelector: {}\n  policyTypes: [Ingres]\n'),
		]);
		expect(
			problems.some((problem) =>
				/must be equal to one of the allowed values/.test(problem.message),
			),
		).toBe(true);
	});

	it('rejects an apiVersion that does not serve the kind', async () => {
		const problems = await validateManifests([
			policy('  podSelector: {}\n', 'networking.k8s.io/v1beta1'),
		]);
		expect(problems).toEqual([
			{
				file: 'broken.yaml',
				document: 1,
				message:
					'the Kubernetes v1.36 schemas (the newest kubernetes-models ships) have no kind “NetworkPolicy” in apiVersion “networking.k8s.io/v1beta1”',
			},
		]);
	});

	it('checks every document of a multi-document file and counts them from 1', async () => {
		const good = policy('  podSelector: {}\n').text;
		const problems = await validateManifests([
			{
				file: 'two.yaml',
				text: `${good}\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  nme: x\n`,
			},
		]);
		expect(problems.map((problem) => problem.document)).toEqual([2]);
	});
});
