/**
 * Reads the guide's data files from content/ and checks them against their schemas. Runs at
 * build time only (Node); the browser receives the checked data as JSON.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { DataError, formatIssues } from './format-issues.ts';
import { optionsFileSchema, type OptionsFile } from './options.ts';

export const OPTIONS_FILE = 'content/data/options.yaml';

/** Parses and validates one YAML file; `file` is relative to the project root. */
export function loadYaml<Schema extends z.ZodType>(
	file: string,
	schema: Schema,
	root: string = process.cwd(),
): z.infer<Schema> {
	let raw: unknown;
	try {
		raw = parse(readFileSync(join(root, file), 'utf8'));
	} catch (error) {
		throw new DataError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
	}
	const result = schema.safeParse(raw);
	if (!result.success) throw new DataError(formatIssues(file, result.error.issues));
	return result.data;
}

export function loadOptions(root?: string): OptionsFile {
	return loadYaml(OPTIONS_FILE, optionsFileSchema, root);
}
