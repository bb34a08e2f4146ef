// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { DecisionData } from '../lib/decision/types.ts';
import { provideDecisionData, readClientData } from './data.ts';

const model = (version: number) => ({ version }) as unknown as DecisionData;

const root = (json?: string) => {
	const element = document.createElement('div');
	if (json !== undefined)
		element.innerHTML = `<script type="application/json" data-decision-data>${json}</script>`;
	return element;
};

describe('the data an element works with', () => {
	afterEach(() => provideDecisionData(undefined as unknown as DecisionData));

	it('is the provided decision data when the page embeds none, with no sources', () => {
		provideDecisionData(model(3));
		expect(readClientData(root())).toEqual({ decision: model(3) });
	});

	it("adds the page's own sources to the provided data", () => {
		provideDecisionData(model(3));
		const sources = [{ title: 'Multi-tenancy', url: 'https://kubernetes.io/' }];
		expect(readClientData(root(JSON.stringify({ sources })))).toEqual({
			decision: model(3),
			sources,
		});
	});

	it('prefers decision data embedded in the element over the provided data', () => {
		provideDecisionData(model(3));
		expect(readClientData(root(JSON.stringify({ decision: model(2) })))?.decision).toEqual(
			model(2),
		);
	});

	it('is undefined without decision data, and ignores unreadable page JSON', () => {
		expect(readClientData(root('{not json'))).toBeUndefined();
		provideDecisionData(model(3));
		expect(readClientData(root('{not json'))).toEqual({ decision: model(3) });
	});
});
