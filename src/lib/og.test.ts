import { describe, expect, it } from 'vitest';
import { ogImagePath, ogSlug, ogSvg, wrap } from './og.ts';

describe('the social preview image', () => {
	it('wraps text at spaces and ends a cut summary with an ellipsis', () => {
		expect(wrap('one two three four', 9, 3)).toEqual(['one two', 'three', 'four']);
		const cut = wrap('a'.repeat(5) + ' b'.repeat(100), 20, 2);
		expect(cut).toHaveLength(2);
		expect(cut[1]).toMatch(/…$/);
	});

	it('escapes text so a title cannot break the SVG', () => {
		const svg = ogSvg({ title: 'A <b> & "c"', summary: 'x', kicker: 'Guide', siteName: 'Site' });
		expect(svg).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
		expect(svg).not.toContain('<b>');
	});

	it('names the home page’s card index, and every other card after its page', () => {
		expect(ogSlug('')).toBe('index');
		expect(ogImagePath('')).toBe('/og/index.png');
		expect(ogImagePath('recommendations/namespaces')).toBe('/og/recommendations/namespaces.png');
	});
});
