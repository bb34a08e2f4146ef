/**
 * The expert properties of test/plan-properties.ts, over every combination of answers the quiz
 * can produce. Each slice (one first answer) is swept in a worker thread: the slices use both
 * cores, and the sweep runs outside the coverage instrumentation, which would double its time
 * and add nothing (the engine's coverage comes from src/lib/decision/plan.test.ts).
 */
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGuideData } from '../src/lib/data/load.ts';
import { PROPERTIES, type SweepResult } from './plan-properties.ts';

const { decision } = loadGuideData();
const firstQuestion = decision.questions[0]!;
const slices = firstQuestion.answers.map((answer) => answer.value);

function sweepInWorker(first: string): Promise<SweepResult> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./plan-properties.worker.ts', import.meta.url), {
			workerData: { first },
		});
		worker.once('message', (result: SweepResult) => resolve(result));
		worker.once('error', reject);
		worker.once('exit', (code) => {
			if (code !== 0) reject(new Error(`the sweep of first=${first} exited with ${code}`));
		});
	});
}

const results = new Map<string, SweepResult>();
beforeAll(async () => {
	for (const result of await Promise.all(slices.map(sweepInWorker)))
		results.set(result.first, result);
}, 120_000);

const resultOf = (first: string): SweepResult => {
	const result = results.get(first);
	if (!result) throw new Error(`no sweep result for first=${first}`);
	return result;
};

it(`the first question (${firstQuestion.id}) splits the space into slices`, () => {
	expect(slices.length).toBeGreaterThan(1);
	const total = slices.reduce((sum, first) => sum + resultOf(first).combinations, 0);
	console.log(`Checked ${total} combinations of answers in ${slices.length} slices.`);
});

for (const first of slices) {
	describe(`the plan, over every combination of answers starting with ${firstQuestion.id}=${first}`, () => {
		it('covers the whole answer space for this first answer', () => {
			expect(resultOf(first).combinations).toBeGreaterThan(100);
		});
		for (const property of PROPERTIES) {
			it(property.name, () => {
				expect(resultOf(first).violations[property.name]).toEqual([]);
			});
		}
		it('asks at most twelve questions on any path', () => {
			expect(resultOf(first).longest).toBeLessThanOrEqual(12);
		});
		it('limits never remove a part that meets a need', () => {
			expect(resultOf(first).limitViolations).toEqual([]);
		});
	});
}
