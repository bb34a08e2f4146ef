// @ts-check
/**
 * html-validate configuration for the built pages (`node scripts/validate-html.mjs`, run for
 * every build by the e2e runner). The `html-validate:standard` preset, unchanged, except where
 * a dependency's markup breaks a rule and we cannot change that markup: each exception below
 * names the dependency. Our own markup is fixed instead of excused.
 *
 * This is a .mjs file rather than .htmlvalidate.json so that the exceptions can carry comments.
 */
import { defineConfig } from 'html-validate';

export default defineConfig({
	root: true,
	extends: ['html-validate:standard'],
	elements: [
		'html5',
		{
			// expressive-code (Starlight's code blocks, via astro-expressive-code) writes each line of
			// a code block as <div class="ec-line"> inside <code>, and an empty <div> inside its
			// copy <button>. The content model of these two elements is widened by exactly `div`;
			// everything else element-permitted-content checks, and every other element, is kept.
			code: { permittedContent: ['@phrasing', 'div'] },
			button: { permittedContent: ['@phrasing', 'div'] },
		},
	],
});
