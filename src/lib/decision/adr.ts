/**
 * The “Download decision record” file: a Markdown architecture decision record built in the
 * browser from the reader's answers. It holds the whole plan: the clusters and their layers,
 * why each part is there, warnings, what would change it, the options left out and why, the
 * control-plane fees, and the link that reproduces it.
 */
import type { PageSource } from './client-data.ts';
import { feeSketch, type AnswerRef, type PlanView } from './explain.ts';
import {
	absenceWords,
	answerWords,
	BECAUSE,
	changeWords,
	costWords,
	groupWords,
	feeTotalWords,
	money,
	NO_CHANGE,
	pendingWords,
	purposeWords,
	splitWords,
	noteWords,
	unchangedWords,
	verdictWords,
	warningTitle,
	warningWords,
	type Phrase,
} from './words.ts';
import type { Answers, DecisionData } from './types.ts';
import { givenAnswers } from './explain.ts';

export interface RecordInput {
	data: DecisionData;
	answers: Answers;
	view: PlanView;
	/** Absolute link back to the plan, with the answers. */
	link: string;
	/** The reader's local day, YYYY-MM-DD. */
	date: string;
	pageSources: PageSource[];
}

/** Keeps text from breaking a Markdown table cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
/** The answers a reason, warning or note rests on, as the plan page gives them (there, linked). */
const becauseWords = ({ answers }: { answers: AnswerRef[] }) =>
	answers.length > 0 ? ` ${BECAUSE}${answers.map(answerWords).join('; ')}.` : '';

/** A phrase in Markdown: options by name, as the record has no links to the guide's pages. */
const plain = (phrase: Phrase) =>
	phrase.map((piece) => (typeof piece === 'string' ? piece : piece.name)).join('');

export function decisionRecord({
	data,
	answers,
	view,
	link,
	date,
	pageSources,
}: RecordInput): string {
	const given = givenAnswers(data, view.plan.state, answers);
	const lines: string[] = [
		'# Decision record: how to separate tenants on Kubernetes',
		'',
		'- Status: proposed',
		`- Date: ${date}`,
		`- Decision: ${verdictWords(view)}`,
		`- Parts: ${view.parts.map((part) => `${part.option.name}${part.conditional ? ' (conditional)' : ''}`).join('; ')}`,
		`- Made with: the “Namespaces or clusters?” decision quiz, version ${data.version} (reviewed ${data.reviewed})`,
		`- Link to this plan: <${link}>`,
		'',
		'## Context',
		'',
		'The situation, as answered in the decision quiz:',
		'',
		'| Question | Answer |',
		'| --- | --- |',
		...given.map(({ question, answer }) => `| ${cell(question.prompt)} | ${cell(answer.label)} |`),
		...view.assumed.map(
			(question) => `| ${cell(question.prompt)} | Not answered; read as “I’m not sure” |`,
		),
		'',
		'## Decision',
		'',
		`${verdictWords(view)}.`,
		'',
		'### The clusters',
		'',
	];
	for (const group of view.groups) {
		const splits = splitWords(group.splits);
		lines.push(
			`- **${groupWords(group)}**${group.conditional ? ' (conditional)' : ''}${purposeWords(group.name, group.for)}${splits ? `: ${splits}` : ''}.`,
		);
		for (const layer of group.layers)
			lines.push(
				`  - Inside: ${layer.short} (${layer.part.name})${layer.conditional ? ', conditional' : ''}.`,
			);
	}
	lines.push('', '### Why each part', '');
	for (const part of view.parts) {
		lines.push(`- **${part.option.name}**${part.conditional ? ' (conditional)' : ''}`);
		for (const reason of part.reasons) {
			const pending = reason.pending.length > 0 ? ` ${pendingWords(reason.pending)}` : '';
			lines.push(
				`  - ${reason.rule.says} ([source](${reason.rule.source}))${becauseWords(reason)}${pending}`,
			);
		}
	}
	if (view.warnings.length > 0) {
		lines.push(
			'',
			'### Warnings',
			'',
			...view.warnings.map(
				(warning) =>
					`- ${warningTitle(warning.kind)}${warningWords(warning)} ([source](${warning.source}))${becauseWords(warning)}`,
			),
		);
	}
	if (view.notes.length > 0)
		lines.push(
			'',
			'### Notes',
			'',
			...view.notes.map(
				(note) => `- ${noteWords(note)} ([source](${note.source}))${becauseWords(note)}`,
			),
		);
	lines.push('', '## Consequences: control-plane fees', '');
	lines.push(
		costWords(view, data.prices.hoursPerMonth).join(' '),
		'',
		'| Provider and tier | Per cluster a month | This plan a month | Checked |',
		'| --- | --- | --- | --- |',
		...feeSketch(data, view.hosting.managed).map(
			(fee) =>
				`| [${cell(`${fee.provider}, ${fee.tier}`)}](${fee.source}) | ${money(fee.perMonth)} | ${feeTotalWords(fee.total)} | ${fee.checked} |`,
		),
	);
	lines.push(
		'',
		'## Alternatives considered',
		'',
		// The record keeps what the option would have done, which the page leaves to the option's own page.
		...view.absent.map(
			(absence) =>
				`- ${absence.option.name}: ${plain(absenceWords(absence))}${absence.kind === 'limit' ? ` ${absence.rule.says}` : ''}`,
		),
	);
	lines.push('', '## What would change this decision', '');
	if (view.changes.length === 0) lines.push(NO_CHANGE);
	for (const change of view.changes) {
		const { question, answer, rest } = changeWords(change);
		lines.push(`- ${question}**${answer}**${rest}`);
	}
	if (view.unchanged.length > 0) lines.push('', unchangedWords(view.unchanged));
	const sources = new Map<string, string>();
	for (const source of pageSources) sources.set(source.url, source.title);
	for (const part of view.parts)
		for (const reason of part.reasons)
			if (!sources.has(reason.rule.source)) sources.set(reason.rule.source, reason.rule.source);
	for (const { answer } of given)
		if (!sources.has(answer.source)) sources.set(answer.source, answer.source);
	lines.push(
		'',
		'## Sources',
		'',
		...[...sources].map(([url, title]) => (title === url ? `- <${url}>` : `- [${title}](${url})`)),
		'',
	);
	return lines.join('\n');
}

/** A file name for the record, e.g. `decision-record-cluster-per-environment-2026-11-27.md`. */
export function recordFileName(view: PlanView, date: string): string {
	return `decision-record-${view.parts[0]?.option.id ?? 'plan'}-${date}.md`;
}

/** The reader's local day as YYYY-MM-DD (not UTC, which is a different day near midnight). */
export function localDay(now: Date = new Date()): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
