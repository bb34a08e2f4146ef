// Checks one slice of the answer space (see plan-properties.test.ts) and sends back the result.
import { parentPort, workerData } from 'node:worker_threads';
import { sweep } from './plan-properties.ts';

parentPort?.postMessage(sweep((workerData as { first: string }).first));
