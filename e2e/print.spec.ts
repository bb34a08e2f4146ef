/**
 * The printed plan: saved as PDF by Chromium (what "Print" does), its text holds every line the
 * plan shows in print, the link in full and the day it was printed, and nothing of the site's
 * frame or the plan's buttons. unpdf (pdf.js) reads the PDF's text.
 */
import { extractText } from 'unpdf';
import { test, expect } from './support/fixtures.ts';
import { PLAN_QUERY } from './support/pages.ts';

/** Text compared without white space: the PDF wraps lines and pages where the screen does not. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

test('the printed plan holds every line of the plan and nothing else of the page', async ({
	page,
}) => {
	await page.goto(`./decide/plan/${PLAN_QUERY}`);
	await expect(page.locator('[data-plan]')).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	const lines = (await page.locator('main').innerText())
		.split(/[\n\t]/)
		.map((line) => line.trim())
		.filter(Boolean);
	const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm' } });
	const { text, totalPages } = await extractText(new Uint8Array(pdf), { mergePages: true });
	expect(totalPages).toBeGreaterThan(1);
	const printed = squeeze(text);

	const shareLink = await page.locator('.plan-link a').getAttribute('href');
	for (const wanted of [
		'Your platform plan',
		await page.locator('[data-plan]').first().innerText(),
		'Cost sketch: control-plane fees only',
		shareLink!,
		/Printed on \d{1,2} [A-Z][a-z]+ \d{4}/.source,
	])
		expect(printed, wanted.slice(0, 60)).toMatch(
			wanted.startsWith('Printed')
				? new RegExp(squeeze(wanted))
				: new RegExp(squeeze(wanted).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
		);
	expect(lines.length).toBeGreaterThan(20);
	expect(
		lines.filter((line) => !printed.includes(squeeze(line))),
		'lines missing from the PDF',
	).toEqual([]);

	for (const frame of [
		'Skip to content',
		'Search',
		'Copy link',
		'Edit answers',
		'Download decision record',
		'Download starter kit',
		'Previous',
		'Next',
	])
		expect(text, `the PDF prints “${frame}”`).not.toMatch(new RegExp(`(^|\\s)${frame}(\\s|$)`));
	expect(text.split('Namespaces or clusters?').length - 1, 'the site header').toBe(0);
});
