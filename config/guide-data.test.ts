import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinDecisionData } from '../src/lib/decision/client-data.ts';
import { browserDataModule, checkReviewDates, guideData } from './guide-data.ts';

function pagesWith(reviewed: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'pages-'));
	writeFileSync(join(dir, 'good.mdx'), '---\ntitle: Good\nreviewed: 2026-11-23\n---\nText.\n');
	writeFileSync(join(dir, 'bad.mdx'), `---\ntitle: Bad\nreviewed:${reviewed}\n---\nText.\n`);
	return dir;
}

describe('checkReviewDates', () => {
	it('accepts the guide’s own pages', () => {
		expect(() => checkReviewDates()).not.toThrow();
	});

	it.each([
		['a day that does not exist', ' 2026-02-30', '“2026-02-30” is not a calendar date'],
		['an empty date', '', 'received nothing'],
		['a date in the future', ' 2999-01-01', 'is in the future'],
		['another format', ' 27/11/2026', 'expected a date in YYYY-MM-DD form'],
	])('fails the build on %s, naming the file and the field', (_name, reviewed, message) => {
		expect(() => checkReviewDates([pagesWith(reviewed)])).toThrow(
			new RegExp(`bad\\.mdx: reviewed: .*${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
		);
	});
});

describe('the decision data modules for the browser', () => {
	const parsed = (source: string): Record<string, unknown> => {
		const json = source.match(/^export default (\{.*\});$/s)?.[1];
		expect(json, 'the module exports one object literal').toBeDefined();
		return JSON.parse(json ?? '{}') as Record<string, unknown>;
	};

	it('split the decision data in two: the questions for the quiz and the plan, the rest for the plan alone', async () => {
		const { loadGuideData } = await import('../src/lib/data/load.ts');
		const data = loadGuideData();
		const questions = parsed(browserDataModule(data, 'virtual:guide-data/questions'));
		const rules = parsed(browserDataModule(data, 'virtual:guide-data/decision'));
		expect(Object.keys(questions).sort()).toEqual([
			'migrations',
			'mostQuestions',
			'questions',
			'version',
		]);
		// Together they are the whole of it.
		const withoutPaths = (key: string, value: unknown) => (key === 'at' ? undefined : value);
		expect(joinDecisionData(questions as never, rules as never)).toEqual(
			JSON.parse(JSON.stringify(data.decision, withoutPaths)),
		);
		expect((questions['questions'] as { id: string }[]).map((question) => question.id)).toEqual(
			data.decision.questions.map((question) => question.id),
		);
		expect(rules['rules']).toHaveLength(data.decision.rules.length);
	});

	it('leave out the YAML positions only the validator uses', async () => {
		const { loadGuideData } = await import('../src/lib/data/load.ts');
		const data = loadGuideData();
		expect(JSON.stringify(data.decision)).toMatch(/"at":/);
		for (const id of ['virtual:guide-data/questions', 'virtual:guide-data/decision'] as const)
			expect(browserDataModule(data, id)).not.toMatch(/"at":/);
	});
});

describe('the guideData integration', () => {
	const setUp = async (pages: string[]) => {
		const { loadGuideData } = await import('../src/lib/data/load.ts');
		const integration = guideData({ data: loadGuideData(), pages });
		const updates: { vite?: { plugins?: { name: string }[] } }[] = [];
		const hook = integration.hooks['astro:config:setup'];
		// Only updateConfig is used; the rest of Astro's hook options are not needed here.
		await hook?.({ updateConfig: (update: object) => updates.push(update) } as never);
		return updates;
	};

	it('adds the Vite plugin that serves the data as virtual modules', async () => {
		const updates = await setUp([pagesWith(' 2026-11-23')]);
		expect(updates.flatMap((update) => update.vite?.plugins ?? []).map((p) => p.name)).toEqual([
			'guide:data',
		]);
	});

	it('stops the build on a page with a bad review date before adding anything', async () => {
		await expect(setUp([pagesWith(' 2026-02-30')])).rejects.toThrow(/bad\.mdx: reviewed:/);
	});
});
