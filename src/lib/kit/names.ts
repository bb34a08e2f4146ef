/**
 * Tenant names as the reader types them, one per line. A name becomes a namespace, a label value
 * and part of group and file names, so only DNS-1123 labels pass: nothing else the reader types
 * ever reaches a file.
 * https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#dns-label-names
 */
export const MAX_TENANTS = 100;
/** Pre-filled names stop here: a plan for hundreds of tenants still starts from a few examples. */
export const PREFILL_CAP = 10;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

export type TenantNames = { ok: true; names: string[] } | { ok: false; message: string };

export const isTenantName = (name: string): boolean => DNS_LABEL.test(name);

export function parseTenantNames(text: string): TenantNames {
	const names = text
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '');
	if (names.length === 0) return { ok: false, message: 'Enter at least one tenant name.' };
	if (names.length > MAX_TENANTS)
		return { ok: false, message: `At most ${MAX_TENANTS} tenants; you entered ${names.length}.` };
	const bad = names.find((name) => !isTenantName(name));
	if (bad !== undefined)
		return {
			ok: false,
			message: `“${bad.slice(0, 70)}” is not a valid name: use lower-case letters, digits and hyphens, starting and ending with a letter or digit.`,
		};
	const duplicate = names.find((name, index) => names.indexOf(name) !== index);
	if (duplicate !== undefined) return { ok: false, message: `“${duplicate}” is listed twice.` };
	return { ok: true, names };
}

/** tenant-a, tenant-b…: `count` of them, at least one and at most PREFILL_CAP (under 26). */
export function defaultTenantNames(count: number): string[] {
	return Array.from(
		{ length: Math.min(Math.max(count, 1), PREFILL_CAP) },
		(_, index) => `tenant-${String.fromCharCode(97 + index)}`,
	);
}

/** How many names to pre-fill: the plan's tenant count where the answers give one, else 3. */
export function prefillCount(answers: Readonly<Record<string, string>>): number {
	if (answers['tenants'] === 'single-team') return 1;
	// tenant-count: two-or-three is at most 3, few at most 10; many and unsure are open.
	return answers['tenant-count'] === 'few' ? PREFILL_CAP : 3;
}
