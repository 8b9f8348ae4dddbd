/** A run of text, marked or not: what the studio renders as a text node or a `<mark>`. */
export interface TextRun {
	text: string;
	/** Whether this run is one of the marked ranges. */
	marked: boolean;
	/** Where the run starts in the whole text, a stable key for rendering. */
	start: number;
}

/**
 * A text cut into runs at the given ranges ([start, end) offsets), so found dates can be
 * highlighted with `<mark>` elements built from offsets, never with HTML. Ranges may come
 * in any order; overlapping ones are merged, and ones outside the text are clipped.
 */
export function markRuns(text: string, ranges: readonly { start: number; end: number }[]): TextRun[] {
	const clipped = ranges
		.map((r) => ({ start: Math.max(0, Math.min(r.start, text.length)), end: Math.max(0, Math.min(r.end, text.length)) }))
		.filter((r) => r.end > r.start)
		.sort((a, b) => a.start - b.start);
	const runs: TextRun[] = [];
	let at = 0;
	for (const range of clipped) {
		if (range.end <= at) continue;
		const start = Math.max(range.start, at);
		if (start > at) runs.push({ text: text.slice(at, start), marked: false, start: at });
		const last = runs.at(-1);
		// An overlapping range extends the mark before it rather than starting another.
		if (last?.marked && last.start + last.text.length === start) last.text += text.slice(start, range.end);
		else runs.push({ text: text.slice(start, range.end), marked: true, start });
		at = range.end;
	}
	if (at < text.length || runs.length === 0) runs.push({ text: text.slice(at), marked: false, start: at });
	return runs;
}
