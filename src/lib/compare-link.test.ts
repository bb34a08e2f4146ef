import { describe, expect, it } from 'vitest';
import { readCompareLink } from './compare-link.ts';

const IDS = ['namespaces', 'dedicated-nodes', 'cluster-per-tenant'];
const read = (search: string) => {
	const { pair, sentences } = readCompareLink(search, IDS);
	const text = sentences.map((sentence) =>
		sentence.map((part) => (typeof part === 'string' ? part : `«${part.quote}»`)).join(''),
	);
	return { pair, text };
};

describe('readCompareLink', () => {
	it('reads the pair of a clean link, and says nothing about it or about no link at all', () => {
		expect(read('?a=namespaces&b=cluster-per-tenant')).toEqual({
			pair: ['namespaces', 'cluster-per-tenant'],
			text: [],
		});
		expect(read('')).toEqual({ pair: undefined, text: [] });
	});

	it('drops tracking parameters silently', () => {
		expect(read('?a=namespaces&b=dedicated-nodes&utm_source=x&gad_source=1&srsltid=y')).toEqual({
			pair: ['namespaces', 'dedicated-nodes'],
			text: [],
		});
		expect(read('?fbclid=1')).toEqual({ pair: undefined, text: [] });
	});

	it('shows the whole table, with a notice, for an option that does not exist', () => {
		expect(read('?a=namespaces&b=no-such-option')).toEqual({
			pair: undefined,
			text: ['«no-such-option» is not an option of the comparison; the whole table is shown.'],
		});
	});

	it('explains one option alone, and an option compared with itself', () => {
		expect(read('?a=namespaces').text).toEqual([
			'The link names only one option, and a comparison needs two; the whole table is shown.',
		]);
		expect(read('?a=&b=namespaces').pair).toBeUndefined();
		expect(read('?a=namespaces&b=namespaces').text).toEqual([
			'The link compares «namespaces» with itself; the whole table is shown.',
		]);
	});

	it('keeps the first of a repeated key and names unknown keys, with hidden characters named', () => {
		expect(
			read('?a=namespaces&a=dedicated-nodes&b=cluster-per-tenant&c\u202E=1&=2&b=x&b=y'),
		).toEqual({
			pair: ['namespaces', 'cluster-per-tenant'],
			text: [
				'«a» appears more than once in the link; only its first value was used.',
				'«c[U+202E]» is not part of a comparison link, so it was ignored.',
				'A value without a name (“=…”) was ignored.',
				'«b» appears more than once in the link; only its first value was used.',
			],
		});
	});

	it('quotes a hidden character in an option id visibly', () => {
		expect(read('?a=namespaces&b=dedicated\u200B-nodes').text).toEqual([
			'«dedicated[U+200B]-nodes» is not an option of the comparison; the whole table is shown.',
		]);
	});
});
