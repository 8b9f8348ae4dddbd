/** What {@link searchText} found. */
export interface TextSearchResult {
	/** The needles that occur in the text (the empty needle always does). */
	found: Set<string>;
	/**
	 * Elementary steps taken: trie edges looked up or added, and failure links followed.
	 * At most a small multiple of the text's length plus the needles' total length.
	 */
	steps: number;
}

/**
 * Child edges of the trie, keyed by (node, UTF-16 code unit), in one open-addressing hash
 * table of typed arrays: a Map per node would cost a million objects for a big dataset.
 */
class Edges {
	private mask: number;
	private from: Int32Array;
	private unit: Uint16Array;
	private to: Int32Array;

	constructor(capacity: number) {
		let size = 16;
		while (size < capacity * 2) size *= 2;
		this.mask = size - 1;
		this.from = new Int32Array(size).fill(-1);
		this.unit = new Uint16Array(size);
		this.to = new Int32Array(size);
	}

	private slot(node: number, unit: number): number {
		let slot = (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit + 1, 0x85ebca77)) & this.mask;
		while (this.from[slot] !== -1 && (this.from[slot] !== node || this.unit[slot] !== unit)) slot = (slot + 1) & this.mask;
		return slot;
	}

	/** The child of `node` along `unit`, or -1. */
	get(node: number, unit: number): number {
		const slot = this.slot(node, unit);
		return this.from[slot] === -1 ? -1 : (this.to[slot] ?? -1);
	}

	set(node: number, unit: number, child: number): void {
		const slot = this.slot(node, unit);
		this.from[slot] = node;
		this.unit[slot] = unit;
		this.to[slot] = child;
	}
}

/**
 * Which of `needles` occur in `text`, verbatim, in time linear in the text's length plus
 * the needles' total length however the two are made (Aho–Corasick): one pass over the text
 * answers for every needle at once. Searching for each needle on its own degrades on
 * adversarial input, say thousands of quotes sharing an opening that the text repeats
 * thousands of times; this cannot.
 */
export function searchText(text: string, needles: Iterable<string>): TextSearchResult {
	const distinct = new Set(needles);
	let total = 1;
	for (const needle of distinct) total += needle.length;
	const edges = new Edges(total);
	const parent = new Int32Array(total);
	const unit = new Uint16Array(total);
	const depth = new Int32Array(total);
	const terminal = new Map<string, number>();
	let nodes = 1;
	let steps = 0;

	for (const needle of distinct) {
		let node = 0;
		for (let i = 0; i < needle.length; i++) {
			const code = needle.charCodeAt(i);
			let child = edges.get(node, code);
			steps++;
			if (child === -1) {
				child = nodes++;
				edges.set(node, code, child);
				parent[child] = node;
				unit[child] = code;
				depth[child] = depth[node]! + 1;
			}
			node = child;
		}
		terminal.set(needle, node);
	}

	// Nodes by depth (counting sort), so every failure link points to a node already done.
	const byDepth = orderByDepth(depth, nodes);
	const fail = new Int32Array(nodes);
	for (let k = 1; k < nodes; k++) {
		const node = byDepth[k]!;
		if (depth[node] === 1) continue;
		const code = unit[node]!;
		let state = fail[parent[node]!]!;
		let next = edges.get(state, code);
		steps++;
		while (next === -1 && state !== 0) {
			state = fail[state]!;
			next = edges.get(state, code);
			steps++;
		}
		fail[node] = next === -1 ? 0 : next;
	}

	const seen = new Uint8Array(nodes);
	let state = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		let next = edges.get(state, code);
		steps++;
		while (next === -1 && state !== 0) {
			state = fail[state]!;
			next = edges.get(state, code);
			steps++;
		}
		state = next === -1 ? 0 : next;
		seen[state] = 1;
	}
	// A needle occurs where a state reached has it as a suffix: pass each mark down its failure link.
	for (let k = nodes - 1; k > 0; k--) {
		const node = byDepth[k]!;
		if (seen[node]) seen[fail[node]!] = 1;
		steps++;
	}

	const found = new Set<string>();
	for (const [needle, node] of terminal) if (node === 0 || seen[node]) found.add(needle);
	return { found, steps };
}

function orderByDepth(depth: Int32Array, nodes: number): Int32Array {
	let deepest = 0;
	for (let node = 0; node < nodes; node++) deepest = Math.max(deepest, depth[node]!);
	// start[d] is where the nodes of depth d begin in the order.
	const start = new Int32Array(deepest + 2);
	for (let node = 0; node < nodes; node++) start[depth[node]! + 1] = start[depth[node]! + 1]! + 1;
	for (let d = 1; d < start.length; d++) start[d] = start[d]! + start[d - 1]!;
	const order = new Int32Array(nodes);
	for (let node = 0; node < nodes; node++) {
		const d = depth[node]!;
		order[start[d]!] = node;
		start[d] = start[d]! + 1;
	}
	return order;
}
