import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { pageSchema } from './schemas/page.ts';

// Starlight's docsLoader() only reads src/content/docs; the guide lives in content/docs.
export const collections = {
	docs: defineCollection({
		loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({ extend: pageSchema }),
	}),
	// The text of the 404 page (src/pages/404.astro), checked against the same schema.
	notFound: defineCollection({
		loader: glob({ base: './content/not-found', pattern: '404.mdx' }),
		schema: docsSchema({ extend: pageSchema }),
	}),
	// Starlight's interface strings, where the guide words them differently (content/i18n/en.json).
	i18n: defineCollection({
		loader: glob({ base: './content/i18n', pattern: '**/[^_]*.json' }),
		schema: i18nSchema(),
	}),
};
