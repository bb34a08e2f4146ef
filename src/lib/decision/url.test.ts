import { describe, expect, it } from 'vitest';
import { loadGuideData } from '../data/load.ts';
import { condition } from './condition.ts';
import { clip, describeNotice } from './notice-words.ts';
import { decodeAnswers, encodeAnswers, isTrackingKey } from './url.ts';

const { decision } = loadGuideData();
const v = `v=${decision.version}`;
const text = (segments: ReturnType<typeof describeNotice>) =>
	segments.map((part) => (typeof part === 'string' ? part : `«${part.quote}»`)).join('');

describe('decodeAnswers', () => {
	it('reads known answers from a current link without notices', () => {
		expect(decodeAnswers(`?${v}&tenants=internal-teams&ops=small`, decision)).toMatchObject({
			answers: { tenants: 'internal-teams', ops: 'small' },
			notices: [],
			hasQuizParams: true,
		});
	});

	it('says nothing about an empty query', () => {
		expect(decodeAnswers('', decision)).toMatchObject({
			answers: {},
			notices: [],
			hasQuizParams: false,
		});
	});

	it('drops tracking parameters silently, so a shared link shows no warning', () => {
		const decoded = decodeAnswers(
			`?${v}&tenants=internal-teams&utm_source=chat&fbclid=abc&gclid=x&mc_eid=1&ref=newsletter`,
			decision,
		);
		expect(decoded.notices).toEqual([]);
		expect(decoded.answers).toEqual({ tenants: 'internal-teams' });
		expect(decodeAnswers('?utm_source=chat&fbclid=x', decision).hasQuizParams).toBe(false);
	});

	it('ignores unknown keys and drops invalid values, with a notice for each', () => {
		const decoded = decodeAnswers(`?${v}&colour=red&tenants=everyone&ops=small`, decision);
		expect(decoded.answers).toEqual({ ops: 'small' });
		expect(decoded.notices).toEqual([
			{ kind: 'unknown-key', key: 'colour' },
			{ kind: 'invalid-value', key: 'tenants', value: 'everyone' },
		]);
	});

	it('keeps the first of repeated keys and reports each repeated key once', () => {
		const decoded = decodeAnswers(
			`?${v}&tenants=internal-teams&tenants=external-customers&tenants=x`,
			decision,
		);
		expect(decoded.answers).toEqual({ tenants: 'internal-teams' });
		expect(decoded.notices).toEqual([{ kind: 'repeated-key', key: 'tenants' }]);
	});

	it('reads a link from an older version, keeps its answers and adds what they implied', () => {
		const decoded = decodeAnswers('?v=1&tenants=internal-teams&cluster-scoped=no', decision);
		expect(decoded.olderVersion).toBe(1);
		expect(decoded.notices[0]).toEqual({
			kind: 'older-version',
			given: 1,
			current: decision.version,
		});
		expect(decoded.answers).toEqual({ tenants: 'internal-teams', 'cluster-scoped': 'no' });
		const later = {
			...decision,
			version: decision.version + 1,
			migrations: [
				{
					from: decision.version,
					when: condition({ 'cluster-scoped': ['no'] }),
					set: { 'api-access': 'no' },
				},
			],
		};
		expect(decodeAnswers(`?${v}&tenants=internal-teams&cluster-scoped=no`, later).answers).toEqual({
			tenants: 'internal-teams',
			'cluster-scoped': 'no',
			'api-access': 'no',
		});
		expect(
			decodeAnswers(`?${v}&tenants=internal-teams&cluster-scoped=no&api-access=yes`, later).answers[
				'api-access'
			],
		).toBe('yes');
	});

	it('reads a link without a version, or with one that never existed, as the current version', () => {
		expect(decodeAnswers('?tenants=internal-teams', decision).notices).toEqual([
			{ kind: 'version', given: undefined, current: decision.version },
		]);
		expect(
			decodeAnswers(`?v=${decision.version + 5}&tenants=internal-teams`, decision).notices[0],
		).toMatchObject({ kind: 'version' });
		expect(decodeAnswers('?v=abc&tenants=internal-teams', decision).answers).toEqual({
			tenants: 'internal-teams',
		});
	});

	// How long decoding takes is measured by `npm run bench`, not here: a timing assertion fails
	// whenever the machine hiccups. This checks the work instead: one pass, one notice per problem.
	it('reports a link with thousands of repeated and unknown keys with one notice per distinct key', () => {
		const count = 32_000;
		const unknown = Array.from({ length: count }, (_, index) => `k${index}=1`).join('&');
		const decoded = decodeAnswers(`?${v}&${'tenants=x&'.repeat(count)}${unknown}`, decision);
		expect(decoded.notices).toHaveLength(count + 2);
		expect(decoded.notices.filter((notice) => notice.kind === 'repeated-key')).toEqual([
			{ kind: 'repeated-key', key: 'tenants' },
		]);
		expect(decoded.answers).toEqual({});
	});
});

describe('tracking parameters', () => {
	it('are recognised by name and by prefix, whatever their case', () => {
		for (const key of [
			'utm_source',
			'UTM_Campaign',
			'fbclid',
			'gclid',
			'mc_cid',
			'mc_eid',
			'ref',
			'igshid',
			'msclkid',
			'gad_source',
			'gad_campaignid',
			'srsltid',
		]) {
			expect(isTrackingKey(key), key).toBe(true);
		}
		for (const question of decision.questions)
			expect(isTrackingKey(question.id), question.id).toBe(false);
	});

	it('include what Google adds to ad and search links, dropped without a notice', () => {
		const decoded = decodeAnswers(
			`?${v}&tenants=internal-teams&gad_source=1&gad_campaignid=2&srsltid=AfmBOo`,
			decision,
		);
		expect(decoded.notices).toEqual([]);
		expect(decoded.answers).toEqual({ tenants: 'internal-teams' });
	});
});

describe('encodeAnswers', () => {
	it('writes the version and the relevant answers in the quiz’s order', () => {
		expect(
			encodeAnswers(decision, { ops: 'small', tenants: 'single-team', 'api-access': 'yes' }),
		).toBe(`?${v}&tenants=single-team&ops=small`);
		expect(encodeAnswers(decision, {})).toBe('');
	});

	it('round-trips through decodeAnswers', () => {
		const answers = {
			tenants: 'external-customers',
			'api-access': 'yes',
			'untrusted-code': 'unsure',
			ops: 'small',
		};
		expect(decodeAnswers(encodeAnswers(decision, answers), decision).answers).toEqual(answers);
	});
});

describe('describeNotice', () => {
	it('keeps text from the link apart from the site’s own words', () => {
		const sentence = describeNotice({ kind: 'unknown-key', key: 'evil' }, decision);
		expect(sentence[0]).toEqual({ quote: 'evil' });
		expect(
			text(describeNotice({ kind: 'invalid-value', key: 'tenants', value: 'x' }, decision)),
		).toBe('«x» is not an answer to “Who will share the platform?”, so that answer was dropped.');
	});

	it('names invisible, bidirectional and control characters in what it quotes', () => {
		expect(text(describeNotice({ kind: 'unknown-key', key: '\u202Eevil' }, decision))).toBe(
			'«[U+202E]evil» is not a question this quiz asks, so it was ignored.',
		);
		expect(
			text(
				describeNotice(
					{ kind: 'invalid-value', key: 'tenants', value: 'single\u200B-team' },
					decision,
				),
			),
		).toBe(
			'«single[U+200B]-team» is not an answer to “Who will share the platform?”, so that answer was dropped.',
		);
		expect(text(describeNotice({ kind: 'repeated-key', key: 'a\u0000' }, decision))).toMatch(
			/^«a\[U\+0000\]» appears more than once/,
		);
		expect(
			text(describeNotice({ kind: 'version', given: '2\u2066', current: 3 }, decision)),
		).toMatch(/version «2\[U\+2066\]» of the quiz/);
	});

	it('cuts a long quote at a grapheme boundary, never inside an emoji', () => {
		const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
		const [quote] = describeNotice({ kind: 'unknown-key', key: family.repeat(60) }, decision);
		expect(quote).toEqual({ quote: `${family.repeat(39)}…` });
	});

	it('says in words what an empty version, an empty key or an empty value means', () => {
		const sentences = decodeAnswers('?v=&=x&tenants=&=y', decision).notices.map((notice) =>
			text(describeNotice(notice, decision)),
		);
		expect(sentences).toEqual([
			`The link does not say which version of the quiz it was made with, so its answers were read as version ${decision.version}.`,
			'A value without a name (“=…”) was ignored.',
			'“Who will share the platform?” has no answer in the link, so it counts as unanswered.',
			'Further values without a name were ignored.',
		]);
	});

	it('clips long text from a link', () => {
		expect(clip('x'.repeat(100))).toHaveLength(40);
		expect(clip('short')).toBe('short');
	});
});
