/** Gathers the sources cited across the guide into one deduplicated list, grouped by site. */

export interface CitingPage {
	path: string;
	title: string;
	reviewed: Date;
	sources: { title: string; url: string; checked?: Date | undefined }[];
}

export interface Reference {
	url: string;
	title: string;
	/** The latest date any citing page says the source was checked. */
	checked: Date;
	citedBy: { path: string; title: string }[];
}

export interface ReferenceGroup {
	host: string;
	items: Reference[];
}

/** Sources given only as URLs (the comparison ratings, the quiz's rules), cited on one page. */
export interface BareCitations {
	path: string;
	title: string;
	reviewed: Date;
	urls: string[];
}

export function gatherReferences(
	pages: CitingPage[],
	bare: BareCitations[] = [],
): ReferenceGroup[] {
	const byUrl = new Map<string, Reference>();
	const cite = (
		url: string,
		title: string | undefined,
		checked: Date,
		page: { path: string; title: string },
	) => {
		const reference = byUrl.get(url) ?? { url, title: title ?? url, checked, citedBy: [] };
		if (title && reference.title === url) reference.title = title;
		if (checked > reference.checked) reference.checked = checked;
		if (!reference.citedBy.some((cited) => cited.path === page.path)) {
			reference.citedBy.push({ path: page.path, title: page.title });
		}
		byUrl.set(url, reference);
	};
	for (const page of pages) {
		for (const source of page.sources)
			cite(source.url, source.title, source.checked ?? page.reviewed, page);
	}
	for (const citing of bare)
		for (const url of citing.urls) cite(url, undefined, citing.reviewed, citing);

	const groups = new Map<string, Reference[]>();
	for (const reference of byUrl.values()) {
		reference.citedBy.sort((a, b) => a.title.localeCompare(b.title));
		const host = new URL(reference.url).hostname.replace(/^www\./, '');
		groups.set(host, [...(groups.get(host) ?? []), reference]);
	}
	return [...groups.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([host, items]) => ({
			host,
			items: items.sort((a, b) => a.title.localeCompare(b.title)),
		}));
}
