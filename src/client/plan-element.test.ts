// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPages } from '../lib/content/pages.ts';
import { loadGuideData } from '../lib/data/load.ts';
import type { ClientData, PageSource } from '../lib/decision/client-data.ts';
import { PUBLISHED_RECOMMENDATION_IDS } from '../lib/decision/contract.ts';
import { answerWords, verdictWords, warningTitle, warningWords } from '../lib/decision/words.ts';
import { explainPlan, feeSketch, type PlanView } from '../lib/decision/explain.ts';
import { formatCount } from '../lib/decision/plan.ts';
import { nextQuestion } from '../lib/decision/path.ts';
import type { Answer, Answers, Question } from '../lib/decision/types.ts';
import './plan-element.ts';

const { decision } = loadGuideData();
const first = decision.questions[0]!;

/** The plan page's own sources, which PlanResult.astro passes on for the decision record. */
const planPage = readPages('content/docs/decide').find((page) => page.file.endsWith('plan.mdx'))!;
const sources = ((planPage.frontmatter['sources'] ?? []) as PageSource[]).map(({ title, url }) => ({
	title,
	url,
}));
/** The JSON DecisionData.astro embeds, escaped the same way. */
const clientJson = JSON.stringify({ decision, sources } satisfies ClientData).replace(
	/</g,
	'\\u003c',
);

/**
 * What PlanResult.astro renders, without its inline scripts. Parsed apart and then inserted, so
 * the element connects with its children, as after the page's deferred module script runs.
 */
function mount(url: string, json = clientJson, { afterFirstScript = false } = {}): HTMLElement {
	history.replaceState(null, '', url);
	const template = document.createElement('template');
	// afterFirstScript: as the page's inline script leaves it, the panel's frame shown (and, for a
	// link with a query, held open while the plan is drawn).
	template.innerHTML = `<decision-plan>
	<p class="decision-notice">Your answers are in this page’s address, but turning them into a plan happens in your browser.</p>
	<section class="decision-result${afterFirstScript && url.includes('?') ? ' plan-pending' : ''}" data-plan-panel data-pagefind-ignore aria-labelledby="plan-heading"${afterFirstScript ? '' : ' hidden'}>
		<div data-plan-empty>
			<h2 id="plan-heading">No answers yet</h2>
			<p>This page shows the plan for the answers in its address. Take the quiz to get yours.</p>
			<p><a class="quiz-primary result-button" href="/decide/">Take the quiz</a></p>
		</div>
	</section>
	<script type="application/json" data-decision-data>${json}</script>
</decision-plan>`;
	document.body.append(template.content);
	return document.querySelector<HTMLElement>('[data-plan-panel]')!;
}

/** The answers the quiz collects when each question it asks is answered by `pick`. */
function walk(pick: (question: Question, step: number) => Answer): Answers {
	const answers: Record<string, string> = {};
	for (let step = 0, question = nextQuestion(decision, answers); question; step += 1) {
		answers[question.id] = pick(question, step).value;
		question = nextQuestion(decision, answers);
	}
	return answers;
}
const sure = (question: Question) => question.answers.filter((answer) => !answer.unsure);
/** Readers answering in different ways, for plans of different shapes. */
const readers = {
	'first answers': walk((question) => sure(question)[0]!),
	'last answers': walk((question) => sure(question).at(-1)!),
	'unsure where offered': walk(
		(question) => question.answers.find((answer) => answer.unsure) ?? sure(question)[0]!,
	),
	'answers in turn': walk((question, step) => sure(question)[step % sure(question).length]!),
	'answers in turn, shifted': walk(
		(question, step) => sure(question)[(step + 1) % sure(question).length]!,
	),
	// Needs that exceed a limit: several teams with their own CRDs, a small team, a tight budget.
	'beyond a limit': walk((question) => {
		const wanted: Record<string, string> = {
			tenants: 'internal-teams',
			'tenant-count': 'two-or-three',
			'cluster-scoped': 'yes',
			ops: 'small',
			budget: 'tight',
		};
		return (
			sure(question).find((answer) => answer.value === wanted[question.id]) ?? sure(question)[0]!
		);
	}),
};
const everything = readers['first answers'];
/** The engine's explanation of each reader's answers, worked out once: the slow part. */
const views = new Map<Answers, PlanView>();
const explained = (answers: Answers) => {
	if (!views.has(answers)) views.set(answers, explainPlan(decision, answers));
	return views.get(answers)!;
};

const query = (answers: Answers) =>
	`?${new URLSearchParams([['v', String(decision.version)], ...Object.entries(answers)])}`;
const params = (url: string) =>
	Object.fromEntries(new URL(url, location.origin).searchParams.entries());
const summary = () => document.querySelector<HTMLElement>('[data-plan]')!;
const notice = () => document.querySelector<HTMLElement>('[data-decision-notice]');
const button = (name: string) =>
	[...document.querySelectorAll<HTMLButtonElement>('decision-plan button')].find(
		(candidate) => candidate.textContent === name,
	)!;
const link = (name: string) =>
	[...document.querySelectorAll<HTMLAnchorElement>('decision-plan a')].find(
		(candidate) => candidate.textContent === name,
	)!;
const status = () => document.querySelector('.result-status')!.textContent;
const optionIds = (selector: string) =>
	[...document.querySelectorAll<HTMLAnchorElement>(`${selector} a[href^="/recommendations/"]`)].map(
		(anchor) => /^\/recommendations\/([^/]+)\/$/.exec(anchor.getAttribute('href')!)?.[1],
	);

afterEach(() => {
	document.body.replaceChildren();
	vi.restoreAllMocks();
	vi.useRealTimers();
});

describe('<decision-plan>', () => {
	it('puts the verdict first, with the parts and the cluster count for tools', () => {
		const view = explained(everything);
		const panel = mount(`/decide/plan/${query(everything)}`);

		expect(panel.hidden).toBe(false);
		expect(panel.firstElementChild).toBe(summary());
		expect(summary().querySelector('h2')!.textContent).toBe('Your plan');
		expect(summary().querySelector('.plan-verdict')!.textContent).toBe(`${verdictWords(view)}.`);
		expect(summary().dataset['clusters']).toBe(formatCount(view.count));
		expect(summary().dataset['clusters']).toMatch(/^\d+(\+|-\d+)?$/);
		expect(summary().dataset['plan']).toBe(view.parts.map((part) => part.option.id).join(' '));
		expect(notice()).toBeNull();
	});

	it('draws each group of clusters with the layers inside, and each part of the plan under its own heading', () => {
		const answers = readers['last answers'];
		const view = explained(answers);
		mount(`/decide/plan/${query(answers)}`);

		const groups = [...document.querySelectorAll('.plan-group')];
		expect(groups.map((group) => group.getAttribute('aria-label'))).toEqual(
			view.groups.map((group) => `${formatCount(group.count)} ${group.name}`),
		);
		for (const [index, group] of view.groups.entries())
			expect(
				[...groups[index]!.querySelectorAll('.plan-layers li')].map((item) => item.textContent),
			).toEqual(
				group.layers.map((layer) => `${layer.short}${layer.conditional ? ' (conditional)' : ''}`),
			);
		const headings = [...document.querySelectorAll('[data-plan-panel] section[aria-labelledby]')]
			.map((section) => document.getElementById(section.getAttribute('aria-labelledby')!))
			.map((heading) => heading?.textContent);
		expect(headings).toEqual(
			expect.arrayContaining([
				'Why each part',
				'What would change it',
				'Not in your plan',
				'Cost sketch: control-plane fees only',
			]),
		);
		expect(optionIds('.plan-parts > li > strong')).toEqual(
			view.parts.map((part) => part.option.id),
		);
	});

	it.each(Object.entries(readers))(
		'accounts for every published option, in the plan or under “Not in your plan” (%s)',
		(_name, answers) => {
			mount(`/decide/plan/${query(answers)}`);
			const shown = [
				...optionIds('.plan-parts > li > strong'),
				...optionIds('.plan-absent li > strong'),
			];
			expect(shown.toSorted()).toEqual([...PUBLISHED_RECOMMENDATION_IDS].toSorted());
		},
	);

	it.each(Object.entries(readers))(
		'shows the warnings, notes, changes and fees the rules give (%s)',
		(_name, answers) => {
			const view = explained(answers);
			mount(`/decide/plan/${query(answers)}`);

			expect(summary().dataset['clusters']).toBe(formatCount(view.count));
			expect(
				[...document.querySelectorAll('.plan-warning')].map((warning) => warning.textContent),
			).toEqual(
				view.warnings.map(
					(warning) =>
						`${warningTitle(warning.kind)}${warningWords(warning)} Source.${
							warning.answers.length > 0
								? ` Your answers: ${warning.answers.map(answerWords).join('; ')}.`
								: ''
						}`,
				),
			);
			expect(document.querySelectorAll('#plan-notes + ul > li')).toHaveLength(view.notes.length);
			expect(document.querySelectorAll('.plan-changes > li')).toHaveLength(view.changes.length);
			if (view.changes.length === 0)
				expect(document.querySelector('[aria-labelledby="plan-change"]')!.textContent).toContain(
					'No single different answer would change this plan.',
				);
			expect(
				[...document.querySelectorAll('.plan-absent li')].map((item) =>
					item.getAttribute('data-absent'),
				),
			).toEqual(view.absent.map((absence) => absence.kind));
			expect(document.querySelectorAll('.plan-table tbody tr')).toHaveLength(
				feeSketch(decision, view.hosting.managed).length,
			);
		},
	);

	it('spans the kinds of plan the rules can give, so the cases above cover each kind', () => {
		const views = Object.values(readers).map(explained);
		expect(views.some((view) => view.warnings.length > 0)).toBe(true);
		expect(views.some((view) => view.notes.length > 0)).toBe(true);
		expect(new Set(views.flatMap((view) => view.absent.map((absence) => absence.kind)))).toEqual(
			new Set(['covered', 'limit', 'not-needed']),
		);
		expect(views.some((view) => view.count.max === undefined)).toBe(true);
	});

	it('marks what depends on an unsure answer as conditional, and links back to the open questions', () => {
		const answers = readers['unsure where offered'];
		const view = explained(answers);
		expect(view.unsure.length).toBeGreaterThan(0);
		mount(`/decide/plan/${query(answers)}`);

		const uncertain = document.querySelector('.plan-uncertain')!;
		expect(uncertain.textContent).toContain(
			`You were not sure about: ${view.unsure.map((question) => `“${question.short}”`).join(', ')}.`,
		);
		expect(summary().dataset['planConditional']).toBe(
			view.parts
				.filter((part) => part.conditional)
				.map((part) => part.option.id)
				.join(' '),
		);
		expect(document.querySelectorAll('.plan-conditional').length).toBeGreaterThan(0);
		const open = link('Answer the open questions').getAttribute('href')!;
		expect(new URL(open, location.origin).pathname).toBe('/decide/');
		expect(new URL(open, location.origin).hash).toBe('#open');
		expect(params(open)).toEqual(params(query(answers)));
	});

	it('reads the relevant questions a link leaves out as “I’m not sure”, and names them', () => {
		const answers = { [first.id]: sure(first)[0]!.value };
		const skipped = nextQuestion(decision, answers)!;
		mount(`/decide/plan/${query(answers)}`);

		const assumed = document.querySelector<HTMLElement>('[data-plan-assumed]')!;
		expect(assumed.dataset['planAssumed']!.split(' ')).toContain(skipped.id);
		expect(assumed.textContent).toContain('Not answered, so read as “I’m not sure”');
		expect(assumed.textContent).toContain(`“${skipped.short}”`);
	});

	it('says what a tampered link carried and, with no usable answer left, offers the quiz', async () => {
		expect(first.answers.map((answer) => answer.value)).not.toContain('everyone');
		const panel = mount(`/decide/plan/?v=${decision.version}&${first.id}=everyone`, clientJson, {
			afterFirstScript: true,
		});
		// The notice's words load on demand, only for a link that has something to say.
		await vi.dynamicImportSettled();

		expect(document.getElementById('plan-heading')!.textContent).toBe('No answers yet');
		// The frame held for a plan lets the page's words for a link without answers show.
		expect(panel.classList.contains('plan-pending')).toBe(false);
		expect(panel.querySelector('[data-plan]')).toBeNull();
		expect(notice()!.textContent).toContain(
			`everyone is not an answer to “${first.prompt}”, so that answer was dropped.`,
		);
		expect(notice()!.querySelector('bdi')!.textContent).toBe('everyone');
		expect(link('Take the quiz').getAttribute('href')).toBe('/decide/');
	});

	it('without answers, offers the quiz and warns of nothing', () => {
		mount('/decide/plan/');
		expect(document.getElementById('plan-heading')!.textContent).toBe('No answers yet');
		expect(notice()).toBeNull();
		expect(link('Take the quiz').getAttribute('href')).toBe('/decide/');
	});

	it('keeps the usable answers of a tampered link and says what it dropped', async () => {
		mount(`/decide/plan/${query(everything)}&colour=red`);
		// The notice's words load on demand, only for a link that has something to say.
		await vi.dynamicImportSettled();
		expect(summary().dataset['plan']).toBe(
			explained(everything)
				.parts.map((part) => part.option.id)
				.join(' '),
		);
		expect(notice()!.querySelector('.decision-notice-title')!.textContent).toBe(
			'Part of this link could not be used',
		);
		expect(notice()!.textContent).toContain('colour is not a question this quiz asks');
	});

	it('says when a link was made with an earlier version of the quiz, and still shows its plan', async () => {
		// The same data one version on: today's link is then an older version's, whatever today's is.
		const next = JSON.stringify({
			decision: { ...decision, version: decision.version + 1 },
			sources,
		} satisfies ClientData).replace(/</g, '\\u003c');
		mount(`/decide/plan/${query(everything)}`, next);
		// The notice's words load on demand, only for a link that has something to say.
		await vi.dynamicImportSettled();
		expect(notice()!.querySelector('.decision-notice-title')!.textContent).toBe(
			'This link was made with an earlier version of the quiz',
		);
		expect(summary().dataset['plan']).toBe(
			explained(everything)
				.parts.map((part) => part.option.id)
				.join(' '),
		);
	});

	it('copies a link without tracking parameters that gives the same plan to whoever opens it', async () => {
		mount(`/decide/plan/${query(everything)}&utm_source=chat&fbclid=x`);
		expect(notice()).toBeNull();
		const plan = summary().dataset['plan'];

		button('Copy link').click();
		await vi.waitFor(() => expect(status()).toBe('Link copied. Whoever opens it gets this plan.'));
		const copied = await navigator.clipboard.readText();
		expect(copied).not.toMatch(/utm_source|fbclid/);
		expect(new URL(copied).origin).toBe(location.origin);
		expect(new URL(copied).pathname).toBe('/decide/plan/');
		expect(params(copied)).toEqual(params(query(everything)));
		expect(document.querySelector('.plan-link a')!.getAttribute('href')).toBe(copied);

		document.body.replaceChildren();
		mount(copied);
		expect(summary().dataset['plan']).toBe(plan);
	});

	it('shows the link to copy by hand when the clipboard refuses', async () => {
		vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('not allowed'));
		mount(`/decide/plan/${query(everything)}`);

		button('Copy link').click();
		await vi.waitFor(() => expect(status()).toBe('Copy this link:'));
		const field = document.querySelector<HTMLInputElement>('.result-status input')!;
		expect(field.readOnly).toBe(true);
		expect(field.getAttribute('aria-label')).toBe('Link to this plan');
		expect(params(field.value)).toEqual(params(query(everything)));
	});

	it('downloads a decision record with the verdict, the answers, the link and the page’s sources', async () => {
		const view = explained(everything);
		const created = vi.spyOn(URL, 'createObjectURL');
		const revoked = vi.spyOn(URL, 'revokeObjectURL');
		const downloads: { name: string; href: string }[] = [];
		// Stand in for the browser's download: note the file and keep happy-dom from navigating.
		const save = (event: Event) => {
			if (!(event.target instanceof HTMLAnchorElement) || !event.target.hasAttribute('download'))
				return;
			event.preventDefault();
			downloads.push({ name: event.target.download, href: event.target.href });
		};
		document.addEventListener('click', save, true);
		vi.useFakeTimers({ toFake: ['setTimeout'] });
		mount(`/decide/plan/${query(everything)}`);

		button('Download decision record').click();
		await vi.waitFor(() => expect(status()).toMatch(/^Decision record saved as /));
		document.removeEventListener('click', save, true);

		expect(downloads).toHaveLength(1);
		const [{ name, href }] = downloads as [{ name: string; href: string }];
		expect(name).toMatch(
			new RegExp(`^decision-record-${view.parts[0]!.option.id}-\\d{4}-\\d{2}-\\d{2}\\.md$`),
		);
		expect(status()).toBe(`Decision record saved as ${name}.`);
		expect(document.querySelector('a[download]')).toBeNull();
		const blob = created.mock.calls[0]![0] as Blob;
		expect(blob.type).toBe('text/markdown;charset=utf-8');
		const record = await blob.text();
		expect(record).toContain(`- Decision: ${verdictWords(view)}`);
		const shareUrl = new URL(`/decide/plan/${query(everything)}`, location.origin).href;
		expect(record).toContain(
			`- Link to this plan: <${document.querySelector('.plan-link a')!.getAttribute('href')}>`,
		);
		expect(params(document.querySelector('.plan-link a')!.getAttribute('href')!)).toEqual(
			params(shareUrl),
		);
		for (const question of decision.questions.filter((candidate) =>
			Object.hasOwn(everything, candidate.id),
		))
			expect(record).toContain(
				`| ${question.prompt} | ${question.answers.find((answer) => answer.value === everything[question.id])!.label} |`,
			);
		expect(sources.length).toBeGreaterThan(0);
		for (const source of sources) expect(record).toContain(`- [${source.title}](${source.url})`);

		// The file's object URL is freed once the browser has had time to start the download.
		expect(revoked).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1000);
		expect(revoked).toHaveBeenCalledWith(href);
	});

	it('opens the print dialog with Print, and the quiz at the same answers with Edit answers', () => {
		const print = vi.fn();
		vi.stubGlobal('print', print);
		mount(`/decide/plan/${query(everything)}`);

		button('Print').click();
		expect(print).toHaveBeenCalledTimes(1);
		vi.unstubAllGlobals();

		const edit = link('Edit answers').getAttribute('href')!;
		const url = new URL(edit, location.origin);
		expect(url.pathname).toBe('/decide/');
		expect(url.hash).toBe('#edit');
		expect(params(edit)).toEqual(params(query(everything)));
	});

	it('hides the empty frame the page’s first script showed when its data is unreadable', () => {
		const panel = mount(`/decide/plan/${query(everything)}`, '', { afterFirstScript: true });
		expect(panel.hidden).toBe(true);
		expect(panel.querySelector('[data-plan]')).toBeNull();
	});
});

describe('the starter kit section', () => {
	const field = () => document.querySelector<HTMLTextAreaElement>('#kit-tenants')!;
	const kitButton = () => button('Download starter kit');
	const type = (text: string) => {
		field().value = text;
		field().dispatchEvent(new Event('input'));
	};
	const describedBy = () =>
		field()
			.getAttribute('aria-describedby')!
			.split(' ')
			.map((id) => document.getElementById(id)?.textContent ?? '')
			.join(' ');

	it('comes right after the cost sketch, pre-filled with tenant names and ready to download', () => {
		mount(`/decide/plan/${query(everything)}`);
		const kit = document.querySelector('section[aria-labelledby="plan-kit"]')!;
		expect(kit.previousElementSibling?.getAttribute('aria-labelledby')).toBe('plan-cost');
		expect(field().value.split('\n')[0]).toBe('tenant-a');
		expect(document.querySelector<HTMLSelectElement>('#kit-provider')!.labels[0]?.textContent).toBe(
			'Where the clusters run',
		);
		expect(kitButton().disabled).toBe(false);
	});

	it.each([
		['a name that is not a DNS-1123 label', 'tenant-a\na: b', '“a: b” is not a valid name'],
		['a duplicate', 'tenant-a\ntenant-a', '“tenant-a” is listed twice'],
		[
			'more than 100 names',
			Array.from({ length: 101 }, (_, i) => `t${i}`).join('\n'),
			'At most 100',
		],
	])('refuses %s beside the field and disables the button', (_case, text, message) => {
		mount(`/decide/plan/${query(everything)}`);
		type(text);
		expect(field().getAttribute('aria-invalid')).toBe('true');
		expect(describedBy()).toContain(message);
		expect(kitButton().disabled).toBe(true);
		type('tenant-a\nshop');
		expect(field().getAttribute('aria-invalid')).toBe('false');
		expect(kitButton().disabled).toBe(false);
	});

	it('saves a zip named after the plan, holding the README and each tenant’s folder', async () => {
		const view = explained(everything);
		const created = vi.spyOn(URL, 'createObjectURL');
		const names: string[] = [];
		const save = (event: Event) => {
			if (!(event.target instanceof HTMLAnchorElement) || !event.target.hasAttribute('download'))
				return;
			event.preventDefault();
			names.push(event.target.download);
		};
		document.addEventListener('click', save, true);
		mount(`/decide/plan/${query(everything)}`);
		type('shop\nbilling');
		kitButton().click();
		const status = () =>
			document.querySelector('section[aria-labelledby="plan-kit"] [role="status"]')!;
		await vi.waitFor(() => expect(status().textContent).toMatch(/^Starter kit saved as /), {
			timeout: 20_000,
		});
		document.removeEventListener('click', save, true);

		expect(names).toEqual([`starter-kit-${view.parts[0]!.option.id}.zip`]);
		const blob = created.mock.calls[0]![0] as Blob;
		const { unzipSync, strFromU8 } = await import('fflate');
		const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
		expect(strFromU8(files['README.md']!)).toContain(verdictWords(view));
		expect(Object.keys(files)).toEqual(
			expect.arrayContaining(['tenants/shop/namespace.yaml', 'tenants/billing/namespace.yaml']),
		);
	});
});
