// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { loadGuideData } from '../lib/data/load.ts';
import { splitDecisionData, type ClientData } from '../lib/decision/client-data.ts';
import { nextQuestion } from '../lib/decision/path.ts';
import type { Answer, Question } from '../lib/decision/types.ts';
import './quiz-element.ts';

const { decision } = loadGuideData();
const [first, second] = decision.questions as [Question, Question];

/** The JSON DecisionData.astro embeds, escaped the same way. */
const clientJson = JSON.stringify({ decision } satisfies ClientData).replace(/</g, '\\u003c');

/**
 * What DecisionQuiz.astro renders, without its inline scripts. Parsed apart and then inserted,
 * so the element connects with its children, as after the page's deferred module script runs.
 */
function mount(url: string, json = clientJson, { afterFirstScript = false } = {}): HTMLElement {
	history.replaceState(null, '', url);
	const template = document.createElement('template');
	// afterFirstScript: as the page's inline script leaves it, the quiz's frame shown and the text folded.
	template.innerHTML = `<decision-quiz>
	<div class="quiz" data-quiz-app data-pagefind-ignore${afterFirstScript ? '' : ' hidden'} aria-live="off"></div>
	<p class="decision-notice">The step-by-step quiz needs JavaScript.</p>
	<details class="quiz-text" data-quiz-text${afterFirstScript ? '' : ' open'}>
		<summary>The questions and rules as text</summary>
		<ol class="rules-questions"><li>${first.prompt}</li></ol>
	</details>
	<script type="application/json" data-decision-data>${json}</script>
</decision-quiz>`;
	document.body.append(template.content);
	return document.querySelector<HTMLElement>('decision-quiz')!;
}

type Step = [Question, string];

/** The questions the quiz asks when each is answered by `pick`, in the order it asks them. */
function walk(pick: (question: Question) => Answer): Step[] {
	const answers: Record<string, string> = {};
	const steps: Step[] = [];
	for (let question = nextQuestion(decision, answers); question;) {
		const value = pick(question).value;
		answers[question.id] = value;
		steps.push([question, value]);
		question = nextQuestion(decision, answers);
	}
	return steps;
}
const firstSure = (question: Question) => question.answers.find((answer) => !answer.unsure)!;
const everything = walk(firstSure);

/** A query string as a share link writes it: the version first, then the answers. */
const query = (steps: Step[]) =>
	`?${new URLSearchParams([
		['v', String(decision.version)],
		...steps.map(([question, value]): [string, string] => [question.id, value]),
	])}`;
const params = (url: string) =>
	Object.fromEntries(new URL(url, location.origin).searchParams.entries());
const labelOf = (question: Question, value: string) =>
	question.answers.find((answer) => answer.value === value)!.label;

const shown = () => document.querySelector('decision-quiz legend')?.textContent;
const app = () => document.querySelector<HTMLElement>('[data-quiz-app]')!;
const button = (name: string) =>
	[...document.querySelectorAll<HTMLButtonElement>('decision-quiz button')].find(
		(candidate) => candidate.textContent === name,
	)!;
const radio = (value: string) =>
	document.querySelector<HTMLInputElement>(`decision-quiz input[type="radio"][value="${value}"]`)!;
/** Picks an answer the way a reader does, by its label. */
function choose(question: Question, value: string): void {
	const label = [...document.querySelectorAll('decision-quiz label')].find(
		(candidate) => candidate.textContent === labelOf(question, value),
	);
	expect(label, `answer ${value} offered`).toBeDefined();
	(label as HTMLLabelElement).click();
	expect(radio(value).checked).toBe(true);
}

let assign: MockInstance<Location['assign']>;
let replace: MockInstance<Location['replace']>;

beforeEach(() => {
	// Leaving the page is the browser's job; record where the quiz sends the reader instead.
	assign = vi.spyOn(location, 'assign').mockImplementation(() => undefined);
	replace = vi.spyOn(location, 'replace').mockImplementation(() => undefined);
});

afterEach(() => {
	document.body.replaceChildren();
	vi.restoreAllMocks();
});

describe('<decision-quiz>', () => {
	it('counts the questions up to the longest path the site’s data gives, not every question still open', () => {
		// The page's questions file, as the build writes it: the longest path worked out once.
		const { quiz } = splitDecisionData(decision);
		mount('/decide/', JSON.stringify({ decision: quiz }).replace(/</g, '\\u003c'));
		expect(quiz.mostQuestions).toBeLessThan(decision.questions.length);
		expect(document.querySelector('.quiz-progress')!.textContent).toBe(
			`Question 1 of at most ${quiz.mostQuestions}`,
		);
	});

	it('shows the first question with its answers, in place of the text version', () => {
		mount('/decide/');
		expect(app().hidden).toBe(false);
		expect(document.querySelector('details[data-quiz-text]')!.hasAttribute('open')).toBe(false);
		expect(shown()).toBe(first.prompt);
		expect(document.querySelector('.quiz-help')!.textContent).toBe(first.help);
		expect(
			[...document.querySelectorAll<HTMLInputElement>('decision-quiz input')].map(
				(input) => input.value,
			),
		).toEqual(first.answers.map((answer) => answer.value));
		expect(document.querySelector('.quiz-progress')!.textContent).toMatch(
			/^Question 1 of at most \d+$/,
		);
		expect(button('Back').disabled).toBe(true);
		expect(button('Start over').disabled).toBe(true);
		expect(document.querySelector('[data-decision-notice]')).toBeNull();
		expect(document.querySelector('.quiz-so-far')).toBeNull();
	});

	it('moves on to the next relevant question, skipping those the answer rules out, as a new step in the address', () => {
		// An answer to the first question after which the second is not asked.
		const skipping = first.answers.find(
			(answer) => !answer.unsure && nextQuestion(decision, { [first.id]: answer.value }) !== second,
		);
		expect(skipping, 'an answer that skips the second question').toBeDefined();
		const value = skipping!.value;
		const expected = nextQuestion(decision, { [first.id]: value })!;
		mount('/decide/');

		choose(first, value);
		button('Next').click();

		expect(shown()).toBe(expected.prompt);
		expect(shown()).not.toBe(second.prompt);
		expect(location.pathname).toBe('/decide/');
		expect(location.search).toBe(query([[first, value]]));
		expect(history.state).toEqual({ quizDepth: 1 });
		expect(document.querySelector('.quiz-progress')!.textContent).toMatch(/^Question 2 of/);
		expect(document.activeElement).toBe(document.querySelector('.quiz-question'));
		expect(document.querySelector('.quiz-so-far li')!.textContent).toBe(
			`${first.prompt} ${labelOf(first, value)}`,
		);
		expect(button('Back').disabled).toBe(false);
	});

	it('asks for an answer instead of moving on without one, and only then describes the question by the error', () => {
		mount('/decide/');
		const fieldset = document.querySelector('decision-quiz fieldset')!;
		const error = document.querySelector<HTMLElement>('.quiz-error')!;
		expect(error.hidden).toBe(true);
		expect(fieldset.getAttribute('aria-describedby')).not.toContain('quiz-error');

		button('Next').click();

		expect(error.hidden).toBe(false);
		expect(error.textContent).toBe('Choose an answer to continue.');
		expect(fieldset.getAttribute('aria-describedby')).toContain('quiz-error');
		expect(shown()).toBe(first.prompt);
		expect(location.search).toBe('');
		expect(document.activeElement).toBe(radio(first.answers[0]!.value));
	});

	it('Back returns to the previous question with the answer given before selected', () => {
		const [[question, value], [next]] = everything as [Step, Step];
		mount('/decide/');
		choose(question, value);
		button('Next').click();
		expect(shown()).toBe(next.prompt);

		button('Back').click();

		expect(shown()).toBe(question.prompt);
		expect(location.search).toBe('');
		expect(radio(value).checked).toBe(true);
		expect(document.activeElement).toBe(document.querySelector('.quiz-question'));
		// A real step back in history, so the browser's Forward button returns to the answer.
		history.forward();
		expect(shown()).toBe(next.prompt);
		expect(location.search).toBe(query([[question, value]]));
	});

	it('Back on a question opened from a link steps back in place instead of leaving the quiz', () => {
		const [one, two] = everything as [Step, Step];
		mount(`/decide/${query([one, two])}`);
		const entries = history.length;

		button('Back').click();

		expect(shown()).toBe(two[0].prompt);
		expect(radio(two[1]).checked).toBe(true);
		expect(location.search).toBe(query([one]));
		expect(history.length).toBe(entries);
	});

	it('Start over clears every answer, from the page and from the address', () => {
		mount(`/decide/${query(everything.slice(0, 2))}`);
		button('Start over').click();

		expect(shown()).toBe(first.prompt);
		expect(location.pathname + location.search).toBe('/decide/');
		expect(document.querySelector('decision-quiz input:checked')).toBeNull();
		expect(document.querySelector('.quiz-so-far')).toBeNull();
	});

	it('opens the plan for all the answers after the last question, without a history step for it', () => {
		mount('/decide/');
		for (const [question, value] of everything) {
			expect(shown()).toBe(question.prompt);
			choose(question, value);
			button('Next').click();
		}

		expect(assign).toHaveBeenCalledTimes(1);
		const url = String(assign.mock.calls[0]![0]);
		expect(new URL(url, location.origin).pathname).toBe('/decide/plan/');
		expect(params(url)).toEqual(params(query(everything)));
		// Back from the plan returns to the last question, not to a step that bounces forward.
		expect(history.state).toEqual({ quizDepth: everything.length - 1 });
		expect(replace).not.toHaveBeenCalled();
	});

	it('goes straight to the plan, replacing its own entry, when a link already answers everything', () => {
		mount(`/decide/${query(everything)}`);

		expect(replace).toHaveBeenCalledTimes(1);
		const url = String(replace.mock.calls[0]![0]);
		expect(new URL(url, location.origin).pathname).toBe('/decide/plan/');
		expect(params(url)).toEqual(params(query(everything)));
		expect(app().childElementCount).toBe(0);
	});

	it('with #open, from the plan, asks again each question answered “not sure”, then returns to the updated plan', () => {
		const unsure = walk(
			(question) => question.answers.find((answer) => answer.unsure) ?? firstSure(question),
		);
		const open = unsure.filter(([question, value]) =>
			question.answers.some((answer) => answer.value === value && answer.unsure),
		);
		expect(open.length).toBeGreaterThan(1);
		mount(`/decide/${query(unsure)}#open`);
		expect(replace).not.toHaveBeenCalled();

		// Each reopened question in the quiz's order, with “not sure” still selected; a sure answer
		// may make new questions relevant, which are asked too.
		const asked: string[] = [];
		for (let guard = 0; guard < 40 && assign.mock.calls.length === 0; guard += 1) {
			const question = decision.questions.find((candidate) => candidate.prompt === shown())!;
			asked.push(question.id);
			choose(question, firstSure(question).value);
			button('Next').click();
		}
		for (const [question] of open) expect(asked).toContain(question.id);
		expect(asked[0]).toBe(open[0]![0].id);
		const url = String(assign.mock.calls[0]![0]);
		expect(new URL(url, location.origin).pathname).toBe('/decide/plan/');
		for (const [question] of open) expect(params(url)[question.id]).toBe(firstSure(question).value);
	});

	it('with #open, a question answered “not sure” again is not asked a second time', () => {
		const unsure = walk(
			(question) => question.answers.find((answer) => answer.unsure) ?? firstSure(question),
		);
		const open = unsure.filter(([question, value]) =>
			question.answers.some((answer) => answer.value === value && answer.unsure),
		);
		mount(`/decide/${query(unsure)}#open`);
		for (const [question, value] of open) {
			expect(shown()).toBe(question.prompt);
			expect(radio(value).checked).toBe(true);
			button('Next').click();
		}
		expect(assign).toHaveBeenCalledTimes(1);
		expect(params(String(assign.mock.calls[0]![0]))).toEqual(params(query(unsure)));
	});

	it('carries a tampered or outdated link that answers everything on to the plan as it came, so the plan shows its notices', () => {
		const full = query(everything).slice(1);
		const withoutVersion = full.replace(/^v=\d+&/, '');
		for (const search of [
			`?${full}&colour=red`,
			`?${full.replace(/^v=\d+/, 'v=99')}`,
			`?${withoutVersion}`,
			`?${full}&${everything[0]![0].id}=${everything[0]![1]}`,
		]) {
			replace.mockClear();
			mount(`/decide/${search}`);
			expect(replace, search).toHaveBeenCalledTimes(1);
			const url = new URL(String(replace.mock.calls[0]![0]), location.origin);
			expect(url.pathname).toBe('/decide/plan/');
			expect(url.search).toBe(search);
			document.body.replaceChildren();
		}
	});

	it('stays on the Edit answers page when the skip link jumps to a fragment', () => {
		mount(`/decide/${query(everything)}#edit`);
		history.pushState(null, '', '#_top');
		window.dispatchEvent(new PopStateEvent('popstate'));
		expect(replace).not.toHaveBeenCalled();
		expect(document.querySelector('.quiz-review')).not.toBeNull();
	});

	it('with #edit, lists every answer, and Change asks that question again with the old answer selected', () => {
		mount(`/decide/${query(everything)}#edit`);
		expect(replace).not.toHaveBeenCalled();
		expect(document.querySelector('.quiz-review h2')!.textContent).toBe('Your answers');
		const items = [...document.querySelectorAll('.quiz-review li')];
		expect(items.map((item) => item.querySelector('strong')!.textContent)).toEqual(
			everything.map(([question, value]) => labelOf(question, value)),
		);
		const plan = document.querySelector<HTMLAnchorElement>('.quiz-review a')!;
		expect(plan.textContent).toBe('Back to your plan');
		expect(params(plan.getAttribute('href')!)).toEqual(params(query(everything)));

		const [question, value] = everything.at(-1)!;
		const change = items.at(-1)!.querySelector('button')!;
		expect(change.getAttribute('aria-label')).toBe(`Change the answer to: ${question.prompt}`);
		change.click();

		expect(shown()).toBe(question.prompt);
		expect(radio(value).checked).toBe(true);
		expect(params(location.href)).toEqual(params(query(everything.slice(0, -1))));
	});

	it('says what a tampered link carried that it could not use, as text, and keeps the rest', async () => {
		const [one] = everything as [Step];
		const bad = '<b>everyone</b>';
		expect(first.answers.map((answer) => answer.value)).not.toContain(bad);
		mount(`/decide/${query([one])}&${first.id}=x&colour=${encodeURIComponent(bad)}`);
		// The notice's words load on demand, only for a link that has something to say.
		await vi.dynamicImportSettled();

		const notice = document.querySelector<HTMLElement>('[data-decision-notice]')!;
		expect(notice.getAttribute('role')).toBe('status');
		expect(notice.querySelector('.decision-notice-title')!.textContent).toBe(
			'Part of this link could not be used',
		);
		expect([...notice.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
			`${first.id} appears more than once in the link; only its first value was used.`,
			'colour is not a question this quiz asks, so it was ignored.',
		]);
		expect(notice.querySelector('li bdi')!.textContent).toBe(first.id);
		expect(notice.querySelector('b')).toBeNull();
		// The usable answer stays: the quiz carries on after it.
		expect(shown()).toBe(nextQuestion(decision, { [one[0].id]: one[1] })!.prompt);

		// The notice is about the link the reader opened; it goes once they act.
		const [question, value] = everything[1]!;
		choose(question, value);
		button('Next').click();
		expect(document.querySelector('[data-decision-notice]')).toBeNull();
	});

	it('quotes an invalid answer in the notice and asks that question', async () => {
		mount(`/decide/?v=${decision.version}&${first.id}=everyone`);
		// The notice's words load on demand, only for a link that has something to say.
		await vi.dynamicImportSettled();
		const item = document.querySelector('[data-decision-notice] li')!;
		expect(item.textContent).toBe(
			`everyone is not an answer to “${first.prompt}”, so that answer was dropped.`,
		);
		expect(item.querySelector('q bdi')!.textContent).toBe('everyone');
		expect(shown()).toBe(first.prompt);
	});

	it('follows the browser’s Back and Forward buttons while on the page', () => {
		const [one, two] = everything as [Step, Step];
		mount('/decide/');
		history.replaceState(null, '', `/decide/${query([one])}`);
		window.dispatchEvent(new PopStateEvent('popstate'));

		expect(shown()).toBe(two[0].prompt);
		expect(document.activeElement).toBe(document.querySelector('.quiz-question'));
	});

	it('stops following the address once removed from the page', () => {
		const quiz = mount('/decide/');
		quiz.remove();
		// Were it still listening, this address would send it to the plan.
		history.replaceState(null, '', `/decide/${query(everything)}`);

		window.dispatchEvent(new PopStateEvent('popstate'));
		expect(replace).not.toHaveBeenCalled();
		expect(quiz.querySelector('legend')!.textContent).toBe(first.prompt);
	});

	it.each([
		['cut short', '{"decision":'],
		['without the decision data', '{}'],
		['null', 'null'],
	])('shows the text version again when the page’s data is %s', (_name, json) => {
		mount('/decide/', json, { afterFirstScript: true });
		expect(app().hidden).toBe(true);
		expect(app().childElementCount).toBe(0);
		expect(document.querySelector('details[data-quiz-text]')!.hasAttribute('open')).toBe(true);
	});
});
