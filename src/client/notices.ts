import { describeNotice } from '../lib/decision/notice-words.ts';
import type { QuizData } from '../lib/decision/types.ts';
import type { Notice } from '../lib/decision/url.ts';
import { sentenceBox } from './notice-box.ts';

/** A box explaining what a quiz link carried that could not be used; null when all was fine. */
export function noticeBox(
	notices: Notice[],
	data: Pick<QuizData, 'questions'>,
	title?: string,
): HTMLElement | null {
	return sentenceBox(
		notices.map((notice) => describeNotice(notice, data)),
		title,
	);
}
