/**
 * Loaded only when the reader presses "Download decision record": the record's writer, and the
 * Markdown file handed to the browser as a download.
 */
import { decisionRecord, localDay, recordFileName, type RecordInput } from '../lib/decision/adr.ts';
import { saveFile } from './save-file.ts';

/** Saves the record, dated with the reader's own day, and returns its file name. */
export function downloadRecord(input: Omit<RecordInput, 'date'>): string {
	const date = localDay();
	const markdown = decisionRecord({ ...input, date });
	const name = recordFileName(input.view, date);
	saveFile(name, new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
	return name;
}
