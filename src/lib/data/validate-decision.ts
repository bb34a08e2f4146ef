/**
 * Checks that the decision data holds together before anything is built from it: every
 * condition names a question and answers that exist, every rule a group, split and option that
 * exist, rules do not depend on each other in a circle, and every option can be recommended.
 * Each problem names the file and the field, as a path into the YAML.
 */
import type { Condition, Counted, QuestionsFile, RulesFile } from './decision.ts';
import { references } from '../decision/condition.ts';
import type { OptionsFile } from './options.ts';

export const QUESTIONS_FILE = 'content/decision/questions.yaml';
export const RULES_FILE = 'content/decision/rules.yaml';

export interface FileIssue {
	file: string;
	path: (string | number)[];
	message: string;
}

const KEYWORDS = new Set(['any', 'all', 'not', 'rule']);

/** Calls `visit` for every answer leaf and rule reference in a condition, with its path. */
function walkCondition(
	condition: Condition,
	path: (string | number)[],
	visit: (
		leaf: { question: string; values: string[] } | { rule: string },
		path: (string | number)[],
	) => void,
): void {
	for (const reference of references(condition)) {
		if (reference.kind === 'rule') visit({ rule: reference.rule }, [...path, ...reference.at]);
		else
			visit({ question: reference.question, values: reference.values }, [...path, ...reference.at]);
	}
}

export function validateDecision(
	questions: QuestionsFile,
	rules: RulesFile,
	options: OptionsFile,
): FileIssue[] {
	const issues: FileIssue[] = [];
	const report = (file: string, path: (string | number)[], message: string) =>
		issues.push({ file, path, message });
	const byId = new Map(questions.questions.map((question) => [question.id, question]));
	const optionIds = new Set(options.options.map((option) => option.id));
	const groupIds = new Set(rules.groups.map((group) => group.id));
	const splitIds = new Set(rules.splits.map((split) => split.id));
	const ruleIds = new Set(rules.rules.map((rule) => rule.id));

	questions.questions.forEach((question, index) => {
		const at = ['questions', index];
		if (questions.questions.findIndex((other) => other.id === question.id) !== index) {
			report(QUESTIONS_FILE, [...at, 'id'], `question id “${question.id}” is used twice`);
		}
		if (question.id === 'v' || KEYWORDS.has(question.id)) {
			report(
				QUESTIONS_FILE,
				[...at, 'id'],
				`“${question.id}” is reserved (the link's version, or a condition keyword)`,
			);
		}
		const values = question.answers.map((answer) => answer.value);
		values.forEach((value, answerIndex) => {
			if (values.indexOf(value) !== answerIndex)
				report(
					QUESTIONS_FILE,
					[...at, 'answers', answerIndex, 'value'],
					`answer “${value}” is used twice`,
				);
		});
		if (question.answers.filter((answer) => answer.unsure).length > 1) {
			report(QUESTIONS_FILE, [...at, 'answers'], 'at most one answer can be “I’m not sure”');
		}
		if (question.answers.filter((answer) => !answer.unsure).length < 2) {
			report(
				QUESTIONS_FILE,
				[...at, 'answers'],
				'needs at least two answers besides “I’m not sure”',
			);
		}
	});

	/** Checks a condition's references; `asked` limits questions to those asked before. */
	const checkCondition = (
		file: string,
		condition: Condition,
		path: (string | number)[],
		asked?: number,
	) =>
		walkCondition(condition, path, (leaf, at) => {
			if ('rule' in leaf) {
				if (asked !== undefined) report(file, at, 'a question’s askIf cannot depend on a rule');
				else if (!ruleIds.has(leaf.rule)) report(file, at, `unknown rule “${leaf.rule}”`);
				return;
			}
			const question = byId.get(leaf.question);
			if (!question) {
				report(file, at, `unknown question “${leaf.question}”`);
				return;
			}
			if (asked !== undefined && questions.questions.indexOf(question) >= asked) {
				report(file, at, `“${leaf.question}” is asked later; askIf can only use earlier answers`);
			}
			leaf.values.forEach((value, index) => {
				if (!question.answers.some((answer) => answer.value === value)) {
					report(file, [...at, index], `“${value}” is not an answer to “${leaf.question}”`);
				}
			});
		});

	/** A count per answer names a question and its answers. */
	const checkCounted = (count: Counted, at: (string | number)[]) => {
		if (typeof count !== 'object' || Array.isArray(count)) return;
		const question = byId.get(count.byAnswer);
		if (!question) report(RULES_FILE, [...at, 'byAnswer'], `unknown question “${count.byAnswer}”`);
		for (const key of Object.keys(count)) {
			if (key === 'byAnswer' || key === 'otherwise') continue;
			if (question && !question.answers.some((answer) => answer.value === key))
				report(RULES_FILE, [...at, key], `“${key}” is not an answer to “${question.id}”`);
		}
	};

	questions.questions.forEach((question, index) => {
		if (question.askIf)
			checkCondition(QUESTIONS_FILE, question.askIf, ['questions', index, 'askIf'], index);
	});
	questions.migrations.forEach((migration, index) => {
		if (migration.from >= questions.version)
			report(
				QUESTIONS_FILE,
				['migrations', index, 'from'],
				`must be older than version ${questions.version}`,
			);
		checkCondition(QUESTIONS_FILE, migration.when, ['migrations', index, 'when']);
		for (const [key, value] of Object.entries(migration.set)) {
			if (!byId.get(key)?.answers.some((answer) => answer.value === value)) {
				report(
					QUESTIONS_FILE,
					['migrations', index, 'set', key],
					`“${value}” is not an answer to “${key}”`,
				);
			}
		}
	});

	rules.groups.forEach((group, index) => {
		const at = ['groups', index];
		if (rules.groups.findIndex((other) => other.id === group.id) !== index)
			report(RULES_FILE, [...at, 'id'], `group id “${group.id}” is used twice`);
		if (group.part !== undefined && !optionIds.has(group.part))
			report(RULES_FILE, [...at, 'part'], `unknown option “${group.part}”`);
		group.coveredBy.forEach((other, i) => {
			if (!groupIds.has(other))
				report(RULES_FILE, [...at, 'coveredBy', i], `unknown group “${other}”`);
		});
		group.keptBy.forEach((split, i) => {
			if (!splitIds.has(split))
				report(RULES_FILE, [...at, 'keptBy', i], `unknown split “${split}”`);
		});
		if (group.keptBy.length > 0 && group.coveredBy.length === 0)
			report(RULES_FILE, [...at, 'keptBy'], 'keeps a group that no other group covers');
		checkCounted(group.count, [...at, 'count']);
	});
	rules.splits.forEach((split, index) => checkCounted(split.factor, ['splits', index, 'factor']));
	if (!groupIds.has('shared'))
		report(
			RULES_FILE,
			['groups'],
			'a group “shared” (the clusters everyone starts on) is required',
		);
	rules.splits.forEach((split, index) => {
		if (rules.splits.findIndex((other) => other.id === split.id) !== index)
			report(RULES_FILE, ['splits', index, 'id'], `split id “${split.id}” is used twice`);
	});
	for (const [part, entry] of Object.entries(rules.parts)) {
		if (!optionIds.has(part)) report(RULES_FILE, ['parts', part], `unknown option “${part}”`);
		entry.coveredBy.forEach((other, i) => {
			if (!optionIds.has(other))
				report(RULES_FILE, ['parts', part, 'coveredBy', i], `unknown option “${other}”`);
		});
	}
	for (const option of optionIds) {
		if (!Object.hasOwn(rules.parts, option))
			report(
				RULES_FILE,
				['parts', option],
				`missing: every option of content/data/options.yaml needs an entry`,
			);
	}
	rules.mainOrder.forEach((part, index) => {
		if (!optionIds.has(part)) report(RULES_FILE, ['mainOrder', index], `unknown option “${part}”`);
	});
	for (const option of optionIds) {
		if (!rules.mainOrder.includes(option))
			report(RULES_FILE, ['mainOrder'], `missing option “${option}”`);
	}
	rules.limits.forEach((limit, index) =>
		checkCondition(RULES_FILE, limit.when, ['limits', index, 'when']),
	);

	const recommended = new Set<string>();
	rules.rules.forEach((rule, index) => {
		const at = ['rules', index];
		if (rules.rules.findIndex((other) => other.id === rule.id) !== index)
			report(RULES_FILE, [...at, 'id'], `rule id “${rule.id}” is used twice`);
		checkCondition(RULES_FILE, rule.when, [...at, 'when']);
		if (rule.within) checkCondition(RULES_FILE, rule.within, [...at, 'within']);
		if ('group' in rule) {
			const group = rules.groups.find((candidate) => candidate.id === rule.group);
			if (!group) report(RULES_FILE, [...at, 'group'], `unknown group “${rule.group}”`);
			else if (group.part) recommended.add(group.part);
		}
		if ('split' in rule) {
			if (!splitIds.has(rule.split.id))
				report(RULES_FILE, [...at, 'split', 'id'], `unknown split “${rule.split.id}”`);
			rule.split.in.forEach((group, i) => {
				if (!groupIds.has(group))
					report(RULES_FILE, [...at, 'split', 'in', i], `unknown group “${group}”`);
			});
			if (rule.part !== undefined) {
				if (!optionIds.has(rule.part))
					report(RULES_FILE, [...at, 'part'], `unknown option “${rule.part}”`);
				recommended.add(rule.part);
			}
		}
		if ('layer' in rule) {
			if (!optionIds.has(rule.layer.part))
				report(RULES_FILE, [...at, 'layer', 'part'], `unknown option “${rule.layer.part}”`);
			recommended.add(rule.layer.part);
			rule.layer.in.forEach((group, i) => {
				if (!groupIds.has(group))
					report(RULES_FILE, [...at, 'layer', 'in', i], `unknown group “${group}”`);
			});
		}
	});

	// Rules that depend on rules must not go round in a circle.
	const dependsOn = new Map(
		rules.rules.map((rule) => {
			const refs: string[] = [];
			const collect = (condition: Condition) =>
				walkCondition(condition, [], (leaf) => {
					if ('rule' in leaf) refs.push(leaf.rule);
				});
			collect(rule.when);
			if (rule.within) collect(rule.within);
			return [rule.id, refs];
		}),
	);
	const state = new Map<string, 'visiting' | 'done'>();
	const visit = (ruleId: string, trail: string[]) => {
		if (state.get(ruleId) === 'done') return;
		if (state.get(ruleId) === 'visiting') {
			const index = rules.rules.findIndex((rule) => rule.id === ruleId);
			report(
				RULES_FILE,
				['rules', index, 'when'],
				`rules depend on each other in a circle: ${[...trail, ruleId].join(' → ')}`,
			);
			return;
		}
		state.set(ruleId, 'visiting');
		for (const next of dependsOn.get(ruleId) ?? [])
			if (ruleIds.has(next)) visit(next, [...trail, ruleId]);
		state.set(ruleId, 'done');
	};
	rules.rules.forEach((rule) => visit(rule.id, []));

	for (const option of optionIds) {
		if (!recommended.has(option))
			report(RULES_FILE, ['rules'], `option “${option}” is never part of a plan: no rule adds it`);
	}
	const used = new Set<string>();
	const collectQuestions = (condition: Condition) =>
		walkCondition(condition, [], (leaf) => {
			if ('question' in leaf) used.add(leaf.question);
		});
	rules.rules.forEach((rule) => {
		collectQuestions(rule.when);
		if (rule.within) collectQuestions(rule.within);
	});
	rules.limits.forEach((limit) => collectQuestions(limit.when));
	for (const count of [...rules.groups.map((g) => g.count), ...rules.splits.map((s) => s.factor)])
		if (typeof count === 'object' && !Array.isArray(count)) used.add(count.byAnswer);
	questions.questions.forEach((question, index) => {
		if (!used.has(question.id))
			report(
				QUESTIONS_FILE,
				['questions', index],
				`question “${question.id}” is used by no rule, so its answer could never matter`,
			);
	});
	return issues;
}
