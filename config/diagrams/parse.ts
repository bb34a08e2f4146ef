/**
 * Checks that mermaid can parse a diagram, without a browser: in both diagram modes, so a broken
 * diagram fails the build even when the reader's browser would draw it (the fallback), instead of
 * showing mermaid's "Syntax error" picture. Parsing runs in one worker thread for the whole build
 * (config/diagrams/parse-worker.ts), started on the first diagram.
 */
import { Worker } from 'node:worker_threads';
import type { ParseReply, ParseRequest } from './parse-worker.ts';

interface Pending {
	resolve: () => void;
	reject: (error: Error) => void;
}

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();

function failAll(error: Error): void {
	for (const { reject } of pending.values()) reject(error);
	pending.clear();
	worker = undefined;
}

function parser(): Worker {
	if (worker) return worker;
	const started = new Worker(new URL('./parse-worker.ts', import.meta.url));
	started.on('message', ({ id, error }: ParseReply) => {
		const request = pending.get(id);
		pending.delete(id);
		if (error === undefined) request?.resolve();
		else request?.reject(new Error(error));
		// Idle, the worker must not keep the build's process alive.
		if (pending.size === 0) started.unref();
	});
	started.on('error', (error: unknown) =>
		failAll(error instanceof Error ? error : new Error(String(error))),
	);
	started.on('exit', (code) => failAll(new Error(`the mermaid parser stopped (exit ${code})`)));
	worker = started;
	return started;
}

/** Resolves when mermaid parses `source`; rejects with mermaid's message when it does not. */
export function parseDiagram(source: string): Promise<void> {
	const id = nextId++;
	const thread = parser();
	return new Promise<void>((resolve, reject) => {
		pending.set(id, { resolve, reject });
		thread.ref();
		thread.postMessage({ id, source } satisfies ParseRequest);
	});
}
