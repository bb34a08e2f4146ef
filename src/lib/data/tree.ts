/**
 * Schema of content/decision/tree.yaml: the quiz's questions and the tree that connects them
 * to outcomes. The outcomes themselves come from content/data/options.yaml.
 */
import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens');

export const answerSchema = z.strictObject({
	/** The value in the share link, e.g. `internal-teams`. Part of the public URL contract. */
	value: id,
	label: z.string().min(1),
	/** One line on why this answer matters, in plain words. */
	explanation: z.string().min(1),
	/** A primary source for the explanation. */
	source: z.url({ protocol: /^https$/ }),
});

export const questionSchema = z.strictObject({
	/** The key in the share link, e.g. `tenants`. Part of the public URL contract. */
	id,
	prompt: z.string().min(1),
	/** A few words for the flowchart of the whole tree. */
	short: z.string().min(1).max(28).optional(),
	help: z.string().min(1).optional(),
	answers: z.array(answerSchema).min(2),
});

const targetSchema = z.union([
	z.strictObject({ node: z.string().min(1) }),
	z.strictObject({ outcome: z.string().min(1), inside: z.string().min(1).optional() }),
]);

export const nodeSchema = z.strictObject({
	ask: z.string().min(1),
	/** Answer value → the next node's id, or `{ outcome, inside? }`. */
	next: z.record(z.string(), z.union([z.string().min(1).transform((node) => ({ node })), targetSchema])),
});

export const treeFileSchema = z.strictObject({
	version: z.number().int().positive(),
	reviewed: z.coerce.date(),
	questions: z.array(questionSchema).min(1),
	start: z.string().min(1),
	nodes: z.record(z.string(), nodeSchema),
});
