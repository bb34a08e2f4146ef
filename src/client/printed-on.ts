/** The line a printed plan ends with: the day it was printed, as readers write it. */
export function printedOn(now: Date): string {
	return `Printed on ${now.toLocaleDateString('en-GB', { dateStyle: 'long' })}`;
}

/** Fills the element with today's line now and again before each print. */
export function keepPrintedOn(line: HTMLElement): void {
	const fill = () => (line.textContent = printedOn(new Date()));
	fill();
	window.addEventListener('beforeprint', fill);
}
