import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexProblems } from './pagefind-guard.ts';

function indexWith(files: Record<string, string>): string {
	const folder = mkdtempSync(join(tmpdir(), 'pagefind-'));
	for (const [name, content] of Object.entries(files)) {
		mkdirSync(join(folder, name, '..'), { recursive: true });
		writeFileSync(join(folder, name), content);
	}
	return folder;
}

const entry = JSON.stringify({
	version: '1.5.2',
	languages: { en: { hash: 'en_1', wasm: 'en', page_count: 27 } },
});

describe('indexProblems', () => {
	it('accepts a complete index', () => {
		expect(
			indexProblems(indexWith({ 'pagefind-entry.json': entry, 'index/en_1.pf_index': 'x' })),
		).toEqual([]);
	});

	it('reports the empty entry file a cut-off write leaves behind', () => {
		expect(
			indexProblems(indexWith({ 'pagefind-entry.json': '', 'index/en_1.pf_index': 'x' })),
		).toEqual([
			'pagefind-entry.json is empty',
			'pagefind-entry.json is unreadable: Unexpected end of JSON input',
		]);
	});

	it('reports an empty fragment and a missing folder', () => {
		expect(
			indexProblems(indexWith({ 'pagefind-entry.json': entry, 'fragment/en_2.pf_fragment': '' })),
		).toEqual(['fragment/en_2.pf_fragment is empty']);
		expect(indexProblems(join(tmpdir(), 'no-such-pagefind-folder'))).toEqual([
			`${join(tmpdir(), 'no-such-pagefind-folder')} does not exist`,
		]);
	});
});
