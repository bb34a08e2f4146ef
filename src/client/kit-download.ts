/**
 * Loaded only when the reader presses "Download starter kit": the generator, the guide's
 * examples and the zip library, then the .zip handed to the browser as a download.
 */
import { strToU8, zipSync } from 'fflate';
import type { PlanView } from '../lib/decision/explain.ts';
import type { Answers } from '../lib/decision/types.ts';
import { localDay } from '../lib/decision/adr.ts';
import { EXAMPLES } from '../lib/kit/examples.ts';
import type { Provider } from '../lib/kit/features.ts';
import { generateKit, kitFileName } from '../lib/kit/generate.ts';
import { saveFile } from './save-file.ts';

export interface KitRequest {
	view: PlanView;
	answers: Answers;
	provider: Provider;
	tenants: string[];
	shareUrl: string;
}

/** Saves the kit and returns its file name. */
export function downloadKit(request: KitRequest): string {
	const files = generateKit({ ...request, examples: EXAMPLES, date: localDay() });
	const zip = zipSync(Object.fromEntries(files.map((file) => [file.path, strToU8(file.text)])), {
		level: 6,
	});
	const name = kitFileName(request.view);
	saveFile(name, new Blob([zip], { type: 'application/zip' }));
	return name;
}
