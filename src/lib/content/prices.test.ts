import { describe, expect, it } from 'vitest';
import { loadGuideData } from '../data/load.ts';
import { findPrice } from '../prices.ts';
import { readPages } from './pages.ts';

// Fees are stated once, in content/data/prices.yaml, and pages render them with <Price> and
// <PriceChecked> (src/components/). A dollar figure typed into a page is a copy that the next
// price change leaves behind, so none is allowed: in the body outside code, or in the title and
// description.
const pages = readPages();
const { prices } = loadGuideData().decision;

const DOLLARS = /\$\s?\d[\d,]*(?:\.\d+)?/g;
const PRICE_TAG = /<(Price|PriceChecked)\b([^>]*?)\/>/g;

/** The page body without code fences and inline code, where a `$` is shell or YAML. */
function prose(body: string): string {
	return body.replace(/^(```|~~~)[\s\S]*?^\1/gm, '').replace(/`[^`\n]*`/g, '');
}

function attribute(attributes: string, name: string): string | undefined {
	return new RegExp(`\\b${name}=["']([^"']*)["']`).exec(attributes)?.[1];
}

describe('fees in pages', () => {
	it('come from prices.yaml through <Price>, never typed by hand', () => {
		const typed = pages.flatMap(({ file, frontmatter, body }) => {
			const texts = [
				String(frontmatter['title'] ?? ''),
				String(frontmatter['description'] ?? ''),
				prose(body),
			];
			return texts.flatMap((text) =>
				[...text.matchAll(DOLLARS)].map((match) => `${file}: ${match[0]}`),
			);
		});
		expect(
			typed,
			'state these with <Price provider=… tier=… /> (src/components/Price.astro); add a missing fee to content/data/prices.yaml first',
		).toEqual([]);
	});

	it('name a provider and a tier that prices.yaml has', () => {
		const unknown = pages.flatMap(({ file, body }) =>
			[...body.matchAll(PRICE_TAG)].flatMap((match) => {
				const attributes = match[2] ?? '';
				const provider = attribute(attributes, 'provider') ?? '';
				const tier = attribute(attributes, 'tier') ?? '';
				try {
					findPrice(prices, provider, tier);
					return [];
				} catch (error) {
					return [`${file}: <${match[1]}>: ${error instanceof Error ? error.message : ''}`];
				}
			}),
		);
		expect(unknown).toEqual([]);
	});

	it('import the components they use', () => {
		const missing = pages.flatMap(({ file, body }) =>
			['Price', 'PriceChecked']
				.filter((name) => new RegExp(`<${name}\\b`).test(body))
				.filter(
					(name) => !new RegExp(`import ${name} from '~/components/${name}\\.astro';`).test(body),
				)
				.map((name) => `${file}: ${name}`),
		);
		expect(missing).toEqual([]);
	});
});

describe('the fee check itself', () => {
	it('finds typed fees in prose but not in code', () => {
		const body = 'It costs $0.10 an hour, or $7,300 a month.\n\n```sh\necho $1\n```\n`$2`';
		expect([...prose(body).matchAll(DOLLARS)].map((match) => match[0])).toEqual([
			'$0.10',
			'$7,300',
		]);
	});
});
