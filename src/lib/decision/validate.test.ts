import { describe, expect, it } from 'vitest';
import type { DecisionTree } from './types.ts';
import { validateTree } from './validate.ts';

const answer = (value: string) => ({ value, label: value, explanation: `Because ${value}.`, source: 'https://kubernetes.io/' });
const outcome = (id: string) => ({ id, name: id, shortName: id, summary: id, consequences: ['a', 'b'] });

/** A minimal sound tree: ask a, then b on one branch. */
function sound(): DecisionTree {
	return {
		version: 1,
		reviewed: '2026-11-23',
		questions: [
			{ id: 'a', prompt: 'A?', answers: [answer('x'), answer('y')] },
			{ id: 'b', prompt: 'B?', answers: [answer('x'), answer('y')] },
		],
		start: 'first',
		nodes: {
			first: { ask: 'a', next: { x: { outcome: 'one' }, y: { node: 'second' } } },
			second: { ask: 'b', next: { x: { outcome: 'one' }, y: { outcome: 'two', inside: 'one' } } },
		},
		outcomes: [outcome('one'), outcome('two')],
	};
}

const messages = (tree: DecisionTree) => validateTree(tree).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('validateTree', () => {
	it('accepts a sound tree', () => {
		expect(messages(sound())).toEqual([]);
	});

	it('reports an answer without a branch, naming the node and the answer', () => {
		const tree = sound();
		delete tree.nodes['second']!.next['y'];
		expect(messages(tree)).toContain('nodes.second.next.y: missing: every answer to “b” needs a branch');
	});

	it('reports branches to unknown nodes, outcomes and answers', () => {
		const tree = sound();
		tree.nodes['first']!.next = { x: { node: 'nowhere' }, y: { outcome: 'three' }, z: { outcome: 'one' } };
		expect(messages(tree)).toEqual([
			'nodes.first.next.x: unknown node “nowhere”',
			'nodes.first.next.y.outcome: unknown outcome “three”',
			'nodes.first.next.z: “z” is not an answer to “a”',
		]);
	});

	it('reports a question asked twice on one path', () => {
		const tree = sound();
		tree.nodes['second']!.ask = 'a';
		expect(messages(tree)).toContain('nodes.second.ask: question “a” is asked twice on the path first → second');
	});

	it('reports a cycle', () => {
		const tree = sound();
		tree.questions.push({ id: 'c', prompt: 'C?', answers: [answer('x'), answer('y')] });
		tree.nodes['third'] = { ask: 'c', next: { x: { node: 'second' }, y: { outcome: 'one' } } };
		tree.nodes['second']!.next['y'] = { node: 'third' };
		expect(messages(tree).some((message) => message.includes('cycle: first → second → third → second'))).toBe(true);
	});

	it('reports an unreachable node and an outcome never recommended', () => {
		const tree = sound();
		tree.nodes['first']!.next['y'] = { outcome: 'one' };
		expect(messages(tree)).toEqual([
			'nodes.second: unreachable from the start node',
			'outcomes: outcome “two” is never recommended',
		]);
	});

	it('reports a question no node asks', () => {
		const tree = sound();
		tree.questions.push({ id: 'c', prompt: 'C?', answers: [answer('x'), answer('y')] });
		expect(messages(tree)).toEqual(['questions.2: question “c” is never asked']);
	});

	it('reports duplicate ids and the reserved version key', () => {
		const tree = sound();
		tree.questions[1] = { id: 'a', prompt: 'again', answers: [answer('x'), answer('x')] };
		tree.questions.push({ id: 'v', prompt: 'V?', answers: [answer('x'), answer('y')] });
		expect(messages(tree)).toEqual(
			expect.arrayContaining([
				'questions.1.id: question id “a” is used twice',
				'questions.1.answers.1.value: answer “x” is used twice',
				'questions.2.id: “v” is reserved for the tree version in share links',
			]),
		);
	});

	it('reports an outcome placed inside itself', () => {
		const tree = sound();
		tree.nodes['second']!.next['y'] = { outcome: 'two', inside: 'two' };
		expect(messages(tree)).toContain('nodes.second.next.y.inside: an outcome cannot sit inside itself');
	});
});
