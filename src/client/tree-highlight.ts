/**
 * <decision-tree-diagram>: highlights the reader's path on the tree diagram when the address
 * carries answers, in both the light and the dark rendering of the diagram.
 */
import { walk } from '../lib/decision/engine.ts';
import { edgeId, mermaidLeafId, mermaidNodeId } from '../lib/decision/flowchart.ts';
import { decodeAnswers } from '../lib/decision/url.ts';
import { readClientData } from './data.ts';

class TreeDiagram extends HTMLElement {
	connectedCallback(): void {
		const data = readClientData(this);
		if (!data) return;
		this.#setUpZoom();
		const { answers } = decodeAnswers(location.search, data.tree);
		const result = walk(data.tree, answers);
		if (result.steps.length === 0) return;

		const nodeIds = result.steps.map((step) => mermaidNodeId(step.node));
		const last = result.steps.at(-1);
		if (result.done && last) nodeIds.push(mermaidLeafId(last.node, last.value));
		else if (!result.done) nodeIds.push(mermaidNodeId(result.node));
		const edgeIds = result.steps.map((step) => edgeId(step.node, step.value));

		const highlight = () => {
			for (const svg of this.querySelectorAll('svg')) {
				for (const id of edgeIds) svg.querySelectorAll(`[data-id="${id}"]`).forEach((edge) => edge.classList.add('on-path'));
				for (const id of nodeIds) svg.querySelectorAll(`g.node[id*="-flowchart-${id}-"]`).forEach((node) => node.classList.add('on-path'));
			}
		};
		highlight();
		// Diagrams drawn in the browser (builds without Chromium) arrive later.
		document.addEventListener('diagrams:rendered', highlight);

		const status = this.querySelector('[data-tree-path]');
		if (status) {
			const end = result.done
				? `ending at “${data.tree.outcomes.find((outcome) => outcome.id === result.outcome)?.name ?? result.outcome}”`
				: 'which stops before the end of the tree';
			status.textContent = `Your ${result.steps.length} answers are highlighted, ${end}.`;
		}
	}

	/** The zoom button toggles between the fitted overview and natural size. */
	#setUpZoom(): void {
		const button = this.querySelector<HTMLButtonElement>('[data-tree-zoom]');
		const region = this.querySelector<HTMLElement>('.tree-diagram-scroll');
		if (!button || !region) return;
		button.hidden = false;
		button.addEventListener('click', () => {
			const zoomed = !region.hasAttribute('data-zoomed');
			region.toggleAttribute('data-zoomed', zoomed);
			button.setAttribute('aria-pressed', String(zoomed));
			button.textContent = zoomed ? 'Fit the whole tree' : 'Zoom to readable size';
			if (zoomed) this.#revealPathEnd(region);
		});
	}

	/** Scrolls the zoomed region, not the page, to the last highlighted box. */
	#revealPathEnd(region: HTMLElement): void {
		const end = [...this.querySelectorAll<SVGGElement>('g.node.on-path')].filter((node) => node.getClientRects().length > 0).at(-1);
		if (!end) return;
		const box = end.getBoundingClientRect();
		const frame = region.getBoundingClientRect();
		region.scrollLeft += box.left - frame.left - region.clientWidth / 2 + box.width / 2;
		region.scrollTop += box.top - frame.top - region.clientHeight / 2 + box.height / 2;
	}
}

customElements.define('decision-tree-diagram', TreeDiagram);
