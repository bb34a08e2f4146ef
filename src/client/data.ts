import type { ClientData, PageSource } from '../lib/decision/client-data.ts';
import type { DecisionData } from '../lib/decision/types.ts';

/** The decision data, set once by provide-data.ts before the quiz or the plan element is defined. */
let provided: DecisionData | undefined;

export function provideDecisionData(data: DecisionData): void {
	provided = data;
}

/**
 * The data an element works with: the decision data provided by the page's script, or embedded in
 * the element (tests embed small hand-built models), and the page's own sources from the JSON that
 * DecisionData.astro writes. Undefined when there is no decision data.
 */
export function readClientData(root: ParentNode): ClientData | undefined {
	const script = root.querySelector('script[data-decision-data]');
	let embedded: Partial<ClientData> = {};
	try {
		const parsed = JSON.parse(script?.textContent ?? '') as unknown;
		if (parsed && typeof parsed === 'object') embedded = parsed as Partial<ClientData>;
	} catch {
		// No page data: the element still works with the provided decision data.
	}
	const decision = embedded.decision ?? provided;
	if (!decision || typeof decision !== 'object') return undefined;
	const sources: PageSource[] | undefined = Array.isArray(embedded.sources)
		? embedded.sources
		: undefined;
	return { decision, ...(sources ? { sources } : {}) };
}
