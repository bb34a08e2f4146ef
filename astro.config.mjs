// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import { rehypeBaseLinks } from './config/base-links.ts';
import { rehypeDiagrams } from './config/diagrams/rehype.ts';
import { pagefindDebounce } from './config/search-debounce.ts';
import { pagefindGuard } from './config/pagefind-guard.ts';
import { contentSecurityPolicy } from './config/csp.ts';
import { rehypeTaskListLabels } from './config/task-lists.ts';
import { diagramMode } from './config/diagrams/render.ts';
import { sidebar } from './config/sidebar.ts';
import { checkedGuideData, guideData } from './config/guide-data.ts';

// Static hosts such as GitHub Pages serve from a sub-path: BASE_PATH=/guide/ npm run build.
const base = process.env.BASE_PATH ?? '/';
// The public origin, used for canonical links, social images and the sitemap. Without it the
// build emits none of them rather than point them at a host that does not exist.
const site = process.env.SITE_URL || undefined;
// A local build without one is normal, so this is a note rather than a warning.
if (!site && process.argv.includes('build')) {
	console.info(
		'[guide] Built without SITE_URL: no canonical links, social images or sitemap. ' +
			'For deployment, set the public origin: SITE_URL=https://example.org npm run build',
	);
}
// The e2e runner builds each variant it tests into a folder of its own.
const outDir = process.env.OUT_DIR ?? './dist';
// Builds running side by side in one checkout need caches of their own.
const cacheDir = process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro';

// The guide's data files are checked before anything is built; errors name the file and field.
// The sidebar needs them here; the guideData integration below serves them to pages and islands.
const data = checkedGuideData();
const diagrams = await diagramMode();

export default defineConfig({
	...(site ? { site } : {}),
	base,
	outDir,
	cacheDir,
	trailingSlash: 'always',
	// Astro 7's default Markdown processor runs no rehype plugins; the unified one does.
	markdown: {
		processor: unified({
			rehypePlugins: [
				[rehypeDiagrams, { mode: diagrams }],
				[rehypeBaseLinks, { base }],
				rehypeTaskListLabels,
			],
		}),
	},
	vite: {
		plugins: [pagefindDebounce(50)],
		// Starlight loads Pagefind's search UI on every page once it is idle; this stand-in loads it
		// when the reader first opens search (src/client/search-on-demand.ts).
		resolve: {
			alias: [
				{
					find: /^@pagefind\/default-ui$/,
					replacement: fileURLToPath(new URL('./src/client/search-on-demand.ts', import.meta.url)),
				},
			],
		},
		build: {
			// In the browser fallback, mermaid's lazily loaded chunks are large by nature; they load
			// only on pages with diagrams, and only when the build had no browser.
			...(diagrams === 'client' ? { chunkSizeWarningLimit: 1024 } : {}),
			rolldownOptions: {
				onwarn(warning, warn) {
					// Astro marks every MDX module with this directive; the bundler's notice about it is
					// noise that would bury real warnings (one block per page).
					if (
						warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
						warning.message.includes('astro:head-inject')
					)
						return;
					warn(warning);
				},
			},
		},
	},
	integrations: [
		guideData({ data, pages: ['content/docs', 'content/not-found'] }),
		starlight({
			title: 'Namespaces or clusters?',
			// The guide's own 404 page is src/pages/404.astro.
			disable404Route: true,
			description:
				'An independent guide for platform teams: when several namespaces in one Kubernetes cluster are enough, when you need several clusters, and the options in between.',
			// Starlight only applies asides and heading anchors to these folders.
			markdown: { processedDirs: ['./content/docs'] },
			customCss: ['./src/styles/diagrams.css'],
			// Long lines (YAML comments above all) wrap instead of running off a phone's screen.
			expressiveCode: { defaultProps: { wrap: true } },
			components: {
				Head: './src/components/overrides/Head.astro',
				LastUpdated: './src/components/overrides/LastReviewed.astro',
				MarkdownContent:
					diagrams === 'client'
						? './src/components/overrides/MarkdownContentWithClientDiagrams.astro'
						: './src/components/overrides/MarkdownContent.astro',
			},
			sidebar: sidebar(data.options),
		}),
		// Starlight adds @astrojs/sitemap unless an integration of that name is present, and the
		// sitemap warns when there is no origin to write; without one, this stands in for it.
		...(site ? [] : [{ name: '@astrojs/sitemap', hooks: {} }]),
		// After Starlight's own indexing, which runs in the same hook.
		pagefindGuard(),
		// Last: hashes the inline scripts of the finished pages.
		contentSecurityPolicy(),
	],
});
