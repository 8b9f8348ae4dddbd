/**
 * Dates as words, in UTC, through date-fns patterns, with years as a reader writes them.
 * date-fns's `y` is the year of the era, so the instant of ISO year -0043 formats as 44, and
 * `yyyy` pads it ("0082"); a reader writes "82" and "44 BCE".
 */
import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns';

/** The instant `ms` (or a date) as the date-fns `pattern`, in UTC: "May 2021", "15 March 44 BCE". */
export function formatUtc(ms: number | Date, pattern: string): string {
	const date = new UTCDate(typeof ms === 'number' ? ms : ms.getTime());
	const year = date.getUTCFullYear();
	return format(date, pattern.replace(/y+/g, year <= 0 ? "y 'BCE'" : 'y'));
}
