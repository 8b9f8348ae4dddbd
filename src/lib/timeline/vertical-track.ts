/**
 * Where the vertical layout draws each px of its track: the track is the whole span at the
 * current zoom, cut to start a little before the first event (`lead`), with the open event's
 * panel inserted under its label (`extra` px at `insertAt`), below a margin (`top`).
 */
export interface TrackCut {
	/** Room above the track's start, px. */
	top: number;
	/** Track px not drawn at the start (the empty margin before the first event). */
	lead: number;
	/** Track px after which the open event's panel is inserted; Infinity for none. */
	insertAt: number;
	/** The panel's height, px (0 for none). */
	extra: number;
}

/** Where track px `y` is drawn, px from the top of the plot. */
export function placeOn(cut: TrackCut, y: number): number {
	return cut.top - cut.lead + (y > cut.insertAt ? y + cut.extra : y);
}

/** The track px drawn at plot px `y`: the inverse of {@link placeOn} (inside the panel, its top). */
export function unplaceFrom(cut: TrackCut, y: number): number {
	const v = y - cut.top + cut.lead;
	return v <= cut.insertAt ? v : v < cut.insertAt + cut.extra ? cut.insertAt : v - cut.extra;
}

/**
 * The part of the track worth drawing for events spanning [first, last] (their px on the
 * track): from `margin` before the first to `margin * 1.5` after the last, inside [0, length].
 */
export function trackSpan(first: number, last: number, length: number, margin: number): { lead: number; end: number } {
	if (!Number.isFinite(first) || !Number.isFinite(last)) return { lead: 0, end: length };
	return { lead: Math.max(0, first - margin), end: Math.min(length, last + margin * 1.5) };
}
