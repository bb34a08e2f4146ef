import { describe, expect, it } from 'vitest';
import { recommendationPath, withBase } from './paths.ts';

describe('withBase', () => {
	it('joins a root base and a path without doubling slashes', () => {
		expect(withBase('/decide/', '/')).toBe('/decide/');
		expect(withBase('decide/', '/')).toBe('/decide/');
	});

	it('keeps a sub-path base with or without its trailing slash', () => {
		expect(withBase('/decide/', '/guide/')).toBe('/guide/decide/');
		expect(withBase('/decide/', '/guide')).toBe('/guide/decide/');
	});
});

describe('recommendationPath', () => {
	it('builds the public /recommendations/<id>/ URL under the base', () => {
		expect(recommendationPath('cluster-per-tenant', '/guide/')).toBe(
			'/guide/recommendations/cluster-per-tenant/',
		);
	});
});
