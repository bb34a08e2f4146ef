import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rehypeTaskListLabels } from './task-lists.ts';

/** Runs the plugin on an HTML fragment, as the Markdown pipeline does on a page. */
function labelTaskLists(html: string): string {
	const tree = fromHtml(html, { fragment: true });
	rehypeTaskListLabels()(tree);
	return toHtml(tree);
}

describe('task list checkboxes', () => {
	it('are named by the text of their item', () => {
		const html =
			'<ul class="contains-task-list"><li class="task-list-item"><input type="checkbox" disabled> Keep an <a href="/clusters/">inventory</a>.</li></ul>';
		expect(labelTaskLists(html)).toBe(
			'<ul class="contains-task-list"><li class="task-list-item"><input type="checkbox" disabled aria-labelledby="task-item-1"><span id="task-item-1"> Keep an <a href="/clusters/">inventory</a>.</span></li></ul>',
		);
	});

	it('get one id each, and a nested list stays outside the name', () => {
		const html =
			'<ul><li class="task-list-item"><input type="checkbox" disabled> One<ul><li class="task-list-item"><input type="checkbox" checked disabled> Two</li></ul></li></ul>';
		const out = labelTaskLists(html);
		expect(out).toContain(
			'<input type="checkbox" disabled aria-labelledby="task-item-1"><span id="task-item-1"> One</span><ul>',
		);
		expect(out).toContain(
			'<input type="checkbox" checked disabled aria-labelledby="task-item-2"><span id="task-item-2"> Two</span>',
		);
	});

	it('handles loose lists, where the checkbox sits in a paragraph', () => {
		const html =
			'<ul><li class="task-list-item"><p><input type="checkbox" disabled> Loose item</p><p>More.</p></li></ul>';
		expect(labelTaskLists(html)).toContain(
			'<p><input type="checkbox" disabled aria-labelledby="task-item-1"><span id="task-item-1"> Loose item</span></p><p>More.</p>',
		);
	});

	it('leaves pages without task lists exactly as they were', () => {
		const html = '<p>No <b>lists</b> here<br>at all</p><input type="checkbox">';
		expect(labelTaskLists(html)).toBe(html);
	});

	it('leaves checkboxes that already have a name alone', () => {
		const html =
			'<ul><li class="task-list-item"><input type="checkbox" aria-label="Done"> Done</li></ul>';
		expect(labelTaskLists(html)).toBe(html);
	});
});
