import { describe, expect, it } from 'vitest';
import { loadGuideData } from '../data/load.ts';
import { condition } from './condition.ts';
import { clip, decodeAnswers, describeNotice, encodeAnswers, isTrackingKey } from './url.ts';

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
		]) {
			expect(isTrackingKey(key), key).toBe(true);
		}
		for (const question of decision.questions)
			expect(isTrackingKey(question.id), question.id).toBe(false);
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
		const sentence = describeNotice({ kind: 'unknown-key', key: '\u202Eevil' }, decision);
		expect(sentence[0]).toEqual({ quote: '\u202Eevil' });
		expect(
			text(describeNotice({ kind: 'invalid-value', key: 'tenants', value: 'x' }, decision)),
		).toBe('«x» is not an answer to “Who will share the platform?”, so that answer was dropped.');
	});

	it('clips long text from a link', () => {
		expect(clip('x'.repeat(100))).toHaveLength(40);
		expect(clip('short')).toBe('short');
	});
});
