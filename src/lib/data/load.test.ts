import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { PUBLISHED_RECOMMENDATION_IDS } from '../decision/contract.ts';
import { loadOptions, OPTIONS_FILE } from './load.ts';

/** Writes an options file into a scratch project root and returns that root. */
function projectWith(options: unknown): string {
	const root = mkdtempSync(join(tmpdir(), 'options-'));
	mkdirSync(join(root, 'content/data'), { recursive: true });
	writeFileSync(join(root, OPTIONS_FILE), typeof options === 'string' ? options : stringify(options));
	return root;
}

const cell = { value: 'Shared', detail: 'One API server.' };
const valid = {
	reviewed: '2026-11-23',
	dimensions: [{ id: 'control-plane', label: 'Control plane', question: 'Shared?' }],
	options: [
		{
			id: 'namespaces',
			name: 'Namespaces',
			shortName: 'Namespaces',
			summary: 'One cluster.',
			consequences: ['Cheap.', 'Shared.'],
			cells: { 'control-plane': cell },
		},
	],
};

describe('loadOptions', () => {
	it('accepts the guide’s own options file', () => {
		const file = loadOptions();
		expect(file.options.map((option) => option.id)).toEqual([...PUBLISHED_RECOMMENDATION_IDS]);
		expect(file.dimensions).toHaveLength(10);
	});

	it('names the file and the field of a missing value', () => {
		const broken = structuredClone(valid);
		delete (broken.options[0] as Partial<(typeof valid.options)[0]>).summary;
		expect(() => loadOptions(projectWith(broken))).toThrow(
			'content/data/options.yaml: options[0].summary: Invalid input: expected string, received undefined',
		);
	});

	it('names an option’s missing cell and an unknown dimension', () => {
		const broken = structuredClone(valid);
		broken.options[0]!.cells = { 'control-plain': cell } as never;
		const error = (() => {
			try {
				loadOptions(projectWith(broken));
			} catch (caught) {
				return String(caught);
			}
			return '';
		})();
		expect(error).toContain('options[0].cells.control-plane: missing');
		expect(error).toContain('options[0].cells.control-plain: unknown dimension');
	});

	it('rejects a misspelt field instead of ignoring it', () => {
		const broken = structuredClone(valid);
		(broken.options[0] as Record<string, unknown>)['sumary'] = 'typo';
		expect(() => loadOptions(projectWith(broken))).toThrow(/options\[0\]: Unrecognized key: "sumary"/);
	});

	it('reports YAML syntax errors with the file name', () => {
		expect(() => loadOptions(projectWith('options: [\n'))).toThrow(/^content\/data\/options\.yaml: /);
	});
});
