/**
 * The decision engine's timings, for `npm run bench` (scripts/bench.mjs runs this and adds its
 * figures to bench/results.md). Timings live here, not in tests: a test that reads the clock
 * fails whenever the machine hiccups.
 * - decoding a share link: the time for a link 16 times longer, as a ratio (linear ≈ 16);
 * - building and explaining a plan: median and worst over the answer space (or a sample of it).
 *
 * Usage: node scripts/bench-engine.ts [--json] [--plans N]
 */
import { performance } from 'node:perf_hooks';
import { median } from 'simple-statistics';
import { loadGuideData } from '../src/lib/data/load.ts';
import { explainPlan } from '../src/lib/decision/explain.ts';
import { decodeAnswers } from '../src/lib/decision/url.ts';
import { answerSpace } from '../test/answer-space.ts';

const argv = process.argv.slice(2);
const planIndex = argv.indexOf('--plans');
const MAX_PLANS = planIndex >= 0 ? Number(argv[planIndex + 1]) : 5_000;

const { decision } = loadGuideData();

function decodeMs(count: number): number {
	const query = `?v=${decision.version}&${'tenants=x&'.repeat(count)}${Array.from({ length: count }, (_, index) => `k${index}=1`).join('&')}`;
	const runs: number[] = [];
	for (let run = 0; run < 7; run++) {
		const started = performance.now();
		decodeAnswers(query, decision);
		runs.push(performance.now() - started);
	}
	return median(runs);
}

decodeMs(2_000);
const short = decodeMs(2_000);
const long = decodeMs(32_000);

// Every answer combination, or an even sample of them when the space is larger than MAX_PLANS.
const space = [...answerSpace(decision)];
const step = Math.max(1, Math.ceil(space.length / MAX_PLANS));
const planTimes: number[] = [];
for (const [index, answers] of space.entries()) {
	if (index % step !== 0) continue;
	const started = performance.now();
	explainPlan(decision, answers);
	planTimes.push(performance.now() - started);
}

const result = {
	decode: { shortMs: short, longMs: long, ratio: long / Math.max(short, 0.001) },
	plans: {
		space: space.length,
		measured: planTimes.length,
		medianMs: median(planTimes),
		worstMs: Math.max(...planTimes),
	},
};
if (argv.includes('--json')) console.log(JSON.stringify(result));
else
	console.log(
		`decode: 2,000 keys ${short.toFixed(2)} ms, 32,000 keys ${long.toFixed(2)} ms (ratio ${result.decode.ratio.toFixed(1)}; linear ≈ 16)\n` +
			`plans: ${planTimes.length} of ${space.length} combinations explained; median ${result.plans.medianMs.toFixed(2)} ms, worst ${result.plans.worstMs.toFixed(2)} ms`,
	);
