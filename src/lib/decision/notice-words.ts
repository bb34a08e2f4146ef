/**
 * The notices about a share link, in words: what it carried that could not be used. Kept apart
 * from the decoder, so pages load these sentences only when a link has something to say.
 */
import { visibleQuote } from './quote.ts';
import type { QuizData } from './types.ts';
import type { Notice } from './url.ts';

/** Shortens text from a URL before it is shown, so a 10 kB value cannot flood the page. */
export function clip(text: string, max = 40): string {
	const characters = [...text];
	return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : text;
}

/** A sentence in parts: plain text, and text quoted from the URL, which the page isolates. */
export type Segment = string | { quote: string };

/** A sentence for the reader explaining one notice. Rendered as text, never as HTML. */
export function describeNotice(notice: Notice, data: Pick<QuizData, 'questions'>): Segment[] {
	switch (notice.kind) {
		case 'version':
			return !notice.given
				? [
						`The link does not say which version of the quiz it was made with, so its answers were read as version ${notice.current}.`,
					]
				: [
						'The link was made with version ',
						{ quote: visibleQuote(notice.given, 12) },
						` of the quiz, which does not exist; its answers were read as version ${notice.current}.`,
					];
		case 'older-version':
			return [
				`The link was made with version ${notice.given} of the quiz; this is version ${notice.current}. Its answers keep their meaning, and questions added since are read as “I’m not sure”.`,
			];
		case 'unknown-key':
			return notice.key === ''
				? ['A value without a name (“=…”) was ignored.']
				: [
						{ quote: visibleQuote(notice.key) },
						' is not a question this quiz asks, so it was ignored.',
					];
		case 'invalid-value': {
			const prompt =
				data.questions.find((question) => question.id === notice.key)?.prompt ?? notice.key;
			return notice.value === ''
				? [`“${prompt}” has no answer in the link, so it counts as unanswered.`]
				: [
						{ quote: visibleQuote(notice.value) },
						` is not an answer to “${prompt}”, so that answer was dropped.`,
					];
		}
		case 'repeated-key':
			return notice.key === ''
				? ['Further values without a name were ignored.']
				: [
						{ quote: visibleQuote(notice.key) },
						' appears more than once in the link; only its first value was used.',
					];
	}
}
