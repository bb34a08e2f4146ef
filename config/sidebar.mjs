// @ts-check
/**
 * The guide's reading order. Written out by hand because Starlight's `autogenerate` only sees
 * src/content/docs, and because a guide's order is part of what it teaches.
 * @type {import('@astrojs/starlight/types').StarlightUserConfig['sidebar']}
 */
export const sidebar = [
	{ label: 'Start here', slug: '' },
	{ label: 'Decide: take the quiz', slug: 'decide' },
	{
		label: 'Understand',
		items: [{ slug: 'concepts' }],
	},
	{
		label: 'The options',
		items: [{ slug: 'namespaces' }, { slug: 'clusters' }, { slug: 'in-between' }],
	},
	{
		label: 'Compare',
		items: [{ slug: 'compare' }],
	},
	{
		label: 'Reference',
		items: [{ slug: 'references' }],
	},
];
