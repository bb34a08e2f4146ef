import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from './static-server.mjs';

/** A raw GET, so the test sees the path exactly as sent (fetch would normalise `..`). */
function get(origin: string, path: string, headers: Record<string, string> = {}) {
	return new Promise<{ status: number; headers: Record<string, string | string[] | undefined> }>(
		(resolve, reject) => {
			const req = request(`${origin}${path}`, { headers }, (res) => {
				res.resume();
				res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
			});
			req.on('error', reject);
			req.end();
		},
	);
}

describe('the static server the weight script and the benchmark use', () => {
	const dir = mkdtempSync(join(tmpdir(), 'static-'));
	let server: Awaited<ReturnType<typeof serveStatic>>;

	beforeAll(async () => {
		mkdirSync(join(dir, 'compare'));
		mkdirSync(join(dir, '_astro'));
		writeFileSync(join(dir, 'index.html'), '<!doctype html><title>home</title>');
		writeFileSync(join(dir, 'compare', 'index.html'), '<!doctype html><title>compare</title>');
		writeFileSync(join(dir, '_astro', 'page.abc123.js'), 'console.log(1)');
		writeFileSync(join(dir, '404.html'), '<!doctype html><title>not found</title>');
		server = await serveStatic({ dir, base: '/guide/' });
	});
	afterAll(() => server.close());

	it('listens on the loopback interface only', () => {
		expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		expect(server.url).toBe(`${server.origin}/guide/`);
	});

	it('serves pages under the base, gzipped when the browser accepts it', async () => {
		const page = await get(server.origin, '/guide/compare/', { 'Accept-Encoding': 'gzip' });
		expect(page.status).toBe(200);
		expect(page.headers['content-encoding']).toBe('gzip');
		expect(page.headers['content-type']).toMatch(/^text\/html/);
	});

	it('lets browsers cache hashed assets', async () => {
		const asset = await get(server.origin, '/guide/_astro/page.abc123.js');
		expect(asset.headers['cache-control']).toContain('immutable');
	});

	it('redirects a folder without its slash and answers 404 with 404.html elsewhere', async () => {
		expect((await get(server.origin, '/guide/compare')).status).toBe(301);
		expect((await get(server.origin, '/guide/nope/')).status).toBe(404);
		expect((await get(server.origin, '/compare/')).status).toBe(404);
	});

	it('never serves a file outside the build folder', async () => {
		expect((await get(server.origin, '/guide/../../etc/passwd')).status).toBe(404);
		expect((await get(server.origin, '/guide/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
	});
});
