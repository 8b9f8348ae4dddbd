/**
 * The publication date every relative expression is read against. News gives it as a day
 * or, when the exact day is not known, as an interval of days ("2021-05-18/2021-05-30").
 */
import { isDay } from '../time/day';
import { daysValue, dayValue, type DateValue } from './date-value';

/** The publication as the finder reads it. */
export interface Reference {
	/** The day "today" means: the publication's first possible day. */
	day: string;
	/** The publication's last possible day (the same as `day` for a known day). */
	last: string;
	/** The publication itself, the date of "now". */
	value: DateValue;
}

/**
 * Reads a publication date: an EDTF day ("2021-05-18"), an interval of days
 * ("2021-05-18/2021-05-30"), or a timestamp starting with a day ("1998-08-07T10:35"),
 * whose day is kept. Throws with a message saying what is wrong.
 */
export function parseReference(published: string): Reference {
	const text = published.trim();
	const [first = '', last = first, extra] = text.split('/');
	const day = first.slice(0, 10);
	const end = last.slice(0, 10);
	const timestamp = (part: string) => part.length === 10 || /^T\d/.test(part.slice(10));
	if (extra !== undefined || !isDay(day) || !isDay(end) || !timestamp(first) || !timestamp(last)) {
		throw new Error(
			`the publication date "${published}" should be an EDTF day (2021-05-18) or interval of days (2021-05-18/2021-05-30)`
		);
	}
	if (end < day) throw new Error(`the publication date "${published}" ends before it starts`);
	return { day, last: end, value: day === end ? dayValue(day) : daysValue(day, end) };
}
