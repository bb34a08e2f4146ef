/**
 * The “Download decision record” file: a Markdown architecture decision record built in the
 * browser from the reader's answers. It holds the whole plan: the clusters and their layers,
 * why each part is there, warnings, what would change it, the options left out and why, the
 * control-plane fees, and the link that reproduces it.
 */
import type { PageSource } from './client-data.ts';
import { feeSketch, type Absence, type PlanView } from './explain.ts';
import { formatCount } from './plan.ts';
import { costWords, limitWords, purposeWords, warningTitle } from './words.ts';
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
const money = (value: number) => `$${value.toLocaleString('en-US', { maximumFractionDigits: 0 })}`;

export function absenceText(absence: Absence): string {
	switch (absence.kind) {
		case 'covered':
			return `already covered by ${absence.by.name}.`;
		case 'limit':
			return `exceeds a limit you gave (${limitWords(absence.limits)}). ${absence.rule.says}`;
		case 'not-needed':
			return `not needed. ${absence.needed}${absence.change ? ` It would come in if the answer to “${absence.change.ref.question.prompt}” were “${absence.change.alternative.label}”.` : ''}`;
	}
}

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
		`- Decision: ${view.verdict}`,
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
		`${view.verdict}.`,
		'',
		'### The clusters',
		'',
	];
	for (const group of view.groups) {
		const splits = group.splits
			.map((split) => `${split.phrase}${split.conditional ? ' (conditional)' : ''}`)
			.join(', ');
		lines.push(
			`- **${formatCount(group.count)} ${group.name}**${group.conditional ? ' (conditional)' : ''}${purposeWords(group.name, group.for)}${splits ? `: ${splits}` : ''}.`,
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
			const because = reason.answers
				.map((ref) => `“${ref.question.short}: ${ref.answer.label}”`)
				.join(', ');
			const pending = reason.pending.map((question) => `“${question.short}”`).join(', ');
			lines.push(
				`  - ${reason.rule.says}${because ? ` Because of your answers ${because}.` : ''}${pending ? ` Depends on ${pending}, which you were not sure of.` : ''} ([source](${reason.rule.source}))`,
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
					`- ${warningTitle(warning.kind)}${warning.message} ([source](${warning.source}))`,
			),
		);
	}
	if (view.notes.length > 0)
		lines.push(
			'',
			'### Notes',
			'',
			...view.notes.map((note) => `- ${note.says} ([source](${note.source}))`),
		);
	lines.push('', '## Consequences: control-plane fees', '');
	lines.push(
		costWords(view, data.prices.hoursPerMonth).join(' '),
		'',
		'| Provider and tier | Per cluster a month | This plan a month | Checked |',
		'| --- | --- | --- | --- |',
		...feeSketch(data, view.hosting.managed).map(
			(fee) =>
				`| [${cell(`${fee.provider}, ${fee.tier}`)}](${fee.source}) | ${money(fee.perMonth)} | ${money(fee.total.min)}${fee.total.max === undefined ? ' or more' : fee.total.max !== fee.total.min ? ` to ${money(fee.total.max)}` : ''} | ${fee.checked} |`,
		),
	);
	lines.push(
		'',
		'## Alternatives considered',
		'',
		...view.absent.map((absence) => `- ${absence.option.name}: ${absenceText(absence)}`),
	);
	lines.push('', '## What would change this decision', '');
	if (view.changes.length === 0) lines.push('No single different answer would change this plan.');
	for (const change of view.changes) {
		const effects = [
			...change.added.map((option) => `adds ${option.name}`),
			...change.removed.map((option) => `removes ${option.name}`),
			...(change.count
				? [
						`changes the clusters from ${formatCount(change.count.from)} to ${formatCount(change.count.to)}`,
					]
				: []),
		];
		lines.push(
			`- “${change.ref.question.prompt}” answered “${change.alternative.label}” instead of “${change.ref.answer.label}”: ${effects.join(', ')}.`,
		);
	}
	if (view.unchanged.length > 0) {
		lines.push(
			'',
			'These answers did not change the plan: ',
			...view.unchanged.map((ref) => `- ${ref.question.prompt} ${ref.answer.label}`),
		);
	}
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
