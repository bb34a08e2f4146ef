/**
 * Social preview images, one PNG per page at /og/<page id>.png (the home page's is index.png),
 * rendered at build time from the page's title and summary (src/lib/og.ts). sharp, which Astro
 * already installs for its image service, rasterises the SVG.
 *
 * Only with a public origin (SITE_URL): cards need absolute URLs, so without one no page links
 * to a card (src/components/overrides/Head.astro) and none is built.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import sharp from 'sharp';
import guide from 'virtual:guide-data';
import { cachedBytes } from '~/lib/disk-cache.ts';
import { ogSlug, ogSvg } from '~/lib/og.ts';

export const getStaticPaths: GetStaticPaths = async () => {
	if (!import.meta.env.SITE) return [];
	const pages = await getCollection('docs', (entry) => entry.id !== '404');
	return pages.map((entry) => {
		const recommendation = /^recommendations\/([^/]+)$/.exec(entry.id)?.[1];
		const option = guide.options.options.find((candidate) => candidate.id === recommendation);
		return {
			params: { slug: ogSlug(entry.id) },
			props: {
				title: entry.data.title,
				summary: option?.summary ?? entry.data.description ?? '',
				kicker: option
					? 'Recommendation'
					: entry.id.startsWith('decide')
						? 'Decision quiz'
						: 'Guide',
			},
		};
	});
};

export const GET: APIRoute = async ({ props }) => {
	const svg = ogSvg({
		title: props['title'],
		summary: props['summary'],
		kicker: props['kicker'],
		siteName: 'Namespaces or clusters?',
	});
	// Rasterising takes most of a card's time; an unchanged card is read back from the cache.
	const png = await cachedBytes('og', svg, async () =>
		sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer(),
	);
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
