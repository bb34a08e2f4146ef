/**
 * The builds the e2e suite tests, one Playwright project each (playwright.config.ts).
 * `scripts/build-variants.ts` builds them all before the tests run; each is then served by its
 * own `astro preview`.
 */
export interface Variant {
	name: string;
	/** The base path the build is served at. */
	base: string;
	/** Where the build goes, and what `astro preview` serves. */
	outDir: string;
	/** Extra build environment. */
	env: Record<string, string>;
	/** The public origin, for canonical links and the sitemap; absent as in a local build. */
	siteUrl?: string;
	port: number;
	/** Which tests run against it (by tag): everything, the base-dependent ones, or the fallback. */
	grep?: RegExp;
	grepInvert?: RegExp;
}

/** Tag for tests whose outcome depends on the base path; they run at `/` and at `/guide/`. */
export const BASE_PATH_TAG = '@base-path';
/** Tag for the diagrams' in-browser fallback, tested against a build made without a browser. */
export const CLIENT_DIAGRAMS_TAG = '@client-diagrams';

const buildsDir = process.env.E2E_BUILDS_DIR ?? '.e2e-builds';
// Runs sharing a machine pick another range with E2E_PORT.
const port = Number(process.env.E2E_PORT ?? 4455);

export const VARIANTS: Variant[] = [
	{
		name: 'root',
		base: '/',
		outDir: `${buildsDir}/root`,
		env: {},
		// The tests read the pages from the sitemap, which needs an origin; this one is never fetched.
		siteUrl: 'http://127.0.0.1',
		port,
		grepInvert: new RegExp(CLIENT_DIAGRAMS_TAG),
	},
	{
		// As GitHub Pages and many static hosts serve it.
		name: 'sub-path',
		base: '/guide/',
		outDir: `${buildsDir}/sub-path`,
		env: {},
		siteUrl: 'http://127.0.0.1',
		port: port + 1,
		grep: new RegExp(BASE_PATH_TAG),
	},
	{
		// Built as if no browser were available, so diagrams render in the reader's browser; and
		// without SITE_URL, as a first local build is.
		name: 'client-diagrams',
		base: '/',
		outDir: `${buildsDir}/client-diagrams`,
		env: { MERMAID_CLIENT: '1' },
		port: port + 2,
		grep: new RegExp(CLIENT_DIAGRAMS_TAG),
	},
];

/** The environment `astro build` and `astro preview` get for a variant. */
export function variantEnv(variant: Variant): Record<string, string> {
	return {
		...(variant.siteUrl ? { SITE_URL: variant.siteUrl } : {}),
		...variant.env,
		BASE_PATH: variant.base,
		OUT_DIR: variant.outDir,
	};
}
