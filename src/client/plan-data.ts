import { joinDecisionData, type ClientData } from '../lib/decision/client-data.ts';
import type { DecisionData } from '../lib/decision/types.ts';
import { embeddedData, provided, sourcesOf } from './data.ts';

/**
 * The data the plan works with: the provided questions and rules joined, or decision data
 * embedded in the element (tests embed small hand-built models), and the page's own sources.
 * Undefined when either half is missing. Apart from data.ts, so the quiz does not load the join.
 */
export function readClientData(root: ParentNode): ClientData | undefined {
	const embedded = embeddedData(root);
	const { questions, rules } = provided;
	const decision: DecisionData | undefined =
		embedded.decision ?? (questions && rules ? joinDecisionData(questions, rules) : undefined);
	if (!decision || typeof decision !== 'object') return undefined;
	return { decision, ...sourcesOf(embedded) };
}
