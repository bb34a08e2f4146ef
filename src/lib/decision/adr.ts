/**
 * The “Download decision record” file: a Markdown architecture decision record built in the
 * browser from the reader's answers. Context is the answers; the decision, its reasons,
 * consequences, rejected alternatives and sources all come from the guide's data.
 */
import type { PageSource } from './client-data.ts';
import type { Result } from './engine.ts';
import { explain } from './explain.ts';
import type { Answers, DecisionTree } from './types.ts';

export interface RecordInput {
	tree: DecisionTree;
	answers: Answers;
	result: Result;
	/** Absolute link back to the result, with the answers. */
	link: string;
	/** The day the record was made, YYYY-MM-DD. */
	date: string;
	/** Sources of the recommendation page. */
	pageSources: PageSource[];
}

/** Keeps text from breaking a Markdown table cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

export function decisionRecord({ tree, answers, result, link, date, pageSources }: RecordInput): string {
	const { outcome, inside, reasons, change, rejected } = explain(tree, answers, result);
	const lines: string[] = [
		`# Decision record: how to separate tenants on Kubernetes`,
		'',
		`- Status: proposed`,
		`- Date: ${date}`,
		`- Decision: ${outcome.name}`,
		`- Made with: the “Namespaces or clusters?” decision tree, version ${tree.version} (reviewed ${tree.reviewed})`,
		`- Link to this result: <${link}>`,
		'',
		'## Context',
		'',
		'The situation, as answered in the decision quiz:',
		'',
		'| Question | Answer |',
		'| --- | --- |',
		...reasons.map(({ question, answer }) => `| ${cell(question.prompt)} | ${cell(answer.label)} |`),
		'',
		'## Decision',
		'',
		`We will use **${outcome.name}**. ${outcome.summary}`,
	];
	if (inside) {
		lines.push('', `Inside each cluster, tenants are separated with **${inside.name}**. ${inside.summary}`);
	}
	lines.push(
		'',
		'### Why',
		'',
		...reasons.map(({ question, answer }) => `- ${question.prompt} ${answer.label}. ${answer.explanation} ([source](${answer.source}))`),
		'',
		'## Consequences',
		'',
		...outcome.consequences.map((consequence) => `- ${consequence}`),
		'',
		'## Alternatives considered',
		'',
		...rejected.map(
			({ outcome: other, reason }) =>
				`- ${other.name}: ruled out by “${reason.question.prompt} ${reason.answer.label}”. ${reason.answer.explanation}`,
		),
		'',
		'## What would change this decision',
		'',
	);
	if (!change) lines.push('No single different answer would change this recommendation.');
	else if (change.resolved) {
		lines.push(
			`If the answer to “${change.reason.question.prompt}” were “${change.alternative.label}” instead of “${change.reason.answer.label}”, the recommendation would be ${change.outcome.name}.`,
		);
	} else {
		lines.push(
			`If the answer to “${change.reason.question.prompt}” were “${change.alternative.label}” instead of “${change.reason.answer.label}”, the recommendation would no longer be ${outcome.name}; it would be one of: ${change.possible.map((other) => other.name).join(', ')}.`,
		);
	}
	const sources = new Map<string, string>();
	for (const source of pageSources) sources.set(source.url, source.title);
	for (const { answer } of reasons) if (!sources.has(answer.source)) sources.set(answer.source, answer.source);
	lines.push('', '## Sources', '', ...[...sources].map(([url, title]) => (title === url ? `- <${url}>` : `- [${title}](${url})`)), '');
	return lines.join('\n');
}

/** A file name for the record, e.g. `decision-record-hardened-namespaces-2026-11-23.md`. */
export function recordFileName(result: Result, date: string): string {
	return `decision-record-${result.outcome}-${date}.md`;
}
