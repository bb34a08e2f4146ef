/**
 * The decision data as the engine and the browser see it: the checked contents of
 * content/decision/*.yaml and content/data/prices.yaml, with the options' names. Plain
 * serialisable objects; the types come from the schemas in src/lib/data/decision.ts.
 */
import type {
	Group,
	Limit,
	Part,
	PricesFile,
	Question,
	QuestionsFile,
	Rule,
	Split,
} from '../data/decision.ts';

export type {
	Answer,
	Condition,
	Group,
	Limit,
	Part,
	PricesFile,
	Question,
	Rule,
	Split,
} from '../data/decision.ts';

export interface OptionSummary {
	id: string;
	name: string;
	shortName: string;
	summary: string;
}

export interface DecisionData {
	/** Bumped when a change would give an old share link a different meaning. */
	version: number;
	/** ISO day the questions were last reviewed against their sources. */
	reviewed: string;
	questions: Question[];
	migrations: QuestionsFile['migrations'];
	groups: Group[];
	splits: Split[];
	parts: Record<string, Part>;
	limits: Limit[];
	rules: Rule[];
	/** The plan's main part is the first of these it contains. */
	mainOrder: string[];
	options: OptionSummary[];
	prices: PricesFile;
}

/** Question id → answer value. */
export type Answers = Readonly<Record<string, string>>;
