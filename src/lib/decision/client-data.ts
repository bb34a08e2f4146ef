/** What the build hands the quiz's browser scripts, as JSON in the page. */
import type { DecisionData } from './types.ts';

export interface PageSource {
	title: string;
	url: string;
}

export interface ClientData {
	decision: DecisionData;
	/** The sources of the page the data is embedded in, for the decision record. */
	sources?: PageSource[];
}
