// One slice of the answer space per file, so Vitest checks them in parallel.
import { propertySuite } from './plan-properties.ts';

propertySuite('single-team');
