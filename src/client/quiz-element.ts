/**
 * <decision-quiz>: asks the questions one at a time, only those the earlier answers make
 * relevant, then opens the plan.
 *
 * The state lives in the URL (`?v=2&tenants=…`), so a reload keeps it and every step is a
 * history entry the browser's Back button walks through. Without JavaScript the element's
 * server-rendered content (the questions and rules as text) is all there is.
 */
import { PLAN_PATH } from '../lib/decision/contract.ts';
import { nextQuestion, openQuestions, progress } from '../lib/decision/path.ts';
import type { Answers, QuizData, QuizQuestion as Question } from '../lib/decision/types.ts';
import { decodeAnswers, encodeAnswers, type Notice } from '../lib/decision/url.ts';
import { withBase } from '../lib/paths.ts';
import { withQuery } from '../lib/same-page.ts';
import { readQuizData } from './data.ts';
import { el } from './dom.ts';
import { lazyNoticeBox } from './lazy-notices.ts';

/** history.state written by the quiz: how many quiz steps deep this entry is. */
interface QuizState {
	quizDepth?: number;
}

const EDIT_HASH = '#edit';
/** From the plan's “Answer the open questions”: ask again what the reader was not sure of. */
const OPEN_HASH = '#open';

const currentState = (): QuizState =>
	history.state && typeof history.state === 'object' ? (history.state as QuizState) : {};

export class DecisionQuiz extends HTMLElement {
	#data!: QuizData;
	#app!: HTMLElement;
	/** Answers seen in this visit, to preselect a question asked again after Back. */
	#remembered: Record<string, string> = {};
	/** What the opening link carried that could not be used; shown until the reader acts. */
	#notices: Notice[] = [];
	/** With #open: the questions left open when the quiz opened, not yet asked again. */
	#open: string[] = [];
	/** The query the quiz last showed: a jump to a fragment (the skip link) changes nothing. */
	#shown: string | undefined;
	readonly #onPopState = () => {
		if (location.search !== this.#shown) this.#render(true);
	};
	/** Back from the plan may restore the page as it was: focus its heading again. */
	readonly #onPageShow = (event: PageTransitionEvent) => {
		if (event.persisted) this.#app.querySelector<HTMLElement>('[data-quiz-focus]')?.focus();
	};

	connectedCallback(): void {
		const data = readQuizData(this);
		const app = this.querySelector<HTMLElement>('[data-quiz-app]');
		if (!data || !app) {
			// Without its data the quiz cannot run: undo what the page's first script did and leave
			// the questions and rules as text.
			if (app) app.hidden = true;
			this.querySelector('details[data-quiz-text]')?.setAttribute('open', '');
			return;
		}
		this.#data = data;
		this.#app = app;
		const { answers, notices } = decodeAnswers(location.search, this.#data);
		this.#notices = notices;
		this.#remembered = { ...answers };
		if (location.hash === OPEN_HASH)
			this.#open = openQuestions(this.#data, answers).map((question) => question.id);
		app.hidden = false;
		this.querySelector('details[data-quiz-text]')?.removeAttribute('open');
		window.addEventListener('popstate', this.#onPopState);
		window.addEventListener('pageshow', this.#onPageShow);
		// Loaded again by Back or Forward, the reader is mid-quiz: focus goes to the question.
		const navigation = performance.getEntriesByType('navigation')[0];
		this.#render(
			navigation !== undefined && 'type' in navigation && navigation.type === 'back_forward',
		);
	}

	disconnectedCallback(): void {
		window.removeEventListener('popstate', this.#onPopState);
		window.removeEventListener('pageshow', this.#onPageShow);
	}

	#answers(): Answers {
		return decodeAnswers(location.search, this.#data).answers;
	}

	#planUrl(answers: Answers): string {
		return `${withBase(PLAN_PATH)}${encodeAnswers(this.#data, answers)}`;
	}

	#render(moveFocus: boolean): void {
		this.#shown = location.search;
		const answers = this.#answers();
		const question = this.#nextFor(answers);
		if (!question && location.hash !== EDIT_HASH) {
			// A link that answers everything already: its plan replaces this entry, so Back skips it.
			// A link with notices goes on as it came, so the plan shows them too.
			location.replace(
				this.#notices.length > 0
					? `${withBase(PLAN_PATH)}${location.search}`
					: this.#planUrl(answers),
			);
			return;
		}
		const view = question ? this.#question(answers, question) : this.#review(answers);
		this.#app.replaceChildren(
			...[lazyNoticeBox(this.#notices, this.#data), view].filter(
				(node): node is HTMLElement => node !== null,
			),
		);
		if (moveFocus) this.#app.querySelector<HTMLElement>('[data-quiz-focus]')?.focus();
	}

	/** The next question to ask: an unanswered one, or with #open one the reader was unsure of. */
	#nextFor(answers: Answers, open = this.#open): Question | undefined {
		return (
			nextQuestion(this.#data, answers) ??
			openQuestions(this.#data, answers).find((candidate) => open.includes(candidate.id))
		);
	}

	/** Moves to a new set of answers as a new history entry. */
	#go(answers: Answers, asked?: Question): void {
		this.#notices = [];
		// A reopened question is asked once: answered again, even as “not sure”, it is settled.
		this.#open = this.#open.filter((id) => id !== asked?.id);
		const query = encodeAnswers(this.#data, answers);
		const hash = location.hash === OPEN_HASH && this.#open.length > 0 ? OPEN_HASH : '';
		history.pushState(
			{ quizDepth: (currentState().quizDepth ?? 0) + 1 } satisfies QuizState,
			'',
			`${withQuery(location.href, query)}${hash}`,
		);
		this.#render(true);
	}

	#back(answers: Answers, answered: Question[]): void {
		if ((currentState().quizDepth ?? 0) > 0) {
			history.back();
			return;
		}
		// Opened from a link: there is no earlier quiz entry to return to, so step back in place.
		const last = answered.at(-1);
		if (!last) return;
		const { [last.id]: _dropped, ...rest } = answers;
		this.#notices = [];
		history.replaceState(
			{ quizDepth: 0 } satisfies QuizState,
			'',
			withQuery(location.href, encodeAnswers(this.#data, rest)),
		);
		this.#render(true);
	}

	#question(answers: Answers, question: Question): HTMLElement {
		const { answered, mostRemaining } = progress(this.#data, answers);
		const number = answered.length + 1;
		// Every question still open, but never more than the longest path (worked out at build
		// time, as paths that exclude each other do not add up); re-asking an open question can
		// step past both.
		const most = Math.max(
			number,
			Math.min(answered.length + mostRemaining, this.#data.mostQuestions ?? Infinity),
		);
		const selected = this.#remembered[question.id];
		const error = el(
			'p',
			{ class: 'quiz-error', id: 'quiz-error', hidden: true },
			'Choose an answer to continue.',
		);
		const fieldset = el(
			'fieldset',
			{ 'aria-describedby': 'quiz-progress quiz-help' },
			el(
				'legend',
				{},
				el(
					'h2',
					{ class: 'quiz-question', tabindex: '-1', 'data-quiz-focus': true },
					question.prompt,
				),
			),
			el('p', { class: 'quiz-help', id: 'quiz-help' }, question.help),
			el(
				'div',
				{ class: 'quiz-options' },
				...question.answers
					.filter((answer) => !answer.legacy || answer.value === answers[question.id])
					.map((answer) => {
						const id = `quiz-${question.id}-${answer.value}`;
						return el(
							'div',
							{ class: answer.unsure ? 'quiz-option quiz-option-unsure' : 'quiz-option' },
							el('input', {
								type: 'radio',
								name: 'answer',
								id,
								value: answer.value,
								checked: answer.value === selected,
							}),
							el('label', { for: id }, answer.label),
						);
					}),
			),
			error,
		);
		const back = el(
			'button',
			{ type: 'button', class: 'quiz-secondary', disabled: answered.length === 0 },
			'Back',
		);
		const restart = el(
			'button',
			{ type: 'button', class: 'quiz-secondary', disabled: answered.length === 0 },
			'Start over',
		);
		const form = el(
			'form',
			{ class: 'quiz-step', novalidate: true },
			el(
				'p',
				{ class: 'quiz-progress', id: 'quiz-progress' },
				`Question ${number} of at most ${most}`,
			),
			fieldset,
			el(
				'div',
				{ class: 'quiz-actions' },
				el('button', { type: 'submit', class: 'quiz-primary' }, 'Next'),
				back,
				restart,
			),
		);
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			const choice = form.querySelector<HTMLInputElement>('input[name="answer"]:checked');
			if (!choice) {
				// Described by the error only while it shows, so it is not read with every question.
				error.hidden = false;
				fieldset.setAttribute('aria-describedby', 'quiz-error quiz-progress quiz-help');
				form.querySelector<HTMLInputElement>('input[name="answer"]')?.focus();
				return;
			}
			this.#remembered[question.id] = choice.value;
			const next = { ...answers, [question.id]: choice.value };
			// The last answer opens the plan without a history entry of its own, so Back from the
			// plan returns to this question rather than bouncing forward again.
			const stillOpen = this.#open.filter((id) => id !== question.id);
			if (!this.#nextFor(next, stillOpen)) location.assign(this.#planUrl(next));
			else this.#go(next, question);
		});
		back.addEventListener('click', () => this.#back(answers, answered));
		restart.addEventListener('click', () => {
			this.#remembered = {};
			this.#go({});
		});
		return el('div', { class: 'quiz-view' }, form, this.#soFar(answers, answered));
	}

	/** Opened with “Edit answers”: every answer, each one changeable, and the way back. */
	#review(answers: Answers): HTMLElement {
		const { answered } = progress(this.#data, answers);
		const items = answered.map((question) => {
			const change = el('button', { type: 'button', class: 'quiz-secondary' }, 'Change');
			change.setAttribute('aria-label', `Change the answer to: ${question.prompt}`);
			change.addEventListener('click', () => {
				const { [question.id]: _changed, ...rest } = answers;
				this.#go(rest);
			});
			return this.#answerItem(question, answers, ' ', change);
		});
		return el(
			'div',
			{ class: 'quiz-view quiz-review' },
			el('h2', { tabindex: '-1', 'data-quiz-focus': true }, 'Your answers'),
			el('ol', {}, ...items),
			el(
				'p',
				{},
				el(
					'a',
					{ class: 'quiz-primary result-button', href: this.#planUrl(answers) },
					'Back to your plan',
				),
			),
		);
	}

	/** The answers given so far, so the reader keeps the context of each question. */
	#soFar(answers: Answers, answered: Question[]): HTMLElement | false {
		if (answered.length === 0) return false;
		return el(
			'section',
			{ class: 'quiz-so-far', 'aria-labelledby': 'quiz-so-far' },
			el('h2', { id: 'quiz-so-far' }, 'Your answers so far'),
			el('ol', {}, ...answered.map((question) => this.#answerItem(question, answers))),
		);
	}

	/** One answered question as a list item: the prompt, the chosen answer, then `extra`. */
	#answerItem(question: Question, answers: Answers, ...extra: (Node | string)[]): HTMLElement {
		const label =
			question.answers.find((answer) => answer.value === answers[question.id])?.label ?? '';
		return el(
			'li',
			{},
			el('span', { class: 'quiz-q' }, question.prompt),
			' ',
			el('strong', {}, label),
			...extra,
		);
	}
}

customElements.define('decision-quiz', DecisionQuiz);
