/**
 * Calendar days in their plain written forms ("February 29, 2020", "29 February 2020",
 * "Friday, Oct. 23", "2020-02-29", "3/4/1999"), found by chrono-node's strict parser, which
 * knows these forms well and says which parts the words give. The year, when the words leave
 * it out, is ours to choose (see resolve.ts): chrono would take the reference date's year.
 * A range of days ("June 3-5, 2019", "3 to 5 March 2019") is one span from its first day to
 * its last.
 */
import * as chrono from 'chrono-node';
import { dayOf, monthLength } from './calendar';
import { dayValue, spanValue } from './date-value';
import type { Candidate } from './mention';
import { yearFor } from './resolve';
import { MONTH } from './words';

/** The last day of a range chrono read ("June 3-5, 2019"), with the parts its words give. */
function lastDay(end: chrono.ParsedComponents | null | undefined): { year: number | null; month: number; day: number } | undefined {
	if (!end || !end.isCertain('day')) return undefined;
	const month = end.get('month');
	const day = end.get('day');
	if (!month || !day) return undefined;
	return { year: end.isCertain('year') ? end.get('year') : null, month, day };
}

/** Candidates for every day chrono-node finds with at least its month and day given. */
export function chronoDays(text: string, referenceDay: string): Candidate[] {
	const candidates: Candidate[] = [];
	for (const result of chrono.strict.parse(text, new Date(`${referenceDay}T12:00:00Z`))) {
		const known = result.start;
		const month = known.isCertain('month') ? known.get('month') : null;
		const day = known.isCertain('day') ? known.get('day') : null;
		if (!month || !day) continue;
		// chrono runs a time of day into the date ("Oct. 23 at 10 p.m."): keep only the date words.
		// A bare number is the day itself ("Mon., May 3"): a time has "at", minutes or a.m./p.m.
		const trimmed = result.text.replace(/,?\s+(?:at\s+\d{1,2}(?::\d\d)?|\d{1,2}:\d\d)\s*(?:[ap]\.?m\.?)?\s*$|,?\s+\d{1,2}\s*[ap]\.?m\.?\s*$/i, '').trimEnd();
		// Nor the preposition it sometimes takes in ("on 29 February 2020").
		const lead = /^(?:on|the)\s+/i.exec(trimmed)?.[0].length ?? 0;
		const words = trimmed.slice(lead);
		// Only written dates: chrono's strict parser also reads "two days later" from the reference.
		// Slashed numbers need a year to be a date: "3/4 of the vote" is a fraction.
		if (!new RegExp(`${MONTH}|\\d{4}-\\d\\d|\\d\\/\\d{1,2}\\/\\d{2,4}`).test(words)) continue;
		const year = known.isCertain('year') ? known.get('year') : null;
		const last = lastDay(result.end);
		candidates.push({
			start: result.index + lead,
			end: result.index + lead + words.length,
			rule: 'chrono-day',
			priority: 1,
			resolve: (context) => {
				// A range's first day takes the year its last day writes ("June 3 to June 5, 2019").
				const rangeEnd = last?.year ? { year: last.year, month: last.month } : undefined;
				const y = year ?? yearFor(rangeEnd ? { ...context, rangeEnd } : context, month, day);
				if (day > monthLength(y, month)) return undefined;
				const first = dayValue(dayOf(y, month, day));
				if (!last) return { value: first };
				const lastYear = last.year ?? (last.month < month ? y + 1 : y);
				if (last.day > monthLength(lastYear, last.month)) return undefined;
				const end = dayOf(lastYear, last.month, last.day);
				return { value: end > first.to ? spanValue(first, dayValue(end)) : first };
			}
		});
	}
	return candidates;
}
