// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { DecisionData, PlanRules, QuizData } from '../lib/decision/types.ts';
import { providePlanRules, provideQuizData, readQuizData } from './data.ts';
import { readClientData } from './plan-data.ts';

const questions = (version: number) => ({ version, questions: [] }) as unknown as QuizData;
const rules = { rules: [], options: [], questionNotes: [] } as unknown as PlanRules;
/** The two halves as the plan works with them. */
const joined = { version: 3, questions: [], rules: [], options: [] };

const root = (json?: string) => {
	const element = document.createElement('div');
	if (json !== undefined)
		element.innerHTML = `<script type="application/json" data-decision-data>${json}</script>`;
	return element;
};

describe('the data an element works with', () => {
	afterEach(() => {
		provideQuizData(undefined);
		providePlanRules(undefined);
	});

	it('gives the plan the provided questions and rules together, with no sources', () => {
		provideQuizData(questions(3));
		providePlanRules(rules);
		expect(readClientData(root())).toEqual({ decision: joined });
	});

	it('gives the quiz the questions alone, which is all its page loads', () => {
		provideQuizData(questions(3));
		expect(readQuizData(root())).toEqual(questions(3));
		// Without the rules there is no plan to draw.
		expect(readClientData(root())).toBeUndefined();
	});

	it("adds the page's own sources to the provided data", () => {
		provideQuizData(questions(3));
		providePlanRules(rules);
		const sources = [{ title: 'Multi-tenancy', url: 'https://kubernetes.io/' }];
		expect(readClientData(root(JSON.stringify({ sources })))).toEqual({
			decision: joined,
			sources,
		});
	});

	it('prefers decision data embedded in the element over the provided data', () => {
		provideQuizData(questions(3));
		providePlanRules(rules);
		const embedded = { version: 2 } as unknown as DecisionData;
		const json = JSON.stringify({ decision: embedded });
		expect(readClientData(root(json))?.decision).toEqual(embedded);
		expect(readQuizData(root(json))).toEqual(embedded);
	});

	it('is undefined without decision data, and ignores unreadable page JSON', () => {
		expect(readClientData(root('{not json'))).toBeUndefined();
		expect(readQuizData(root('{not json'))).toBeUndefined();
		provideQuizData(questions(3));
		providePlanRules(rules);
		expect(readClientData(root('{not json'))).toEqual({ decision: joined });
	});
});
