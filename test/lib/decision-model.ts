/**
 * Builders for the small hand-built models the engine's unit tests use, in the shape the data
 * files have, so the schema checks them as it checks the guide's own data.
 */
import { questionsFileSchema } from '../../src/lib/data/decision.ts';

export const answer = (value: string, unsure?: true) => ({
	value,
	label: value,
	explanation: `${value}.`,
	source: 'https://example.org/',
	...(unsure ? { unsure } : {}),
});

/** A question with these answers and “I'm not sure”; `extra` adds fields such as askIf. */
export const question = (id: string, values: string[], extra: Record<string, unknown> = {}) => ({
	id,
	prompt: `${id}?`,
	short: id,
	help: `${id}.`,
	answers: [...values.map((value) => answer(value)), answer('unsure', true)],
	...extra,
});

export const rule = (id: string, fields: Record<string, unknown>) => ({
	id,
	short: id,
	says: `${id}.`,
	source: 'https://example.org/',
	...fields,
});

export const option = (id: string) => ({ id, name: id, shortName: id });

/** A questions file of these questions, checked by the schema. */
export const questionsOf = (questions: ReturnType<typeof question>[]) =>
	questionsFileSchema.parse({ version: 1, reviewed: '2026-12-01', questions });
