/**
 * Share links made with version 2 of the quiz: a seeded sample of walks through its questions
 * (kept as test/fixtures/decision-questions-v2.yaml), as the version-2 quiz produced them.
 */
import { loadYaml } from '../src/lib/data/load.ts';
import { questionsFileSchema } from '../src/lib/data/decision.ts';
import type { DecisionData } from '../src/lib/decision/types.ts';
import { answerSpace, sampleSpace } from './answer-space.ts';

export function v2Links(count: number, seed = 2): string[] {
	const file = loadYaml('test/fixtures/decision-questions-v2.yaml', questionsFileSchema);
	const data = { questions: file.questions } as DecisionData;
	const walks = count === Infinity ? answerSpace(data) : sampleSpace(data, {}, count, seed);
	return [...walks].map(
		(answers) => `?${new URLSearchParams([['v', '2'], ...Object.entries(answers)])}`,
	);
}
