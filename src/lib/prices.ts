/**
 * The control-plane fees of content/data/prices.yaml as pages state them: one figure, per hour,
 * month or year, for one or several clusters, and the month it was checked. Used by
 * src/components/Price.astro and PriceChecked.astro, so no page types a fee by hand (a unit test,
 * src/lib/content/prices.test.ts, fails when one does).
 */
import type { PricesFile } from './data/decision.ts';

type Price = PricesFile['providers'][number]['prices'][number];

export type Period = 'hour' | 'month' | 'year';

export interface PriceQuery {
	/** A provider id of prices.yaml, e.g. `eks`. */
	provider: string;
	/** A price id of that provider, e.g. `extended`. */
	tier: string;
	/** Per cluster-hour (the default), per month of `hoursPerMonth` hours, or per year. */
	per?: Period | undefined;
	/** How many clusters; 1 unless given. */
	count?: number | undefined;
	/** The tier's monthly free credit instead of its fee. */
	credit?: boolean | undefined;
}

/** The price a page names; throws with the ids that exist when there is none. */
export function findPrice(prices: PricesFile, provider: string, tier: string): Price {
	const entry = prices.providers.find((candidate) => candidate.id === provider);
	if (entry === undefined) {
		const known = prices.providers.map((candidate) => candidate.id).join(', ');
		throw new Error(`prices.yaml has no provider “${provider}”. Known: ${known}`);
	}
	const price = entry.prices.find((candidate) => candidate.id === tier);
	if (price === undefined) {
		const known = entry.prices.map((candidate) => candidate.id).join(', ');
		throw new Error(`prices.yaml has no price “${tier}” for ${provider}. Known: ${known}`);
	}
	return price;
}

/** The dollar amount a query asks for, unrounded. */
export function priceAmount(prices: PricesFile, query: PriceQuery): number {
	const price = findPrice(prices, query.provider, query.tier);
	const count = query.count ?? 1;
	if (query.credit === true) {
		if (price.creditPerMonth === undefined)
			throw new Error(`prices.yaml: ${query.provider}/${query.tier} has no creditPerMonth`);
		if (query.per !== undefined && query.per !== 'month')
			throw new Error('a credit is stated per month');
		return price.creditPerMonth * count;
	}
	const hours = { hour: 1, month: prices.hoursPerMonth, year: prices.hoursPerMonth * 12 };
	return price.perHour * hours[query.per ?? 'hour'] * count;
}

/**
 * US dollars as the guide writes them: hourly fees with cents ($0.10), other amounts in whole
 * dollars with thousands separators ($7,300), or with cents when they have any ($74.40).
 */
export function formatDollars(amount: number, cents: boolean): string {
	const rounded = Math.round(amount * 100) / 100;
	const withCents = cents || !Number.isInteger(rounded);
	return `$${rounded.toLocaleString('en-US', {
		minimumFractionDigits: withCents ? 2 : 0,
		maximumFractionDigits: withCents ? 2 : 0,
	})}`;
}

export function formatPrice(prices: PricesFile, query: PriceQuery): string {
	const hourly = (query.per ?? 'hour') === 'hour' && query.credit !== true;
	return formatDollars(priceAmount(prices, query), hourly);
}

/** The month a price was checked, as prose says it: “November 2026”. */
export function formatChecked(prices: PricesFile, provider: string, tier: string): string {
	const { checked } = findPrice(prices, provider, tier);
	return new Date(`${checked}T00:00:00Z`).toLocaleDateString('en-US', {
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC',
	});
}
