import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { pageSchema } from './schemas/page.ts';

// Starlight's docsLoader() only reads src/content/docs; the guide lives in content/docs.
export const collections = {
	docs: defineCollection({
		loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({ extend: pageSchema }),
	}),
};
