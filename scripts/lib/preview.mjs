// @ts-check
/**
 * Serves a build with `astro preview` on a free port of 127.0.0.1, for the weight script and the
 * benchmark; `close()` stops it. Lighthouse CI serves the benchmark's pages itself.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** @returns {Promise<number>} a port the OS says is free on the loopback interface */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

/**
 * @param {{ dir?: string, base?: string, root?: string }} options `dir` and `base` of a build of
 *   this project, or `root` of another Astro project (served from its own `dist/`)
 * @returns {Promise<{ origin: string, url: string, close: () => Promise<void> }>}
 */
export async function preview({ dir = 'dist', base = '/', root }) {
	const port = await freePort();
	const astro = new URL('../../node_modules/.bin/astro', import.meta.url).pathname;
	const args = ['preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'];
	const child = spawn(astro, root ? [...args, '--root', root] : args, {
		// Serving needs no browser: MERMAID_CLIENT spares the config from launching one to check.
		env: { ...process.env, OUT_DIR: dir, BASE_PATH: base, MERMAID_CLIENT: '1' },
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	const origin = `http://127.0.0.1:${port}`;
	const url = `${origin}${base}`;
	const close = () =>
		new Promise((resolve) => {
			if (child.exitCode !== null) return resolve(undefined);
			child.once('exit', () => resolve(undefined));
			child.kill();
		}).then(() => undefined);
	const deadline = Date.now() + 60_000;
	while (
		!(await fetch(url).then(
			(response) => response.ok,
			() => false,
		))
	) {
		if (child.exitCode !== null) throw new Error(`astro preview exited with ${child.exitCode}`);
		if (Date.now() > deadline) {
			await close();
			throw new Error(`astro preview did not answer at ${url} within 60 s`);
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	return { origin, url, close };
}
