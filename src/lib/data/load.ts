/**
 * Reads the guide's data files from content/ and checks them against their schemas. Runs at
 * build time only (Node); the browser receives the checked data as JSON.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { DataError, formatIssues } from './format-issues.ts';
import { optionsFileSchema, type OptionsFile } from './options.ts';
import { treeFileSchema } from './tree.ts';
import { validateTree } from '../decision/validate.ts';
import type { DecisionTree } from '../decision/types.ts';

export const OPTIONS_FILE = 'content/data/options.yaml';
export const TREE_FILE = 'content/decision/tree.yaml';

/**
 * Checked files, by path and schema. Every page that shows the data asks for it, so each file is
 * read and checked once per change (the modification time keeps `astro dev` up to date).
 */
const checked = new Map<string, { modified: number; schema: z.ZodType; data: unknown }>();

/** Parses and validates one YAML file; `file` is relative to the project root. */
export function loadYaml<Schema extends z.ZodType>(
	file: string,
	schema: Schema,
	root: string = process.cwd(),
): z.infer<Schema> {
	const path = join(root, file);
	const modified = (() => {
		try {
			return statSync(path).mtimeMs;
		} catch {
			return -1;
		}
	})();
	const known = checked.get(path);
	if (known && known.modified === modified && known.schema === schema) return known.data as z.infer<Schema>;
	const data = parseAndCheck(file, path, schema);
	checked.set(path, { modified, schema, data });
	return data;
}

function parseAndCheck<Schema extends z.ZodType>(file: string, path: string, schema: Schema): z.infer<Schema> {
	let raw: unknown;
	try {
		raw = parse(readFileSync(path, 'utf8'));
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

/**
 * The decision tree with its outcomes taken from the options file, checked as a whole: every
 * path ends in an outcome, every outcome is reachable, no question repeats on a path.
 */
let lastTree: { file: unknown; options: OptionsFile; tree: DecisionTree } | undefined;

export function loadDecisionTree(root?: string, options: OptionsFile = loadOptions(root)): DecisionTree {
	const file = loadYaml(TREE_FILE, treeFileSchema, root);
	// loadYaml returns the same objects until a file changes, so an unchanged pair is checked once.
	if (lastTree && lastTree.file === file && lastTree.options === options) return lastTree.tree;
	const tree: DecisionTree = {
		version: file.version,
		reviewed: file.reviewed.toISOString().slice(0, 10),
		questions: file.questions,
		start: file.start,
		nodes: file.nodes,
		outcomes: options.options.map(({ id, name, shortName, summary, consequences }) => ({
			id,
			name,
			shortName,
			summary,
			consequences,
		})),
	};
	const issues = validateTree(tree);
	if (issues.length > 0) {
		throw new DataError(formatIssues(TREE_FILE, issues));
	}
	lastTree = { file, options, tree };
	return tree;
}
