/** What the build hands the quiz's browser scripts, as JSON in the page. */
import type { DecisionTree } from './types.ts';

export interface PageSource {
	title: string;
	url: string;
}

export interface ClientData {
	tree: DecisionTree;
	/** Present on a recommendation page. */
	page?: { outcome: string; sources: PageSource[] };
}
