/**
 * The recommendation ids published at /recommendations/<id>/. Links in the wild depend on them:
 * tests check the data and the built site against this list, so an id can only be added here,
 * or changed deliberately together with a redirect.
 */
export const PUBLISHED_RECOMMENDATION_IDS = [
	'namespaces',
	'hardened-namespaces',
	'dedicated-nodes',
	'virtual-clusters',
	'cluster-per-environment',
	'regional-clusters',
	'cluster-per-site',
	'cluster-per-scope',
	'cluster-per-tenant',
	// Added in version 3 of the quiz.
	'dedicated-tier',
] as const;

/** Where the plan for a set of answers is shown: /decide/plan/?v=…&… */
export const PLAN_PATH = '/decide/plan/';
