/**
 * The expert properties of plan-properties.ts, over the answer space the quiz can produce. Each
 * slice (one answer to the first question) is swept in a worker thread: the slices use both
 * cores, and the sweep runs outside the coverage instrumentation. A slice small enough is
 * checked whole; a larger one by a seeded sample of quiz walks (the seed is fixed, so a failure
 * reproduces).
 */
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGuideData } from '../../src/lib/data/load.ts';
import { PROPERTIES, SAMPLE, type SweepResult } from './plan-properties.ts';

const { decision } = loadGuideData();
const firstQuestion = decision.questions[0]!;
const slices = firstQuestion.answers.map((answer) => answer.value);
/** The longest path the quiz may ask: a reader answers at most this many questions. */
const MOST_QUESTIONS = 14;

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
	const summary = [...results.values()].map(
		(result) =>
			`${firstQuestion.id}=${result.first}: ${result.combinations} ${result.exhaustive ? 'combinations (all)' : 'sampled walks'}, ${result.pagesChecked} pages`,
	);
	console.log(`The plan, swept: ${summary.join('; ')}.`);
}, 240_000);

const resultOf = (first: string): SweepResult => {
	const result = results.get(first);
	if (!result) throw new Error(`no sweep result for first=${first}`);
	return result;
};

for (const first of slices) {
	describe(`the plan, over the answers starting with ${firstQuestion.id}=${first}`, () => {
		it('checks every combination, or a full sample, and gives every answer on its paths at least once', () => {
			const result = resultOf(first);
			if (!result.exhaustive) expect(result.combinations).toBe(SAMPLE);
			expect(result.unseen).toEqual([]);
		});
		for (const property of PROPERTIES) {
			it(property.name, () => {
				expect(resultOf(first).violations[property.name]).toEqual([]);
			});
		}
		it(`asks at most ${MOST_QUESTIONS} questions on any path`, () => {
			expect(resultOf(first).longest).toBeLessThanOrEqual(MOST_QUESTIONS);
		});
		it('limits never remove a part that meets a need', () => {
			expect(resultOf(first).limitViolations).toEqual([]);
		});
		it('the page never lists a reason among the answers that changed nothing, and names a limit by the answers that set it', () => {
			expect(resultOf(first).pagesChecked).toBeGreaterThan(0);
			expect(resultOf(first).contradictions).toEqual([]);
		});
	});
}
