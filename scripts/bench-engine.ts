/**
 * The decision engine's timings, for `npm run bench` (scripts/bench.mjs runs this and adds its
 * figures to bench/results.md). Timings live here, not in tests: a test that reads the clock
 * fails whenever the machine hiccups.
 * - decoding a share link: the time for a link 16 times longer, as a ratio (linear ≈ 16);
 * - building and explaining a plan: median and worst over a seeded sample of quiz walks, each
 *   plan timed as the fastest of three runs.
 *
 * Usage: node scripts/bench-engine.ts [--json] [--plans N]
 */
import { performance } from 'node:perf_hooks';
import { median } from 'simple-statistics';
import { loadGuideData } from '../src/lib/data/load.ts';
import { explainPlan } from '../src/lib/decision/explain.ts';
import { decodeAnswers } from '../src/lib/decision/url.ts';
import { sampleSpace } from '../test/answer-space.ts';

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

// A seeded sample of quiz walks (the space has millions of combinations), the same every run.
const planTimes: number[] = [];
let slowest = { ms: 0, answers: {} as Record<string, string> };
for (const answers of sampleSpace(decision, {}, MAX_PLANS, 20261203)) {
	// A plan's own cost: the fastest of three runs, so a garbage-collection pause or the first
	// compilation of a code path is not charged to whichever plan it happened to fall in.
	const runs: number[] = [];
	for (let run = 0; run < 3; run++) {
		const started = performance.now();
		explainPlan(decision, answers);
		runs.push(performance.now() - started);
	}
	const ms = Math.min(...runs);
	planTimes.push(ms);
	if (ms > slowest.ms) slowest = { ms, answers };
}

const result = {
	decode: { shortMs: short, longMs: long, ratio: long / Math.max(short, 0.001) },
	plans: {
		measured: planTimes.length,
		slowest: new URLSearchParams(slowest.answers).toString(),
		medianMs: median(planTimes),
		worstMs: Math.max(...planTimes),
	},
};
if (argv.includes('--json')) console.log(JSON.stringify(result));
else
	console.log(
		`decode: 2,000 keys ${short.toFixed(2)} ms, 32,000 keys ${long.toFixed(2)} ms (ratio ${result.decode.ratio.toFixed(1)}; linear ≈ 16)\n` +
			`plans: ${planTimes.length} sampled quiz walks explained; median ${result.plans.medianMs.toFixed(2)} ms, worst ${result.plans.worstMs.toFixed(2)} ms (${result.plans.slowest})`,
	);
