/**
 * The box that tells a reader what part of a link could not be used: a title and one sentence
 * per problem. Text quoted from the URL is isolated (<bdi>) so it cannot reorder the sentence,
 * and inserted as text, never as HTML. Shared by the quiz, the plan and the comparison table.
 */
import { el } from './dom.ts';

/** A sentence in parts: plain text, and text quoted from the URL. */
export type Sentence = (string | { quote: string })[];

const SHOWN = 8;

export function sentenceBox(
	sentences: Sentence[],
	title = 'Part of this link could not be used',
): HTMLElement | null {
	if (sentences.length === 0) return null;
	const more = sentences.length - SHOWN;
	return el(
		'div',
		{ class: 'decision-notice', role: 'status', 'data-decision-notice': true },
		el('p', { class: 'decision-notice-title' }, title),
		el(
			'ul',
			{},
			...sentences
				.slice(0, SHOWN)
				.map((sentence) =>
					el(
						'li',
						{},
						...sentence.map((part) =>
							typeof part === 'string' ? part : el('q', {}, el('bdi', {}, part.quote)),
						),
					),
				),
			more > 0 && el('li', {}, `…and ${more} more.`),
		),
	);
}
