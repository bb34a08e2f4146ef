/**
 * The engine on small hand-built models, one behaviour each, independent of the guide's content
 * (whose plans are tested in test/content/).
 */
import { describe, expect, it } from 'vitest';
import { option, question, questionsOf, rule } from '../../../test/lib/decision-model.ts';
import { pricesFileSchema, rulesFileSchema } from '../data/decision.ts';
import { explainPlan } from './explain.ts';
import { buildPlan, clusterCount, formatCount, MAYBE, YES } from './plan.ts';
import type { DecisionData } from './types.ts';

/** A model with a shared cluster, a tier counted by an answer, regions counted by an answer. */
function model(
	rules: Record<string, unknown>[],
	extra: Record<string, unknown> = {},
	more: ReturnType<typeof question>[] = [],
): DecisionData {
	const questions = questionsOf([
		question('need', ['yes', 'no']),
		question('size', ['few', 'many']),
		question('regions', ['one', 'two', 'more']),
		question('team', ['small', 'big']),
		...more,
	]);
	const parsed = rulesFileSchema.parse({
		reviewed: '2026-12-01',
		mainOrder: ['tier', 'base', 'strong'],
		groups: [
			{
				id: 'shared',
				one: 'shared cluster',
				many: 'shared clusters',
				for: 'all',
				count: 1,
				coveredBy: ['own'],
			},
			{
				id: 'tier',
				one: 'tier cluster',
				many: 'tier clusters',
				for: 'a few',
				part: 'tier',
				count: { byAnswer: 'size', few: [1, 3], many: [4, 10], otherwise: [1, null] },
			},
			{ id: 'own', one: 'own cluster', many: 'own clusters', for: 'each', count: 5 },
		],
		splits: [
			{
				id: 'regions',
				factor: { byAnswer: 'regions', two: 2, more: [3, null], otherwise: [2, null] },
				phrase: 'in each region',
				tiles: ['r1', 'r2', 'r3'],
			},
			{ id: 'sites', factor: [3, 3], phrase: 'at each site', tiles: ['s1'], selfManaged: true },
		],
		parts: {
			base: { coveredBy: ['strong'], needed: 'Always.' },
			strong: { needed: 'When needed.' },
			tier: { needed: 'When a few need it.' },
		},
		limits: [
			{
				id: 'small',
				when: { team: ['small'] },
				maxClusters: 2,
				message: 'Too many.',
				source: 'https://example.org/',
			},
		],
		rules,
		...extra,
	});
	const prices = pricesFileSchema.parse({
		reviewed: '2026-12-01',
		hoursPerMonth: 730,
		providers: [
			{
				id: 'p',
				name: 'P',
				prices: [
					{
						id: 'std',
						tier: 'std',
						perHour: 0.1,
						conditions: 'c',
						source: 'https://example.org/',
						checked: '2026-12-01',
					},
				],
			},
		],
	});
	return {
		version: questions.version,
		reviewed: questions.reviewed,
		questions: questions.questions,
		migrations: questions.migrations,
		groups: parsed.groups,
		splits: parsed.splits,
		parts: parsed.parts,
		limits: parsed.limits,
		rules: parsed.rules,
		mainOrder: parsed.mainOrder,
		options: ['tier', 'base', 'strong'].map(option),
		prices,
	};
}

const base = rule('base', {
	when: { need: ['yes', 'no'] },
	layer: { part: 'base', in: ['shared', 'tier'] },
});
const strong = rule('strong', {
	when: { need: ['yes'] },
	layer: { part: 'strong', in: ['shared'] },
});
const tier = rule('tier', { when: { size: ['few', 'many'], need: ['yes'] }, group: 'tier' });
const regions = rule('regions', {
	when: { regions: ['two', 'more'] },
	split: { id: 'regions', in: ['shared', 'tier'] },
});

describe('the plan engine', () => {
	it('counts a group and a split by the answers given, and as a range when one is unknown', () => {
		const data = model([base, tier, regions]);
		const count = (answers: Record<string, string>) => formatCount(clusterCount(data, answers));
		expect(count({ need: 'yes', size: 'few', regions: 'one', team: 'big' })).toBe('2-4');
		expect(count({ need: 'yes', size: 'many', regions: 'two', team: 'big' })).toBe('10-22');
		expect(count({ need: 'yes', size: 'few', regions: 'more', team: 'big' })).toBe('6+');
		expect(count({ need: 'yes', size: 'few', regions: 'unsure', team: 'big' })).toBe('2+');
	});

	it('drops a layer where a stronger part in the same clusters covers it', () => {
		const plan = buildPlan(model([base, strong]), {
			need: 'yes',
			size: 'few',
			regions: 'one',
			team: 'big',
		});
		const shared = plan.groups.find((group) => group.group.id === 'shared')!;
		expect(shared.layers.find((layer) => layer.part === 'base')?.coveredBy).toEqual({
			kind: 'part',
			id: 'strong',
		});
		expect(plan.parts.map((part) => part.id)).toEqual(['strong']);
	});

	it('drops a group that a certain group covers, and keeps a conditional one beside it', () => {
		const own = rule('own', { when: { need: ['yes'] }, group: 'own' });
		const data = model([base, own]);
		const certain = buildPlan(data, { need: 'yes', size: 'few', regions: 'one', team: 'big' });
		expect(certain.groups.find((group) => group.group.id === 'shared')?.coveredBy?.id).toBe('own');
		const maybe = buildPlan(data, { need: 'unsure', size: 'few', regions: 'one', team: 'big' });
		expect(maybe.groups.find((group) => group.group.id === 'shared')?.coveredBy).toBeUndefined();
		expect(
			formatCount(clusterCount(data, { need: 'unsure', size: 'few', regions: 'one', team: 'big' })),
		).toBe('1-5');
	});

	it('keeps a group its coveredBy would replace where a split it names in keptBy applies', () => {
		const own = rule('own', { when: { need: ['yes'] }, group: 'own' });
		const sites = rule('sites', {
			when: { regions: ['more'] },
			split: { id: 'sites', in: ['shared'] },
		});
		const data = model([base, own, sites]);
		data.groups = data.groups.map((group) =>
			group.id === 'shared' ? { ...group, keptBy: ['sites'] } : group,
		);
		const answers = { need: 'yes', size: 'few', team: 'big' };
		const central = buildPlan(data, { ...answers, regions: 'one' });
		expect(central.groups.find((group) => group.group.id === 'shared')?.coveredBy?.id).toBe('own');
		const atSites = buildPlan(data, { ...answers, regions: 'more' });
		expect(atSites.groups.find((group) => group.group.id === 'shared')?.coveredBy).toBeUndefined();
		// Three site clusters beside the five of the covering group.
		expect(formatCount(clusterCount(data, { ...answers, regions: 'more' }))).toBe('8');
		// With the locations open, the site clusters may be there: shown as possible, not dropped.
		const open = buildPlan(data, { ...answers, regions: 'unsure' });
		const shared = open.groups.find((group) => group.group.id === 'shared');
		expect(shared?.coveredBy).toBeUndefined();
		expect(shared?.status).toBe(MAYBE);
	});

	it('applies a rule that refers to another only when that one applies', () => {
		const follows = rule('follows', {
			when: { rule: 'tier' },
			layer: { part: 'strong', in: ['tier'] },
		});
		const data = model([base, tier, follows]);
		const on = buildPlan(data, { need: 'yes', size: 'few', regions: 'one', team: 'big' });
		expect(on.rules.get('follows')?.status).toBe(YES);
		const off = buildPlan(data, { need: 'no', size: 'few', regions: 'one', team: 'big' });
		expect(off.parts.map((part) => part.id)).toEqual(['base']);
	});

	it('counts the clusters a provider manages apart from those the reader runs at sites', () => {
		const sites = rule('sites', {
			when: { regions: ['more'] },
			split: { id: 'sites', in: ['shared'] },
		});
		const data = model([base, tier, sites]);
		const answers = { need: 'yes', size: 'few', regions: 'more', team: 'big' };
		const plan = buildPlan(data, answers);
		expect(formatCount(clusterCount(data, answers, plan))).toBe('4-6');
		expect(formatCount(clusterCount(data, answers, plan, undefined, 'managed'))).toBe('1-3');
		expect(formatCount(clusterCount(data, answers, plan, undefined, 'self-managed'))).toBe('3');
	});

	it('estimates the count instead of trying every combination beyond its cap of unknown answers', () => {
		const many = Array.from({ length: 12 }, (_, index) => question(`q${index}`, ['a', 'b', 'c']));
		const data = model([base, tier, regions]);
		const wide: DecisionData = {
			...data,
			questions: [...data.questions, ...questionsOf(many).questions],
		};
		// 4^12 combinations of twelve unsure answers: far past the cap, so no enumeration.
		const answers = {
			need: 'yes',
			size: 'few',
			regions: 'one',
			team: 'big',
			...Object.fromEntries(many.map((q) => [q.id, 'unsure'])),
		};
		expect(formatCount(clusterCount(wide, answers))).toBe('2-4');
	});
});

describe('how the engine explains a plan', () => {
	it('never lists an answer it gives as a reason among the answers that changed nothing', () => {
		// Both answers of `need` bring the base layer, so no other single answer changes the plan,
		// yet `need` is the reason for it.
		const view = explainPlan(model([base]), {
			need: 'yes',
			size: 'few',
			regions: 'one',
			team: 'big',
		});
		expect(view.parts[0]?.reasons[0]?.answers.map((ref) => ref.question.id)).toEqual(['need']);
		expect(view.unchanged.map((ref) => ref.question.id)).toEqual(['size', 'regions', 'team']);
	});

	it('offers no different answer that would open a question the reader has not answered', () => {
		// `need: yes` asks `detail`, which the reader never saw: whether the strong layer stays
		// depends on it, so the plan cannot say that answer drops it.
		const detail = question('detail', ['x', 'y'], { askIf: { need: ['yes'] } });
		const rules = [
			base,
			rule('strong-without', { when: { need: ['no'] }, layer: { part: 'strong', in: ['shared'] } }),
			rule('strong-with', {
				when: { need: ['yes'], detail: ['x'] },
				layer: { part: 'strong', in: ['shared'] },
			}),
		];
		const answers = { need: 'no', size: 'few', regions: 'one', team: 'big' };
		const view = explainPlan(model(rules, {}, [detail]), answers);
		expect(view.changes.map((change) => change.ref.question.id)).not.toContain('need');
		// Answered, the same question's change is known and shown.
		const asked = explainPlan(model(rules, {}, [detail]), { ...answers, need: 'yes', detail: 'x' });
		expect(
			asked.changes.map((change) => `${change.ref.question.id}=${change.alternative.value}`),
		).toContain('detail=y');
	});

	it('never lists an answer behind a warning or a note among the answers that changed nothing', () => {
		const many = rule('many', { when: { size: ['many'] }, note: 'info' });
		const view = explainPlan(model([base, regions, many]), {
			need: 'yes',
			size: 'many',
			regions: 'more',
			team: 'small',
		});
		// Three or more regional clusters exceed the small team's two; the note is about the size.
		expect(view.warnings.map((warning) => warning.kind)).toEqual(['limit']);
		expect(view.notes).toHaveLength(1);
		const unchanged = view.unchanged.map((ref) => ref.question.id);
		expect(unchanged).not.toContain('team');
		expect(unchanged).not.toContain('size');
	});

	it('counts a group that may apply as if it does: with the splits that are certain on their own', () => {
		// The tier depends on `need`, unknown here; the regions split is certain.
		const view = explainPlan(model([base, tier, regions]), {
			need: 'unsure',
			size: 'few',
			regions: 'two',
			team: 'big',
		});
		const group = view.groups.find((candidate) => candidate.id === 'tier');
		expect(group?.conditional).toBe(true);
		expect(group?.count).toEqual({ min: 2, max: 6 });
		expect(group?.splits).toMatchObject([{ phrase: 'in each region', conditional: false }]);
	});

	it('names exactly the answers that set a limit: the smallest set whose change would lift it', () => {
		const limited = rule('tier', {
			when: { need: ['yes'] },
			within: {
				any: [
					{ size: ['few'], not: { team: ['small'] } },
					{ size: ['many'], regions: ['more'] },
				],
			},
			group: 'tier',
		});
		const view = explainPlan(model([base, limited]), {
			need: 'yes',
			size: 'few',
			regions: 'one',
			team: 'small',
		});
		const absence = view.absent.find((candidate) => candidate.option.id === 'tier');
		expect(absence?.kind).toBe('limit');
		if (absence?.kind !== 'limit') return;
		expect(absence.limits.map((refs) => refs.map((ref) => ref.question.id))).toEqual([['team']]);
	});
});
