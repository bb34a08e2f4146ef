import { describe, expect, it } from 'vitest';
import { loadDecisionTree } from '../data/load.ts';
import { PUBLISHED_RECOMMENDATION_IDS } from './contract.ts';
import { enumeratePaths, walk } from './engine.ts';
import { decodeAnswers, encodeAnswers } from './url.ts';

const PUBLISHED_IDS: readonly string[] = PUBLISHED_RECOMMENDATION_IDS;

const tree = loadDecisionTree();
const paths = enumeratePaths(tree);

describe('the guide’s decision tree', () => {
	it('ends every root-to-leaf path in a published recommendation', () => {
		console.log(`The decision tree has ${paths.length} root-to-leaf paths.`);
		expect(paths.length).toBeGreaterThan(20);
		for (const path of paths) {
			expect(PUBLISHED_IDS).toContain(path.outcome);
			if (path.inside !== undefined) expect(PUBLISHED_IDS).toContain(path.inside);
		}
	});

	it('recommends every published outcome on at least one path', () => {
		expect(new Set(paths.map((path) => path.outcome))).toEqual(new Set(PUBLISHED_IDS));
	});

	it('never asks a question twice on one path', () => {
		for (const path of paths) {
			const questions = path.steps.map((step) => step.question);
			expect(new Set(questions).size, questions.join(' → ')).toBe(questions.length);
		}
	});

	it('reproduces every path’s outcome from its share link', () => {
		for (const path of paths) {
			const query = encodeAnswers(path.steps.map((step) => [step.question, step.value]), tree.version);
			const { answers, notices } = decodeAnswers(query, tree);
			expect(notices).toEqual([]);
			const result = walk(tree, answers);
			expect(result).toEqual(path);
		}
	});

	it('keeps the share-link keys and values that links in the wild rely on', () => {
		const contract = Object.fromEntries(tree.questions.map((question) => [question.id, question.answers.map((answer) => answer.value)]));
		expect(contract).toMatchObject({
			tenants: ['single-team', 'internal-teams', 'external-customers'],
			'api-access': ['yes', 'no'],
			'untrusted-code': ['yes', 'no'],
			compliance: ['none', 'moderate', 'strict'],
			'cluster-scoped': ['yes', 'no'],
			performance: ['shared-ok', 'isolated'],
			environments: ['shared', 'separate-prod'],
			regions: ['one', 'several'],
			ops: ['small', 'platform-team'],
			'tenant-count': ['few', 'many'],
			budget: ['tight', 'flexible'],
		});
	});
});

describe('recommendations experts would sign', () => {
	const outcomeOf = (query: string) => {
		const result = walk(tree, decodeAnswers(query, tree).answers);
		return result.done ? result.outcome : `unfinished at ${result.question}`;
	};

	it('never contains untrusted code with namespaces alone', () => {
		for (const path of paths.filter((candidate) => candidate.steps.some((step) => step.question === 'untrusted-code' && step.value === 'yes'))) {
			expect(['namespaces', 'hardened-namespaces']).not.toContain(path.outcome);
		}
	});

	it('gives a regulated scope of several tenants a cluster of its own', () => {
		expect(outcomeOf('v=1&tenants=internal-teams&compliance=strict')).toBe('cluster-per-tenant');
		expect(outcomeOf('v=1&tenants=external-customers&compliance=strict')).toBe('cluster-per-tenant');
	});

	it('gives tenants who need cluster-scoped freedom a control plane of their own', () => {
		const base = 'v=1&tenants=internal-teams&compliance=moderate&untrusted-code=no&cluster-scoped=yes';
		expect(outcomeOf(`${base}&ops=small`)).toBe('virtual-clusters');
		expect(outcomeOf(`${base}&ops=platform-team&tenant-count=few`)).toBe('cluster-per-tenant');
	});

	it('pushes many tenants on a tight budget toward sharing a host', () => {
		expect(outcomeOf('v=1&tenants=external-customers&compliance=none&api-access=yes&ops=platform-team&tenant-count=many&budget=tight')).toBe('virtual-clusters');
		expect(outcomeOf('v=1&tenants=external-customers&compliance=none&api-access=yes&ops=platform-team&tenant-count=many&budget=flexible')).toBe('cluster-per-tenant');
	});

	it('keeps a small team of trusted internal teams on one cluster', () => {
		expect(
			outcomeOf('v=1&tenants=internal-teams&compliance=none&api-access=no&untrusted-code=no&cluster-scoped=no&regions=one&environments=shared&performance=shared-ok'),
		).toBe('namespaces');
	});
});
