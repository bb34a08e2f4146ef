#!/usr/bin/env node
// @ts-check
/**
 * Validates every HTML file of a build with html-validate (configuration: .htmlvalidate.mjs,
 * the `html-validate:standard` preset). The e2e runner calls it after each build; run it alone
 * with `node scripts/validate-html.mjs [DIR]` (default: $OUT_DIR or dist). Exits 1 on any error.
 */
import { globSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';

const dir = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
const files = globSync('**/*.html', { cwd: dir })
	.map((file) => join(dir, file))
	.sort();
if (files.length === 0) {
	console.error(`validate-html: no HTML files in ${dir}; build the site first.`);
	process.exit(2);
}

const started = Date.now();
const validator = new HtmlValidate(new FileSystemConfigLoader());
const reports = await Promise.all(files.map((file) => validator.validateFile(file)));
const results = reports.flatMap((report) => report.results);
const errors = reports.reduce((sum, report) => sum + report.errorCount, 0);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (reports.some((report) => !report.valid)) {
	console.error(formatterFactory('stylish')(results));
	console.error(
		`validate-html: ${errors} error(s) in ${results.length} of ${files.length} HTML files in ${relative('.', dir) || '.'} (${seconds} s)`,
	);
	process.exit(1);
}
console.log(
	`validate-html: ${files.length} HTML files in ${relative('.', dir) || '.'} are valid (html-validate:standard, ${seconds} s)`,
);
