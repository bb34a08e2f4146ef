/**
 * The decision tree's data as the engine sees it: plain serialisable objects, shared by the
 * build (which checks them, see validate.ts) and the browser (which receives them as JSON).
 */

/** One answer to a question. `value` is what travels in the share link. */
export interface Answer {
	value: string;
	label: string;
	/** One line on why this answer matters, shown in “Why this fits you”. */
	explanation: string;
	/** A primary source for the explanation. */
	source: string;
}

/** A question; its `id` is the key used in the share link's query string. */
export interface Question {
	id: string;
	prompt: string;
	/** A few words for the flowchart, e.g. “Untrusted code?”. */
	short?: string | undefined;
	help?: string | undefined;
	answers: Answer[];
}

/** Where an answer leads: another node of the tree, or an outcome. */
export type Target = { node: string } | { outcome: string; inside?: string | undefined };

/** A point in the tree that asks one question and branches on its answers. */
export interface TreeNode {
	ask: string;
	/** Answer value → where it leads. */
	next: Record<string, Target>;
}

/** An outcome the tree can recommend (one of the options in content/data/options.yaml). */
export interface Outcome {
	id: string;
	name: string;
	shortName: string;
	summary: string;
	consequences: string[];
}

export interface DecisionTree {
	/** Bumped when a change would give an old share link a different meaning. */
	version: number;
	/** ISO date the tree was last reviewed against its sources. */
	reviewed: string;
	questions: Question[];
	start: string;
	nodes: Record<string, TreeNode>;
	outcomes: Outcome[];
}

/** Question id → answer value. */
export type Answers = Readonly<Record<string, string>>;
