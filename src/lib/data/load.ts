/**
 * Reads the guide's data files from content/ and checks them against their schemas and each
 * other. Runs at build time only (Node): astro.config.mjs calls `loadGuideData()` once, before
 * anything is built, and serves the checked data to pages and islands (config/guide-data.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { pricesFileSchema, questionsFileSchema, rulesFileSchema } from './decision.ts';
import type { DecisionData } from '../decision/types.ts';
import { DataError, formatIssues } from './format-issues.ts';
import { optionsFileSchema, type OptionsFile } from './options.ts';
import { QUESTIONS_FILE, RULES_FILE, validateDecision } from './validate-decision.ts';

export const OPTIONS_FILE = 'content/data/options.yaml';
export const PRICES_FILE = 'content/data/prices.yaml';
export { QUESTIONS_FILE, RULES_FILE };

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

export interface GuideData {
	options: OptionsFile;
	decision: DecisionData;
}

/** Every data file, checked on its own and against the others. */
export function loadGuideData(root?: string): GuideData {
	const options = loadOptions(root);
	const questions = loadYaml(QUESTIONS_FILE, questionsFileSchema, root);
	const rules = loadYaml(RULES_FILE, rulesFileSchema, root);
	const prices = loadYaml(PRICES_FILE, pricesFileSchema, root);
	const issues = validateDecision(questions, rules, options);
	if (issues.length > 0) {
		const files = [...new Set(issues.map((issue) => issue.file))];
		throw new DataError(
			files
				.map((file) =>
					formatIssues(
						file,
						issues.filter((issue) => issue.file === file),
					),
				)
				.join('\n'),
		);
	}
	const decision: DecisionData = {
		version: questions.version,
		reviewed: questions.reviewed,
		questions: questions.questions,
		migrations: questions.migrations,
		groups: rules.groups,
		splits: rules.splits,
		parts: rules.parts,
		limits: rules.limits,
		rules: rules.rules,
		mainOrder: rules.mainOrder,
		options: options.options.map(({ id, name, shortName }) => ({ id, name, shortName })),
		prices,
	};
	return { options, decision };
}
