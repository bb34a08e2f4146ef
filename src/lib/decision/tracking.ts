/**
 * Parameters that analytics, ads, newsletters, search engines and chat apps add to links. They
 * are never part of an answer, so every link reader drops them without a notice. Pure.
 */
const TRACKING_KEYS = new Set([
	'fbclid',
	'gclid',
	'gclsrc',
	// Google adds these to ad and search-result links.
	'gad_source',
	'gad_campaignid',
	'srsltid',
	'dclid',
	'gbraid',
	'wbraid',
	'msclkid',
	'yclid',
	'twclid',
	'ttclid',
	'li_fat_id',
	'igshid',
	'igsh',
	'mc_cid',
	'mc_eid',
	'ref',
	'ref_src',
	'ref_url',
	'referrer',
	'source',
	'si',
	's_cid',
	'_hsenc',
	'_hsmi',
	'_ga',
	'_gl',
	'mkt_tok',
	'trk',
	'oly_anon_id',
	'oly_enc_id',
	'vero_id',
	'wickedid',
]);
const TRACKING_PREFIXES = ['utm_', 'mc_', 'pk_', 'mtm_', 'hsa_', 'itm_'];

export function isTrackingKey(key: string): boolean {
	const lower = key.toLowerCase();
	return TRACKING_KEYS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}
