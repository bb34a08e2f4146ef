/**
 * Parses mermaid diagrams in a worker thread (config/diagrams/parse.ts sends them). mermaid
 * sanitises labels with DOMPurify, which needs a `window`; happy-dom gives it one here, apart
 * from the build, whose modules must not see a browser's globals.
 */
import { parentPort } from 'node:worker_threads';
import { Window } from 'happy-dom';

export interface ParseRequest {
	id: number;
	source: string;
}
export interface ParseReply {
	id: number;
	/** mermaid's message when the diagram does not parse. */
	error?: string;
}

Object.assign(globalThis, { window: new Window() });
const { default: mermaid } = await import('mermaid');

parentPort?.on('message', async ({ id, source }: ParseRequest) => {
	let reply: ParseReply = { id };
	try {
		await mermaid.parse(source);
	} catch (error) {
		reply = { id, error: error instanceof Error ? error.message : String(error) };
	}
	parentPort?.postMessage(reply);
});
