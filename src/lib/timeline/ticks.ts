import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { DAY, formatDay } from '$lib/time/day';
import { ENGLISH_DATES, type DateForm, type DateLocale } from '$lib/time/date-locale';
import { foldLabel, isFolded, openRate, type TimeScale } from './folded-scale';

const YEAR = 365 * DAY;
/** A tick's label is drawn from 3 px right of its tick, about 7.2 px a character at 12 px. */
const LABEL_OFFSET = 3;
const CHAR_PX = 7.2;
/** The gap kept between a tick's label and a fold's years. */
const FOLD_LABEL_MARGIN = 4;

/** How fine the axis is: the step between two minor ticks. */
export type TickLevel =
	| 'day'
	| 'week'
	| 'month'
	| 'quarter'
	| 'year'
	| 'two-years'
	| 'five-years'
	| 'decade'
	| 'twenty-years'
	| 'fifty-years'
	| 'century'
	| 'two-centuries'
	| 'five-centuries'
	| 'millennium';

/** One tick of the axis, positioned for the scale it was computed from. */
export interface AxisTick {
	/** Stable across frames and zoom levels (the tick's date), for a keyed each. */
	key: string;
	/** Position in the scale's range, in px. */
	x: number;
	/** The text to show; empty when it would overlap the label before it. */
	label: string;
	/** The tick's instant, UTC ms. */
	date: number;
}

/** The ticks of both axis rows. */
export interface AxisTicks {
	/** The level of the minor row. */
	level: TickLevel;
	/** The fine row: "Mar", "Apr" or "2014", "2015". */
	minor: AxisTick[];
	/** Context under it: the year under months, "May 2021" under days; empty from years up. */
	major: AxisTick[];
}

interface Level {
	level: TickLevel;
	interval: TimeInterval;
	/** The shortest step the interval can take, for the worst case of label room. */
	step: number;
	/** The date form of the minor labels. */
	pattern: DateForm;
	/** The widest label the pattern can produce. */
	widest: string;
	/** The context row: its interval and pattern. */
	major?: { interval: TimeInterval; pattern: DateForm };
}

/**
 * Every n-th year as a reader counts: 1990, 2000 and, before the common era, 50 BCE, 40 BCE.
 * d3's `utcYear.every(n)` counts ISO years, where 40 BCE is -0039, so it would tick 41 BCE.
 */
const everyYears = (n: number): TimeInterval =>
	n === 1 ? utcYear : utcYear.filter((d) => {
		const year = d.getUTCFullYear();
		return (year > 0 ? year : 1 - year) % n === 0;
	});

const years = (level: TickLevel, n: number): Level => ({
	level,
	interval: everyYears(n),
	step: n * YEAR,
	pattern: 'year',
	widest: '0000'
});
const underYears = { interval: utcYear, pattern: 'year' as const };

/**
 * Finest first. A level's longest step is at most 7 times the shortest step of the level
 * before it, so on a plot wider than about 290 px the chosen level always has a tick in view.
 */
const LADDER: readonly Level[] = [
	{ level: 'day', interval: utcDay, step: DAY, pattern: 'dayNumber', widest: '00', major: { interval: utcMonth, pattern: 'month' } },
	{ level: 'week', interval: utcMonday, step: 7 * DAY, pattern: 'dayNumber', widest: '00', major: { interval: utcMonth, pattern: 'monthShortYear' } },
	{ level: 'month', interval: utcMonth, step: 28 * DAY, pattern: 'monthShort', widest: 'MMM', major: underYears },
	{
		level: 'quarter',
		interval: utcMonth.every(3) ?? utcMonth,
		step: 90 * DAY,
		pattern: 'monthShort',
		widest: 'MMM',
		major: underYears
	},
	years('year', 1),
	years('two-years', 2),
	years('five-years', 5),
	years('decade', 10),
	years('twenty-years', 20),
	years('fifty-years', 50),
	years('century', 100),
	years('two-centuries', 200),
	years('five-centuries', 500),
	years('millennium', 1000)
];

const COARSEST = LADDER[LADDER.length - 1] as Level;

/** Estimated width in px of `label` at a 12 px font, with room around it: 7.2 px a character plus 12 px. */
export function estimateLabelWidth(label: string): number {
	return label.length * CHAR_PX + 12;
}

/** Whether a tick label drawn to the right of its tick at `x` stays inside a plot `width` wide. */
export function labelFits(x: number, label: string, width: number): boolean {
	return x + estimateLabelWidth(label) - 6 <= width;
}

/** The finest level whose widest label fits between two of its ticks when `spanMs` is drawn `width` px wide. */
export function chooseTickLevel(spanMs: number, width: number, locale: DateLocale = ENGLISH_DATES): TickLevel {
	return levelFor(spanMs, width, locale).level;
}

function levelFor(spanMs: number, width: number, locale: DateLocale): Level {
	if (!(spanMs > 0)) return LADDER[0] as Level;
	const pxPerMs = width / spanMs;
	return LADDER.find((l) => l.step * pxPerMs >= estimateLabelWidth(widestLabel(l, locale))) ?? COARSEST;
}

const widestMonths = new WeakMap<DateLocale, string>();

/** The widest label a level can show in `locale`: its longest short month name ("Sept", "févr.", "سبتمبر"). */
function widestLabel(level: Level, locale: DateLocale): string {
	if (level.pattern !== 'monthShort') return level.widest;
	let widest = widestMonths.get(locale);
	if (widest === undefined) {
		widest = level.widest;
		for (let month = 0; month < 12; month++) {
			const name = locale.format(Date.UTC(2001, month, 1), 'monthShort');
			if (name.length > widest.length) widest = name;
		}
		widestMonths.set(locale, widest);
	}
	return widest;
}

/**
 * The ticks for `scale` (plain or folded; none inside a fold) drawn `width` px wide: a minor row at the finest level whose labels
 * fit, and a major row of context. Labels that would overlap the label before them are
 * emptied (the tick stays), so the labels returned never overlap by {@link estimateLabelWidth}.
 * Under months and days, the major row starts with a label for the period at the left
 * edge (key 'sticky') when no boundary label sits there. Labels are in `locale`'s forms
 * ("Mar", "mars", "März", "مارس"; English by default).
 */
export function axisTicks(scale: TimeScale, width: number, locale: DateLocale = ENGLISH_DATES): AxisTicks {
	const [d0, d1] = scale.domain().map(Number) as [number, number];
	// A folded scale's ticks are as dense as its unfolded time: the span a plain scale would show.
	const rate = openRate(scale);
	const spec = levelFor(rate > 0 ? width / rate : d1 - d0, width, locale);
	if (!(width > 0) || !(d1 > d0)) return { level: spec.level, minor: [], major: [] };
	const at = (px: number) => +scale.invert(px);

	const minor = withoutOverlaps(ticksBetween(scale, spec.interval, spec.pattern, at(-BLEED), at(width + BLEED), locale));
	if (!spec.major) return { level: spec.level, minor, major: [] };

	const { interval, pattern } = spec.major;
	// A boundary on the right edge would have its label cut off: only [0, width) counts.
	const boundaries = ticksBetween(scale, interval, pattern, at(0), at(width), locale, 'major:').filter((t) => t.x < width);
	const left = interval.floor(new Date(at(0))).getTime();
	const sticky: AxisTick = { key: 'sticky', x: 0, label: locale.format(left, pattern), date: left };
	const first = boundaries[0];
	const stickyWidth = estimateLabelWidth(sticky.label);
	// A fold at the left edge names its own years there: the period "at" the edge is inside it.
	const folded = isFolded(scale) && scale.folds().some((f) => f.x0 < stickyWidth && f.x1 > 0);
	const major = !folded && (!first || first.x >= stickyWidth) ? [sticky, ...boundaries] : boundaries;
	return { level: spec.level, minor, major: withoutOverlaps(major) };
}

/**
 * `ticks` with the labels emptied (the ticks stay) that would run into a fold's years: the
 * horizontal plot writes them centred in each fold, on the rows of the tick labels ("2016–"
 * over "2019"), and they are wider than a narrow fold.
 */
export function clearFoldYears(ticks: AxisTicks, scale: TimeScale): AxisTicks {
	if (!isFolded(scale)) return ticks;
	const spans = scale.folds().map((fold) => {
		const [a, b] = foldLabel(fold).split('–') as [string, string?];
		const half = (Math.max(b === undefined ? a.length : a.length + 1, b?.length ?? 0) * CHAR_PX) / 2 + FOLD_LABEL_MARGIN;
		const mid = (fold.x0 + fold.x1) / 2;
		return [mid - half, mid + half] as const;
	});
	const clear = (row: AxisTick[]) =>
		row.map((tick) => {
			const start = Math.max(tick.x, 0) + LABEL_OFFSET;
			const end = start + tick.label.length * CHAR_PX;
			return tick.label && spans.some(([s0, s1]) => start < s1 && end > s0) ? { ...tick, label: '' } : tick;
		});
	return { level: ticks.level, minor: clear(ticks.minor), major: clear(ticks.major) };
}

/** Ticks may sit this far outside the range, so a tick on the very edge is not lost to rounding. */
const BLEED = 1;

function ticksBetween(
	scale: TimeScale,
	interval: TimeInterval,
	pattern: DateForm,
	from: number,
	to: number,
	locale: DateLocale,
	prefix = ''
): AxisTick[] {
	const folds = isFolded(scale) ? scale.frame().folds : [];
	// No tick inside a fold: its years are not drawn, the break says which they are.
	const shown = (d: Date) => !folds.some((f) => +d > f.from && +d < f.to);
	return interval.range(new Date(from), new Date(to + 1)).filter(shown).map((d) => {
		const date = d.getTime();
		return { key: prefix + (formatDay(date) ?? String(date)), x: scale(d), label: locale.format(date, pattern), date };
	});
}

/** Empties each label that starts before the previous kept label ends. */
function withoutOverlaps(ticks: AxisTick[]): AxisTick[] {
	let end = -Infinity;
	for (const tick of ticks) {
		if (tick.x < end) tick.label = '';
		else end = tick.x + estimateLabelWidth(tick.label);
	}
	return ticks;
}
