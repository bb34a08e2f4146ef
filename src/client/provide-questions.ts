/**
 * Hands the questions to the quiz element. Imported before the element's module, so the data is
 * there when the element is defined and upgraded. The quiz needs no rules: they load on the plan.
 */
import questions from 'virtual:guide-data/questions';
import { provideQuizData } from './data.ts';

provideQuizData(questions);
