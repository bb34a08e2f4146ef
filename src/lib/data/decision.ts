/**
 * Schemas of the decision data: content/decision/questions.yaml (what the quiz asks),
 * content/decision/rules.yaml (how answers become a plan) and content/data/prices.yaml (the
 * control-plane fees of the cost sketch). The engine's types are derived from these schemas.
 */
import { z } from 'astro/zod';
import { reviewDateProblem } from './dates.ts';
import { parseCondition, type Condition } from '../decision/condition.ts';

export type { Condition };

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens');
const https = z.url({ protocol: /^https$/ });
/** A review day: YAML reads an unquoted date as a Date; the data keeps the ISO day. */
export const isoDay = z.unknown().transform((value, ctx) => {
	const problem = reviewDateProblem(value);
	if (problem) {
		ctx.addIssue({ code: 'custom', message: problem });
		return z.NEVER;
	}
	return value instanceof Date ? value.toISOString().slice(0, 10) : (value as string);
});

/**
 * A condition on answers, as written: a map of question id → accepted answer values (all must
 * hold), with the keywords `any`, `all` and `not`, and `rule` (that rule applies). It is parsed
 * here, once, into the union of src/lib/decision/condition.ts, which every reader folds over.
 */
export const conditionSchema = z.unknown().transform((value, ctx): Condition => {
	const { condition, problems } = parseCondition(value);
	for (const problem of problems)
		ctx.addIssue({ code: 'custom', message: problem.message, path: problem.at });
	return condition ?? { kind: 'all', children: [] };
});

export const answerSchema = z.strictObject({
	/** The value in the share link, e.g. `internal-teams`. Part of the public URL contract. */
	value: id,
	label: z.string().min(1),
	/** One line on why this answer matters, in plain words; for “I'm not sure”, how to decide. */
	explanation: z.string().min(1),
	/** A primary source for the explanation. */
	source: https,
	/** The honest “I'm not sure”: parts that depend on it become conditional. */
	unsure: z.literal(true).optional(),
	/** Kept for links made with an older version, with its meaning; the quiz no longer offers it. */
	legacy: z.literal(true).optional(),
});

export const questionSchema = z.strictObject({
	/** The key in the share link, e.g. `tenants`. Part of the public URL contract. */
	id,
	prompt: z.string().min(1),
	/** A few words for summaries, e.g. “Untrusted code”. */
	short: z.string().min(1).max(28),
	/** The criteria for choosing. */
	help: z.string().min(1),
	/** Asked only when this holds; always asked without it. */
	askIf: conditionSchema.optional(),
	answers: z.array(answerSchema).min(2),
});

export const migrationSchema = z.strictObject({
	/** Links made with this version of the questions. */
	from: z.number().int().positive(),
	when: conditionSchema,
	/** Answers an old answer implies, question id → value. */
	set: z.record(z.string(), z.string()),
});

export const questionsFileSchema = z.strictObject({
	/** Bumped when a change would give an old share link a different meaning. */
	version: z.number().int().positive(),
	reviewed: isoDay,
	questions: z.array(questionSchema).min(1),
	migrations: z.array(migrationSchema).default([]),
});

/** A count or a range; `null` as the upper end means “or more”. */
const range = z.union([
	z.number().int().positive(),
	z.tuple([z.number().int().positive(), z.number().int().positive().nullable()]),
]);

/** A count, or a count per answer to one question (`otherwise` when it is unknown). */
const counted = z.union([range, z.object({ byAnswer: id, otherwise: range }).catchall(range)]);

export const groupSchema = z.strictObject({
	id,
	/** “shared cluster”: read after a number, as in “1 shared cluster”. */
	one: z.string().min(1),
	many: z.string().min(1),
	/** Who its clusters are for, e.g. “the regulated scope”. */
	for: z.string().min(1),
	/** The option this group of clusters is, if it is one. */
	part: id.optional(),
	/** Names each cluster in the plan's diagram, numbered: “tenant 1”, “tenant 2”… */
	tile: z.string().min(1).optional(),
	count: counted,
	/** Groups whose presence makes this one unnecessary. */
	coveredBy: z.array(id).default([]),
	/**
	 * Splits that keep this group where a group in `coveredBy` would replace it: a site's cluster
	 * keeps the site running, whatever central clusters the plan adds.
	 */
	keptBy: z.array(id).default([]),
	/**
	 * Whom each cluster serves, where not all tenants: `each-tenant`, one cluster per tenant (the
	 * starter kit writes a folder per tenant name); `one-tenant`, a cluster for one tenant of a few
	 * (a dedicated tier: the kit writes one for the first tenant, to copy).
	 */
	serves: z.enum(['each-tenant', 'one-tenant']).optional(),
});

export const splitSchema = z.strictObject({
	id,
	/** How many clusters each one becomes, which may depend on an answer (the regions). */
	factor: counted,
	/** Clusters the reader runs themselves (at the sites): no managed control-plane fee. */
	selfManaged: z.literal(true).optional(),
	/** Describes the split inside a count, e.g. “prod and non-prod”. */
	phrase: z.string().min(1),
	note: z.string().min(1).optional(),
	/** Names of the clusters the split makes, for the plan's diagram (the first few if open-ended). */
	tiles: z.array(z.string().min(1)).min(1),
});

export const partSchema = z.strictObject({
	/** Parts that, in the same clusters, make this one unnecessary. */
	coveredBy: z.array(id).default([]),
	/** When the part is needed, for “not in your plan” reasons. */
	needed: z.string().min(1),
	/** What the part costs that the control-plane fees do not show, for the cost sketch. */
	costNote: z.string().min(1).optional(),
});

export const limitSchema = z.strictObject({
	id,
	when: conditionSchema,
	maxClusters: z.number().int().positive(),
	message: z.string().min(1),
	source: https,
});

const ruleBase = {
	id,
	when: conditionSchema,
	/** Capacity conditions: when they fail, the rule is reported as exceeding a limit. */
	within: conditionSchema.optional(),
	/** A few words for the verdict sentence, e.g. “hardened namespaces for your teams”. */
	short: z.string().min(1),
	/** Why the rule exists, in one or two sentences. */
	says: z.string().min(1),
	source: https,
};

export const ruleSchema = z.union([
	z.strictObject({ ...ruleBase, group: id }),
	z.strictObject({
		...ruleBase,
		split: z.strictObject({ id, in: z.array(id).min(1) }),
		part: id.optional(),
	}),
	z.strictObject({ ...ruleBase, layer: z.strictObject({ part: id, in: z.array(id).min(1) }) }),
	z.strictObject({ ...ruleBase, note: z.enum(['info', 'warning']) }),
]);

export const rulesFileSchema = z.strictObject({
	reviewed: isoDay,
	/** The plan's main part is the first of these it contains; data-plan lists it first. */
	mainOrder: z.array(id).min(1),
	groups: z.array(groupSchema).min(1),
	splits: z.array(splitSchema),
	parts: z.record(id, partSchema),
	limits: z.array(limitSchema),
	rules: z.array(ruleSchema).min(1),
});

export const priceSchema = z.strictObject({
	/** Names the tier for pages, e.g. `<Price provider="eks" tier="extended" />`; unique per provider. */
	id,
	tier: z.string().min(1),
	/** US dollars per cluster-hour. */
	perHour: z.number().nonnegative(),
	/** US dollars of free credit per billing account and month that this tier's fee draws on. */
	creditPerMonth: z.number().positive().optional(),
	conditions: z.string().min(1),
	source: https,
	checked: isoDay,
});

export const pricesFileSchema = z.strictObject({
	reviewed: isoDay,
	/** Hours a month is counted as, e.g. 730. */
	hoursPerMonth: z.number().positive(),
	providers: z
		.array(
			z.strictObject({
				id,
				name: z.string().min(1),
				prices: z
					.array(priceSchema)
					.min(1)
					.refine(
						(prices) => new Set(prices.map((price) => price.id)).size === prices.length,
						'each price of a provider needs its own id',
					),
				/** What the sketch leaves out for this provider, and why. */
				note: z.string().min(1).optional(),
				noteSource: https.optional(),
			}),
		)
		.min(1),
});

export type Answer = z.infer<typeof answerSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionsFile = z.infer<typeof questionsFileSchema>;
export type Group = z.infer<typeof groupSchema>;
export type Split = z.infer<typeof splitSchema>;
export type Part = z.infer<typeof partSchema>;
export type Limit = z.infer<typeof limitSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type RulesFile = z.infer<typeof rulesFileSchema>;
export type PricesFile = z.infer<typeof pricesFileSchema>;
export type Range = z.infer<typeof range>;
export type Counted = z.infer<typeof counted>;
