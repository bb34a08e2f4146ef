/** Checks of the dates the guide's data and pages carry. */

/**
 * Why `value` is not a usable review date, or undefined when it is one: a real calendar day in
 * YYYY-MM-DD form, not after `today` (a review cannot happen in the future).
 */
export function reviewDateProblem(value: unknown, today: Date = new Date()): string | undefined {
	const text =
		value instanceof Date && !Number.isNaN(value.getTime())
			? value.toISOString().slice(0, 10)
			: value;
	if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) {
		return `expected a date in YYYY-MM-DD form, received ${value === null || value === undefined ? 'nothing' : JSON.stringify(String(value))}`;
	}
	const date = new Date(`${text}T00:00:00Z`);
	if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text)
		return `“${text}” is not a calendar date`;
	// A day ahead of UTC's today is allowed: it is already that day somewhere.
	if (date.getTime() > today.getTime() + 24 * 60 * 60 * 1000) return `“${text}” is in the future`;
	return undefined;
}
