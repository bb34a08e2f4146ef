import { z } from 'astro/zod';

/** A source a page relies on. */
export const sourceSchema = z.object({
	/** What the reader will find there, e.g. “Kubernetes docs: Multi-tenancy”. */
	title: z.string().min(1),
	url: z.url({ protocol: /^https$/ }),
	/** When the source was last read; defaults to the page's `reviewed` date. */
	checked: z.coerce.date().optional(),
});

/** Frontmatter every guide page carries on top of Starlight's own fields. */
export const pageSchema = z.object({
	/** The date a person last checked the page against its sources. Shown as “Last reviewed”. */
	reviewed: z.coerce.date(),
	/** Primary sources for the page's claims, listed under “Sources” at the end of the page. */
	sources: z.array(sourceSchema).default([]),
});

export type Source = z.infer<typeof sourceSchema>;
