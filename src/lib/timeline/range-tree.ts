/**
 * A static segment tree over numbers: range min or max, and the places above a threshold.
 * d3-array has bisectors for sorted values but nothing for range queries over unsorted ones,
 * which clustering needs to find the gaps wider than a threshold without visiting every item.
 *
 * Its state is plain data (numbers, a flag and a typed array), so a tree built in a worker
 * crosses to the page by structured clone and comes back to life with {@link RangeTree.revive}
 * (which is why nothing here is a private `#` member: those do not survive it).
 */
export class RangeTree {
	/** Leaves in the tree: the number of values rounded up to a power of two. */
	readonly size: number;
	/** How many values there are. */
	readonly n: number;
	/** The tree, root at 1, leaves from {@link size}. */
	readonly tree: Float64Array;
	/** Whether it keeps maxima (else minima). */
	readonly max: boolean;

	/** @param values the numbers, by position; @param op Math.min or Math.max. */
	constructor(values: Float64Array, op: (a: number, b: number) => number) {
		this.n = values.length;
		let size = 1;
		while (size < this.n) size *= 2;
		this.size = size;
		this.max = op === Math.max;
		this.tree = new Float64Array(2 * size).fill(this.max ? -Infinity : Infinity);
		this.tree.set(values, size);
		for (let i = size - 1; i > 0; i--) this.tree[i] = op(this.tree[2 * i] as number, this.tree[2 * i + 1] as number);
	}

	/** A tree that went through structured clone (a plain object with its fields), as a tree again. */
	static revive(data: Pick<RangeTree, 'size' | 'n' | 'tree' | 'max'>): RangeTree {
		return Object.setPrototypeOf(data, RangeTree.prototype) as RangeTree;
	}

	/** op over [a, b). */
	query(a: number, b: number): number {
		const op = this.max ? Math.max : Math.min;
		let result = this.max ? -Infinity : Infinity;
		for (let l = a + this.size, r = b + this.size; l < r; l >>= 1, r >>= 1) {
			if (l & 1) result = op(result, this.tree[l++] as number);
			if (r & 1) result = op(result, this.tree[--r] as number);
		}
		return result;
	}

	/** Appends to `out`, ascending, each i in [a, b) whose value is above `threshold` (max trees only). */
	above(a: number, b: number, threshold: number, out: number[], node = 1, lo = 0, hi = this.size): void {
		if (b <= lo || hi <= a || (this.tree[node] as number) <= threshold || lo >= this.n) return;
		if (hi - lo === 1) {
			out.push(lo);
			return;
		}
		const mid = (lo + hi) >>> 1;
		this.above(a, b, threshold, out, 2 * node, lo, mid);
		this.above(a, b, threshold, out, 2 * node + 1, mid, hi);
	}
}
