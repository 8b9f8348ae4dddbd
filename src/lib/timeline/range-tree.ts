/**
 * A static segment tree over numbers: range min or max, and the places above a threshold.
 * d3-array has bisectors for sorted values but nothing for range queries over unsorted ones,
 * which clustering needs to find the gaps wider than a threshold without visiting every item.
 */
export class RangeTree {
	readonly #size: number;
	readonly #n: number;
	readonly #tree: Float64Array;
	readonly #op: (a: number, b: number) => number;
	readonly #empty: number;

	/** @param values the numbers, by position; @param op Math.min or Math.max. */
	constructor(values: Float64Array, op: (a: number, b: number) => number) {
		this.#n = values.length;
		let size = 1;
		while (size < this.#n) size *= 2;
		this.#size = size;
		this.#op = op;
		this.#empty = op === Math.min ? Infinity : -Infinity;
		this.#tree = new Float64Array(2 * size).fill(this.#empty);
		this.#tree.set(values, size);
		for (let i = size - 1; i > 0; i--) this.#tree[i] = op(this.#tree[2 * i] as number, this.#tree[2 * i + 1] as number);
	}

	/** op over [a, b). */
	query(a: number, b: number): number {
		let result = this.#empty;
		for (let l = a + this.#size, r = b + this.#size; l < r; l >>= 1, r >>= 1) {
			if (l & 1) result = this.#op(result, this.#tree[l++] as number);
			if (r & 1) result = this.#op(result, this.#tree[--r] as number);
		}
		return result;
	}

	/** Appends to `out`, ascending, each i in [a, b) whose value is above `threshold` (max trees only). */
	above(a: number, b: number, threshold: number, out: number[], node = 1, lo = 0, hi = this.#size): void {
		if (b <= lo || hi <= a || (this.#tree[node] as number) <= threshold || lo >= this.#n) return;
		if (hi - lo === 1) {
			out.push(lo);
			return;
		}
		const mid = (lo + hi) >>> 1;
		this.above(a, b, threshold, out, 2 * node, lo, mid);
		this.above(a, b, threshold, out, 2 * node + 1, mid, hi);
	}
}
