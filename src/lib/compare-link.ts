/**
 * Reads a comparison link, `/compare/?a=<option id>&b=<option id>`: the pair of options to show
 * side by side, and a sentence for each thing the link carried that could not be used (an option
 * that does not exist, the same option twice, one option alone, a repeated or unknown key).
 * Tracking parameters are dropped silently, as on the quiz's links. Pure: no DOM.
 */
import { visibleQuote } from './decision/quote.ts';
import { isTrackingKey } from './decision/tracking.ts';
import type { Segment } from './decision/notice-words.ts';

export const COMPARE_KEYS = ['a', 'b'] as const;

export interface CompareLink {
	/** The two options to compare, when the link names two different ones that exist. */
	pair: [string, string] | undefined;
	/** What could not be used, one sentence each; empty for a clean link or none at all. */
	sentences: Segment[][];
}

const WHOLE = '; the whole table is shown.';

export function readCompareLink(search: string, optionIds: readonly string[]): CompareLink {
	const sentences: Segment[][] = [];
	const given = new Map<string, string>();
	const repeated = new Set<string>();
	for (const [key, value] of new URLSearchParams(search)) {
		if (isTrackingKey(key)) continue;
		if (!(COMPARE_KEYS as readonly string[]).includes(key)) {
			sentences.push(
				key === ''
					? ['A value without a name (“=…”) was ignored.']
					: [{ quote: visibleQuote(key) }, ' is not part of a comparison link, so it was ignored.'],
			);
		} else if (given.has(key)) {
			if (!repeated.has(key)) {
				repeated.add(key);
				sentences.push([
					{ quote: key },
					' appears more than once in the link; only its first value was used.',
				]);
			}
		} else given.set(key, value);
	}
	if (given.size === 0) return { pair: undefined, sentences };

	const ids = COMPARE_KEYS.map((key) => given.get(key) ?? '');
	const unknown = ids.filter((id) => id !== '' && !optionIds.includes(id));
	for (const id of new Set(unknown))
		sentences.push([{ quote: visibleQuote(id) }, ` is not an option of the comparison${WHOLE}`]);
	const [a = '', b = ''] = ids;
	if (unknown.length === 0) {
		if (a === '' || b === '')
			sentences.push([`The link names only one option, and a comparison needs two${WHOLE}`]);
		else if (a === b)
			sentences.push(['The link compares ', { quote: visibleQuote(a) }, ` with itself${WHOLE}`]);
		else return { pair: [a, b], sentences };
	}
	return { pair: undefined, sentences };
}
