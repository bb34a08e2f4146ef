/**
 * Gives the checkboxes of Markdown task lists (`- [ ] item`) an accessible name.
 *
 * GFM renders each item as `<li class="task-list-item"><input type="checkbox" disabled> text</li>`:
 * a form control without a label, which screen readers announce as a bare "checkbox" and axe
 * reports (WCAG 1.3.1 / 4.1.2, rule `label`). This wraps the item's own text (up to a nested
 * list) in a span and points the checkbox's `aria-labelledby` at it, so the checkbox is named by
 * its item. It runs in the Markdown pipeline, so each page is changed as it is compiled.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

const isElement = (node: ElementContent | undefined, tagName?: string): node is Element =>
	node?.type === 'element' && (tagName === undefined || node.tagName === tagName);

/** The element holding the checkbox: the item itself, or its first paragraph in a loose list. */
function checkboxContainer(item: Element): Element | undefined {
	const first = item.children.find((child): child is Element => child.type === 'element');
	if (first?.tagName === 'input') return item;
	if (
		first?.tagName === 'p' &&
		isElement(
			first.children.find((child) => child.type === 'element'),
			'input',
		)
	)
		return first;
	return undefined;
}

/** Ids are numbered per page: `${idPrefix}-1`, `${idPrefix}-2`… */
export function rehypeTaskListLabels({ idPrefix = 'task-item' }: { idPrefix?: string } = {}) {
	return (tree: Root) => labelTaskLists(tree, idPrefix);
}

function labelTaskLists(tree: Root, idPrefix: string): void {
	let count = 0;
	visit(tree, 'element', (item) => {
		const classes = item.properties['className'];
		if (item.tagName !== 'li' || !Array.isArray(classes) || !classes.includes('task-list-item'))
			return;
		const container = checkboxContainer(item);
		if (!container) return;
		const index = container.children.findIndex((child) => isElement(child, 'input'));
		const checkbox = container.children[index];
		if (!isElement(checkbox) || checkbox.properties['type'] !== 'checkbox') return;
		if (
			checkbox.properties['ariaLabelledBy'] ||
			checkbox.properties['ariaLabel'] ||
			checkbox.properties['id']
		)
			return;
		const end = container.children.findIndex(
			(child, at) => at > index && (isElement(child, 'ul') || isElement(child, 'ol')),
		);
		const text = container.children.slice(index + 1, end === -1 ? undefined : end);
		if (text.length === 0) return;
		count += 1;
		const id = `${idPrefix}-${count}`;
		const label: Element = { type: 'element', tagName: 'span', properties: { id }, children: text };
		container.children.splice(index + 1, text.length, label);
		checkbox.properties['ariaLabelledBy'] = [id];
	});
}
