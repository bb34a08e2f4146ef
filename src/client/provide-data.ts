/**
 * Hands the decision data to the quiz and plan elements. Imported before the element's module,
 * so the data is there when the element is defined and upgraded.
 */
import decision from 'virtual:guide-data/decision';
import { provideDecisionData } from './data.ts';

provideDecisionData(decision);
