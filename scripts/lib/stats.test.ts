import { describe, expect, it } from 'vitest';
import { median, percentile } from './stats.mjs';

describe('benchmark statistics', () => {
	it('takes the middle of three runs as the median, whatever their order', () => {
		expect(median([0.81, 0.77, 0.8])).toBe(0.8);
	});

	it('interpolates percentiles between ranks', () => {
		const values = Array.from({ length: 50 }, (_, index) => index + 1);
		expect(percentile(values, 50)).toBe(25.5);
		expect(percentile(values, 95)).toBeCloseTo(47.55);
		expect(percentile([5], 95)).toBe(5);
	});

	it('has no percentile of nothing', () => {
		expect(percentile([], 50)).toBeNaN();
	});
});
