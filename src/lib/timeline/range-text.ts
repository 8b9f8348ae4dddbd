import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns';

const DAY = 86_400_000;
/** Below this the view is told to the day ("3 May to 28 May 2021"). */
const DAYS_BELOW = 92 * DAY;
/** From this up the view is told in years ("2000 to 2022"); between, in months. */
const YEARS_FROM = 4 * 365 * DAY;

/**
 * The visible period [from, to) (UTC ms, `to` exclusive) in words for a live region:
 * "Showing 3 May to 28 May 2021" under about three months, "Showing March 2020 to June 2021"
 * up to four years, "Showing 2000 to 2022" beyond. A year or month shared by both ends is
 * said once. Empty for an empty or invalid range.
 */
export function describeVisibleRange(from: number, to: number): string {
	if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) return '';
	const start = new UTCDate(from);
	const end = new UTCDate(to - 1);
	const span = to - from;
	const sameYear = start.getFullYear() === end.getFullYear();
	if (span < DAYS_BELOW) {
		const last = format(end, 'd MMMM yyyy');
		if (sameYear && start.getMonth() === end.getMonth() && start.getDate() === end.getDate()) return `Showing ${last}`;
		return `Showing ${format(start, sameYear ? 'd MMMM' : 'd MMMM yyyy')} to ${last}`;
	}
	if (span < YEARS_FROM) {
		const last = format(end, 'MMMM yyyy');
		if (sameYear && start.getMonth() === end.getMonth()) return `Showing ${last}`;
		return `Showing ${format(start, sameYear ? 'MMMM' : 'MMMM yyyy')} to ${last}`;
	}
	return sameYear ? `Showing ${format(end, 'yyyy')}` : `Showing ${format(start, 'yyyy')} to ${format(end, 'yyyy')}`;
}
