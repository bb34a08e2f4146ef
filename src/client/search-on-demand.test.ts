// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';

/** Pagefind's UI, recorded; like the real one, it builds the search input where Starlight asks. */
const RealUI = vi.hoisted(() =>
	vi.fn(function (options: Record<string, unknown>) {
		const input = document.createElement('input');
		document.querySelector(String(options['element']))?.append(input);
	}),
);
vi.mock('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs', () => ({ PagefindUI: RealUI }));

// Starlight's options; the bundle path points nowhere, as no Pagefind index is built for tests.
const options = { element: '#starlight__search', bundlePath: '/no-pagefind-here/' };

/** Starlight's search markup: the button, and the dialog the real UI fills. */
function page({ open = false } = {}): HTMLButtonElement {
	document.body.innerHTML = `<site-search>
	<button data-open-modal>Search</button>
	<dialog${open ? ' open' : ''}><div id="starlight__search"></div></dialog>
</site-search>
<label>Elsewhere <input id="other"></label>`;
	return document.querySelector('button')!;
}

/** A fresh copy of the module each time: it remembers that it has loaded the UI. */
async function stand(): Promise<void> {
	vi.resetModules();
	const { PagefindUI } = await import('./search-on-demand.ts');
	new PagefindUI(options);
}

const loaded = () => vi.waitFor(() => expect(RealUI).toHaveBeenCalled());
const press = (target: EventTarget, init: KeyboardEventInit) => {
	const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
	target.dispatchEvent(event);
	return event;
};

let listen: MockInstance<typeof window.addEventListener>;

beforeEach(() => {
	RealUI.mockClear();
	listen = vi.spyOn(window, 'addEventListener');
});

afterEach(() => {
	// Each stand-in listens on the window; take those listeners away with the page.
	for (const [type, listener] of listen.mock.calls)
		if (listener) window.removeEventListener(type, listener);
	vi.restoreAllMocks();
	document.body.replaceChildren();
});

describe('the search stand-in', () => {
	it('loads nothing until the reader reaches for search', async () => {
		page();
		await stand();
		press(document.body, { key: 'a' });
		// Every import started by now has settled, so a load that had begun would show.
		await vi.dynamicImportSettled();
		expect(RealUI).not.toHaveBeenCalled();
	});

	it('creates the real search UI with Starlight’s options on the first click, and only once', async () => {
		const button = page();
		await stand();
		button.click();
		await loaded();
		expect(RealUI).toHaveBeenCalledWith(options);
		button.click();
		button.dispatchEvent(new Event('pointerenter'));
		press(document.body, { key: 'k', ctrlKey: true });
		// Every import started by now has settled, so a load that had begun would show.
		await vi.dynamicImportSettled();
		expect(RealUI).toHaveBeenCalledTimes(1);
	});

	it.each([
		[
			'hovering the button',
			(button: HTMLElement) => button.dispatchEvent(new Event('pointerenter')),
		],
		['focusing the button', (button: HTMLElement) => button.focus()],
		['pressing Ctrl', () => press(document.body, { key: 'Control' })],
		['pressing ⌘', () => press(document.body, { key: 'Meta' })],
		['pressing ⌘K', () => press(document.body, { key: 'k', metaKey: true })],
	])('starts loading on %s, a moment before search opens', async (_name, act) => {
		const button = page();
		await stand();
		act(button);
		await loaded();
	});

	it('starts loading Pagefind’s index as soon as the UI exists, before the reader types', async () => {
		const button = page();
		await stand();
		const focused = vi.fn();
		document.addEventListener('focus', focused, true);
		button.click();
		await loaded();
		await vi.waitFor(() => expect(focused).toHaveBeenCalled());
		document.removeEventListener('focus', focused, true);
		expect(focused.mock.calls[0]![0].target).toBe(
			document.querySelector('#starlight__search input'),
		);
	});

	it('when search is already open, loads at once and puts the cursor in the search field', async () => {
		page({ open: true });
		await stand();
		await loaded();
		await vi.waitFor(() =>
			expect(document.activeElement).toBe(document.querySelector('#starlight__search input')),
		);
	});

	it('opens search with / unless the reader is typing or holding a modifier', async () => {
		const button = page();
		await stand();
		const opened = vi.fn();
		button.addEventListener('click', opened);

		expect(press(document.getElementById('other')!, { key: '/' }).defaultPrevented).toBe(false);
		press(document.body, { key: '/', ctrlKey: true });
		press(document.body, { key: '/', altKey: true });
		expect(opened).not.toHaveBeenCalled();

		expect(press(document.body, { key: '/' }).defaultPrevented).toBe(true);
		expect(opened).toHaveBeenCalledTimes(1);
		await loaded();
	});

	it('does nothing on a page without Starlight’s search button', async () => {
		document.body.innerHTML = '<main></main>';
		await stand();
		press(document.body, { key: 'Control' });
		press(document.body, { key: '/' });
		// Every import started by now has settled, so a load that had begun would show.
		await vi.dynamicImportSettled();
		expect(RealUI).not.toHaveBeenCalled();
		expect(listen).not.toHaveBeenCalledWith('keydown', expect.anything());
	});
});
