import type { DecisionData } from '../lib/decision/types.ts';
import { describeNotice, type Notice } from '../lib/decision/url.ts';
import { el } from './dom.ts';

const SHOWN = 8;

/** A notice sentence; text quoted from the URL is isolated (<bdi>) so it cannot reorder ours. */
function sentence(notice: Notice, data: DecisionData): HTMLElement {
	return el(
		'li',
		{},
		...describeNotice(notice, data).map((part) =>
			typeof part === 'string' ? part : el('q', {}, el('bdi', {}, part.quote)),
		),
	);
}

/** A box explaining what a link carried that could not be used; null when all was fine. */
export function noticeBox(
	notices: Notice[],
	data: DecisionData,
	title = 'Part of this link could not be used',
): HTMLElement | null {
	if (notices.length === 0) return null;
	const more = notices.length - SHOWN;
	return el(
		'div',
		{ class: 'decision-notice', role: 'status', 'data-decision-notice': true },
		el('p', { class: 'decision-notice-title' }, title),
		el(
			'ul',
			{},
			...notices.slice(0, SHOWN).map((notice) => sentence(notice, data)),
			more > 0 && el('li', {}, `…and ${more} more.`),
		),
	);
}
