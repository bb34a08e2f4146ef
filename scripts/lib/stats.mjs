// @ts-check
/** Small statistics for the benchmark. */

/**
 * The p-th percentile of some values, interpolating linearly between the two nearest ranks
 * (as spreadsheets' PERCENTILE does).
 * @param {number[]} values
 * @param {number} p 0–100
 */
export function percentile(values, p) {
	if (values.length === 0) return Number.NaN;
	const sorted = values.toSorted((a, b) => a - b);
	const rank = (p / 100) * (sorted.length - 1);
	const low = Math.floor(rank);
	const high = Math.ceil(rank);
	const lower = sorted[low] ?? 0;
	return lower + ((sorted[high] ?? lower) - lower) * (rank - low);
}

/** @param {number[]} values */
export function median(values) {
	return percentile(values, 50);
}
