import { describe, expect, it } from 'vitest';
import { defaultTenantNames, MAX_TENANTS, PREFILL_CAP, parseTenantNames } from './names.ts';

describe('parseTenantNames', () => {
	it('accepts DNS-1123 labels, one per line, ignoring blank lines and surrounding spaces', () => {
		expect(parseTenantNames('tenant-a\n\n  shop-42 \n')).toEqual({
			ok: true,
			names: ['tenant-a', 'shop-42'],
		});
	});

	it.each([
		['a: b'],
		['Upper'],
		['-lead'],
		['trail-'],
		['dot.name'],
		['x'.repeat(64)],
		['tenant a'],
	])('refuses %j with a message that quotes it', (name) => {
		const result = parseTenantNames(`ok\n${name}`);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toContain(name.trim().slice(0, 20));
	});

	it('accepts a name of exactly 63 characters', () => {
		expect(parseTenantNames('a'.repeat(63)).ok).toBe(true);
	});

	it('refuses a duplicate', () => {
		expect(parseTenantNames('a\nb\na')).toEqual({ ok: false, message: '“a” is listed twice.' });
	});

	it(`refuses more than ${MAX_TENANTS} names`, () => {
		const names = Array.from({ length: MAX_TENANTS + 1 }, (_, i) => `t${i}`);
		expect(parseTenantNames(names.slice(0, MAX_TENANTS).join('\n')).ok).toBe(true);
		expect(parseTenantNames(names.join('\n'))).toMatchObject({ ok: false });
	});

	it('refuses an empty list', () => {
		expect(parseTenantNames(' \n ').ok).toBe(false);
	});
});

describe('defaultTenantNames', () => {
	it('names tenants tenant-a, tenant-b… up to the count', () => {
		expect(defaultTenantNames(3)).toEqual(['tenant-a', 'tenant-b', 'tenant-c']);
	});

	it(`stops at ${PREFILL_CAP} names however many tenants the plan has`, () => {
		expect(defaultTenantNames(500)).toHaveLength(PREFILL_CAP);
	});
});
