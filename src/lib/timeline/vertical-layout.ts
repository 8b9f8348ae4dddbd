/** One event to place in the vertical layout: where its mark is on the time axis. */
export interface VerticalItem {
	id: string;
	/** Top of the mark, px down the page (the scale of the start). */
	y: number;
	/** Bottom of the mark for spans, px; equal to y for points. */
	y1: number;
	/** The full label; it is wrapped, never cut. */
	label: string;
}

/** A placed event: its mark and its label box. */
export interface VerticalPlacement {
	id: string;
	markY: number;
	markY1: number;
	/** Left edge of the label, px. */
	x: number;
	/** Top of the label, px; never above the mark's top, pushed down past the label before. */
	y: number;
	width: number;
	height: number;
	/** The label cut into lines at word ends to fit the width. */
	lines: string[];
}

/** The room the layout has and how text is measured. */
export interface VerticalLayoutOptions {
	/** The width of the screen, px. */
	width: number;
	/** The px taken on the left by the axis and the marks; labels start after it. */
	gutter: number;
	/** Space kept at the right edge, px. */
	padding?: number;
	/** The height of one line of label text, px. */
	lineHeight: number;
	/** The average advance of one character, px (the label font's). */
	charWidth: number;
	/** Space between two labels, px. */
	gap?: number;
	/**
	 * The width of a run of label text, px, when it can be measured (a canvas in the browser);
	 * `charWidth` times its length otherwise.
	 */
	measure?: (text: string) => number;
}

/** Splits text into lines of at most `max` characters at spaces; a longer word is broken. */
export function wrapLabel(text: string, max: number): string[] {
	return wrapToWidth(text, Math.max(1, Math.floor(max)), (s) => s.length);
}

/**
 * Splits text into lines at most `max` wide by `measure`, at spaces; a word wider than a line
 * is broken where it must be (at least one character a line).
 */
export function wrapToWidth(text: string, max: number, measure: (text: string) => number): string[] {
	const fits = (s: string) => measure(s) <= max;
	const lines: string[] = [];
	let line = '';
	for (let word of text.split(/\s+/).filter(Boolean)) {
		while (!fits(word) && word.length > 1) {
			if (line) lines.push(line), (line = '');
			let n = 1;
			while (n < word.length && fits(word.slice(0, n + 1))) n++;
			lines.push(word.slice(0, n));
			word = word.slice(n);
		}
		const next = line ? `${line} ${word}` : word;
		if (line && !fits(next)) lines.push(line), (line = word);
		else line = next;
	}
	if (line) lines.push(line);
	return lines.length ? lines : [''];
}

/**
 * Places each label beside its mark with the whole width right of the gutter, at full length:
 * a label starts level with its mark and moves down only as far as the label above it needs,
 * so labels never overlap and read in time order. Returns the placements and the height the
 * layout needs, which the page scrolls through.
 */
export function layoutVertical(
	items: readonly VerticalItem[],
	options: VerticalLayoutOptions
): { placements: VerticalPlacement[]; height: number } {
	const { width, gutter, lineHeight, charWidth, padding = 8, gap = 6 } = options;
	const x = Math.min(gutter, Math.max(0, width - padding - charWidth));
	const labelWidth = Math.max(charWidth, width - padding - x);
	const measure = options.measure ?? ((text: string) => text.length * charWidth);
	const sorted = [...items].sort((a, b) => a.y - b.y || a.id.localeCompare(b.id));
	const placements: VerticalPlacement[] = [];
	let bottom = -Infinity;
	let height = 0;
	for (const item of sorted) {
		const lines = wrapToWidth(item.label, labelWidth, measure);
		const h = lines.length * lineHeight;
		const y = Math.max(item.y - lineHeight / 2, bottom + gap, 0);
		placements.push({ id: item.id, markY: item.y, markY1: Math.max(item.y, item.y1), x, y, width: labelWidth, height: h, lines });
		bottom = y + h;
		height = Math.max(height, bottom, item.y1);
	}
	return { placements, height };
}
