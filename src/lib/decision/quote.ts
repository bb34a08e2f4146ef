/**
 * Text from a link, made safe to quote back to the reader: characters that cannot be seen, that
 * reorder text (bidirectional controls) or that pass for others (spaces and dashes other than
 * ASCII's) are written out, as `[U+202E]`; and long text is cut at a grapheme boundary, never
 * inside an emoji or between a letter and its accents. Pure; the page still isolates the quote
 * (<bdi>) and inserts it as text.
 */

/** Characters a reader cannot see, or cannot tell apart from a plain space or hyphen. */
const HIDDEN =
	/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Zs}\p{Pd}\p{Co}\p{Cn}\p{Default_Ignorable_Code_Point}\u2800\u3164\uFFA0]/u;
/** An emoji: its joiner and variation selectors belong to it and stay. */
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const EMOJI_PARTS = new Set(['\u200D', '\uFE0E', '\uFE0F']);
/** A flag such as Scotland's spells its region in tag characters (U+E0020–U+E007F). */
const TAG_FLAG = '\u{1F3F4}';
const TAG = /[\u{E0020}-\u{E007F}]/u;
/** Code points kept of one grapheme: a pile of combining marks could cover the page. */
const LETTER_KEPT = 5;
const EMOJI_KEPT = 16;

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

const named = (character: string) =>
	`[U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`;

function isHidden(character: string, emoji: string | undefined): boolean {
	if (character === ' ' || character === '-') return false;
	if (emoji && (EMOJI_PARTS.has(character) || (emoji === TAG_FLAG && TAG.test(character))))
		return false;
	return HIDDEN.test(character);
}

/** One grapheme as the reader should see it: hidden characters named, marks capped. */
function visibleGrapheme(grapheme: string): string {
	const characters = [...grapheme];
	const emoji = EMOJI.test(grapheme) ? characters[0] : undefined;
	return characters
		.slice(0, emoji ? EMOJI_KEPT : LETTER_KEPT)
		.map((character) => (isHidden(character, emoji) ? named(character) : character))
		.join('');
}

/**
 * The quote for `text`: at most `max` graphemes (a named character counts as one), the last
 * replaced by `…` when it is cut.
 */
export function visibleQuote(text: string, max = 40): string {
	const parts: string[] = [];
	for (const { segment } of segmenter.segment(text)) {
		if (parts.length === max) {
			parts[max - 1] = '…';
			break;
		}
		parts.push(visibleGrapheme(segment));
	}
	return parts.join('');
}
