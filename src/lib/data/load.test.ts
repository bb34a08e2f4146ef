import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLISHED_RECOMMENDATION_IDS } from '../decision/contract.ts';
import { loadGuideData, OPTIONS_FILE, QUESTIONS_FILE, RULES_FILE } from './load.ts';

/** A scratch copy of the guide's data with one file edited. */
function projectWith(file: string, edit: (text: string) => string): string {
	const root = mkdtempSync(join(tmpdir(), 'guide-data-'));
	cpSync('content/data', join(root, 'content/data'), { recursive: true });
	cpSync('content/decision', join(root, 'content/decision'), { recursive: true });
	writeFileSync(join(root, file), edit(readFileSync(join(root, file), 'utf8')));
	return root;
}
const failure = (root: string) => {
	try {
		loadGuideData(root);
	} catch (error) {
		return String(error);
	}
	return '';
};

describe('loadGuideData', () => {
	it('accepts the guide’s own data and publishes every option', () => {
		const { options, decision } = loadGuideData();
		expect(options.options.map((option) => option.id).sort()).toEqual(
			[...PUBLISHED_RECOMMENDATION_IDS].sort(),
		);
		expect(decision.options).toHaveLength(options.options.length);
	});

	it('names the file and the field of a missing value', () => {
		const root = projectWith(OPTIONS_FILE, (text) =>
			text.replace(/\n {4}summary: >-\n(?: {6}.*\n)+/, '\n'),
		);
		expect(failure(root)).toMatch(
			/content\/data\/options\.yaml: options\[0\]\.summary: Invalid input/,
		);
	});

	it('names a rule that points at an answer that does not exist', () => {
		const root = projectWith(RULES_FILE, (text) => {
			const leaf = "untrusted-code: ['yes', all], node-level";
			// The edit must land, or the test would pass on untouched data.
			if (!text.includes(leaf)) throw new Error('untrusted-privileged is written differently now');
			return text.replace(leaf, "untrusted-code: ['yess', all], node-level");
		});
		expect(failure(root)).toMatch(
			/content\/decision\/rules\.yaml: rules\[\d+\]\.when\.untrusted-code\[0\]: “yess” is not an answer to “untrusted-code”/,
		);
	});

	it('names a rule that refers to an unknown rule, group or option', () => {
		const root = projectWith(RULES_FILE, (text) =>
			text
				.replace('{ rule: own-control-plane }', '{ rule: own-control-plan }')
				.replace('group: scope', 'group: scop'),
		);
		const message = failure(root);
		expect(message).toContain('unknown rule “own-control-plan”');
		expect(message).toMatch(/rules\[\d+\]\.group: unknown group “scop”/);
	});

	it('names a group kept by a split that does not exist', () => {
		const root = projectWith(RULES_FILE, (text) => {
			if (!text.includes('keptBy: [sites]'))
				throw new Error('the shared group is written differently now');
			return text.replace('keptBy: [sites]', 'keptBy: [site]');
		});
		expect(failure(root)).toMatch(
			/content\/decision\/rules\.yaml: groups\[0\]\.keptBy\[0\]: unknown split “site”/,
		);
	});

	it('names a group kept by a split although nothing covers it', () => {
		const root = projectWith(RULES_FILE, (text) => {
			const covered = '    coveredBy: [tenants]\n    keptBy: [sites]\n';
			if (!text.includes(covered)) throw new Error('the shared group is written differently now');
			return text.replace(covered, '    keptBy: [sites]\n');
		});
		expect(failure(root)).toMatch(
			/content\/decision\/rules\.yaml: groups\[0\]\.keptBy: keeps a group that no other group covers/,
		);
	});

	it('rejects rules that depend on each other in a circle', () => {
		const anchor = '  - id: own-control-plane\n    when:\n      all:\n';
		const root = projectWith(RULES_FILE, (text) => {
			// The edit must land, or the test would pass on untouched data.
			if (!text.includes(anchor)) throw new Error('own-control-plane is written differently now');
			return text.replace(anchor, `${anchor}        - { rule: virtual-control-planes }\n`);
		});
		expect(failure(root)).toMatch(/rules depend on each other in a circle: .*own-control-plane/);
	});

	it('rejects a question whose askIf uses a later question, and a misspelt field', () => {
		const later = projectWith(QUESTIONS_FILE, (text) =>
			text.replace('askIf: { tenants: [external-customers] }', 'askIf: { ops: [small] }'),
		);
		expect(failure(later)).toMatch(
			/questions\.yaml: questions\[\d+\]\.askIf\.ops: “ops” is asked later/,
		);
		const typo = projectWith(QUESTIONS_FILE, (text) =>
			text.replace('    short: Who shares it', '    shrt: Who shares it'),
		);
		expect(failure(typo)).toMatch(/questions\.yaml: questions\[0\]: Unrecognized key: "shrt"/);
	});

	it('rejects a review date that is not a real day, or lies in the future', () => {
		expect(
			failure(
				projectWith(RULES_FILE, (text) => text.replace(/^reviewed: .*$/m, 'reviewed: 2026-02-30')),
			),
		).toContain('“2026-02-30” is not a calendar date');
		expect(
			failure(
				projectWith(RULES_FILE, (text) => text.replace(/^reviewed: .*$/m, 'reviewed: 2999-01-01')),
			),
		).toContain('is in the future');
	});

	it('reports YAML syntax errors with the file name', () => {
		expect(failure(projectWith(QUESTIONS_FILE, () => 'questions: [\n'))).toMatch(
			/content\/decision\/questions\.yaml: /,
		);
	});
});
