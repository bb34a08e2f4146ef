import { describe, expect, it } from 'vitest';
import { loadDecisionTree } from '../data/load.ts';
import { decisionRecord, recordFileName } from './adr.ts';
import { walk, type Result } from './engine.ts';
import { decodeAnswers } from './url.ts';

const tree = loadDecisionTree();
const query =
	'?v=1&tenants=internal-teams&compliance=moderate&untrusted-code=no&cluster-scoped=no&regions=one&environments=shared&performance=shared-ok';
const link = `https://guide.example/recommendations/hardened-namespaces/${query}`;
const { answers } = decodeAnswers(query, tree);
const result = walk(tree, answers) as Result;
const record = decisionRecord({
	tree,
	answers,
	result,
	link,
	date: '2026-11-23',
	pageSources: [{ title: 'Kubernetes documentation: Multi-tenancy', url: 'https://kubernetes.io/docs/concepts/security/multi-tenancy/' }],
});
const section = (heading: string) => record.split(`## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';

describe('the decision record for a fixed set of answers', () => {
	it('records every answer as context', () => {
		const context = section('Context');
		expect(context).toContain('| Who will share the platform? | Several teams of one organisation |');
		expect(context).toContain('| Must a regulated scope be kept separate? | Audited controls, no segmented scope |');
		expect(context).toContain('| Must some tenants be isolated for performance or special hardware? | No, sharing nodes under quotas is fine |');
		expect(context.match(/^\| (?!Question|---)/gm)).toHaveLength(result.steps.length);
	});

	it('states the recommendation, its date and the link back', () => {
		expect(record).toContain('- Decision: Hardened namespace per tenant');
		expect(record).toContain('- Date: 2026-11-23');
		expect(record).toContain(`- Link to this result: <${link}>`);
		expect(section('Decision')).toMatch(/^\nWe will use \*\*Hardened namespace per tenant\*\*\./);
	});

	it('lists every rejected alternative with the answer that ruled it out', () => {
		const alternatives = section('Alternatives considered');
		for (const name of [
			'Namespaces with baseline guardrails',
			'Dedicated nodes and sandboxed runtimes',
			'Virtual cluster per tenant',
			'Cluster per environment',
			'Cluster per tenant, run as a fleet',
			'Clusters per region, run as a fleet',
		]) {
			expect(alternatives).toMatch(new RegExp(`^- ${name.replace(/[,]/g, '\\$&')}: ruled out by “`, 'm'));
		}
		expect(alternatives).toContain('- Virtual cluster per tenant: ruled out by “Do tenants need their own CRDs, operators, webhooks or Kubernetes version? No, the platform\'s shared set is enough”.');
	});

	it('says which single answer would change it, and lists consequences and sources', () => {
		expect(section('What would change this decision')).toContain('would be Dedicated nodes and sandboxed runtimes.');
		expect(section('Consequences').split('\n').filter((line) => line.startsWith('- '))).toHaveLength(4);
		expect(section('Sources')).toContain('- [Kubernetes documentation: Multi-tenancy](https://kubernetes.io/docs/concepts/security/multi-tenancy/)');
		expect(section('Sources')).toContain('- <https://kubernetes.io/docs/concepts/policy/resource-quotas/>');
	});

	it('is named after the outcome and the date', () => {
		expect(recordFileName(result, '2026-11-23')).toBe('decision-record-hardened-namespaces-2026-11-23.md');
	});
});
