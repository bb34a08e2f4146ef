/**
 * The address of the current page with another query string and no fragment, for history
 * entries. Absolute, built from the page's own URL: a path such as `//decide/` written on its own
 * reads as another host, and the browser refuses to push it (a SecurityError).
 */
export function withQuery(href: string, query: string): string {
	const url = new URL(href);
	url.search = query;
	url.hash = '';
	return url.href;
}
