/**
 * Joins the site's base path (`/` or a sub-path such as `/guide/`) and a root-relative page
 * path. Use it for every link a component builds: Starlight prefixes only its own links.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
	return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** The URL path of a recommendation page; ids are part of the public URL contract. */
export function recommendationPath(id: string, base?: string): string {
	return withBase(`/recommendations/${id}/`, base);
}
