import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
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

/** Named inputs: each test reads the problems of its own file. */
const CASES = {
	valid: policy('  podSelector: {}\n  policyTypes: [Ingress]\n'),
	misspelt: policy('  podSelectr: {}\n'),
	enum: policy('  podSelector: {}\n  policyTypes: [Ingres]\n'),
	apiVersion: policy('  podSelector: {}\n', 'networking.k8s.io/v1beta1'),
	twoDocuments: {
		file: '',
		text: `${policy('  podSelector: {}\n').text}\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  nme: x\n`,
	},
};
const cases = Object.entries(CASES).map(([name, source]) => ({ ...source, file: `${name}.yaml` }));
const examples = exampleFiles();

// One call, so the TypeScript compiler loads the Kubernetes types once for every test here.
let problems: ManifestProblem[] = [];
beforeAll(async () => {
	problems = await validateManifests([...examples, ...cases]);
}, 60_000);
const problemsOf = (file: string) => problems.filter((problem) => problem.file === file);

describe('the guide’s YAML examples', () => {
	it('are all valid against the Kubernetes v1.36 API schemas, the newest kubernetes-models ships', () => {
		expect(examples.length).toBeGreaterThan(0);
		expect(describeProblems(examples.flatMap(({ file }) => problemsOf(file)))).toEqual([]);
		console.log(
			`Validated ${examples.length} example files against the Kubernetes v1.36 schemas (the newest kubernetes-models ships).`,
		);
	});
});

describe('validateManifests', () => {
	it('accepts a valid manifest', () => {
		expect(problemsOf('valid.yaml')).toEqual([]);
	});

	it('rejects a misspelt field name and names it', () => {
		expect(describeProblems(problemsOf('misspelt.yaml')).join('\n')).toMatch(
			/misspelt\.yaml \(document 1\): fields: .*'"podSelectr"' does not exist/,
		);
	});

	it('rejects a value outside an enum', () => {
		expect(
			problemsOf('enum.yaml').some((problem) =>
				/must be equal to one of the allowed values/.test(problem.message),
			),
		).toBe(true);
	});

	it('rejects an apiVersion that does not serve the kind', () => {
		expect(problemsOf('apiVersion.yaml')).toEqual([
			{
				file: 'apiVersion.yaml',
				document: 1,
				message:
					'the Kubernetes v1.36 schemas (the newest kubernetes-models ships) have no kind “NetworkPolicy” in apiVersion “networking.k8s.io/v1beta1”',
			},
		]);
	});

	it('checks every document of a multi-document file and counts them from 1', () => {
		expect(problemsOf('twoDocuments.yaml').map((problem) => problem.document)).toEqual([2]);
	});
});
