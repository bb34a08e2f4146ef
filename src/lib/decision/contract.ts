/**
 * The recommendation ids published at /recommendations/<id>/. Links in the wild depend on them:
 * tests check the data and the built site against this list, so an id can only change here,
 * deliberately, together with a redirect.
 */
export const PUBLISHED_RECOMMENDATION_IDS = [
	'namespaces',
	'hardened-namespaces',
	'dedicated-nodes',
	'virtual-clusters',
	'cluster-per-environment',
	'cluster-per-tenant',
	'regional-clusters',
] as const;
