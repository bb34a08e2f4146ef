/**
 * The condition language of the decision data, and its one interpreter.
 *
 * The YAML writes a condition as a map: question id → accepted answers (all entries must hold),
 * with the keywords `any`, `all`, `not` and `rule` (that rule applies). `parseCondition` turns
 * it, once, when the data loads, into the `Condition` union below. Everything that reads a
 * condition goes through `fold`: evaluation (three-valued, compiled once per data set), why a
 * condition holds or fails (the answers to change), its words for the rules text, and its
 * references for the validator. The switch in `fold` is exhaustive, so a new kind of node fails
 * to compile until every reader handles it.
 */

/** Where a leaf sits in the YAML, relative to the condition: `['any', 0, 'untrusted-code']`. */
export type At = (string | number)[];

export type Condition =
	| { kind: 'answer'; question: string; values: string[]; at?: At | undefined }
	| { kind: 'rule'; rule: string; at?: At | undefined }
	| { kind: 'not'; child: Condition }
	| { kind: 'all'; children: Condition[] }
	| { kind: 'any'; children: Condition[] };

/** The condition as written in YAML. */
export type RawCondition = { [key: string]: unknown };

const isMap = (value: unknown): value is RawCondition =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Parses a written condition. Problems are returned, not thrown, with their path, so the schema
 * can report every one of them against the file and the field.
 */
export function parseCondition(
	raw: unknown,
	at: At = [],
): { condition?: Condition; problems: { at: At; message: string }[] } {
	const problems: { at: At; message: string }[] = [];
	const parse = (value: unknown, path: At): Condition | undefined => {
		if (!isMap(value)) {
			problems.push({ at: path, message: 'expected a map of conditions' });
			return undefined;
		}
		const entries = Object.entries(value);
		if (entries.length === 0) problems.push({ at: path, message: 'an empty condition' });
		const children: Condition[] = [];
		for (const [key, entry] of entries) {
			const here = [...path, key];
			if (key === 'any' || key === 'all') {
				if (!Array.isArray(entry) || entry.length === 0) {
					problems.push({ at: here, message: `“${key}” needs a list of conditions` });
					continue;
				}
				const list = entry.map((child, index) => parse(child, [...here, index]));
				if (list.every((child): child is Condition => child !== undefined))
					children.push(key === 'any' ? { kind: 'any', children: list } : all(list));
			} else if (key === 'not') {
				const child = parse(entry, here);
				if (child) children.push({ kind: 'not', child });
			} else if (key === 'rule') {
				if (typeof entry !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(entry))
					problems.push({ at: here, message: 'a rule id in lower-case words joined by hyphens' });
				else children.push({ kind: 'rule', rule: entry, at: here.slice(at.length) });
			} else if (
				!Array.isArray(entry) ||
				entry.length === 0 ||
				!entry.every((item) => typeof item === 'string' && item.length > 0)
			) {
				problems.push({ at: here, message: 'a list of answer values' });
			} else {
				children.push({
					kind: 'answer',
					question: key,
					values: entry as string[],
					at: here.slice(at.length),
				});
			}
		}
		return all(children);
	};
	const condition = parse(raw, at);
	return problems.length > 0 || !condition ? { problems } : { condition, problems };
}

const all = (children: Condition[]): Condition =>
	children.length === 1 && children[0] ? children[0] : { kind: 'all', children };

/** What each kind of node becomes; `fold` applies it bottom-up. */
export interface Algebra<T> {
	answer: (node: Extract<Condition, { kind: 'answer' }>) => T;
	rule: (node: Extract<Condition, { kind: 'rule' }>) => T;
	not: (child: T, node: Extract<Condition, { kind: 'not' }>) => T;
	all: (children: T[], node: Extract<Condition, { kind: 'all' }>) => T;
	any: (children: T[], node: Extract<Condition, { kind: 'any' }>) => T;
}

export function fold<T>(condition: Condition, algebra: Algebra<T>): T {
	switch (condition.kind) {
		case 'answer':
			return algebra.answer(condition);
		case 'rule':
			return algebra.rule(condition);
		case 'not':
			return algebra.not(fold(condition.child, algebra), condition);
		case 'all':
			return algebra.all(
				condition.children.map((child) => fold(child, algebra)),
				condition,
			);
		case 'any':
			return algebra.any(
				condition.children.map((child) => fold(child, algebra)),
				condition,
			);
		default: {
			const unhandled: never = condition;
			return unhandled;
		}
	}
}

// ---------------------------------------------------------------------------------------------
// Three-valued evaluation.

export const NO = 0;
export const MAYBE = 1;
export const YES = 2;
export type Tri = typeof NO | typeof MAYBE | typeof YES;

/** What the engine knows about one answer, for evaluation. */
export type AnswerState =
	| { kind: 'given'; value: string }
	/** Unanswered or “I'm not sure”; `relevant` says whether it would be asked. */
	| { kind: 'unknown'; relevant: Tri; said: 'unsure' | 'missing'; value?: string | undefined }
	| { kind: 'not-asked' };

export type Resolved = Record<string, AnswerState>;

/** The questions, as evaluation needs them: which answers are certain (not “I'm not sure”). */
export interface QuestionShape {
	id: string;
	answers: { value: string; unsure?: true | undefined }[];
}

export type Evaluator = (state: Resolved, rule?: (id: string) => Tri) => Tri;

/** A record's own entry: keys may come from a URL, so never one inherited from Object. */
export const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
	Object.hasOwn(record, key) ? record[key] : undefined;

/** An answer leaf against the state: an unknown answer is certain when every answer fits. */
function answerLeaf(node: Extract<Condition, { kind: 'answer' }>, questions: QuestionShape[]) {
	const candidates =
		questions
			.find((question) => question.id === node.question)
			?.answers.filter((answer) => !answer.unsure)
			.map((answer) => answer.value) ?? [];
	const matching = candidates.filter((value) => node.values.includes(value)).length;
	return (state: Resolved): Tri => {
		const answer = own(state, node.question);
		if (!answer || answer.kind === 'not-asked') return NO;
		if (answer.kind === 'given') return node.values.includes(answer.value) ? YES : NO;
		// A condition may name the “I'm not sure” answer itself, as askIf does.
		if (answer.value !== undefined && node.values.includes(answer.value)) return YES;
		if (matching === 0) return NO;
		return matching === candidates.length && answer.relevant === YES ? YES : MAYBE;
	};
}

const compileAlgebra = (questions: QuestionShape[]): Algebra<Evaluator> => ({
	answer: (node) => answerLeaf(node, questions),
	rule: (node) => (_state, rule) => (rule ? rule(node.rule) : NO),
	not: (child) => (state, rule) => (YES - child(state, rule)) as Tri,
	// The worst of the children, stopping at the first certain no.
	all: (children) => (state, rule) => {
		let worst: Tri = YES;
		for (const child of children) {
			worst = Math.min(worst, child(state, rule)) as Tri;
			if (worst === NO) break;
		}
		return worst;
	},
	// The best of the children, stopping at the first certain yes.
	any: (children) => (state, rule) => {
		let best: Tri = NO;
		for (const child of children) {
			best = Math.max(best, child(state, rule)) as Tri;
			if (best === YES) break;
		}
		return best;
	},
});

/**
 * Compiled conditions, per set of questions: the result of a leaf depends on the question's
 * answers, so the cache is keyed by the questions first, then by the condition.
 */
const compiled = new WeakMap<QuestionShape[], WeakMap<Condition, Evaluator>>();

export function compile(condition: Condition, questions: QuestionShape[]): Evaluator {
	let forQuestions = compiled.get(questions);
	if (!forQuestions) {
		forQuestions = new WeakMap();
		compiled.set(questions, forQuestions);
	}
	let evaluator = forQuestions.get(condition);
	if (!evaluator) {
		evaluator = fold(condition, compileAlgebra(questions));
		forQuestions.set(condition, evaluator);
	}
	return evaluator;
}

// ---------------------------------------------------------------------------------------------
// Why a condition holds, and what would change it.

/** An answer leaf that decided the outcome, with what the reader said there. */
export interface Cause {
	question: string;
	state: AnswerState;
}

/**
 * Each alternative is a set of answers; changing every answer of any one alternative would flip
 * the condition. `pending` lists the unknown answers the outcome waits on.
 */
export interface Explained {
	value: Tri;
	/** Ways to make it false (when it holds or may hold). */
	toBreak: Cause[][];
	/** Ways to make it true (when it fails or may fail). */
	toMake: Cause[][];
	pending: string[];
}

/** Every combination that takes one alternative from each list (each must be changed). */
function product(lists: Cause[][][]): Cause[][] {
	let result: Cause[][] = [[]];
	for (const list of lists) {
		const next: Cause[][] = [];
		for (const partial of result)
			for (const alternative of list) next.push(unique([...partial, ...alternative]));
		result = next;
		// The explanations are for people: a few alternatives say it; hundreds say nothing more.
		if (result.length > 64) result = smallest(result).slice(0, 64);
	}
	return result;
}

function unique(causes: Cause[]): Cause[] {
	return causes.filter(
		(cause, index) => causes.findIndex((other) => other.question === cause.question) === index,
	);
}

/** The alternatives with the fewest answers to change. */
export function smallest(alternatives: Cause[][]): Cause[][] {
	const size = Math.min(...alternatives.map((alternative) => alternative.length));
	const seen = new Set<string>();
	return alternatives.filter((alternative) => {
		if (alternative.length !== size) return false;
		const key = alternative
			.map((cause) => cause.question)
			.sort()
			.join(' ');
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

export interface ExplainContext {
	state: Resolved;
	questions: QuestionShape[];
	/** A rule's status, and the condition that decides it (its `when` and `within`). */
	rule: (id: string) => { status: Tri; condition: Condition | undefined };
}

/** Why a condition has the value it has: the answers that hold it there. */
export function explain(condition: Condition, context: ExplainContext): Explained {
	const ruleStatus = (id: string) => context.rule(id).status;
	const value = (node: Condition) => compile(node, context.questions)(context.state, ruleStatus);
	const visiting = new Set<string>();
	const algebra: Algebra<Explained> = {
		answer(node) {
			const state = own(context.state, node.question) ?? { kind: 'not-asked' };
			const result = value(node);
			const cause = [{ question: node.question, state }];
			return {
				value: result,
				toBreak: result > NO ? [cause] : [],
				toMake: result < YES ? [cause] : [],
				pending: result === MAYBE ? [node.question] : [],
			};
		},
		rule(node) {
			const { status, condition: decides } = context.rule(node.rule);
			if (!decides || visiting.has(node.rule))
				return { value: status, toBreak: [], toMake: [], pending: [] };
			visiting.add(node.rule);
			const inner = fold(decides, algebra);
			visiting.delete(node.rule);
			return { ...inner, value: status };
		},
		not: (child) => ({
			value: (YES - child.value) as Tri,
			toBreak: child.toMake,
			toMake: child.toBreak,
			pending: child.pending,
		}),
		all(children) {
			const result = Math.min(YES, ...children.map((child) => child.value)) as Tri;
			// To break it, break any one child; to make it, make every child that is not yet certain.
			return {
				value: result,
				toBreak: children.filter((child) => child.value > NO).flatMap((child) => child.toBreak),
				toMake: product(children.filter((child) => child.value < YES).map((c) => c.toMake)),
				pending: result === MAYBE ? children.flatMap((child) => child.pending) : [],
			};
		},
		any(children) {
			const result = Math.max(NO, ...children.map((child) => child.value)) as Tri;
			// To make it, make any one child; to break it, break every child that may hold.
			return {
				value: result,
				toBreak: product(children.filter((child) => child.value > NO).map((c) => c.toBreak)),
				toMake: children.filter((child) => child.value < YES).flatMap((child) => child.toMake),
				pending:
					result === MAYBE
						? children.filter((child) => child.value === MAYBE).flatMap((child) => child.pending)
						: [],
			};
		},
	};
	const result = fold(condition, algebra);
	return { ...result, value: value(condition), pending: [...new Set(result.pending)] };
}

/** The answers that make a condition hold (or may make it hold): every answer it rests on. */
export function causes(explained: Explained): Cause[] {
	return unique(explained.toBreak.flat());
}

// ---------------------------------------------------------------------------------------------
// References, for the validator.

export type Reference =
	| { kind: 'answer'; question: string; values: string[]; at: At }
	| { kind: 'rule'; rule: string; at: At };

export function references(condition: Condition): Reference[] {
	return fold<Reference[]>(condition, {
		answer: (node) => [
			{ kind: 'answer', question: node.question, values: node.values, at: node.at ?? [] },
		],
		rule: (node) => [{ kind: 'rule', rule: node.rule, at: node.at ?? [] }],
		not: (child) => child,
		all: (children) => children.flat(),
		any: (children) => children.flat(),
	});
}

// ---------------------------------------------------------------------------------------------
// Words, for the rules text.

export interface Vocabulary {
	/** “the answer to “Untrusted code” is “Yes” or “All”” */
	answer: (question: string, values: string[]) => string;
	/** “the plan has a cluster for every tenant” */
	rule: (id: string) => string;
}

/** A list of distinct phrases: the same words twice say nothing more. */
const distinct = (items: string[]) => [...new Set(items)];

export function joinWords(items: string[], conjunction: 'and' | 'or' | 'and/or'): string {
	const list = distinct(items);
	return list.length <= 1
		? (list[0] ?? '')
		: `${list.slice(0, -1).join(', ')} ${conjunction} ${list.at(-1)}`;
}

export function words(condition: Condition, vocabulary: Vocabulary): string {
	return fold<string>(condition, {
		answer: (node) => vocabulary.answer(node.question, node.values),
		rule: (node) => vocabulary.rule(node.rule),
		not: (child) => `not (${child})`,
		all: (children, node) =>
			joinWords(
				children.map((child, index) =>
					node.children[index]?.kind === 'any' && children.length > 1 ? `(${child})` : child,
				),
				'and',
			),
		// A branch that is itself several conditions is bracketed, so “and” and “or” cannot mix.
		any: (children, node) => {
			const list = distinct(
				children.map((child, index) =>
					node.children[index]?.kind === 'all' ? `(${child})` : child,
				),
			);
			return list.length === 1 ? (list[0] ?? '') : `either ${joinWords(list, 'or')}`;
		},
	});
}

/** Parses a condition written as in the YAML, or throws: for tests and hand-built models. */
export function condition(raw: RawCondition): Condition {
	const { condition: parsed, problems } = parseCondition(raw);
	if (!parsed)
		throw new Error(
			problems.map((problem) => `${problem.at.join('.')}: ${problem.message}`).join('; '),
		);
	return parsed;
}
