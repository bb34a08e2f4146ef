/**
 * Shortens the pause Pagefind's search UI waits after each keystroke (300 ms by default) before
 * it searches. A search of this guide's index takes about 10 ms, so the default pause was nearly
 * all of the time a reader waited for results. Starlight's `pagefind` option does not pass this
 * setting through, so this Vite plugin adds it to Starlight's generated config module.
 *
 * Upstream: Pagefind's `debounceTimeoutMs` (https://github.com/Pagefind/pagefind/issues/105);
 * Starlight's rework of its search UI, which would make this patch unnecessary, is
 * https://github.com/withastro/starlight/pull/3335. Remove the patch when that lands.
 */
import type { Plugin } from 'vite';

const MODULE = 'virtual:starlight/pagefind-config';
const EXPORT = 'export const pagefindUserConfig = ';

export function pagefindDebounce(milliseconds: number): Plugin {
	return {
		name: 'guide:pagefind-debounce',
		enforce: 'post',
		transform(code, id) {
			if (!id.includes(MODULE)) return undefined;
			if (!code.includes(EXPORT)) {
				throw new Error(`${MODULE} no longer looks as expected; update config/search-debounce.ts.`);
			}
			return `${code}\npagefindUserConfig.debounceTimeoutMs = ${milliseconds};\n`;
		},
	};
}
