/**
 * Social cards, read from the built files of every variant: in a build with a public origin
 * (SITE_URL) every page's `og:image` is a PNG the build wrote, and every card the build wrote is
 * some page's image; a build without one links to no card and writes none. Runs once, in the root
 * project.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/fixtures.ts';
import { VARIANTS } from './variants.ts';

const ogImage = (html: string) =>
	/<meta property="og:image" content="([^"]*)"/.exec(html)?.[1] ?? undefined;

test.describe('social cards', () => {
	for (const variant of VARIANTS) {
		const deployed = Boolean(variant.siteUrl);
		const title = deployed
			? `every page of the ${variant.name} build has a card the build wrote, and every card a page`
			: `the ${variant.name} build, made without SITE_URL, links to no card and writes none`;
		test(title, () => {
			const pages = globSync('**/index.html', { cwd: variant.outDir });
			expect(pages.length).toBeGreaterThan(10);
			const cards = globSync('og/**/*.png', { cwd: variant.outDir }).map((file) =>
				file.replaceAll('\\', '/'),
			);
			const images = new Map(
				pages.map((page) => [page, ogImage(readFileSync(join(variant.outDir, page), 'utf8'))]),
			);
			if (!deployed) {
				expect([...images.values()].filter(Boolean), 'og:image links').toEqual([]);
				expect(cards, 'cards written').toEqual([]);
				return;
			}
			const linked = new Set<string>();
			const broken: string[] = [];
			for (const [page, image] of images) {
				if (!image) {
					broken.push(`${page}: no og:image`);
					continue;
				}
				const url = new URL(image);
				expect(url.origin, `${page}: the card is on the public origin`).toBe(variant.siteUrl);
				expect(url.pathname.startsWith(`${variant.base}og/`), `${page}: ${image}`).toBe(true);
				const file = url.pathname.slice(variant.base.length);
				linked.add(file);
				if (!existsSync(join(variant.outDir, file))) broken.push(`${page}: ${image} is missing`);
			}
			expect(broken, 'pages whose card is missing').toEqual([]);
			expect(
				cards.filter((card) => !linked.has(card)),
				'cards no page links to',
			).toEqual([]);
		});
	}
});
