/**
 * The decision data as the engine and the browser see it: the checked contents of
 * content/decision/*.yaml and content/data/prices.yaml, with the options' names. Plain
 * serialisable objects; the types come from the schemas in src/lib/data/decision.ts.
 */
import type {
	Answer,
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

/** An answer as the quiz offers it, without the explanation and source the plan cites. */
export type QuizAnswer = Omit<Answer, 'explanation' | 'source'>;
/** A question as the quiz asks it, without the short name the plan gives it. */
export type QuizQuestion = Omit<Question, 'answers' | 'short'> & { answers: QuizAnswer[] };

/** What the quiz needs of the decision data: its questions, and how to read older links. */
export interface QuizData {
	version: DecisionData['version'];
	questions: QuizQuestion[];
	migrations: DecisionData['migrations'];
	/** The longest path through the quiz, worked out when the site is built (path.ts). */
	mostQuestions?: number;
}

/**
 * What the plan adds to the quiz's questions, in their order: each one's short name, and each
 * answer's explanation and source.
 */
export type QuestionNotes = { short: string; answers: [explanation: string, source: string][] }[];

/** The rest of the decision data, which only the plan needs: rules, parts, options, prices. */
export type PlanRules = Omit<DecisionData, keyof QuizData> & { questionNotes: QuestionNotes };

/** Question id → answer value. */
export type Answers = Readonly<Record<string, string>>;
