/**
 * What the quiz's and the plan's browser scripts work with: the decision data, split in two so the
 * quiz loads only what it shows, and the page's own sources. Pure.
 */
import { mostQuestions } from './path.ts';
import type { DecisionData, PlanRules, QuestionNotes, QuizData } from './types.ts';

export interface PageSource {
	title: string;
	url: string;
}

export interface ClientData {
	decision: DecisionData;
	/** The sources of the page, for the decision record (JSON in the page). */
	sources?: PageSource[];
}

/**
 * The quiz's half (questions and answers, without what only the plan shows) and the plan's half
 * (the rest, with each question's short name and each answer's explanation and source).
 * `joinDecisionData` puts them back together.
 */
export function splitDecisionData(data: DecisionData): { quiz: QuizData; rules: PlanRules } {
	const { version, questions, migrations, ...rest } = data;
	// Arrays in the questions' order: no keys to repeat, so the plan's file is smaller.
	const questionNotes: QuestionNotes = questions.map((question) => ({
		short: question.short,
		answers: question.answers.map(({ explanation, source }) => [explanation, source]),
	}));
	const quizQuestions = questions.map(({ answers, short: _short, ...question }) => ({
		...question,
		answers: answers.map(({ explanation: _explanation, source: _source, ...answer }) => answer),
	}));
	return {
		quiz: { version, questions: quizQuestions, migrations, mostQuestions: mostQuestions(data, {}) },
		rules: { ...rest, questionNotes },
	};
}

export function joinDecisionData(quiz: QuizData, rules: PlanRules): DecisionData {
	const { questionNotes, ...rest } = rules;
	const { mostQuestions: _most, ...questions } = quiz;
	return {
		...questions,
		...rest,
		questions: quiz.questions.map((question, q) => {
			const notes = questionNotes[q];
			return {
				...question,
				// Both halves come from one build, so notes match by position; should one be cut short,
				// a question or answer still shows its words.
				short: notes?.short ?? question.prompt,
				answers: question.answers.map((answer, a) => {
					const [explanation = '', source = ''] = notes?.answers[a] ?? [];
					return { ...answer, explanation, source };
				}),
			};
		}),
	};
}
