import { defineConfig } from 'vitest/config';

// Unit tests cover pure modules only; browser behaviour is Playwright's job (e2e/).
export default defineConfig({
	test: {
		include: ['{src,config,scripts,test}/**/*.test.ts'],
		environment: 'node',
	},
});
