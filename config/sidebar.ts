/**
 * The guide's reading order. Written out by hand because Starlight's `autogenerate` only sees
 * src/content/docs, and because a guide's order is part of what it teaches. The
 * recommendations are listed in the order of content/data/options.yaml.
 */
import type { StarlightUserConfig } from '@astrojs/starlight/types';
import type { OptionsFile } from '../src/lib/data/options.ts';

export function sidebar(options: OptionsFile): NonNullable<StarlightUserConfig['sidebar']> {
	return [
		{ label: 'Start here', slug: '' },
		{ label: 'Decide: take the quiz', slug: 'decide' },
		{
			label: 'Understand',
			items: [{ slug: 'concepts' }, { slug: 'claims-checked' }],
		},
		{
			label: 'The options',
			items: [
				{ slug: 'namespaces' },
				{ slug: 'namespaces/hardening' },
				{ slug: 'shared-cluster-risks' },
				{ slug: 'clusters' },
				{ slug: 'clusters/networking' },
				{ slug: 'clusters/cost-and-scale' },
				{ slug: 'in-between' },
				{ slug: 'topologies' },
			],
		},
		{
			label: 'Running a shared cluster',
			items: [
				{ slug: 'shared-cluster/ingress-and-gateways' },
				{ slug: 'shared-cluster/cloud-identity' },
				{ slug: 'shared-cluster/gitops-controllers' },
				{ slug: 'shared-cluster/secrets-and-images' },
				{ slug: 'shared-cluster/noisy-neighbours' },
				{ slug: 'shared-cluster/gpus-and-accelerators' },
				{ slug: 'shared-cluster/storage-and-offboarding' },
				{ slug: 'shared-cluster/observability-and-cost' },
				{ slug: 'shared-cluster/day-2-failures' },
			],
		},
		{
			label: 'Compare and check',
			items: [
				{ slug: 'compare' },
				{ slug: 'checklists/shared-cluster' },
				{ slug: 'checklists/fleet' },
			],
		},
		{
			label: 'Recommendations',
			collapsed: true,
			items: options.options.map(({ id }) => ({ slug: `recommendations/${id}` })),
		},
		{
			label: 'Reference',
			items: [
				{ slug: 'decide/tree' },
				{ slug: 'glossary' },
				{ slug: 'faq' },
				{ slug: 'references' },
			],
		},
	];
}
