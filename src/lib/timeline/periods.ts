import { DAY } from '$lib/time/day';
import type { DateLocale } from '$lib/time/date-locale';
import { formatPeriod, type PeriodPrecision } from '$lib/time/format-period';
import { slugify } from '$lib/time/id';
import type { TimelineItem } from './types';

/** Events longer than this (the twenty-year war) are context, not a period of their own. */
const LONG = 2 * 366 * DAY;
/** A gap splits only if it is at least this share of the whole span... */
const SHARE_OF_SPAN = 0.1;
/** ...more than this many times the typical gap, so evenly spread events stay one period... */
const TIMES_TYPICAL = 2;
/** ...and at least this share of the wider of the two groups it separates. */
const WIDTH_SHARE = 0.5;

/** A stretch of time where the dataset's events gather, offered as a shortcut. */
export interface Period {
	/** A URL-safe id from the label ("2020-2021"), unique in the list. */
	id: string;
	/** The years it covers ("2001", "2014–2015"); months or days when years would repeat. */
	label: string;
	/** Where a view of it starts: a little before its first event (UTC ms). */
	from: number;
	/** Where a view of it ends: a little after its last event (UTC ms, exclusive). */
	to: number;
	/** How many events it groups. */
	count: number;
}

/**
 * The dataset's natural periods, in time order: its events (leaving out those longer than
 * about two years) split at the largest gaps, at most `maxPeriods` (default 5) of them. A gap
 * counts only when it is at least a tenth of the whole span, more than twice the typical gap
 * and at least half as wide as the groups on either side of it.
 */
export function naturalPeriods(items: readonly TimelineItem[], options: { maxPeriods?: number; locale?: DateLocale } = {}): Period[] {
	const { maxPeriods = 5, locale } = options;
	const short = items.filter((item) => item.end - item.start <= LONG);
	const events = (short.length ? short : items).slice().sort((a, b) => a.start - b.start || a.end - b.end);
	const first = events[0];
	if (!first) return [];

	// The gap before each event: from the latest end so far to its start (0 when they overlap).
	const gaps: { at: number; size: number }[] = [];
	let end = first.end;
	for (let i = 1; i < events.length; i++) {
		const event = events[i] as TimelineItem;
		gaps.push({ at: i, size: Math.max(0, event.start - end) });
		end = Math.max(end, event.end);
	}
	const span = end - first.start;
	const sizes = gaps.map((g) => g.size).sort((a, b) => a - b);
	const typical = sizes[Math.floor((sizes.length - 1) / 2)] ?? 0;
	const candidates = gaps
		.filter((g) => g.size >= span * SHARE_OF_SPAN && g.size > typical * TIMES_TYPICAL)
		.sort((a, b) => b.size - a.size || a.at - b.at);
	// Largest first; a gap must also be wide next to the groups it separates, or the
	// shortcuts would show nearly the same view as the whole.
	const splits: number[] = [];
	for (const { at, size } of candidates) {
		if (splits.length >= maxPeriods - 1) break;
		const before = splits.filter((s) => s < at).pop() ?? 0;
		const after = splits.find((s) => s > at) ?? events.length;
		const wider = Math.max(extent(events.slice(before, at)), extent(events.slice(at, after)));
		if (size >= wider * WIDTH_SHARE) splits.push(at);
		splits.sort((a, b) => a - b);
	}

	const groups = [0, ...splits].map((at, i) => events.slice(at, splits[i] ?? events.length));
	const extents = groups.map((group) => {
		const start = group.reduce((min, e) => Math.min(min, e.start), Infinity);
		return { start, end: start + extent(group), count: group.length };
	});
	// Ids come from the English labels, so a link or a test names a period the same in every language.
	const { labels: english, precision } = distinctLabels(extents);
	const labels = locale ? extents.map(({ start, end }) => formatPeriod(start, end, { style: 'short', precision, locale })) : english;
	const ids = new Set<string>();
	return extents.map(({ start, end, count }, i) => {
		const pad = Math.max((end - start) * 0.1, 3 * DAY);
		const label = labels[i] as string;
		const name = english[i] as string;
		let id = slugify(name);
		for (let n = 2; ids.has(id); n++) id = `${slugify(name)}-${n}`;
		ids.add(id);
		return { id, label, from: start - pad, to: end + pad, count };
	});
}

/** Labels by year, falling back to months, then days, while two periods would read the same. */
function distinctLabels(extents: { start: number; end: number }[]): { labels: string[]; precision: PeriodPrecision } {
	let labels: string[] = [];
	let chosen: PeriodPrecision = 'year';
	for (const precision of ['year', 'month', 'day'] as PeriodPrecision[]) {
		chosen = precision;
		labels = extents.map(({ start, end }) => formatPeriod(start, end, { style: 'short', precision }));
		if (new Set(labels).size === labels.length) break;
	}
	return { labels, precision: chosen };
}

/** From the first start to the last end (ms). */
function extent(events: readonly TimelineItem[]): number {
	return events.reduce((max, e) => Math.max(max, e.end), -Infinity) - events.reduce((min, e) => Math.min(min, e.start), Infinity);
}
