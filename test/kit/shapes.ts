/**
 * Plan shapes for the kit's tests, derived from the engine: a seeded sample of quiz walks, kept
 * where the walk gives the kit a shape not seen before: its layers (firm, conditional or absent)
 * and its groups of clusters (fixed or open count, firm or conditional), which between them
 * stand for every part of the plan.
 */
import { loadGuideData } from '../../src/lib/data/load.ts';
import { explainPlan, type PlanView } from '../../src/lib/decision/explain.ts';
import type { Answers } from '../../src/lib/decision/types.ts';
import { kitClusters, kitFeatures } from '../../src/lib/kit/features.ts';
import { sampleSpace } from '../answer-space.ts';

export const { decision } = loadGuideData();

export interface Shape {
	answers: Answers;
	view: PlanView;
	key: string;
}

export function shapeKey(view: PlanView, answers: Answers): string {
	return JSON.stringify({
		features: kitFeatures(view, answers),
		// Groups, not folder names: region 1…6 are the same shape of kit.
		clusters: [
			...new Set(
				kitClusters(view, ['t']).map(
					(cluster) =>
						`${cluster.group}${cluster.template ? '*' : ''}${cluster.conditional ? '?' : ''}`,
				),
			),
		],
	});
}

export function planShapes(walks = 600, seed = 18): Shape[] {
	const shapes = new Map<string, Shape>();
	for (const answers of sampleSpace(decision, {}, walks, seed)) {
		const view = explainPlan(decision, answers);
		const key = shapeKey(view, answers);
		if (!shapes.has(key)) shapes.set(key, { answers, view, key });
	}
	return [...shapes.values()];
}
