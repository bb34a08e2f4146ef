import type { ClientData, PageSource } from '../lib/decision/client-data.ts';
import type { PlanRules, QuizData } from '../lib/decision/types.ts';

/**
 * The decision data, set by the page's script before the quiz or the plan element is defined:
 * the questions on both pages (provide-questions.ts), the rules only on the plan's
 * (provide-data.ts). The quiz never loads the rules.
 */
export const provided: { questions?: QuizData | undefined; rules?: PlanRules | undefined } = {};

export function provideQuizData(data: QuizData | undefined): void {
	provided.questions = data;
}

export function providePlanRules(data: PlanRules | undefined): void {
	provided.rules = data;
}

/** The page's JSON (DecisionData.astro), or decision data that tests embed in the element. */
export function embeddedData(root: ParentNode): Partial<ClientData> {
	const script = root.querySelector('script[data-decision-data]');
	try {
		const parsed = JSON.parse(script?.textContent ?? '') as unknown;
		if (parsed && typeof parsed === 'object') return parsed as Partial<ClientData>;
	} catch {
		// No page data: the element still works with the provided decision data.
	}
	return {};
}

export const sourcesOf = (embedded: Partial<ClientData>): { sources?: PageSource[] } =>
	Array.isArray(embedded.sources) ? { sources: embedded.sources } : {};

/** The data the quiz works with: the questions alone. Undefined when there are none. */
export function readQuizData(root: ParentNode): QuizData | undefined {
	const decision = embeddedData(root).decision ?? provided.questions;
	return decision && typeof decision === 'object' ? decision : undefined;
}
