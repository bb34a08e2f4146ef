/**
 * The guide's examples as text, bundled into the chunk that only loads when a reader downloads
 * a kit: the same files the pages show, so a fix to an example fixes the kit.
 */
const files = import.meta.glob<string>('/content/examples/*.yaml', {
	query: '?raw',
	import: 'default',
	eager: true,
});

export const EXAMPLES: Readonly<Record<string, string>> = Object.fromEntries(
	Object.entries(files).map(([path, text]) => [path.replace(/^.*\/|\.yaml$/g, ''), text]),
);
