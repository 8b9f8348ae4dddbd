/**
 * The news rules for dates whose words leave a part out: which year a bare month or day is
 * in, which Friday "Friday" is, and which earlier date "that day" points back to.
 */
import { addDays, daysBetween, dayOf, monthLength, partsOf, weekdayOf } from './calendar';
import type { Context, Mention } from './mention';
import type { Precision } from './date-value';

/**
 * The year of a month (and day) given without one. A day is the occurrence nearest the
 * publication day; when two are about as near (within two months of each other), the one
 * the tense points to; and in a past-tense clause never one more than two months ahead.
 * A bare month is the latest one begun by publication in a past-tense
 * clause, the next one not yet over in a future one: "in January" in an October story is
 * the January before it. The first end of a range ("from March to May 2020") is in the
 * year of the other.
 */
export function yearFor(context: Context, month: number, day?: number): number {
	// The first end of a range takes the year the other end writes, or the one before it
	// when the range runs over the new year ("from December to February 2020").
	if (context.rangeEnd) {
		const { year, month: last } = context.rangeEnd;
		return last !== undefined && month > last ? year - 1 : year;
	}
	const told = toldYear(context, month, day);
	if (told !== undefined) return told;
	const ref = context.reference.day;
	const { year } = partsOf(ref);
	const future = context.tense() === 'future';
	if (day === undefined) {
		const { month: now } = partsOf(ref);
		if (future) return month >= now ? year : year + 1;
		// The month after publication's, named bare, is the coming one whatever the tense: a
		// writer meaning the one eleven months back would say "last March".
		if (month === (now % 12) + 1) return now === 12 ? year + 1 : year;
		return month <= now ? year : year - 1;
	}
	// Four years either side, so a leap day always has a year to fall in.
	const days = [-4, -3, -2, -1, 0, 1, 2, 3, 4]
		.map((n) => year + n)
		.filter((y) => day <= monthLength(y, month))
		.map((y) => ({ y, d: daysBetween(ref, dayOf(y, month, day)) }));
	const before = days.filter((o) => o.d <= 0).at(-1);
	const after = days.find((o) => o.d >= 0);
	if (!before || !after) return (before ?? after)!.y;
	const [best, second] = -before.d <= after.d ? [before, after] : [after, before];
	if (best.d === 0) return best.y;
	// A past-tense day months ahead is the last one: "agreed on 12 March", in October.
	if (!future && best.d > 60) return before.y;
	if (Math.abs(second.d) - Math.abs(best.d) < 61 && future !== best.d > 0) return second.y;
	return best.y;
}

/**
 * A sentence that has already written a date with its year tells its story from there: "In
 * April 2021, Biden ordered the withdrawal by September 11" is the September 11 after it, not
 * the one before publication. The occurrence nearest that date; undefined when the sentence
 * names no such date before the words, or when the words' clause is in the future tense.
 */
function toldYear(context: Context, month: number, day?: number): number | undefined {
	// A clause in the future tense counts from publication whatever the sentence said before
	// ("invited in July 1997, they will join on March 12").
	if (context.tense() === 'future') return undefined;
	const told = context.previous.findLast(
		(m) => m.sentence === context.sentenceIndex && !m.anaphoric && (m.precision === 'day' || m.precision === 'month') && /\d{4}/.test(m.text)
	);
	if (!told) return undefined;
	const { year } = partsOf(told.from);
	const candidates = [year - 1, year, year + 1].filter((y) => day === undefined || day <= monthLength(y, month));
	const distance = (y: number) => Math.abs(daysBetween(told.from, dayOf(y, month, day ?? 1)));
	return candidates.reduce((best, y) => (distance(y) < distance(best) ? y : best));
}

/**
 * The day of a weekday (0 Monday to 6 Sunday) from the publication day: in a past-tense
 * clause the last such day on or before it, in a future one the next on or after it;
 * `shift` -1 for "last Friday" (strictly before), 1 for "next Friday" (strictly after).
 */
export function weekdayFor(context: Context, weekday: number, shift: -1 | 0 | 1 = 0, tense = context.tense()): string {
	const ref = context.reference.day;
	const back = (weekdayOf(ref) - weekday + 7) % 7;
	if (shift === -1) return addDays(ref, -(back || 7));
	if (shift === 1) return addDays(ref, (7 - back) % 7 || 7);
	return tense === 'future' ? addDays(ref, (7 - back) % 7) : addDays(ref, -back);
}

const ANCHOR_SENTENCES = 4;

/**
 * The earlier mention an anaphor ("that day", "two days later") leans on: the latest one,
 * within a few sentences, that names a date at least as fine as `finest` and is not a span
 * or the publication itself. Undefined when there is none, and the words then stay out.
 */
export function anchorFor(context: Context, finest: Precision[]): Mention | undefined {
	for (let i = context.previous.length - 1; i >= 0; i--) {
		const mention = context.previous[i]!;
		if (context.sentenceIndex - mention.sentence > ANCHOR_SENTENCES) return undefined;
		if (mention.rule === 'now') continue;
		if (finest.includes(mention.precision)) return mention;
	}
	return undefined;
}
