import { describe, expect, it } from 'vitest';
import { loadDecisionTree } from '../data/load.ts';
import { answersFrom, enumeratePaths, remainingDepth, walk, whatWouldChange, whyNot, type Result } from './engine.ts';
import { decodeAnswers } from './url.ts';

const tree = loadDecisionTree();
const answersOf = (query: string) => decodeAnswers(query, tree).answers;
const resultOf = (query: string): Result => {
	const result = walk(tree, answersOf(query));
	if (!result.done) throw new Error(`unfinished at ${result.question}`);
	return result;
};

const hardened = 'v=1&tenants=internal-teams&compliance=moderate&untrusted-code=no&cluster-scoped=no&regions=one&environments=shared&performance=shared-ok';

describe('walk', () => {
	it('stops at the first question the answers do not cover', () => {
		const partial = walk(tree, answersOf('v=1&tenants=internal-teams'));
		expect(partial).toEqual({
			done: false,
			node: 'internal-compliance',
			question: 'compliance',
			steps: [{ node: 'who', question: 'tenants', value: 'internal-teams' }],
		});
	});

	it('ignores answers the path does not use', () => {
		expect(resultOf(`${hardened}&budget=tight&ops=small`)).toEqual(resultOf(hardened));
	});

	it('treats an answer that is not a branch as unanswered instead of failing', () => {
		const result = walk(tree, { tenants: 'constructor' });
		expect(result).toMatchObject({ done: false, question: 'tenants', steps: [] });
	});
});

describe('answersFrom', () => {
	it('turns a finished path back into answers that reach the same result', () => {
		for (const path of enumeratePaths(tree)) expect(walk(tree, answersFrom(path.steps))).toEqual(path);
	});
});

describe('whyNot', () => {
	it('gives, for every other outcome, the first answer that ruled it out', () => {
		const result = resultOf(hardened);
		const rejected = whyNot(tree, result);
		expect(rejected.map((entry) => entry.outcome).sort()).toEqual(
			['namespaces', 'dedicated-nodes', 'virtual-clusters', 'cluster-per-environment', 'cluster-per-tenant', 'regional-clusters'].sort(),
		);
		const byOutcome = Object.fromEntries(rejected.map((entry) => [entry.outcome, `${entry.step.question}=${entry.step.value}`]));
		expect(byOutcome).toEqual({
			namespaces: 'compliance=moderate',
			'cluster-per-tenant': 'cluster-scoped=no',
			'dedicated-nodes': 'performance=shared-ok',
			'virtual-clusters': 'cluster-scoped=no',
			'cluster-per-environment': 'environments=shared',
			'regional-clusters': 'regions=one',
		});
	});

	it('does not list the tenancy model that applies inside the recommended clusters', () => {
		const result = resultOf('v=1&tenants=single-team&untrusted-code=no&regions=one&compliance=none&environments=separate-prod');
		expect(result).toMatchObject({ outcome: 'cluster-per-environment', inside: 'namespaces' });
		expect(whyNot(tree, result).map((entry) => entry.outcome)).not.toContain('namespaces');
	});
});

describe('whatWouldChange', () => {
	it('finds the change closest to the result that flips it', () => {
		const flip = whatWouldChange(tree, answersOf(hardened), resultOf(hardened));
		expect(flip).toMatchObject({ step: { question: 'performance' }, value: 'isolated', resolved: true, outcome: 'dedicated-nodes' });
	});

	it('uses answers the link carries beyond the path', () => {
		const query = 'v=1&tenants=internal-teams&compliance=moderate&untrusted-code=no&cluster-scoped=yes&ops=small';
		const flip = whatWouldChange(tree, answersOf(`${query}&tenant-count=few`), resultOf(query));
		expect(flip).toMatchObject({ step: { question: 'ops' }, value: 'platform-team', resolved: true, outcome: 'cluster-per-tenant' });
	});

	it('gives a flip for every path in the tree', () => {
		for (const path of enumeratePaths(tree)) {
			const answers = Object.fromEntries(path.steps.map((step) => [step.question, step.value]));
			expect(whatWouldChange(tree, answers, path), path.steps.map((step) => step.value).join(' → ')).toBeDefined();
		}
	});
});

describe('remainingDepth', () => {
	it('counts the most questions left from the start', () => {
		expect(remainingDepth(tree, tree.start)).toBe(Math.max(...enumeratePaths(tree).map((path) => path.steps.length)));
	});
});
