// @ts-check
/**
 * A small static file server for a build folder, used by the weight script and the benchmark.
 *
 * It behaves like the static hosts the guide is deployed to (GitHub Pages, Netlify, Cloudflare
 * Pages) in the ways that matter for measurements, which `astro preview` does not: it compresses
 * text with gzip, serves `404.html` for unknown paths, and lets browsers cache the hashed files
 * under `_astro/`. It listens on 127.0.0.1 only; the caller stops it with `close()`.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { normaliseBase } from '../../test/lib/sitemap.mjs';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
};

/** Types worth compressing, as hosts do; Pagefind's own files (`.pf_*`) are already gzipped. */
const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.json',
	'.xml',
	'.txt',
	'.svg',
	'.wasm',
]);

/**
 * @param {{ dir: string, base?: string, port?: number }} options
 * @returns {Promise<{ origin: string, url: string, close: () => Promise<void> }>}
 */
export async function serveStatic({ dir, base = '/', port = 0 }) {
	const root = resolve(dir);
	const prefix = normaliseBase(base);

	/** @param {string} pathname */
	function fileFor(pathname) {
		if (!pathname.startsWith(prefix)) return undefined;
		let relative;
		try {
			relative = decodeURIComponent(pathname.slice(prefix.length));
		} catch {
			return undefined;
		}
		const candidate = normalize(join(root, relative));
		if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
		const index = join(candidate, 'index.html');
		if (existsSync(index)) return index;
		return undefined;
	}

	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://127.0.0.1');
		// A folder without its trailing slash redirects, as static hosts do.
		if (!url.pathname.endsWith('/') && !extname(url.pathname) && fileFor(`${url.pathname}/`)) {
			response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
			return;
		}
		const file = fileFor(url.pathname);
		const notFound = join(root, '404.html');
		const served = file ?? (existsSync(notFound) ? notFound : undefined);
		if (!served) {
			response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
			return;
		}
		const extension = extname(served);
		/** @type {Record<string, string>} */
		const headers = {
			'Content-Type': TYPES[extension] ?? 'application/octet-stream',
			'Cache-Control': url.pathname.startsWith(`${prefix}_astro/`)
				? 'public, max-age=31536000, immutable'
				: 'public, max-age=0, must-revalidate',
			Vary: 'Accept-Encoding',
		};
		const gzip =
			COMPRESSIBLE.has(extension) &&
			/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
		if (gzip) headers['Content-Encoding'] = 'gzip';
		else headers['Content-Length'] = String(statSync(served).size);
		response.writeHead(file ? 200 : 404, headers);
		if (request.method === 'HEAD') {
			response.end();
			return;
		}
		const stream = createReadStream(served);
		(gzip ? stream.pipe(createGzip()) : stream).pipe(response);
	});
	await new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () => done(undefined));
	});
	const address = server.address();
	const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
	return {
		origin,
		url: `${origin}${prefix}`,
		close: () =>
			new Promise((done) => {
				server.closeAllConnections();
				server.close(() => done());
			}),
	};
}
