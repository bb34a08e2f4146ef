import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReviewDates } from './guide-data.ts';

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
