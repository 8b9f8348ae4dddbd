/**
 * Calendar days in their plain written forms ("February 29, 2020", "29 February 2020",
 * "Friday, Oct. 23", "2020-02-29", "3/4/1999"), found by chrono-node's strict parser, which
 * knows these forms well and says which parts the words give. The year, when the words leave
 * it out, is ours to choose (see resolve.ts): chrono would take the reference date's year.
 */
import * as chrono from 'chrono-node';
import { dayOf, monthLength } from './calendar';
import { dayValue } from './date-value';
import type { Candidate } from './mention';
import { yearFor } from './resolve';
import { MONTH } from './words';

/** Candidates for every day chrono-node finds with at least its month and day given. */
export function chronoDays(text: string, referenceDay: string): Candidate[] {
	const candidates: Candidate[] = [];
	for (const result of chrono.strict.parse(text, new Date(`${referenceDay}T12:00:00Z`))) {
		const known = result.start;
		const month = known.isCertain('month') ? known.get('month') : null;
		const day = known.isCertain('day') ? known.get('day') : null;
		if (!month || !day) continue;
		// chrono runs a time of day into the date ("Oct. 23 at 10 p.m."): keep only the date words.
		const trimmed = result.text.replace(/,?\s+(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*$/i, '');
		// Nor the preposition it sometimes takes in ("on 29 February 2020").
		const lead = /^(?:on|the)\s+/i.exec(trimmed)?.[0].length ?? 0;
		const words = trimmed.slice(lead);
		// Only written dates: chrono's strict parser also reads "two days later" from the reference.
		// Slashed numbers need a year to be a date: "3/4 of the vote" is a fraction.
		if (!new RegExp(`${MONTH}|\\d{4}-\\d\\d|\\d\\/\\d{1,2}\\/\\d{2,4}`).test(words)) continue;
		const year = known.isCertain('year') ? known.get('year') : null;
		candidates.push({
			start: result.index + lead,
			end: result.index + lead + words.length,
			rule: 'chrono-day',
			priority: 1,
			resolve: (context) => {
				const y = year ?? yearFor(context, month, day);
				if (day > monthLength(y, month)) return undefined;
				return { value: dayValue(dayOf(y, month, day)) };
			}
		});
	}
	return candidates;
}
