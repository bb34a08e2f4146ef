/**
 * <decision-plan>: on /decide/plan/, turns the answers in the address into the reader's plan:
 * the verdict first, then a diagram of the clusters and their layers, why each part is there,
 * what would change it, what is not in it and why, a sketch of control-plane fees, and Copy
 * link, Edit answers, Download decision record and Print.
 *
 * The element that shows the plan carries data-plan (option ids, main part first) and
 * data-clusters (a count or a range), for tools and tests.
 */
import { PLAN_PATH } from '../lib/decision/contract.ts';
import {
	explainPlan,
	feeSketch,
	type Absence,
	type AnswerRef,
	type GroupView,
	type PlanView,
	type RuleReason,
} from '../lib/decision/explain.ts';
import { formatCount } from '../lib/decision/plan.ts';
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
	splitWords,
	noteWords,
	unchangedWords,
	verdictWords,
	warningTitle,
	warningWords,
} from '../lib/decision/words.ts';
import type { Answers, DecisionData } from '../lib/decision/types.ts';
import { decodeAnswers, encodeAnswers } from '../lib/decision/url.ts';
import { recommendationPath, withBase } from '../lib/paths.ts';
import type { PageSource } from '../lib/decision/client-data.ts';
import { readClientData } from './plan-data.ts';
import { el } from './dom.ts';
import { kitSection } from './kit-section.ts';
import { lazyNoticeBox } from './lazy-notices.ts';

type Child = HTMLElement | string | false;

const link = (id: string, text: string) => el('a', { href: recommendationPath(id) }, text);
const source = (url: string) => el('a', { href: url, class: 'plan-source' }, 'Source');
/** The answers a reason, warning or note rests on, each linked to the source of its explanation. */
const because = (answers: AnswerRef[]): Child =>
	answers.length > 0 &&
	el(
		'span',
		{ class: 'plan-because' },
		` ${BECAUSE}`,
		...answers.flatMap((ref, index) => [
			index > 0 ? '; ' : '',
			el('a', { href: ref.answer.source, title: ref.answer.explanation }, answerWords(ref)),
		]),
		'.',
	);
/** A part of the plan under its own heading, named by it for assistive technology. */
const section = (id: string, title: string, ...children: Child[]) =>
	el('section', { 'aria-labelledby': id }, el('h3', { id }, title), ...children);

export class DecisionPlan extends HTMLElement {
	#data!: DecisionData;
	#sources: PageSource[] = [];

	connectedCallback(): void {
		const data = readClientData(this);
		const panel = this.querySelector<HTMLElement>('[data-plan-panel]');
		if (!data || !panel) {
			// Without its data the plan cannot be drawn: hide the empty frame the page's first script
			// showed, leaving the notice that links to the rules.
			if (panel) panel.hidden = true;
			return;
		}
		this.#data = data.decision;
		this.#sources = data.sources ?? [];
		const decoded = decodeAnswers(location.search, this.#data);
		const hasAnswers = Object.keys(decoded.answers).length > 0;
		const notice = lazyNoticeBox(
			decoded.notices,
			this.#data,
			decoded.olderVersion !== undefined
				? 'This link was made with an earlier version of the quiz'
				: undefined,
		);
		if (hasAnswers)
			panel.replaceChildren(
				...this.#plan(decoded.answers, notice).filter(
					(node): node is HTMLElement => node !== false,
				),
			);
		else {
			// The page's own words for a link without answers, with what the link carried.
			panel.classList.remove('plan-pending');
			if (notice) panel.querySelector('h2')?.after(notice);
		}
		panel.hidden = false;
	}

	#plan(answers: Answers, notice: HTMLElement | null): Child[] {
		const view = explainPlan(this.#data, answers);
		const query = encodeAnswers(this.#data, answers);
		const shareUrl = new URL(`${withBase(PLAN_PATH)}${query}`, location.origin).href;
		const summary = el(
			'div',
			{
				class: 'plan-summary',
				'data-plan': view.parts.map((part) => part.option.id).join(' '),
				'data-plan-conditional': view.parts
					.filter((part) => part.conditional)
					.map((part) => part.option.id)
					.join(' '),
				'data-clusters': formatCount(view.count),
			},
			el('h2', { id: 'plan-heading' }, 'Your plan'),
			el('p', { class: 'plan-verdict' }, `${verdictWords(view)}.`),
		);
		return [
			summary,
			notice ?? false,
			this.#uncertain(view, query),
			...view.warnings.map((warning) =>
				el(
					'p',
					{ class: 'plan-warning', role: 'note' },
					el('strong', {}, warningTitle(warning.kind)),
					warningWords(warning),
					' ',
					source(warning.source),
					'.',
					because(warning.answers),
				),
			),
			this.#diagram(view),
			this.#why(view),
			this.#changes(view),
			this.#absent(view),
			this.#cost(view),
			kitSection(view, answers, shareUrl),
			view.notes.length > 0 &&
				section(
					'plan-notes',
					'Also keep in mind',
					el(
						'ul',
						{},
						...view.notes.map((note) =>
							el('li', {}, noteWords(note), ' ', source(note.source), '.', because(note.answers)),
						),
					),
				),
			this.#actions(answers, view, shareUrl, query),
		];
	}

	/** Which answers were assumed or unsure, and the way to settle them. */
	#uncertain(view: PlanView, query: string): Child {
		if (view.assumed.length === 0 && view.unsure.length === 0) return false;
		const names = (questions: typeof view.assumed) =>
			questions.map((question) => `“${question.short}”`).join(', ');
		return el(
			'div',
			{
				class: 'plan-uncertain',
				'data-plan-assumed': view.assumed.map((question) => question.id).join(' '),
			},
			view.assumed.length > 0 &&
				el('p', {}, `Not answered, so read as “I’m not sure”: ${names(view.assumed)}.`),
			view.unsure.length > 0 && el('p', {}, `You were not sure about: ${names(view.unsure)}.`),
			el(
				'p',
				{},
				'The parts that depend on them are marked conditional, each with how to decide. ',
				el('a', { href: `${withBase('/decide/')}${query}#open` }, 'Answer the open questions'),
				'.',
			),
		);
	}

	#diagram(view: PlanView): HTMLElement {
		const group = (group: GroupView) =>
			el(
				'section',
				{
					class: group.conditional ? 'plan-group plan-conditional' : 'plan-group',
					'aria-label': groupWords(group),
				},
				el(
					'p',
					{ class: 'plan-group-title' },
					el('strong', {}, groupWords(group)),
					group.conditional ? ' (conditional)' : '',
					group.part
						? el(
								'span',
								{ class: 'plan-group-part' },
								' · ',
								link(group.part.id, group.part.shortName),
							)
						: '',
				),
				group.splits.length > 0 &&
					el('p', { class: 'plan-group-splits' }, splitWords(group.splits)),
				el(
					'ul',
					{ class: 'plan-tiles', 'aria-label': 'Clusters' },
					...group.tiles.names.map((name) => el('li', {}, name)),
					group.tiles.names.length === 0 && el('li', {}, group.name),
					group.tiles.more && el('li', { class: 'plan-more' }, '…'),
				),
				el(
					'ul',
					{ class: 'plan-layers', 'aria-label': 'Inside each cluster' },
					...group.layers.map((layer) =>
						el(
							'li',
							{ class: layer.conditional ? 'plan-conditional' : '' },
							link(layer.part.id, layer.short),
							layer.conditional ? ' (conditional)' : '',
						),
					),
				),
			);
		return el(
			'figure',
			{ class: 'plan-diagram', 'aria-labelledby': 'plan-diagram-caption' },
			el('div', { class: 'plan-groups' }, ...view.groups.map(group)),
			el(
				'figcaption',
				{ id: 'plan-diagram-caption' },
				'Your clusters as boxes, with the layers inside each; dashed parts are conditional.',
			),
		);
	}

	#reason(reason: RuleReason): HTMLElement {
		return el(
			'li',
			{},
			reason.rule.says,
			' ',
			source(reason.rule.source),
			'.',
			because(reason.answers),
			reason.pending.length > 0 &&
				el('span', { class: 'plan-because' }, ` ${pendingWords(reason.pending)}`),
		);
	}

	#why(view: PlanView): HTMLElement {
		return section(
			'plan-why',
			'Why each part',
			el(
				'ul',
				{ class: 'plan-parts' },
				...view.parts.map((part) =>
					el(
						'li',
						{},
						el('strong', {}, link(part.option.id, part.option.name)),
						part.conditional ? ' (conditional)' : '',
						el('ul', {}, ...part.reasons.map((reason) => this.#reason(reason))),
					),
				),
			),
		);
	}

	#changes(view: PlanView): HTMLElement {
		const items = view.changes.map((change) => {
			const { question, answer, rest } = changeWords(change);
			return el(
				'li',
				{},
				el('span', { class: 'quiz-q' }, question),
				el('strong', {}, answer),
				rest,
			);
		});
		return section(
			'plan-change',
			'What would change it',
			items.length > 0 ? el('ul', { class: 'plan-changes' }, ...items) : el('p', {}, NO_CHANGE),
			view.unchanged.length > 0 &&
				el('p', { class: 'plan-unchanged' }, unchangedWords(view.unchanged)),
		);
	}

	#absent(view: PlanView): HTMLElement {
		const reason = (absence: Absence): Child[] =>
			absenceWords(absence).map((piece) =>
				typeof piece === 'string' ? piece : link(piece.id, piece.name),
			);
		return section(
			'plan-absent',
			'Not in your plan',
			el(
				'ul',
				{ class: 'plan-absent' },
				...view.absent.map((absence) =>
					el(
						'li',
						{ 'data-absent': absence.kind },
						el('strong', {}, link(absence.option.id, absence.option.name)),
						': ',
						...reason(absence),
					),
				),
			),
		);
	}

	#cost(view: PlanView): HTMLElement {
		const fees = feeSketch(this.#data, view.hosting.managed);
		return section(
			'plan-cost',
			'Cost sketch: control-plane fees only',
			...costWords(view, this.#data.prices.hoursPerMonth).map((sentence) => el('p', {}, sentence)),
			el(
				'div',
				{ class: 'plan-table', tabindex: '0', role: 'region', 'aria-labelledby': 'plan-cost' },
				el(
					'table',
					{},
					el(
						'thead',
						{},
						el(
							'tr',
							{},
							el('th', { scope: 'col' }, 'Provider and tier'),
							el('th', { scope: 'col' }, 'Per cluster a month'),
							el('th', { scope: 'col' }, 'Your plan a month'),
							el('th', { scope: 'col' }, 'Checked'),
						),
					),
					el(
						'tbody',
						{},
						...fees.map((fee) =>
							el(
								'tr',
								{},
								el(
									'th',
									{ scope: 'row' },
									`${fee.provider}, ${fee.tier}`,
									el('br'),
									el('span', { class: 'plan-because' }, fee.conditions),
								),
								el('td', {}, money(fee.perMonth)),
								el('td', {}, feeTotalWords(fee.total)),
								el('td', {}, el('a', { href: fee.source }, fee.checked)),
							),
						),
					),
				),
			),
			...this.#data.prices.providers.flatMap((provider) =>
				provider.note
					? [
							el(
								'p',
								{ class: 'plan-because' },
								`${provider.name}: ${provider.note} `,
								provider.noteSource ? source(provider.noteSource) : '',
								'.',
							),
						]
					: [],
			),
		);
	}

	#actions(answers: Answers, view: PlanView, shareUrl: string, query: string): HTMLElement {
		const status = el('p', { class: 'result-status', role: 'status' });
		const copy = el('button', { type: 'button', class: 'quiz-primary' }, 'Copy link');
		copy.addEventListener('click', async () => {
			try {
				await navigator.clipboard.writeText(shareUrl);
				status.replaceChildren('Link copied. Whoever opens it gets this plan.');
			} catch {
				// No clipboard access (an insecure origin, or denied): show the link to copy by hand.
				const field = el('input', {
					type: 'text',
					readonly: true,
					value: shareUrl,
					'aria-label': 'Link to this plan',
				});
				status.replaceChildren('Copy this link:', field);
				field.select();
			}
		});
		const download = el(
			'button',
			{ type: 'button', class: 'quiz-secondary' },
			'Download decision record',
		);
		download.addEventListener('click', async () => {
			const { downloadRecord } = await import('./record-download.ts');
			const file = downloadRecord({
				data: this.#data,
				answers,
				view,
				link: shareUrl,
				pageSources: this.#sources,
			});
			status.replaceChildren(`Decision record saved as ${file}.`);
		});
		const print = el('button', { type: 'button', class: 'quiz-secondary' }, 'Print');
		print.addEventListener('click', () => window.print());
		const edit = el(
			'a',
			{ class: 'quiz-secondary result-button', href: `${withBase('/decide/')}${query}#edit` },
			'Edit answers',
		);
		return el(
			'div',
			{ class: 'result-footer' },
			el('div', { class: 'result-actions' }, copy, edit, download, print),
			status,
			el('p', { class: 'plan-link' }, 'Link to this plan: ', el('a', { href: shareUrl }, shareUrl)),
		);
	}
}

customElements.define('decision-plan', DecisionPlan);
