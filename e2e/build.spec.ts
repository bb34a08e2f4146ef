/**
 * What the build itself guarantees: a page with a bad review date fails it, naming the file and
 * the field, and every page gets a social preview image.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copySite } from '../test/lib/site-copy.mjs';
import { test, expect } from './support/fixtures.ts';

/** A copy of the sources in a temporary folder: a test adds pages there, never to the tree. */
const fixtureSite = () => copySite(mkdtempSync(join(tmpdir(), 'guide-fixture-')));

test.describe('the build', () => {
	for (const [name, reviewed, message] of [
		['a day that does not exist', '2026-02-30', '“2026-02-30” is not a calendar date'],
		['an empty date', '', 'expected a date in YYYY-MM-DD form, received nothing'],
	] as const) {
		test(`fails on a page whose review date is ${name}, naming the file and the field`, async () => {
			test.setTimeout(120_000);
			const root = fixtureSite();
			const file = join('content/docs', `zz-e2e-bad-date-${reviewed || 'empty'}.mdx`);
			writeFileSync(
				join(root, file),
				`---\ntitle: Bad date\nreviewed: ${reviewed}\n---\n\nText.\n`,
			);
			try {
				const result = spawnSync('node_modules/.bin/astro', ['build'], {
					cwd: root,
					encoding: 'utf8',
					env: { ...process.env, OUT_DIR: join(root, 'dist') },
				});
				expect(result.status).not.toBe(0);
				expect(`${result.stdout}${result.stderr}`).toContain(`${file}: reviewed: ${message}`);
				expect(existsSync(file), 'the working tree is untouched').toBe(false);
			} finally {
				rmSync(root, { recursive: true, force: true });
			}
		});
	}
});

test('a recommendation page has a social preview image that the build rendered', async ({
	page,
	baseURL,
}) => {
	await page.goto('./recommendations/cluster-per-scope/');
	const image = await page.locator('meta[property="og:image"]').getAttribute('content');
	expect(image).toMatch(/\/og\/recommendations\/cluster-per-scope\.png$/);
	await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', image!);
	const response = await page.request.get(new URL(new URL(image!).pathname, baseURL).href);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('image/png');
	expect((await response.body()).subarray(1, 4).toString()).toBe('PNG');
});
