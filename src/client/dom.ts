/**
 * A tiny element builder for the quiz's scripts. Children are text or elements; strings always
 * become text nodes, so nothing from a URL can ever be parsed as HTML.
 */
type Child = Node | string | false | null | undefined;
type Attributes = Record<string, string | boolean | undefined>;

export function el<Tag extends keyof HTMLElementTagNameMap>(
	tag: Tag,
	attributes: Attributes = {},
	...children: Child[]
): HTMLElementTagNameMap[Tag] {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) {
		if (value === true) element.setAttribute(name, '');
		else if (typeof value === 'string') element.setAttribute(name, value);
	}
	element.append(
		...children.filter(
			(child): child is Node | string => typeof child === 'string' || child instanceof Node,
		),
	);
	return element;
}
