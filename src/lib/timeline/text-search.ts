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
 * Child edges of the trie, keyed by (node, UTF-16 code unit). Nodes are numbered as they
 * are made, so a needle's path runs through consecutive numbers: each node's first child
 * sits in two flat arrays read in order, and only the other children (where needles branch)
 * go to an open-addressing hash table of typed arrays, which grows as needed. A Map per
 * node would cost a million objects for a big dataset, and one big table a cache miss a step.
 */
class Edges {
	private firstUnit: Int32Array;
	private firstChild: Int32Array;
	private mask = 1023;
	private size = 0;
	private from = new Int32Array(1024).fill(-1);
	private unit = new Uint16Array(1024);
	private to = new Int32Array(1024);

	constructor(nodes: number) {
		this.firstUnit = new Int32Array(nodes).fill(-1);
		this.firstChild = new Int32Array(nodes);
	}

	private slot(node: number, unit: number): number {
		let slot = Math.imul(Math.imul(node, 0x9e3779b1) ^ unit, 0x85ebca77) >>> 7 & this.mask;
		while (this.from[slot] !== -1 && (this.from[slot] !== node || this.unit[slot] !== unit)) slot = (slot + 1) & this.mask;
		return slot;
	}

	/** The child of `node` along `unit`, or -1. */
	get(node: number, unit: number): number {
		if (this.firstUnit[node] === unit) return this.firstChild[node]!;
		if (this.firstUnit[node] === -1 || this.size === 0) return -1;
		const slot = this.slot(node, unit);
		return this.from[slot] === -1 ? -1 : this.to[slot]!;
	}

	/** Adds an edge that `get` said is missing. */
	add(node: number, unit: number, child: number): void {
		if (this.firstUnit[node] === -1) {
			this.firstUnit[node] = unit;
			this.firstChild[node] = child;
			return;
		}
		if (2 * (this.size + 1) > this.mask) this.grow();
		const slot = this.slot(node, unit);
		this.from[slot] = node;
		this.unit[slot] = unit;
		this.to[slot] = child;
		this.size++;
	}

	private grow(): void {
		const { from, unit, to } = this;
		this.mask = this.mask * 2 + 1;
		this.from = new Int32Array(this.mask + 1).fill(-1);
		this.unit = new Uint16Array(this.mask + 1);
		this.to = new Int32Array(this.mask + 1);
		for (let old = 0; old < from.length; old++) {
			if (from[old] === -1) continue;
			const slot = this.slot(from[old]!, unit[old]!);
			this.from[slot] = from[old]!;
			this.unit[slot] = unit[old]!;
			this.to[slot] = to[old]!;
		}
	}
}

/** Needles at least this long are first looked for where a word starts, by their opening. */
const OPENING = 16;

/**
 * Which of `needles` occur in `text`, verbatim, in time linear in the text's length plus
 * the needles' total length however the two are made: searching for each needle on its own
 * degrades on adversarial input, say thousands of quotes sharing an opening that the text
 * repeats thousands of times; this cannot.
 *
 * Quotes and date words usually start where a word starts, so each is first tried at the
 * word starts with its opening, while a budget of character comparisons (twice the input's
 * size) lasts. What that does not settle goes through one Aho–Corasick automaton, a single
 * pass over the text that answers for all those needles at once (or, for a few short
 * needles, a plain search each).
 */
export function searchText(text: string, needles: Iterable<string>): TextSearchResult {
	const distinct = new Set(needles);
	let size = text.length;
	for (const needle of distinct) size += needle.length;
	let budget = 2 * size;
	let steps = 0;
	const found = new Set<string>();
	const rest = new Set<string>();
	// Word starts by opening, only for openings some needle has.
	const starts = new Map<number, number[]>();
	for (const needle of distinct) {
		if (needle.length >= OPENING) starts.set(openingKey(needle, 0), []);
		steps++;
	}
	for (let i = 0; i + OPENING <= text.length; i++) {
		if (i > 0 && !isSpace(text.charCodeAt(i - 1))) continue;
		starts.get(openingKey(text, i))?.push(i);
		steps++;
	}
	steps += text.length;
	for (const needle of distinct) {
		const places = needle.length >= OPENING ? starts.get(openingKey(needle, 0)) : undefined;
		let hit = false;
		for (let k = 0; !hit && places && k < places.length && budget >= needle.length; k++) {
			hit = text.startsWith(needle, places[k]);
			budget -= needle.length;
			steps += needle.length;
		}
		if (hit) found.add(needle);
		else rest.add(needle);
	}
	// A few short needles (date words) are cheaper searched for one by one, each in time
	// linear in the text since it is short; many go through one automaton.
	if ([...rest].every((needle) => needle.length < OPENING) && rest.size * text.length <= budget) {
		for (const needle of rest) if (text.includes(needle)) found.add(needle);
		return { found, steps: steps + rest.size * text.length };
	}
	const automaton = searchAutomaton(text, rest);
	for (const needle of automaton.found) found.add(needle);
	return { found, steps: steps + automaton.steps };
}

/** A number for the first OPENING code units from `at`; equal openings give equal numbers. */
function openingKey(text: string, at: number): number {
	let key = 0;
	for (let i = at; i < at + OPENING; i++) key = (Math.imul(key, 31) + text.charCodeAt(i)) | 0;
	return key;
}

/** Space, tab, line breaks and the no-break space: what a word starts after. */
function isSpace(code: number): boolean {
	return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0;
}

/** Aho–Corasick: which needles occur in the text, in one pass over it after building the automaton. */
function searchAutomaton(text: string, distinct: Set<string>): TextSearchResult {
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
				edges.add(node, code, child);
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

/** What a {@link createPhraseFinder} finder found in one text. */
export interface PhraseMatches {
	/** Each phrase that occurs, with where its first occurrence starts (UTF-16 index). */
	first: Map<string, number>;
	/** Elementary steps taken for this text: trie edges looked up, failure and output links followed. */
	steps: number;
}

/**
 * A finder of where each of `phrases` first occurs in a text, for many texts in turn (the
 * paragraphs of an article and the quotes of its events). The Aho–Corasick automaton is built
 * once; each text then costs a pass over it plus one step per phrase it contains, however
 * many phrases share openings or the text repeats them. Trying every phrase at every place
 * its opening occurs, the obvious way, grows with their product.
 */
export function createPhraseFinder(phrases: Iterable<string>): (text: string) => PhraseMatches {
	const distinct = [...new Set(phrases)].filter((phrase) => phrase.length > 0);
	let total = 1;
	for (const phrase of distinct) total += phrase.length;
	const edges = new Edges(total);
	const parent = new Int32Array(total);
	const unit = new Uint16Array(total);
	const depth = new Int32Array(total);
	/** The phrase ending at a node, by node, or undefined. */
	const phraseAt: (string | undefined)[] = [];
	let nodes = 1;
	for (const phrase of distinct) {
		let node = 0;
		for (let i = 0; i < phrase.length; i++) {
			const code = phrase.charCodeAt(i);
			let child = edges.get(node, code);
			if (child === -1) {
				child = nodes++;
				edges.add(node, code, child);
				parent[child] = node;
				unit[child] = code;
				depth[child] = depth[node]! + 1;
			}
			node = child;
		}
		phraseAt[node] = phrase;
	}
	const byDepth = orderByDepth(depth, nodes);
	const fail = new Int32Array(nodes);
	// The nearest node down the failure links where a phrase ends (0: none).
	const output = new Int32Array(nodes);
	for (let k = 1; k < nodes; k++) {
		const node = byDepth[k]!;
		if (depth[node] !== 1) {
			const code = unit[node]!;
			let state = fail[parent[node]!]!;
			let next = edges.get(state, code);
			while (next === -1 && state !== 0) {
				state = fail[state]!;
				next = edges.get(state, code);
			}
			fail[node] = next === -1 ? 0 : next;
		}
		const f = fail[node]!;
		output[node] = phraseAt[f] !== undefined ? f : output[f]!;
	}
	// Which nodes this text has reached already, by a number per text: no clearing between texts.
	const reached = new Int32Array(nodes);
	let pass = 0;

	return (text) => {
		pass++;
		const first = new Map<string, number>();
		let steps = 0;
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
			// Every phrase ending here is down the output links; once one is reached again, so
			// were all those after it, at this place or earlier, so the walk stops there.
			let node = phraseAt[state] !== undefined ? state : output[state]!;
			while (node !== 0 && reached[node] !== pass) {
				reached[node] = pass;
				const phrase = phraseAt[node]!;
				first.set(phrase, i + 1 - phrase.length);
				node = output[node]!;
				steps++;
			}
		}
		return { first, steps };
	};
}
