import type { DecisionTree } from '../lib/decision/types.ts';
import { describeNotice, type Notice } from '../lib/decision/url.ts';
import { el } from './dom.ts';

const SHOWN = 8;

/** A box explaining what a link carried that could not be used; null when all was fine. */
export function noticeBox(notices: Notice[], tree: DecisionTree): HTMLElement | null {
	if (notices.length === 0) return null;
	const items = notices.slice(0, SHOWN).map((notice) => el('li', {}, describeNotice(notice, tree)));
	const more = notices.length - SHOWN;
	return el(
		'div',
		{ class: 'decision-notice', role: 'status', 'data-decision-notice': true },
		el('p', { class: 'decision-notice-title' }, 'Part of this link could not be used'),
		el('ul', {}, ...items, more > 0 && el('li', {}, `…and ${more} more.`)),
	);
}
