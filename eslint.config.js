// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		ignores: [
			'dist/',
			'.astro/',
			'.cache/',
			'.e2e-builds/',
			'e2e-artifacts/',
			'test-results/',
			'node_modules/',
			'.scratch/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.strict,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
			],
		},
	},
	{
		// Tests index into fixtures they just built; strictest's noUncheckedIndexedAccess would make
		// every such lookup a guard, so `!` is allowed there and only there.
		files: ['e2e/**', 'test/**', '**/*.test.ts'],
		rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
	},
);
