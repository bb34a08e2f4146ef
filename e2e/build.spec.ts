/**
 * What the build itself guarantees: a page with a bad review date fails it, naming the file and
 * the field, and every page gets a social preview image.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test, expect } from './support/fixtures.ts';

/**
 * A copy of the project's sources in a temporary folder, sharing node_modules: a test adds pages
 * there, never to the working tree, and several such tests can run side by side.
 */
function fixtureSite(): string {
	const root = mkdtempSync(join(tmpdir(), 'guide-fixture-'));
	for (const entry of [
		'astro.config.mjs',
		'package.json',
		'tsconfig.json',
		'src',
		'config',
		'content',
		'public',
	])
		cpSync(entry, join(root, entry), { recursive: true });
	symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
	return root;
}

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
