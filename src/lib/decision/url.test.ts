import { describe, expect, it } from 'vitest';
import { clip, decodeAnswers, describeNotice, encodeAnswers, encodeSteps } from './url.ts';

const tree = {
	version: 1,
	questions: [
		{ id: 'tenants', prompt: 'Who will share the platform?', answers: [{ value: 'internal-teams' }, { value: 'external-customers' }] },
		{ id: 'ops', prompt: 'Is there a platform team?', answers: [{ value: 'small' }, { value: 'platform-team' }] },
	],
} as never;

describe('decodeAnswers', () => {
	it('reads known answers from a current link without notices', () => {
		expect(decodeAnswers('?v=1&tenants=internal-teams&ops=small', tree)).toEqual({
			answers: { tenants: 'internal-teams', ops: 'small' },
			notices: [],
		});
	});

	it('says nothing about an empty query', () => {
		expect(decodeAnswers('', tree)).toEqual({ answers: {}, notices: [] });
	});

	it('ignores unknown keys and drops invalid values, with a notice for each', () => {
		const decoded = decodeAnswers('?v=1&utm_source=x&tenants=everyone&ops=small', tree);
		expect(decoded.answers).toEqual({ ops: 'small' });
		expect(decoded.notices).toEqual([
			{ kind: 'unknown-key', key: 'utm_source' },
			{ kind: 'invalid-value', key: 'tenants', value: 'everyone' },
		]);
	});

	it('keeps the first of repeated keys and says so once', () => {
		const decoded = decodeAnswers('?v=1&ops=small&ops=platform-team&ops=x', tree);
		expect(decoded.answers).toEqual({ ops: 'small' });
		expect(decoded.notices).toEqual([{ kind: 'repeated-key', key: 'ops' }]);
	});

	it('keeps valid answers from another tree version, with a notice first', () => {
		expect(decodeAnswers('?ops=small&v=7', tree)).toEqual({
			answers: { ops: 'small' },
			notices: [{ kind: 'version', given: '7', current: 1 }],
		});
		expect(decodeAnswers('?ops=small', tree).notices).toEqual([{ kind: 'version', given: undefined, current: 1 }]);
	});

	it('never lets a prototype key become an answer', () => {
		const decoded = decodeAnswers('?v=1&__proto__=x&constructor=y&tenants=toString', tree);
		expect(Object.keys(decoded.answers)).toEqual([]);
		expect(decoded.notices.map((notice) => notice.kind)).toEqual(['unknown-key', 'unknown-key', 'invalid-value']);
	});
});

describe('encodeAnswers', () => {
	it('puts the version first and keeps the answers in path order', () => {
		expect(encodeAnswers([['tenants', 'internal-teams'], ['ops', 'small']], 1)).toBe('?v=1&tenants=internal-teams&ops=small');
	});
});

describe('encodeSteps', () => {
	it('encodes a path’s answers in order, and no answers as no query at all', () => {
		const steps = [
			{ node: 'who', question: 'tenants', value: 'internal-teams' },
			{ node: 'how', question: 'ops', value: 'small' },
		];
		expect(encodeSteps(steps, 1)).toBe('?v=1&tenants=internal-teams&ops=small');
		expect(encodeSteps([], 1)).toBe('');
	});
});

describe('describeNotice', () => {
	it('names the dropped value and the question it was meant for, shortened', () => {
		const text = describeNotice({ kind: 'invalid-value', key: 'tenants', value: 'x'.repeat(10_000) }, tree);
		expect(text).toMatch(/^“x{39}…” is not an answer to “Who will share the platform\?”/);
		expect(text.length).toBeLessThan(140);
	});
});

describe('clip', () => {
	it('leaves short text alone and shortens long text to the limit', () => {
		expect(clip('short')).toBe('short');
		expect(clip('abcdef', 4)).toBe('abc…');
	});
});
