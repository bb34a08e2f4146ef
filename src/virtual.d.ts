declare module 'virtual:guide-data' {
	/** The guide's data, checked when the Astro config was set up (config/guide-data.ts). */
	const data: import('./lib/data/load.ts').GuideData;
	export default data;
}

declare module 'virtual:guide-data/questions' {
	/** The questions, for the quiz and the plan in the browser (config/guide-data.ts). */
	const data: import('./lib/decision/types.ts').QuizData;
	export default data;
}

declare module 'virtual:guide-data/decision' {
	/** The rest of the decision data, for the plan in the browser (config/guide-data.ts). */
	const data: import('./lib/decision/types.ts').PlanRules;
	export default data;
}
