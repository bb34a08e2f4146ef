import type { ClientData } from '../lib/decision/client-data.ts';

/** Reads the data embedded by DecisionData.astro; undefined when missing or unreadable. */
export function readClientData(root: ParentNode): ClientData | undefined {
	const script = root.querySelector('script[data-decision-data]');
	try {
		const data = JSON.parse(script?.textContent ?? '') as ClientData;
		return data && typeof data === 'object' && data.decision ? data : undefined;
	} catch {
		return undefined;
	}
}
