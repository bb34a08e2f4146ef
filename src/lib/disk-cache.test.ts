import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cachedBytes } from './disk-cache.ts';

const roots: string[] = [];
const root = () => {
	const dir = mkdtempSync(join(tmpdir(), 'disk-cache-'));
	roots.push(dir);
	return dir;
};
afterEach(() => {
	for (const dir of roots.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the build cache', () => {
	it('makes a file once for the same input, and again for a changed one', async () => {
		const dir = root();
		const make = vi.fn(async () => new Uint8Array([1, 2, 3]));
		expect(await cachedBytes('cards', '<svg>a</svg>', make, dir)).toEqual(
			new Uint8Array([1, 2, 3]),
		);
		expect(await cachedBytes('cards', '<svg>a</svg>', make, dir)).toEqual(
			new Uint8Array([1, 2, 3]),
		);
		expect(make).toHaveBeenCalledTimes(1);
		await cachedBytes('cards', '<svg>b</svg>', make, dir);
		expect(make).toHaveBeenCalledTimes(2);
		expect(readdirSync(join(dir, 'cards')).filter((name) => name.endsWith('.bin'))).toHaveLength(2);
	});
});
