/**
 * The rules and questions in words, for the text form of the quiz that readers without
 * JavaScript and the search index get: “If … then the plan adds …”. Build time only.
 */
import { joinWords, words, type Condition } from './condition.ts';
import type { DecisionData, Rule } from './types.ts';
import { purposeWords } from './words.ts';

const orList = (items: string[]) => joinWords(items, 'or');

/** A condition in words, e.g. “the answer to “Untrusted code” is “Yes” and …”. */
export function describeCondition(data: DecisionData, condition: Condition): string {
	return words(condition, {
		answer(id, values) {
			const question = data.questions.find((candidate) => candidate.id === id);
			const label = (value: string) =>
				`“${question?.answers.find((answer) => answer.value === value)?.label ?? value}”`;
			// A long list that leaves out one or two answers reads better as what it leaves out.
			const others = (question?.answers ?? []).filter(
				(answer) => !answer.unsure && !answer.legacy && !values.includes(answer.value),
			);
			if (values.length > 2 && others.length > 0 && others.length < values.length)
				return `the answer to “${question?.short ?? id}” is anything but ${orList(others.map((answer) => label(answer.value)))}`;
			return `the answer to “${question?.short ?? id}” is ${orList(values.map(label))}`;
		},
		rule(id) {
			const rule = data.rules.find((candidate) => candidate.id === id);
			return `the plan has ${rule?.short ?? id}`;
		},
	});
}

/** What a rule does to the plan, in words, and the option page it belongs to. */
export function describeEffect(
	data: DecisionData,
	rule: Rule,
): { text: string; part: string | undefined } {
	const groupName = (id: string) => data.groups.find((group) => group.id === id)?.many ?? id;
	if ('group' in rule) {
		const group = data.groups.find((candidate) => candidate.id === rule.group);
		return {
			text: `the plan adds ${group?.many ?? rule.group}${purposeWords(group?.many ?? rule.group, group?.for ?? '')}`,
			part: group?.part,
		};
	}
	if ('split' in rule) {
		const split = data.splits.find((candidate) => candidate.id === rule.split.id);
		return {
			text: `the ${orList(rule.split.in.map(groupName))} are split: ${split?.phrase ?? rule.split.id}`,
			part: rule.part,
		};
	}
	if ('layer' in rule)
		return {
			// A layer whose name says where it goes (“… in the regulated clusters”) needs no second place.
			text: /(^|\s)(in|inside)\s/.test(rule.short)
				? `the plan adds ${rule.short}`
				: `the plan adds ${rule.short} inside the ${orList(rule.layer.in.map(groupName))}`,
			part: rule.layer.part,
		};
	return { text: `the plan notes: ${rule.short}`, part: undefined };
}
