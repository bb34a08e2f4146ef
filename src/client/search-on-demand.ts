/**
 * Stands in for `@pagefind/default-ui` in Starlight's search component (astro.config.mjs aliases
 * the package to this module). Starlight creates the search UI when the page goes idle, which
 * loads 26 KB of gzipped JavaScript on every page whether or not the reader searches. This
 * stand-in keeps Starlight's options and creates the real UI on first use: a click on the search
 * button, Ctrl+K or ⌘K, or `/`. Hovering or focusing the button, or pressing Ctrl or ⌘, starts
 * the download a moment before.
 */
type Options = Record<string, unknown>;

let loading: Promise<void> | undefined;

function load(options: Options): Promise<void> {
	// Pagefind's own script, which the UI imports on first focus, starts downloading alongside it.
	const bundlePath =
		typeof options['bundlePath'] === 'string' ? options['bundlePath'] : '/pagefind/';
	void import(/* @vite-ignore */ `${bundlePath}pagefind.js`).catch(() => undefined);
	loading ??= import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs').then(
		({ PagefindUI: RealUI }) => {
			new RealUI(options);
			const input = document.querySelector<HTMLInputElement>('#starlight__search input');
			// The UI loads Pagefind's index and WebAssembly when its input gets focus; start that now,
			// before the reader has typed, and focus the input if the dialog is already open.
			input?.dispatchEvent(new FocusEvent('focus'));
			if (document.querySelector('site-search dialog[open]')) input?.focus();
		},
	);
	return loading;
}

const editable = (target: EventTarget | null) =>
	target instanceof HTMLElement &&
	(target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

// Starlight calls `new PagefindUI(options)`, so the stand-in has to be a class.
// eslint-disable-next-line @typescript-eslint/no-extraneous-class
export class PagefindUI {
	constructor(options: Options) {
		const button = document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]');
		if (!button) return;
		const start = () => void load(options);
		// Starlight creates this when the page goes idle; a reader may have opened search already.
		if (document.querySelector('site-search dialog[open]')) start();
		button.addEventListener('click', start, { once: true });
		button.addEventListener('pointerenter', start, { once: true });
		button.addEventListener('focus', start, { once: true });
		window.addEventListener('keydown', (event) => {
			// Ctrl or ⌘ goes down before the K of the shortcut: start then, not a key later.
			if (
				event.key === 'Control' ||
				event.key === 'Meta' ||
				((event.metaKey || event.ctrlKey) && event.key === 'k')
			)
				start();
			// `/` opens search too, as on most documentation sites, unless the reader is typing.
			if (
				event.key === '/' &&
				!event.metaKey &&
				!event.ctrlKey &&
				!event.altKey &&
				!editable(event.target)
			) {
				event.preventDefault();
				button.click();
			}
		});
	}
}
