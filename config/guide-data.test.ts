import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserDataModule, checkReviewDates } from './guide-data.ts';

function pagesWith(reviewed: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'pages-'));
	writeFileSync(join(dir, 'good.mdx'), '---\ntitle: Good\nreviewed: 2026-11-23\n---\nText.\n');
	writeFileSync(join(dir, 'bad.mdx'), `---\ntitle: Bad\nreviewed:${reviewed}\n---\nText.\n`);
	return dir;
}

describe('checkReviewDates', () => {
	it('accepts the guide’s own pages', () => {
		expect(() => checkReviewDates()).not.toThrow();
	});

	it.each([
		['a day that does not exist', ' 2026-02-30', '“2026-02-30” is not a calendar date'],
		['an empty date', '', 'received nothing'],
		['a date in the future', ' 2999-01-01', 'is in the future'],
		['another format', ' 27/11/2026', 'expected a date in YYYY-MM-DD form'],
	])('fails the build on %s, naming the file and the field', (_name, reviewed, message) => {
		expect(() => checkReviewDates([pagesWith(reviewed)])).toThrow(
			new RegExp(`bad\\.mdx: reviewed: .*${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
		);
	});
});

describe('the decision data module for the browser', () => {
	it('holds the decision data, without the YAML positions only the validator uses', async () => {
		const { loadGuideData } = await import('../src/lib/data/load.ts');
		const data = loadGuideData();
		const source = browserDataModule(data);
		const json = source.match(/^export default JSON\.parse\((".*")\);$/s)?.[1];
		expect(json, 'the module parses one string literal').toBeDefined();
		const decision = JSON.parse(JSON.parse(json ?? '""') as string) as typeof data.decision;
		expect(decision.questions.map((question) => question.id)).toEqual(
			data.decision.questions.map((question) => question.id),
		);
		expect(decision.rules).toHaveLength(data.decision.rules.length);
		expect(source).not.toMatch(/\\"at\\":/);
		expect(JSON.stringify(data.decision)).toMatch(/"at":/);
	});
});
