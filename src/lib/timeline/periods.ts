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
	const { starts, ends } = shortEvents(items);
	const n = starts.length;
	if (n === 0) return [];

	// The gap before each event (gaps[i - 1] for event i): from the latest end so far to its
	// start, 0 when they overlap. Typed arrays and passes over them throughout: this runs
	// whenever a dataset is shown, and a large one has 100,000 events.
	const gaps = new Float64Array(n - 1);
	let end = ends[0] as number;
	for (let i = 1; i < n; i++) {
		gaps[i - 1] = Math.max(0, (starts[i] as number) - end);
		end = Math.max(end, ends[i] as number);
	}
	const span = end - (starts[0] as number);
	// Few gaps are a tenth of the span (ten at most); the typical gap, a median, is needed only then.
	const wide: { at: number; size: number }[] = [];
	gaps.forEach((size, i) => {
		if (size >= span * SHARE_OF_SPAN) wide.push({ at: i + 1, size });
	});
	const typical = wide.length ? (Float64Array.from(gaps).sort()[Math.floor((n - 2) / 2)] as number) : 0;
	const candidates = wide.filter(({ size }) => size > typical * TIMES_TYPICAL).sort((a, b) => b.size - a.size || a.at - b.at);
	/** From the first start to the last end of events [from, to) (ms); starts are in order. */
	const extent = (from: number, to: number) => {
		let last = -Infinity;
		for (let i = from; i < to; i++) last = Math.max(last, ends[i] as number);
		return last - (starts[from] as number);
	};
	// Largest first; a gap must also be wide next to the groups it separates, or the
	// shortcuts would show nearly the same view as the whole.
	const splits: number[] = [];
	for (const { at, size } of candidates) {
		if (splits.length >= maxPeriods - 1) break;
		const before = splits.filter((s) => s < at).pop() ?? 0;
		const after = splits.find((s) => s > at) ?? n;
		const wider = Math.max(extent(before, at), extent(at, after));
		if (size >= wider * WIDTH_SHARE) splits.push(at);
		splits.sort((a, b) => a - b);
	}

	const extents = [0, ...splits].map((at, i) => {
		const to = splits[i] ?? n;
		return { start: starts[at] as number, end: (starts[at] as number) + extent(at, to), count: to - at };
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

/**
 * The starts and ends of the events that are not context (those no longer than about two
 * years; all of them when every one is longer), ordered by start and then end.
 */
function shortEvents(items: readonly TimelineItem[]): { starts: Float64Array; ends: Float64Array } {
	let count = 0;
	for (const item of items) if (item.end - item.start <= LONG) count++;
	const all = count === 0;
	const starts = new Float64Array(all ? items.length : count);
	const ends = new Float64Array(starts.length);
	let sorted = true;
	let k = 0;
	for (const item of items) {
		if (!all && item.end - item.start > LONG) continue;
		starts[k] = item.start;
		ends[k] = item.end;
		if (k > 0 && (starts[k - 1]! > item.start || (starts[k - 1] === item.start && ends[k - 1]! > item.end))) sorted = false;
		k++;
	}
	if (sorted) return { starts, ends };
	// Items usually come in this order (toTimelineItems); others are sorted here.
	const order = Array.from(starts, (_, i) => i).sort((a, b) => starts[a]! - starts[b]! || ends[a]! - ends[b]!);
	return { starts: Float64Array.from(order, (i) => starts[i]!), ends: Float64Array.from(order, (i) => ends[i]!) };
}
