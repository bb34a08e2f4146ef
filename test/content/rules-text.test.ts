/**
 * The rules as readers without JavaScript get them (/decide/ and /decide/tree/): every sentence
 * built from the real rules reads as a person would write it.
 */
import { describe, expect, it } from 'vitest';
import { loadGuideData } from '../../src/lib/data/load.ts';
import { decisionRecord } from '../../src/lib/decision/adr.ts';
import { describeCondition, describeEffect } from '../../src/lib/decision/describe.ts';
import { explainPlan } from '../../src/lib/decision/explain.ts';
import { decodeAnswers } from '../../src/lib/decision/url.ts';

const { decision } = loadGuideData();

/** A run of four or more words said twice in a row, with at most a comma, “or” or “and” between. */
const SAID_TWICE = /\b((?:[\w’'“”-]+\s+){3,}[\w’'“”-]+)[,\s]+(?:(?:or|and)\s+)?\1\b/i;

const sentences = [
	...decision.rules.map((rule) => {
		const effect = describeEffect(decision, rule).text;
		const within = rule.within ? ` within ${describeCondition(decision, rule.within)}` : '';
		return `${rule.id}: If ${describeCondition(decision, rule.when)}${within}, then ${effect}.`;
	}),
	...decision.questions.flatMap((question) =>
		question.askIf
			? [`${question.id}: asked if ${describeCondition(decision, question.askIf)}.`]
			: [],
	),
];

describe('the rules text', () => {
	it('puts every condition and effect into words, with no id or empty part left', () => {
		expect(sentences.length).toBeGreaterThan(decision.rules.length);
		expect(
			sentences.filter((sentence) =>
				/\b(undefined|null)\b|If ,|, then \.|then the plan adds ,/.test(sentence),
			),
		).toEqual([]);
	});

	it('never says the same words twice in a row', () => {
		expect(sentences.filter((sentence) => SAID_TWICE.test(sentence))).toEqual([]);
	});

	it('places a layer once: a layer whose name says where it goes is not placed again', () => {
		const layers = decision.rules.flatMap((rule) =>
			'layer' in rule ? [describeEffect(decision, rule).text] : [],
		);
		expect(layers.length).toBeGreaterThan(0);
		expect(layers.filter((text) => /\s(in|inside)\s.*\s(in|inside) the\s/.test(text))).toEqual([]);
	});

	it('catches the repetition it guards against', () => {
		expect(
			SAID_TWICE.test('the plan adds clusters for the regulated scope, for the regulated scope'),
		).toBe(true);
		expect(
			SAID_TWICE.test(
				'If either the plan has a cluster for every tenant or the plan has a cluster for every tenant',
			),
		).toBe(true);
		expect(
			SAID_TWICE.test(
				'the answer to “Who shares it” is “External customers” and the answer to “Budget”',
			),
		).toBe(false);
	});
});

describe('the decision record', () => {
	it('says whom each kind of cluster is for once', () => {
		const query =
			'tenants=internal-teams&tenant-count=many&api-access=yes&untrusted-code=no&node-level=no&compliance=strict&cluster-scoped=no&performance=shared-ok&environments=separate-prod&regions=one&scale=small&ops=small';
		const { answers } = decodeAnswers(`?v=${decision.version}&${query}`, decision);
		const record = decisionRecord({
			data: decision,
			answers,
			view: explainPlan(decision, answers),
			link: 'https://example.org/decide/plan/',
			date: '2026-12-03',
			pageSources: [],
		});
		expect(record).toMatch(/clusters? for the regulated scope\*\*/);
		expect(record.split('\n').filter((line) => SAID_TWICE.test(line.replaceAll('*', '')))).toEqual(
			[],
		);
	});
});
