/**
 * Valid HTML: html-validate (the `html-validate:standard` preset, configured in
 * .htmlvalidate.mjs) finds no error in any HTML file of any variant's build. It reads the built
 * files, so it runs once, in the root project, for every variant.
 */
import { globSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { test, expect } from '../support/fixtures.ts';
import { VARIANTS } from '../variants.ts';

test.describe('valid HTML', () => {
	for (const variant of VARIANTS) {
		test(`every page of the ${variant.name} build is valid HTML`, async () => {
			const files = globSync('**/*.html', { cwd: variant.outDir }).map((file) =>
				join(variant.outDir, file),
			);
			expect(files.length, `HTML files in ${variant.outDir}`).toBeGreaterThan(10);
			const validator = new HtmlValidate(new FileSystemConfigLoader());
			const reports = await Promise.all(files.map((file) => validator.validateFile(file)));
			const invalid = reports.filter((report) => !report.valid);
			expect(
				formatterFactory('stylish')(invalid.flatMap((report) => report.results)),
				'html-validate errors',
			).toBe('');
		});
	}
});
