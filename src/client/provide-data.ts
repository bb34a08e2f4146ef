/**
 * Hands the decision data to the plan element: the questions, which the quiz's page has already
 * cached, and the rules. Imported before the element's module, so the data is there when the
 * element is defined and upgraded.
 */
import './provide-questions.ts';
import rules from 'virtual:guide-data/decision';
import { providePlanRules } from './data.ts';

providePlanRules(rules);
