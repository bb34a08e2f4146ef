import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	headersFile,
	nginxLocation,
	nginxSnippet,
	servedPath,
	SITE_WIDE_HEADERS,
} from './headers.ts';

describe('headersFile', () => {
	const file = headersFile([
		{ path: '/compare/', policy: "default-src 'self'; frame-ancestors 'none'" },
		{ path: '/', policy: "default-src 'self'; script-src 'self'; frame-ancestors 'none'" },
	]);

	it('starts with a fallback rule for every path, with nosniff, frame-ancestors and the referrer policy', () => {
		expect(file.split('\n').slice(0, 4)).toEqual([
			'/*',
			"  Content-Security-Policy: frame-ancestors 'none'",
			'  X-Content-Type-Options: nosniff',
			'  Referrer-Policy: strict-origin-when-cross-origin',
		]);
	});

	it('follows it with each page’s policy, one rule per page, sorted by path', () => {
		expect(file.split('\n\n').slice(1)).toEqual([
			"/\n  Content-Security-Policy: default-src 'self'; script-src 'self'; frame-ancestors 'none'",
			"/compare/\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n",
		]);
	});
});

describe('servedPath', () => {
	it('serves a folder’s index.html at the folder and other files at their own path, never with the base', () => {
		expect(servedPath('index.html')).toBe('/');
		expect(servedPath('decide/plan/index.html')).toBe('/decide/plan/');
		expect(servedPath('404.html')).toBe('/404.html');
		expect(servedPath('og\\index.png')).toBe('/og/index.png');
	});
});

describe('nginxLocation', () => {
	it('maps a base path onto the folder, with the 404 page and every site-wide header on every response', () => {
		const block = nginxLocation('/guide/', '/srv/guide/dist/');
		expect(block).toContain('location /guide/ {\n    alias /srv/guide/dist/;');
		expect(block).toContain('error_page 404 /guide/404.html;');
		expect(block).toMatch(
			/location = \/guide \{\n( {4}add_header .* always;\n){3} {4}return 301 \/guide\/;\n\}/,
		);
		for (const [name, value] of SITE_WIDE_HEADERS)
			expect(block).toContain(`add_header ${name} "${value}" always;`);
	});

	it('uses root, not alias, for a build served at the root', () => {
		const block = nginxLocation('/', '/srv/guide/dist');
		expect(block).toContain('location / {\n    root /srv/guide/dist;');
		expect(block).toContain('error_page 404 /404.html;');
		expect(block).not.toContain('return 301');
	});
});

describe('deploy/nginx.conf', () => {
	it('is the snippet generated from the same source as _headers', () => {
		expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(
			nginxSnippet('/guide/', '/srv/guide/dist'),
		);
	});
});
