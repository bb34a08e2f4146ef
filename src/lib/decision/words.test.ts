/**
 * The plan's words on hand-built explanations: each sentence says what its data holds, so the
 * plan page and the decision record, which both use these, cannot drift apart.
 */
import { describe, expect, it } from 'vitest';
import type { Absence, AnswerRef, Change, GroupView } from './explain.ts';
import type { Question, Rule } from './types.ts';
import {
	absenceWords,
	changeWords,
	effectWords,
	feeTotalWords,
	noteWords,
	pendingWords,
	verdictWords,
	warningWords,
} from './words.ts';

const question = (id: string, help = `${id} help.`) =>
	({ id, prompt: `${id}?`, short: id, help, answers: [] }) as unknown as Question;
const ref = (id: string, label: string): AnswerRef =>
	({ question: question(id), answer: { value: label, label } }) as unknown as AnswerRef;
const option = (id: string) => ({ id, name: `${id} name`, shortName: id });

const change = (extra: Partial<Change>): Change => ({
	ref: ref('budget', 'Tight'),
	alternative: { value: 'enough', label: 'Enough', explanation: '', source: '' },
	added: [],
	removed: [],
	count: undefined,
	...extra,
});

const group = (id: string, conditional: boolean, splits: GroupView['splits'] = []): GroupView => ({
	id,
	name: `${id} clusters`,
	for: id,
	count: { min: 2, max: 2 },
	conditional,
	splits,
	tiles: { names: [], more: false },
	part: undefined,
	serves: undefined,
	layers: [],
});
const split = (phrase: string, conditional: boolean) => ({
	phrase,
	conditional,
	tiles: [phrase],
	open: false,
});

describe('the words of a plan', () => {
	it('describes a conditional group with the splits certain on their own, and the rest as possible', () => {
		const words = verdictWords({
			count: { min: 2, max: 4 },
			groups: [
				group('shared', false),
				group('cell', true, [split('in each region', false), split('prod and non-prod', true)]),
			],
		});
		expect(words).toBe(
			'2 to 4 clusters: 2 shared clusters, possibly 2 cell clusters (in each region); possibly prod and non-prod',
		);
	});

	it('joins the kinds of cluster that may apply with “and/or”: one unsure answer may bring either, two may bring both', () => {
		const words = verdictWords({
			count: { min: 2, max: 6 },
			groups: [group('shared', false), group('scope', true), group('tenant', true)],
		});
		expect(words).toBe(
			'2 to 6 clusters: 2 shared clusters, possibly 2 scope clusters and/or 2 tenant clusters',
		);
	});

	it('names the one kind of cluster a plan has, unless it is the shared one', () => {
		expect(verdictWords({ count: { min: 2, max: 2 }, groups: [group('shared', false)] })).toBe(
			'2 clusters',
		);
		expect(verdictWords({ count: { min: 2, max: 2 }, groups: [group('tenant', false)] })).toBe(
			'2 tenant clusters',
		);
	});

	it('does not say “possibly” of a split a group certainly has already', () => {
		const words = verdictWords({
			count: { min: 2, max: 4 },
			groups: [
				group('shared', false, [split('prod and non-prod', false)]),
				group('scope', true, [split('prod and non-prod', true)]),
			],
		});
		expect(words).toBe(
			'2 to 4 clusters: 2 shared clusters (prod and non-prod), possibly 2 scope clusters',
		);
	});

	it('says a layer once, as firm, when it is firm in one kind of cluster and possible in another', () => {
		const layer = (conditional: boolean) => ({
			part: { id: 'hardened', name: 'Hardened', shortName: 'hardened' },
			short: 'hardened namespaces',
			conditional,
		});
		const words = verdictWords({
			count: { min: 2, max: 3 },
			groups: [
				{ ...group('shared', true), layers: [layer(false)] },
				{ ...group('test', false), layers: [layer(false)] },
			],
		});
		expect(words).toBe(
			'2 to 3 clusters: 2 test clusters, possibly 2 shared clusters; hardened namespaces',
		);
	});

	it('lists three kinds of cluster with commas and one “and”', () => {
		const words = verdictWords({
			count: { min: 6, max: 6 },
			groups: [group('site', false), group('tenant', false), group('test', false)],
		});
		expect(words).toBe('6 clusters: 2 site clusters, 2 tenant clusters and 2 test clusters');
	});

	it('says “possibly” of a split that may not apply to a group that certainly does', () => {
		const words = verdictWords({
			count: { min: 2, max: 4 },
			groups: [group('shared', false, [split('in each region', true)])],
		});
		expect(words).toBe('2 to 4 clusters; possibly in each region');
	});

	it('names every effect of a different answer: what it adds, drops, and the count it changes', () => {
		const words = effectWords(
			change({
				added: [option('tier')],
				removed: [option('shared')],
				count: { from: { min: 2, max: 2 }, to: { min: 4, max: undefined } },
			}),
		);
		expect(words).toBe('adds tier name, drops shared name, takes the clusters from 2 to 4+');
	});

	it('sets the different answer apart from the one given', () => {
		expect(changeWords(change({ added: [option('tier')] }))).toEqual({
			question: 'budget: ',
			answer: 'Enough',
			rest: ' instead of “Tight” adds tier name.',
		});
	});

	it('says an option is out for a limit by naming the answers that set it, each way to lift it apart', () => {
		const absence: Absence = {
			kind: 'limit',
			option: option('cluster-per-tenant'),
			limits: [[ref('budget', 'Tight')], [ref('ops', 'Small'), ref('tenant-count', 'Many')]],
			rule: {} as Rule,
		};
		expect(absenceWords(absence).join('')).toBe(
			'Exceeds a limit you gave (budget: Tight or ops: Small and tenant-count: Many); your plan meets the need another way.',
		);
	});

	it('keeps the covering option as a piece of its own, for the page to link', () => {
		const absence: Absence = { kind: 'covered', option: option('a'), by: option('b') };
		expect(absenceWords(absence)).toEqual(['Already covered by ', option('b'), '.']);
	});

	it('says which different answer would bring a part that is not needed', () => {
		const absence: Absence = {
			kind: 'not-needed',
			option: option('sandbox'),
			needed: 'Needed for untrusted code.',
			change: change({
				ref: ref('untrusted-code', 'No'),
				alternative: { value: 'yes', label: 'Yes', explanation: '', source: '' },
				added: [option('sandbox')],
			}),
		};
		expect(absenceWords(absence).join('')).toBe(
			'Not needed. Needed for untrusted code. It would come in with “untrusted-code: Yes”.',
		);
	});

	it('gives each open question with its help, as the way to decide', () => {
		expect(pendingWords([question('regions', 'Count the regions.'), question('ops')])).toBe(
			'Depends on what you were not sure of. regions: Count the regions. ops: ops help.',
		);
	});

	it('writes a fee as one sum, a range, or an open end', () => {
		expect(feeTotalWords({ min: 146, max: 146 })).toBe('$146');
		expect(feeTotalWords({ min: 1460, max: 2920 })).toBe('$1,460 to $2,920');
		expect(feeTotalWords({ min: 146, max: undefined })).toBe('$146 or more');
	});

	it('says how far a plan goes past a limit: certainly, up to a number, or with no upper end', () => {
		const limit = (min: number, max: number | undefined) =>
			warningWords({
				kind: 'limit',
				count: { min, max },
				maxClusters: 3,
				message: 'A small team runs three well.',
				source: '',
				answers: [],
			});
		expect(limit(4, 6)).toBe('This plan needs 4-6 clusters. A small team runs three well.');
		expect(limit(2, 5)).toBe('This plan may need up to 5 clusters. A small team runs three well.');
		expect(limit(2, undefined)).toBe(
			'This plan may need more than 3 clusters. A small team runs three well.',
		);
		expect(
			warningWords({ kind: 'caution', message: 'Mind the GPUs.', source: '', answers: [] }),
		).toBe('Mind the GPUs.');
	});

	it('marks a note whose rule depends on an open answer as possible', () => {
		expect(noteWords({ says: 'Back up etcd.', possible: true, source: '', answers: [] })).toBe(
			'Possibly: Back up etcd.',
		);
		expect(noteWords({ says: 'Back up etcd.', possible: false, source: '', answers: [] })).toBe(
			'Back up etcd.',
		);
	});
});
