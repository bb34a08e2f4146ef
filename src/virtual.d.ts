declare module 'virtual:guide-data' {
	/** The guide's data, checked when the Astro config was set up (config/guide-data.ts). */
	const data: import('./lib/data/load.ts').GuideData;
	export default data;
}

declare module 'virtual:guide-data/decision' {
	/** The decision data for the quiz and the plan in the browser (config/guide-data.ts). */
	const data: import('./lib/decision/types.ts').DecisionData;
	export default data;
}
