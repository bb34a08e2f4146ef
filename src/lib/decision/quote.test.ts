import { describe, expect, it } from 'vitest';
import { visibleQuote } from './quote.ts';

describe('visibleQuote', () => {
	it('quotes plain text as it is', () => {
		expect(visibleQuote('single-team')).toBe('single-team');
		expect(visibleQuote('a b')).toBe('a b');
	});

	it('names invisible characters, so a reader sees why “single-team” is not an answer', () => {
		expect(visibleQuote('single\u200B-team')).toBe('single[U+200B]-team');
		expect(visibleQuote('single\u00ADteam')).toBe('single[U+00AD]team');
		expect(visibleQuote('\uFEFFtenants')).toBe('[U+FEFF]tenants');
		expect(visibleQuote('a\u2060b\u3164c')).toBe('a[U+2060]b[U+3164]c');
	});

	it('names bidirectional controls instead of letting them reverse the text', () => {
		expect(visibleQuote('\u202Emaet-elgnis')).toBe('[U+202E]maet-elgnis');
		expect(visibleQuote('a\u2066b\u2069\u200F')).toBe('a[U+2066]b[U+2069][U+200F]');
	});

	it('names control characters, line breaks and lookalike spaces and dashes', () => {
		expect(visibleQuote('a\u0000b\nc\u0085d')).toBe('a[U+0000]b[U+000A]c[U+0085]d');
		expect(visibleQuote('a\u2028b')).toBe('a[U+2028]b');
		expect(visibleQuote('single\u2011team\u00A0x\u2003y')).toBe(
			'single[U+2011]team[U+00A0]x[U+2003]y',
		);
	});

	it('keeps emoji whole, with their joiners, selectors and flag tags', () => {
		const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
		const heart = '\u2764\uFE0F';
		const scotland = '\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}';
		expect(visibleQuote(`${family}${heart}${scotland}`)).toBe(`${family}${heart}${scotland}`);
	});

	it('names tag characters hidden behind any other emoji', () => {
		expect(visibleQuote('\u{1F600}\u{E0041}')).toBe('\u{1F600}[U+E0041]');
	});

	it('cuts long text at a grapheme boundary, never inside an emoji or under accents', () => {
		const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
		expect(visibleQuote(family.repeat(10), 4)).toBe(`${family.repeat(3)}…`);
		const accented = 'e\u0301';
		expect(visibleQuote(accented.repeat(10), 4)).toBe(`${accented.repeat(3)}…`);
		expect(visibleQuote('x'.repeat(100))).toBe(`${'x'.repeat(39)}…`);
		expect(visibleQuote('x'.repeat(40))).toBe('x'.repeat(40));
	});

	it('counts a named character as one, and keeps a few accents of a pile', () => {
		expect(visibleQuote('\u202E'.repeat(50), 3)).toBe('[U+202E][U+202E]…');
		const pile = `a${'\u0301'.repeat(500)}`;
		expect(visibleQuote(pile)).toBe(`a${'\u0301'.repeat(4)}`);
	});
});
