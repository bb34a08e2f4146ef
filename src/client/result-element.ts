/**
 * <decision-result>: on a recommendation page opened with answers in its address, explains the
 * result above the page's static text: why it fits, what would change it, why not the others,
 * plus Copy link, Edit answers and Download decision record. Without answers it stays hidden.
 */
import { decisionRecord, recordFileName } from '../lib/decision/adr.ts';
import { walk, type Result, type Step } from '../lib/decision/engine.ts';
import { explain, type Explanation, type Reason } from '../lib/decision/explain.ts';
import type { ClientData } from '../lib/decision/client-data.ts';
import type { Answers, Outcome } from '../lib/decision/types.ts';
import { decodeAnswers, encodeSteps } from '../lib/decision/url.ts';
import { recommendationPath, withBase } from '../lib/paths.ts';
import { readClientData } from './data.ts';
import { el } from './dom.ts';
import { noticeBox } from './notices.ts';

const today = () => new Date().toISOString().slice(0, 10);

/** “Question? Answer.” as the reader gave it. */
const answered = ({ question, answer }: Reason) => [el('span', { class: 'quiz-q' }, question.prompt), ' ', el('strong', {}, answer.label)];

class DecisionResult extends HTMLElement {
	#data!: ClientData;

	connectedCallback(): void {
		const data = readClientData(this);
		const panel = this.querySelector<HTMLElement>('[data-result-panel]');
		if (!data?.page || !panel || new URLSearchParams(location.search).size === 0) return;
		this.#data = data;
		const { answers, notices } = decodeAnswers(location.search, data.tree);
		const result = walk(data.tree, answers);
		const notice = noticeBox(notices, data.tree);
		const content = !result.done
			? this.#incomplete(result.steps, result.question)
			: result.outcome === data.page.outcome
				? this.#result(answers, result)
				: this.#elsewhere(answers, result);
		panel.replaceChildren(...[notice, ...content].filter((node): node is HTMLElement => node !== null));
		panel.hidden = false;
	}

	#outcome(id: string): Outcome | undefined {
		return this.#data.tree.outcomes.find((outcome) => outcome.id === id);
	}

	#query(steps: Step[]): string {
		return encodeSteps(steps, this.#data.tree.version);
	}

	#editLink(steps: Step[], label = 'Edit answers'): HTMLElement {
		return el('a', { class: 'quiz-secondary result-button', href: `${withBase('/decide/')}${this.#query(steps)}#edit` }, label);
	}

	#result(answers: Answers, result: Result): HTMLElement[] {
		const explanation = explain(this.#data.tree, answers, result);
		const shareUrl = new URL(`${recommendationPath(result.outcome)}${this.#query(result.steps)}`, location.origin).href;
		return [
			el('h2', { id: 'result-heading' }, 'Your answers lead here'),
			explanation.inside
				? el('p', {}, 'Inside each cluster, separate tenants with ', el('a', { href: recommendationPath(explanation.inside.id) }, explanation.inside.name), '.')
				: false,
			...this.#why(explanation),
			...this.#change(explanation, answers),
			...this.#others(explanation),
			this.#actions(answers, result, shareUrl),
		].filter((node): node is HTMLElement => node !== false);
	}

	#why({ reasons }: Explanation): HTMLElement[] {
		return [
			el('h3', {}, 'Why this fits you'),
			el(
				'ul',
				{ class: 'result-reasons' },
				...reasons.map((reason) =>
					el('li', {}, ...answered(reason), el('br'), reason.answer.explanation, ' ', el('a', { href: reason.answer.source }, 'Source'), '.'),
				),
			),
		];
	}

	#change({ change, outcome }: Explanation, answers: Answers): HTMLElement[] {
		const heading = el('h3', {}, 'What would change it');
		if (!change) return [heading, el('p', {}, 'No single different answer would change this recommendation.')];
		const lead = [`If your answer to “${change.reason.question.prompt}” were “${change.alternative.label}” instead of “${change.reason.answer.label}”, `];
		if (!change.resolved) {
			const names = change.possible.map((other) => other.name).join(', ');
			return [heading, el('p', {}, ...lead, `the recommendation would no longer be ${outcome.name}; the quiz would ask more and end on one of: ${names}.`)];
		}
		const changed = walk(this.#data.tree, { ...answers, [change.reason.question.id]: change.alternative.value });
		const href = `${recommendationPath(change.outcome.id)}${changed.done ? this.#query(changed.steps) : ''}`;
		return [heading, el('p', {}, ...lead, 'the recommendation would be ', el('a', { href }, change.outcome.name), '.')];
	}

	#others({ rejected }: Explanation): HTMLElement[] {
		if (rejected.length === 0) return [];
		return [
			el('h3', {}, 'Why not the others'),
			el(
				'ul',
				{ class: 'result-others' },
				...rejected.map(({ outcome, reason }) =>
					el('li', {}, el('a', { href: recommendationPath(outcome.id) }, outcome.name), ': ruled out by your answer ', ...answered(reason), '.'),
				),
			),
		];
	}

	#actions(answers: Answers, result: Result, shareUrl: string): HTMLElement {
		const status = el('p', { class: 'result-status', role: 'status' });
		const copy = el('button', { type: 'button', class: 'quiz-primary' }, 'Copy link');
		copy.addEventListener('click', async () => {
			try {
				await navigator.clipboard.writeText(shareUrl);
				status.textContent = 'Link copied. Anyone who opens it sees this result and these reasons.';
			} catch {
				const field = el('input', { type: 'text', readonly: true, value: shareUrl, 'aria-label': 'Link to this result' });
				status.replaceChildren('Your browser did not allow copying. Select the link and copy it: ', field);
				field.select();
			}
		});
		const download = el('button', { type: 'button', class: 'quiz-secondary' }, 'Download decision record');
		download.addEventListener('click', () => {
			const date = today();
			const markdown = decisionRecord({ tree: this.#data.tree, answers, result, link: shareUrl, date, pageSources: this.#data.page?.sources ?? [] });
			const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
			const link = el('a', { href: url, download: recordFileName(result, date) });
			document.body.append(link);
			link.click();
			link.remove();
			setTimeout(() => URL.revokeObjectURL(url), 1000);
			status.textContent = `Decision record saved as ${recordFileName(result, date)}.`;
		});
		return el('div', { class: 'result-footer' }, el('div', { class: 'result-actions' }, copy, this.#editLink(result.steps), download), status);
	}

	/** The answers decide, but on another recommendation: say where, and why not this one. */
	#elsewhere(answers: Answers, result: Result): HTMLElement[] {
		const target = this.#outcome(result.outcome);
		const here = this.#outcome(this.#data.page?.outcome ?? '');
		const reason = explain(this.#data.tree, answers, result).rejected.find((entry) => entry.outcome.id === here?.id)?.reason;
		const parts: (HTMLElement | false)[] = [
			el('h2', { id: 'result-heading' }, 'Your answers lead to another recommendation'),
			el(
				'p',
				{},
				'These answers lead to ',
				el('a', { href: `${recommendationPath(result.outcome)}${this.#query(result.steps)}` }, target?.name ?? result.outcome),
				`, not to ${here?.name ?? 'this page'}.`,
			),
			reason ? el('p', {}, 'This option was ruled out by your answer ', ...answered(reason), '. ', reason.answer.explanation) : false,
			el('div', { class: 'result-actions' }, this.#editLink(result.steps)),
		];
		return parts.filter((node): node is HTMLElement => node !== false);
	}

	/** The answers stop short of a result: say what is missing and offer to continue. */
	#incomplete(steps: Step[], question: string): HTMLElement[] {
		const prompt = this.#data.tree.questions.find((candidate) => candidate.id === question)?.prompt ?? question;
		return [
			el('h2', { id: 'result-heading' }, 'Your answers are not complete yet'),
			el('p', {}, `The quiz still needs to ask “${prompt}” before it can recommend anything.`),
			el('div', { class: 'result-actions' }, el('a', { class: 'quiz-primary result-button', href: `${withBase('/decide/')}${this.#query(steps)}` }, 'Continue the quiz')),
		];
	}
}

customElements.define('decision-result', DecisionResult);
