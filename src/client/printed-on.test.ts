// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { keepPrintedOn, printedOn } from './printed-on.ts';

describe('printedOn', () => {
	it('writes the day in words, day first', () => {
		expect(printedOn(new Date(2026, 11, 3, 14, 30))).toBe('Printed on 3 December 2026');
	});

	it('fills its element at once and again before printing', () => {
		const line = document.createElement('p');
		keepPrintedOn(line);
		expect(line.textContent).toMatch(/^Printed on \d{1,2} [A-Z][a-z]+ \d{4}$/);
		line.textContent = '';
		window.dispatchEvent(new Event('beforeprint'));
		expect(line.textContent).toMatch(/^Printed on /);
	});
});
