// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadGuideData } from '../lib/data/load.ts';
import { decodeAnswers } from '../lib/decision/url.ts';
import { noticeBox } from './notices.ts';

const { decision } = loadGuideData();
const notices = (query: string) => decodeAnswers(query, decision).notices;
const v = `v=${decision.version}`;
const items = (box: HTMLElement | null) =>
	[...(box?.querySelectorAll('li') ?? [])].map((item) => item.textContent);

describe('noticeBox', () => {
	it('shows nothing for a link that could be used whole', () => {
		expect(noticeBox(notices(`?${v}`), decision)).toBeNull();
	});

	it('is a status message with a title and one sentence per problem', () => {
		const box = noticeBox(notices(`?${v}&colour=red&shade=dark`), decision)!;
		expect(box.getAttribute('role')).toBe('status');
		expect(box.hasAttribute('data-decision-notice')).toBe(true);
		expect(box.querySelector('.decision-notice-title')!.textContent).toBe(
			'Part of this link could not be used',
		);
		expect(items(box)).toEqual([
			'colour is not a question this quiz asks, so it was ignored.',
			'shade is not a question this quiz asks, so it was ignored.',
		]);
	});

	it('takes the title it is given', () => {
		const box = noticeBox(notices('?colour=red'), decision, 'Another title')!;
		expect(box.querySelector('.decision-notice-title')!.textContent).toBe('Another title');
	});

	it('keeps text from the link as text, isolated, with its right-to-left override named', () => {
		const key = '\u202E<img src=x>';
		const box = noticeBox(notices(`?${v}&${encodeURIComponent(key)}=1`), decision)!;
		expect(box.querySelector('img')).toBeNull();
		const quote = box.querySelector('li > q > bdi')!;
		expect(quote.textContent).toBe('[U+202E]<img src=x>');
		expect(items(box)[0]).toBe(
			'[U+202E]<img src=x> is not a question this quiz asks, so it was ignored.',
		);
	});

	it('lists at most eight problems and counts the rest', () => {
		const keys = Array.from({ length: 11 }, (_, index) => `unknown${index}`);
		const box = noticeBox(notices(`?${v}&${keys.map((key) => `${key}=1`).join('&')}`), decision);
		const listed = items(box);
		expect(listed).toHaveLength(9);
		expect(listed.slice(0, 8)).toEqual(
			keys.slice(0, 8).map((key) => `${key} is not a question this quiz asks, so it was ignored.`),
		);
		expect(listed[8]).toBe('…and 3 more.');
	});
});
