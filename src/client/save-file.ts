/** Hands a file the page made to the browser as a download. */
import { el } from './dom.ts';

export function saveFile(name: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const anchor = el('a', { href: url, download: name });
	document.body.append(anchor);
	anchor.click();
	anchor.remove();
	// The click starts the download before the URL is revoked; revoking at once can cancel it.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
