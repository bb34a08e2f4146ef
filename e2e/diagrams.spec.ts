import { test, expect, chooseTheme } from './support/fixtures.ts';

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
