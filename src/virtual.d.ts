declare module 'virtual:guide-data' {
	/** The guide's data, checked when the Astro config was set up (config/guide-data.ts). */
	const data: import('./lib/data/load.ts').GuideData;
	export default data;
}
