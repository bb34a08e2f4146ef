/**
 * The character encoding comes first: the HTML standard requires `<meta charset>` within the
 * first 1024 bytes of a page, and a browser that meets the Content-Security-Policy (or anything
 * else) before it may have to re-read the page. Reads every HTML file of every variant's build,
 * so it runs once, in the root project.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../support/fixtures.ts';
import { VARIANTS } from '../variants.ts';

/** Where a page declares its encoding and its policy, in bytes from the start of the file. */
function offsets(bytes: Buffer): { charset: number; policy: number } {
	return {
		charset: bytes.indexOf('<meta charset="utf-8"'),
		policy: bytes.indexOf('<meta http-equiv="Content-Security-Policy"'),
	};
}

test.describe('the character encoding', () => {
	for (const variant of VARIANTS) {
		test(`every page of the ${variant.name} build declares its charset in the first 1024 bytes, before the policy`, () => {
			const files = globSync('**/*.html', { cwd: variant.outDir });
			expect(files.length, `HTML files in ${variant.outDir}`).toBeGreaterThan(10);
			const late = files.flatMap((file) => {
				const { charset, policy } = offsets(readFileSync(join(variant.outDir, file)));
				const ok =
					charset >= 0 && charset + '<meta charset="utf-8">'.length <= 1024 && charset < policy;
				return ok ? [] : [`${file}: charset at byte ${charset}, policy at byte ${policy}`];
			});
			expect(late, 'pages whose charset is missing, late, or after the policy').toEqual([]);
		});
	}
});
