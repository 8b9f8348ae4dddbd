/**
 * Scoring found dates against TimeML annotations the way TempEval-3 does (relaxed matching):
 * a found mention matches a gold expression when their characters overlap, and its value is
 * right when its first and last day equal those of the calendar span the gold value names.
 */
import type { Mention } from './mention';
import { addDays, dayOf, monthLength, weekStart } from './calendar';

/** A TimeML temporal expression as annotated. */
export interface Timex {
	start: number;
	end: number;
	text: string;
	type: string;
	value: string;
}

/** A found date: its offsets and days. */
export interface Found {
	start: number;
	end: number;
	text: string;
	from: string;
	to: string;
	date?: string;
}

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

function months(year: number, first: number, last: number): { from: string; to: string } {
	const endYear = year + Math.floor((last - 1) / 12);
	const endMonth = ((last - 1) % 12) + 1;
	return { from: dayOf(year, first, 1), to: dayOf(endYear, endMonth, monthLength(endYear, endMonth)) };
}

/** The first Monday of ISO week 1 of a year. */
function isoWeekOne(year: number): string {
	return weekStart(dayOf(year, 1, 4));
}

/**
 * The calendar days a TimeML value names (see the evaluation set's README), or undefined for
 * values that name none: durations, REFs, unspecified digits.
 */
export function timexSpan(value: string): { from: string; to: string } | undefined {
	let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value);
	if (m) {
		const day = `${m[1]}-${m[2]}-${m[3]}`;
		return { from: day, to: day };
	}
	if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return months(Number(m[1]), Number(m[2]), Number(m[2]));
	if ((m = /^(\d{4})$/.exec(value))) return months(Number(m[1]), 1, 12);
	if ((m = /^(\d{3})$/.exec(value))) return months(Number(m[1]) * 10, 1, 120);
	if ((m = /^(\d{2})$/.exec(value))) return months(Number(m[1]) * 100, 1, 1200);
	if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return months(Number(m[1]), Number(m[2]) * 3 - 2, Number(m[2]) * 3);
	if ((m = /^(\d{4})-H([12])$/.exec(value))) return months(Number(m[1]), Number(m[2]) * 6 - 5, Number(m[2]) * 6);
	if ((m = /^(\d{4})-W(\d{1,2})(-WE)?$/.exec(value))) {
		const monday = addDays(isoWeekOne(Number(m[1])), (Number(m[2]) - 1) * 7);
		return m[3] ? { from: addDays(monday, 5), to: addDays(monday, 6) } : { from: monday, to: addDays(monday, 6) };
	}
	if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
		const [a, b] = SEASON_MONTHS[m[2]!]!;
		return months(Number(m[1]), a, b);
	}
	return undefined;
}

/** Counts for one or many documents. */
export interface Tally {
	gold: number;
	found: number;
	matched: number;
	right: number;
}

/** One mistake, for reading what the finder gets wrong. */
export interface Mistake {
	kind: 'missed' | 'spurious' | 'value';
	text: string;
	gold?: string;
	ours?: string;
	start: number;
}

/**
 * The part of a mention TimeML annotates as a date: for "since 1990" only "1990" (TimeML
 * marks "since" as a signal outside the date), and for "early 1997" the value 1997 (TimeML
 * keeps the part as a modifier, mod START); otherwise the mention itself.
 */
export function asTimeml(mention: Mention): Found {
	if (mention.origin) return { ...mention.origin, text: mention.text.slice(mention.origin.start - mention.start, mention.origin.end - mention.start) };
	return mention.partOf ? { start: mention.start, end: mention.end, text: mention.text, ...mention.partOf } : mention;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
	a.start < b.end && b.start < a.end;

/** Scores one document's found dates against its annotations. */
export function scoreDocument(timexes: Timex[], found: Found[]): { tally: Tally; mistakes: Mistake[] } {
	const scored = timexes
		.filter((t) => t.type === 'DATE' || t.type === 'TIME')
		.map((t) => ({ timex: t, span: timexSpan(t.value) }));
	const gold = scored.filter((g) => g.span);
	const unscored = [...timexes.filter((t) => t.type !== 'DATE' && t.type !== 'TIME'), ...scored.filter((g) => !g.span).map((g) => g.timex)];
	const tally: Tally = { gold: gold.length, found: 0, matched: 0, right: 0 };
	const mistakes: Mistake[] = [];
	const used = new Set<number>();
	for (const mention of found) {
		const index = gold.findIndex((g, i) => !used.has(i) && overlaps(g.timex, mention));
		if (index < 0) {
			if (unscored.some((t) => overlaps(t, mention))) continue;
			tally.found++;
			mistakes.push({ kind: 'spurious', text: mention.text, ours: mention.date ?? `${mention.from}..${mention.to}`, start: mention.start });
			continue;
		}
		used.add(index);
		tally.found++;
		tally.matched++;
		const { timex, span } = gold[index]!;
		if (span!.from === mention.from && span!.to === mention.to) tally.right++;
		else mistakes.push({ kind: 'value', text: `${timex.text} | ${mention.text}`, gold: `${timex.value} (${span!.from}..${span!.to})`, ours: `${mention.date ?? ''} (${mention.from}..${mention.to})`, start: mention.start });
	}
	gold.forEach((g, i) => {
		if (!used.has(i)) mistakes.push({ kind: 'missed', text: g.timex.text, gold: g.timex.value, start: g.timex.start });
	});
	return { tally, mistakes };
}

/** Precision, recall and F1 in percent, for spans and for values. */
export function measures(tally: Tally) {
	const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
	const ratio = (a: number, b: number) => (b === 0 ? 0 : (100 * a) / b);
	const span = { precision: ratio(tally.matched, tally.found), recall: ratio(tally.matched, tally.gold) };
	const value = { precision: ratio(tally.right, tally.found), recall: ratio(tally.right, tally.gold) };
	return {
		span: { ...span, f1: f1(span.precision, span.recall) },
		value: { ...value, f1: f1(value.precision, value.recall) }
	};
}
