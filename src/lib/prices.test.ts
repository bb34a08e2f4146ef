import { describe, expect, it } from 'vitest';
import type { PricesFile } from './data/decision.ts';
import { loadGuideData } from './data/load.ts';
import { findPrice, formatChecked, formatDollars, formatPrice, priceAmount } from './prices.ts';

const prices: PricesFile = {
	reviewed: '2026-12-03',
	hoursPerMonth: 730,
	providers: [
		{
			id: 'cloud',
			name: 'A cloud',
			prices: [
				{
					id: 'standard',
					tier: 'Standard',
					perHour: 0.1,
					creditPerMonth: 74.4,
					conditions: 'Always.',
					source: 'https://example.org/pricing',
					checked: '2026-11-27',
				},
				{
					id: 'extended',
					tier: 'Extended',
					perHour: 0.6,
					conditions: 'Late.',
					source: 'https://example.org/pricing',
					checked: '2026-12-03',
				},
			],
		},
	],
};

describe('findPrice', () => {
	it('finds a price by provider and price id', () => {
		expect(findPrice(prices, 'cloud', 'extended').perHour).toBe(0.6);
	});

	it('names the ids that exist when a page asks for one that does not', () => {
		expect(() => findPrice(prices, 'other', 'standard')).toThrow('Known: cloud');
		expect(() => findPrice(prices, 'cloud', 'premium')).toThrow('Known: standard, extended');
	});
});

describe('formatPrice', () => {
	it('states an hourly fee with cents', () => {
		expect(formatPrice(prices, { provider: 'cloud', tier: 'standard' })).toBe('$0.10');
		expect(formatPrice(prices, { provider: 'cloud', tier: 'extended', per: 'hour' })).toBe('$0.60');
	});

	it('states monthly and yearly fees in whole dollars, for one or many clusters', () => {
		expect(formatPrice(prices, { provider: 'cloud', tier: 'standard', per: 'month' })).toBe('$73');
		expect(formatPrice(prices, { provider: 'cloud', tier: 'extended', per: 'month' })).toBe('$438');
		expect(
			formatPrice(prices, { provider: 'cloud', tier: 'standard', per: 'month', count: 100 }),
		).toBe('$7,300');
		expect(
			formatPrice(prices, { provider: 'cloud', tier: 'standard', per: 'year', count: 100 }),
		).toBe('$87,600');
	});

	it('states a monthly credit with its cents', () => {
		expect(formatPrice(prices, { provider: 'cloud', tier: 'standard', credit: true })).toBe(
			'$74.40',
		);
	});

	it('refuses a credit the tier does not have, or per hour', () => {
		expect(() =>
			priceAmount(prices, { provider: 'cloud', tier: 'extended', credit: true }),
		).toThrow('no creditPerMonth');
		expect(() =>
			priceAmount(prices, { provider: 'cloud', tier: 'standard', credit: true, per: 'hour' }),
		).toThrow('per month');
	});
});

describe('formatDollars', () => {
	it('keeps cents only where they are asked for or exist', () => {
		expect(formatDollars(0, true)).toBe('$0.00');
		expect(formatDollars(3650, false)).toBe('$3,650');
		expect(formatDollars(36.5, false)).toBe('$36.50');
	});
});

describe('formatChecked', () => {
	it('gives the month and year a price was checked', () => {
		expect(formatChecked(prices, 'cloud', 'standard')).toBe('November 2026');
		expect(formatChecked(prices, 'cloud', 'extended')).toBe('December 2026');
	});
});

describe('content/data/prices.yaml', () => {
	it('holds the tiers the pages name', () => {
		const { prices: data } = loadGuideData().decision;
		for (const [provider, tier] of [
			['eks', 'standard'],
			['eks', 'extended'],
			['gke', 'standard'],
			['aks', 'free'],
			['aks', 'standard'],
		] as const)
			expect(findPrice(data, provider, tier).perHour).toBeGreaterThanOrEqual(0);
		expect(formatPrice(data, { provider: 'gke', tier: 'standard', credit: true })).toBe('$74.40');
	});
});
