import { describe, expect, it } from 'vitest';
import { gatherReferences } from './references.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('gatherReferences', () => {
	it('merges a source cited by two pages, keeping the latest check date and both pages', () => {
		const url = 'https://kubernetes.io/docs/concepts/security/multi-tenancy/';
		const groups = gatherReferences([
			{
				path: '/b/',
				title: 'B',
				reviewed: day('2026-10-01'),
				sources: [{ title: 'Multi-tenancy', url }],
			},
			{
				path: '/a/',
				title: 'A',
				reviewed: day('2026-11-01'),
				sources: [{ title: 'Multi-tenancy', url, checked: day('2026-11-20') }],
			},
		]);
		expect(groups).toEqual([
			{
				host: 'kubernetes.io',
				items: [
					{
						url,
						title: 'Multi-tenancy',
						checked: day('2026-11-20'),
						citedBy: [
							{ path: '/a/', title: 'A' },
							{ path: '/b/', title: 'B' },
						],
					},
				],
			},
		]);
	});

	it('groups by site without the www prefix and sorts sites and titles', () => {
		const groups = gatherReferences([
			{
				path: '/x/',
				title: 'X',
				reviewed: day('2026-11-01'),
				sources: [
					{ title: 'Zeta', url: 'https://www.example.org/z' },
					{ title: 'Alpha', url: 'https://example.org/a' },
					{ title: 'K8s', url: 'https://kubernetes.io/' },
				],
			},
		]);
		expect(groups.map((group) => [group.host, group.items.map((item) => item.title)])).toEqual([
			['example.org', ['Alpha', 'Zeta']],
			['kubernetes.io', ['K8s']],
		]);
	});

	it('takes the title of a URL-only citation from a page that names it', () => {
		const url = 'https://aws.amazon.com/eks/pricing/';
		const groups = gatherReferences(
			[
				{
					path: '/cost/',
					title: 'Cost',
					reviewed: day('2026-11-01'),
					sources: [{ title: 'Amazon EKS pricing', url }],
				},
			],
			[{ path: '/compare/', title: 'Compare', reviewed: day('2026-11-23'), urls: [url] }],
		);
		expect(groups[0]?.items[0]).toMatchObject({
			title: 'Amazon EKS pricing',
			checked: day('2026-11-23'),
		});
		expect(groups[0]?.items[0]?.citedBy.map((page) => page.path)).toEqual(['/compare/', '/cost/']);
	});
});
