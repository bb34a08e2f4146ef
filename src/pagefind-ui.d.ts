declare module '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs' {
	/** Pagefind's search UI; the package ships no types. */
	// eslint-disable-next-line @typescript-eslint/no-extraneous-class -- mirrors the package's API
	export class PagefindUI {
		constructor(options: Record<string, unknown>);
	}
}
