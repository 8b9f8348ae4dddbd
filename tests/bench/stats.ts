/** Small helpers shared by the benchmark's two parts. */

/** The dataset sizes to measure: BENCH_SIZES (comma-separated) or 1,000, 10,000 and 100,000. */
export function benchSizes(): number[] {
	const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
	return sizes.filter((n) => Number.isInteger(n) && n > 0);
}

/** The value below which `p` (0 to 1) of `values` lie, by the nearest-rank method; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] as number;
}

/** The middle value (the mean of the two middle ones for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** 100000 → "100,000". */
export function formatCount(n: number): string {
	return n.toLocaleString('en-US');
}

/** Milliseconds for a table: `digits` decimals under 10 ms, one under 100, whole ms above; "–" when unknown. */
export function formatMs(ms: number, digits = 1): string {
	if (!Number.isFinite(ms)) return '–';
	if (ms < 10) return ms.toFixed(digits);
	return ms < 100 ? ms.toFixed(1) : formatCount(Math.round(ms));
}
