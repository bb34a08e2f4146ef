/**
 * A build-time cache of derived files, keyed by a hash of what they are made from, so a build
 * redoes only what changed (the social cards; the diagrams keep their own in config/diagrams).
 * Node only: it reads and writes node_modules/.cache, which a fresh clone starts without.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** GUIDE_CACHE_DIR moves it: the benchmark builds copies of the site with caches of their own. */
export const CACHE_ROOT =
	process.env['GUIDE_CACHE_DIR'] ?? join(process.cwd(), 'node_modules', '.cache');

/** The bytes for `input`: from the cache when made before, otherwise made now and kept. */
export async function cachedBytes(
	folder: string,
	input: string,
	make: () => Promise<Uint8Array>,
	root = CACHE_ROOT,
): Promise<Uint8Array> {
	const dir = join(root, folder);
	const file = join(dir, `${createHash('sha256').update(input).digest('hex').slice(0, 32)}.bin`);
	try {
		return new Uint8Array(await readFile(file));
	} catch {
		const bytes = await make();
		await mkdir(dir, { recursive: true });
		// Written aside and renamed: two builds side by side never read half a file.
		const partial = `${file}.${process.pid}.tmp`;
		await writeFile(partial, bytes);
		await rename(partial, file);
		return bytes;
	}
}
