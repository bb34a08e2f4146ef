/** What the quiz's browser scripts work with: the decision data, and the page's own sources. */
import type { DecisionData } from './types.ts';

export interface PageSource {
	title: string;
	url: string;
}

export interface ClientData {
	decision: DecisionData;
	/** The sources of the page, for the decision record (JSON in the page). */
	sources?: PageSource[];
}
