/**
 * The options the guide compares, rated on the same dimensions. They are also the outcomes
 * the decision quiz can recommend, so the table, the quiz and the recommendation pages all
 * read this one file: content/data/options.yaml.
 */
import { z } from 'astro/zod';
import { isoDay } from './decision.ts';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens');

export const dimensionSchema = z.strictObject({
	id,
	/** Column or row heading, e.g. “Control-plane isolation”. */
	label: z.string().min(1),
	/** The question the dimension answers, shown with the table. */
	question: z.string().min(1),
});

export const cellSchema = z.strictObject({
	/** A few words shown in the table cell. */
	value: z.string().min(1).max(60, 'keep cell values to a few words; put the rest in detail'),
	/** One sentence that explains the value. */
	detail: z.string().min(1),
	/** A primary source for a claim a reviewer might doubt. */
	source: z.url({ protocol: /^https$/ }).optional(),
});

export const optionSchema = z.strictObject({
	id,
	/** Full name, e.g. “Hardened namespace per tenant”. */
	name: z.string().min(1),
	/** Short name for table headers and diagrams. */
	shortName: z.string().min(1).max(24),
	/** One or two sentences: what the option is. */
	summary: z.string().min(1),
	/** What choosing it commits you to, for the decision record and the recommendation page. */
	consequences: z.array(z.string().min(1)).min(2),
	/** One cell per dimension id. */
	cells: z.record(z.string(), cellSchema),
});

export const optionsFileSchema = z
	.strictObject({
		/** The day the ratings were last checked against their sources. */
		reviewed: isoDay,
		dimensions: z.array(dimensionSchema).min(1),
		options: z.array(optionSchema).min(1),
	})
	.superRefine((file, ctx) => {
		const dimensionIds = file.dimensions.map((dimension) => dimension.id);
		duplicates(dimensionIds).forEach((dup) =>
			ctx.addIssue({
				code: 'custom',
				path: ['dimensions'],
				message: `dimension id “${dup}” is used twice`,
			}),
		);
		duplicates(file.options.map((option) => option.id)).forEach((dup) =>
			ctx.addIssue({
				code: 'custom',
				path: ['options'],
				message: `option id “${dup}” is used twice`,
			}),
		);
		file.options.forEach((option, index) => {
			for (const dimension of dimensionIds) {
				if (!(dimension in option.cells)) {
					ctx.addIssue({
						code: 'custom',
						path: ['options', index, 'cells', dimension],
						message: `missing: every option needs a cell for dimension “${dimension}”`,
					});
				}
			}
			for (const key of Object.keys(option.cells)) {
				if (!dimensionIds.includes(key)) {
					ctx.addIssue({
						code: 'custom',
						path: ['options', index, 'cells', key],
						message: `unknown dimension; known: ${dimensionIds.join(', ')}`,
					});
				}
			}
		});
	});

function duplicates(values: string[]): string[] {
	return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

export type Dimension = z.infer<typeof dimensionSchema>;
export type Cell = z.infer<typeof cellSchema>;
export type Option = z.infer<typeof optionSchema>;
export type OptionsFile = z.infer<typeof optionsFileSchema>;
