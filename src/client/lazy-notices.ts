import type { QuizData } from '../lib/decision/types.ts';
import type { Notice } from '../lib/decision/url.ts';
import { el } from './dom.ts';

/**
 * The notice box for the quiz and the plan: most links carry nothing to say, so the sentences
 * and the box (notices.ts) load only when one does. A placeholder holds their place meanwhile.
 */
export function lazyNoticeBox(
	notices: Notice[],
	data: Pick<QuizData, 'questions'>,
	title?: string,
): HTMLElement | null {
	if (notices.length === 0) return null;
	const slot = el('div', { 'data-notice-slot': true });
	void import('./notices.ts').then(({ noticeBox }) => {
		const box = noticeBox(notices, data, title);
		if (box) slot.replaceWith(box);
	});
	return slot;
}
