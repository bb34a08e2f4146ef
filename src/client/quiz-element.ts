/**
 * <decision-quiz>: asks the decision tree's questions one at a time.
 *
 * The state lives in the URL (`?v=1&tenants=…`), so a reload keeps it and every step is a
 * history entry the browser's Back button walks through. Without JavaScript the element's
 * server-rendered content (the whole tree as nested lists) is all there is.
 */
import { answersFrom, questionById, remainingDepth, walk, type Step } from '../lib/decision/engine.ts';
import type { Answers, DecisionTree } from '../lib/decision/types.ts';
import { decodeAnswers, encodeSteps, type Notice } from '../lib/decision/url.ts';
import { recommendationPath, withBase } from '../lib/paths.ts';
import { readClientData } from './data.ts';
import { el } from './dom.ts';
import { noticeBox } from './notices.ts';

/** history.state written by the quiz: how many quiz steps deep this entry is. */
interface QuizState {
	quizDepth?: number;
	/** The answer chosen on this entry before moving on, to show it again on Back. */
	selected?: string;
}

const EDIT_HASH = '#edit';

const currentState = (): QuizState => (history.state && typeof history.state === 'object' ? (history.state as QuizState) : {});

class DecisionQuiz extends HTMLElement {
	#tree!: DecisionTree;
	#app!: HTMLElement;
	/** Answers seen in this visit, used to preselect a question asked again. */
	#remembered: Record<string, string> = {};
	/** What the opening link carried that could not be used; shown until the reader acts. */
	#notices: Notice[] = [];

	connectedCallback(): void {
		const data = readClientData(this);
		const app = this.querySelector<HTMLElement>('[data-quiz-app]');
		if (!data || !app) return;
		this.#tree = data.tree;
		this.#app = app;

		const { answers, notices } = decodeAnswers(location.search, this.#tree);
		const result = walk(this.#tree, answers);
		if (result.done && location.hash !== EDIT_HASH) {
			// A link whose answers already decide goes straight to its result, notices and all.
			location.replace(`${recommendationPath(result.outcome)}${location.search}`);
			return;
		}
		this.#notices = notices;
		this.#remembered = { ...answers };
		app.hidden = false;
		this.querySelector('details[data-quiz-tree]')?.removeAttribute('open');
		window.addEventListener('popstate', () => this.#render(true));
		this.#render(false);
	}

	#answers(): Answers {
		return decodeAnswers(location.search, this.#tree).answers;
	}

	#render(moveFocus: boolean): void {
		const answers = this.#answers();
		const result = walk(this.#tree, answers);
		const view = result.done ? this.#review(result.steps, result.outcome) : this.#question(result.steps, result.node, result.question);
		this.#app.replaceChildren(...[noticeBox(this.#notices, this.#tree), view].filter((node): node is HTMLElement => node !== null));
		if (moveFocus) this.#app.querySelector<HTMLElement>('[data-quiz-focus]')?.focus();
	}

	/** Moves to a new set of answers as a new history entry (or replaces the current one). */
	#go(steps: Step[], mode: 'push' | 'replace'): void {
		this.#notices = [];
		const url = `${location.pathname}${encodeSteps(steps, this.#tree.version)}`;
		if (mode === 'push') history.pushState({ quizDepth: (currentState().quizDepth ?? 0) + 1 } satisfies QuizState, '', url);
		else history.replaceState({ quizDepth: currentState().quizDepth ?? 0 } satisfies QuizState, '', url);
		this.#render(true);
	}

	#choose(steps: Step[], question: string, value: string): void {
		this.#remembered[question] = value;
		history.replaceState({ ...currentState(), selected: value } satisfies QuizState, '');
		// Only the answers on the path: remembered ones preselect later questions but the reader
		// confirms each, rather than being carried past them.
		const result = walk(this.#tree, { ...answersFrom(steps), [question]: value });
		if (result.done) {
			location.assign(`${recommendationPath(result.outcome)}${encodeSteps(result.steps, this.#tree.version)}`);
			return;
		}
		this.#go(result.steps, 'push');
	}

	#back(steps: Step[]): void {
		if ((currentState().quizDepth ?? 0) > 0) {
			history.back();
			return;
		}
		// Opened from a link: there is no earlier quiz entry to return to, so step back in place.
		this.#go(steps.slice(0, -1), 'replace');
	}

	#question(steps: Step[], node: string, questionId: string): HTMLElement {
		const question = questionById(this.#tree, questionId);
		if (!question) return el('p', {}, 'This question is missing from the decision tree.');
		const number = steps.length + 1;
		const most = steps.length + remainingDepth(this.#tree, node);
		const selected = currentState().selected ?? this.#remembered[question.id];
		const error = el('p', { class: 'quiz-error', id: 'quiz-error', hidden: true }, 'Choose an answer to continue.');

		const options = question.answers.map((answer) => {
			const id = `quiz-${question.id}-${answer.value}`;
			return el(
				'div',
				{ class: 'quiz-option' },
				el('input', { type: 'radio', name: 'answer', id, value: answer.value, checked: answer.value === selected }),
				el('label', { for: id }, answer.label),
			);
		});
		const back = el('button', { type: 'button', class: 'quiz-secondary', disabled: steps.length === 0 }, 'Back');
		const restart = el('button', { type: 'button', class: 'quiz-secondary', disabled: steps.length === 0 }, 'Start over');
		const form = el(
			'form',
			{ class: 'quiz-step', novalidate: true },
			el('p', { class: 'quiz-progress', id: 'quiz-progress' }, `Question ${number} of at most ${most}`),
			el(
				'fieldset',
				{ 'aria-describedby': ['quiz-progress', question.help && 'quiz-help', 'quiz-error'].filter(Boolean).join(' ') },
				el('legend', {}, el('h2', { class: 'quiz-question', tabindex: '-1', 'data-quiz-focus': true }, question.prompt)),
				question.help && el('p', { class: 'quiz-help', id: 'quiz-help' }, question.help),
				el('div', { class: 'quiz-options' }, ...options),
				error,
			),
			el('div', { class: 'quiz-actions' }, el('button', { type: 'submit', class: 'quiz-primary' }, 'Next'), back, restart),
		);
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			const choice = form.querySelector<HTMLInputElement>('input[name="answer"]:checked');
			if (!choice) {
				error.hidden = false;
				form.querySelector<HTMLInputElement>('input[name="answer"]')?.focus();
				return;
			}
			this.#choose(steps, question.id, choice.value);
		});
		back.addEventListener('click', () => this.#back(steps));
		restart.addEventListener('click', () => {
			this.#remembered = {};
			this.#go([], 'push');
		});
		return el('div', { class: 'quiz-view' }, form, this.#soFar(steps), this.#treeLink(steps));
	}

	/** The answers given so far, so the reader keeps the context of each question. */
	#soFar(steps: Step[]): HTMLElement | false {
		if (steps.length === 0) return false;
		return el(
			'section',
			{ class: 'quiz-so-far', 'aria-labelledby': 'quiz-so-far' },
			el('h2', { id: 'quiz-so-far' }, 'Your answers so far'),
			el('ol', {}, ...steps.map((step) => this.#answerItem(step))),
		);
	}

	#answerItem(step: Step, ...extra: (Node | string | false)[]): HTMLElement {
		const question = questionById(this.#tree, step.question);
		const answer = question?.answers.find((candidate) => candidate.value === step.value);
		return el('li', {}, el('span', { class: 'quiz-q' }, question?.prompt ?? step.question), ' ', el('strong', {}, answer?.label ?? step.value), ...extra);
	}

	#treeLink(steps: Step[]): HTMLElement {
		const query = encodeSteps(steps, this.#tree.version);
		return el('p', { class: 'quiz-tree-link' }, el('a', { href: `${withBase('/decide/tree/')}${query}` }, 'See the whole tree as a diagram'));
	}

	/** Opened with “Edit answers”: all answers, each one changeable, and the way back. */
	#review(steps: Step[], outcome: string): HTMLElement {
		const name = this.#tree.outcomes.find((candidate) => candidate.id === outcome)?.name ?? outcome;
		const items = steps.map((step, index) => {
			const change = el('button', { type: 'button', class: 'quiz-secondary' }, 'Change');
			change.setAttribute('aria-label', `Change the answer to: ${questionById(this.#tree, step.question)?.prompt ?? step.question}`);
			change.addEventListener('click', () => this.#go(steps.slice(0, index), 'push'));
			return this.#answerItem(step, ' ', change);
		});
		const query = encodeSteps(steps, this.#tree.version);
		return el(
			'div',
			{ class: 'quiz-view quiz-review' },
			el('h2', { tabindex: '-1', 'data-quiz-focus': true }, 'Your answers'),
			el('ol', {}, ...items),
			el('p', {}, 'These answers lead to ', el('a', { href: `${recommendationPath(outcome)}${query}` }, name), '.'),
		);
	}
}

customElements.define('decision-quiz', DecisionQuiz);
