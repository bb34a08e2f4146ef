/**
 * The rules and questions in words, for the text form of the quiz that readers without
 * JavaScript and the search index get: “If … then the plan adds …”. Build time only.
 */
import type { Condition, DecisionData, Rule } from './types.ts';

function orList(items: string[]): string {
	return items.length <= 1
		? (items[0] ?? '')
		: `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

function andList(items: string[]): string {
	return items.length <= 1
		? (items[0] ?? '')
		: `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A condition in words, e.g. ““Untrusted code” is “Yes” and “Regulated scope” is …”. */
export function describeCondition(data: DecisionData, condition: Condition): string {
	const parts: string[] = [];
	for (const [key, entry] of Object.entries(condition)) {
		if (key === 'any')
			parts.push(
				`either ${orList((entry as Condition[]).map((child) => describeCondition(data, child)))}`,
			);
		else if (key === 'all')
			parts.push(andList((entry as Condition[]).map((child) => describeCondition(data, child))));
		else if (key === 'not') parts.push(`not (${describeCondition(data, entry as Condition)})`);
		else if (key === 'rule') {
			const rule = data.rules.find((candidate) => candidate.id === entry);
			parts.push(`the plan has ${rule?.short ?? entry}`);
		} else {
			const question = data.questions.find((candidate) => candidate.id === key);
			const labels = (entry as string[]).map(
				(value) =>
					`“${question?.answers.find((answer) => answer.value === value)?.label ?? value}”`,
			);
			parts.push(`the answer to “${question?.short ?? key}” is ${orList(labels)}`);
		}
	}
	return andList(parts);
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
			text: `the plan adds ${group?.many ?? rule.group}, for ${group?.for ?? ''}`,
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
			text: `the plan adds ${rule.short} inside the ${orList(rule.layer.in.map(groupName))}`,
			part: rule.layer.part,
		};
	return { text: `the plan notes: ${rule.short}`, part: undefined };
}
