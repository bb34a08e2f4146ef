declare module '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs' {
	/** Pagefind's search UI; the package ships no types. */
	export class PagefindUI {
		constructor(options: Record<string, unknown>);
	}
}
