import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sitemapPaths } from '../test/lib/sitemap.mjs';
import { test, expect, chooseTheme } from './support/fixtures.ts';

/** Labels are drawn at 16 px; shrunk to fit a column they must stay at least this large. */
const MIN_TEXT_PX = 11;

test.describe('diagrams rendered at build time', () => {
	test('show an SVG with a text alternative and load no mermaid JavaScript @base-path', async ({
		page,
	}) => {
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(request.url());
		});
		await page.goto('./');
		const figure = page.locator('figure.diagram').first();
		const svg = figure.locator('.diagram-svg svg');
		// One SVG for both themes.
		await expect(figure.locator('svg')).toHaveCount(1);
		await expect(svg).toBeVisible();
		await expect(svg).toHaveAttribute('role', /graphics-document/);
		await expect(svg.locator('title')).toHaveText('Control-plane and data-plane isolation');
		await expect(figure.locator('figcaption')).toHaveText('Control-plane and data-plane isolation');
		await page.waitForLoadState('networkidle');
		expect(scripts.filter((url) => /mermaid|dagre|cytoscape|katex/i.test(url))).toEqual([]);
		expect(await page.evaluate(() => 'mermaid' in window)).toBe(false);
	});

	test('of one page share a style and all follow the theme switch', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto('topologies/');
		const figures = page.locator('figure.diagram');
		expect(await figures.count()).toBeGreaterThan(1);
		expect(await page.locator('figure.diagram svg style').count()).toBe(1);
		const fills = () =>
			page.evaluate(() =>
				[...document.querySelectorAll('figure.diagram svg .node rect')].map(
					(rect) => getComputedStyle(rect).fill,
				),
			);
		// Mermaid's light theme fills nodes with #ECECFF; its dark theme with #1f2020.
		await chooseTheme(page, 'dark');
		await expect.poll(async () => [...new Set(await fills())]).toEqual(['rgb(31, 32, 32)']);
		await chooseTheme(page, 'light');
		await expect.poll(async () => [...new Set(await fills())]).toEqual(['rgb(236, 236, 255)']);
	});

	test('follow Starlight’s theme switch, not only the OS setting', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto('./');
		const figure = page.locator('figure.diagram').first();
		const node = figure.locator('svg .node rect').first();
		const fill = () => node.evaluate((rect) => getComputedStyle(rect).fill);
		// Mermaid's light theme fills nodes with #ECECFF; its dark theme with #1f2020.
		await chooseTheme(page, 'dark');
		await expect.poll(fill).toBe('rgb(31, 32, 32)');
		// Starlight prints in light colours whatever the theme; so does the diagram.
		await page.emulateMedia({ media: 'print' });
		await expect.poll(fill).toBe('rgb(236, 236, 255)');
		await page.emulateMedia({ media: 'screen' });
		await chooseTheme(page, 'light');
		await expect.poll(fill).toBe('rgb(236, 236, 255)');
	});
});

test('every diagram’s text is at least 11 px at 1280 px wide, and on a phone its frame scrolls sideways instead of shrinking it', async ({
	page,
	variant,
}) => {
	test.setTimeout(120_000);
	const base = variant.base;
	// Only the pages that hold a diagram, read from the built HTML.
	const pages = sitemapPaths(variant.outDir, base).filter((path) => {
		const file = join(variant.outDir, path.slice(base.length), 'index.html');
		return existsSync(file) && readFileSync(file, 'utf8').includes('<figure class="diagram">');
	});
	expect(pages.length, 'pages with diagrams').toBeGreaterThan(1);
	const measure = () =>
		page.evaluate(() =>
			[...document.querySelectorAll<SVGSVGElement>('figure.diagram svg')].map((svg) => {
				const frame = svg.parentElement as HTMLElement;
				const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
				const labels = [
					...svg.querySelectorAll('foreignObject span, foreignObject p, text'),
				].filter((label) => label.textContent?.trim());
				return {
					title: svg.querySelector('title')?.textContent ?? '',
					text: Math.min(
						...labels.map((label) => parseFloat(getComputedStyle(label).fontSize) * scale),
					),
					labels: labels.length,
					scrolls: frame.scrollWidth > frame.clientWidth,
					focusable: frame.tabIndex === 0,
				};
			}),
		);
	const small: string[] = [];
	for (const path of pages) {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(path);
		for (const diagram of await measure()) {
			expect(diagram.labels, `${path} “${diagram.title}” has labels`).toBeGreaterThan(0);
			if (diagram.text < MIN_TEXT_PX)
				small.push(`${path} “${diagram.title}”: ${diagram.text.toFixed(1)} px at 1280 px`);
		}
		// A common phone, and WCAG's reflow width.
		for (const width of [390, 320]) {
			await page.setViewportSize({ width, height: 844 });
			for (const diagram of await measure()) {
				if (diagram.text < MIN_TEXT_PX)
					small.push(`${path} “${diagram.title}”: ${diagram.text.toFixed(1)} px at ${width} px`);
				if (diagram.scrolls)
					expect(
						diagram.focusable,
						`${path} “${diagram.title}” scrolls at ${width} px, so its frame takes focus`,
					).toBe(true);
			}
		}
	}
	expect(small).toEqual([]);
});

test.describe('diagrams when the build had no browser @client-diagrams', () => {
	test('render in the reader’s browser and redraw on a theme switch', async ({
		page,
		pageErrors,
	}) => {
		await page.goto('./');
		const block = page.locator('figure.diagram pre.mermaid').first();
		const svg = block.locator('svg');
		await expect(svg).toBeVisible({ timeout: 15_000 });
		await expect(svg.locator('title')).toHaveText('Control-plane and data-plane isolation');
		const lightFill = await svg
			.locator('.node rect')
			.first()
			.evaluate((rect) => getComputedStyle(rect).fill);
		await chooseTheme(page, 'dark');
		await expect
			.poll(() =>
				block
					.locator('svg .node rect')
					.first()
					.evaluate((rect) => getComputedStyle(rect).fill),
			)
			.not.toBe(lightFill);
		expect(pageErrors.list).toEqual([]);
	});
});
