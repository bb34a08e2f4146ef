import { describe, expect, it } from 'vitest';
import { withQuery } from './same-page.ts';

describe('withQuery', () => {
	it('replaces the query and drops the fragment, on the same page', () => {
		expect(withQuery('https://example.org/guide/decide/?v=1#edit', '?v=2&a=b')).toBe(
			'https://example.org/guide/decide/?v=2&a=b',
		);
		expect(withQuery('https://example.org/decide/?v=2', '')).toBe('https://example.org/decide/');
	});

	it('stays on the same origin for a path that starts with two slashes', () => {
		const url = withQuery('http://127.0.0.1:4321//decide/', '?v=3');
		expect(new URL(url).origin).toBe('http://127.0.0.1:4321');
		expect(url).toBe('http://127.0.0.1:4321//decide/?v=3');
	});
});
