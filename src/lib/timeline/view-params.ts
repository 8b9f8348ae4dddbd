import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns';

const DAY = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The dataset's id rule: lowercase letters and digits, with single hyphens between. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG = 200;

/** What the URL says about the view: the visible days and the selected event. */
export interface ViewParams {
	/** Start of the first visible day (UTC ms). */
	from?: number;
	/** End of the last visible day: midnight after it (UTC ms, exclusive). */
	to?: number;
	/** The selected event's id. */
	event?: string;
}

/**
 * Reads `from` and `to` (YYYY-MM-DD, both days shown) and `event` (an id) from a query
 * string. A date that does not exist, a year outside 1000–9999, `from` after `to` or only
 * one of the two drops both; an event that is not a slug is dropped.
 */
export function parseViewParams(params: URLSearchParams): ViewParams {
	const out: ViewParams = {};
	const from = parseDay(params.get('from'));
	const to = parseDay(params.get('to'));
	if (from !== undefined && to !== undefined && from < to + DAY) {
		out.from = from;
		out.to = to + DAY;
	}
	const event = params.get('event');
	if (event !== null && isSlug(event)) out.event = event;
	return out;
}

/**
 * A copy of `params` with the view written in: `from` and `to` as the first and last day
 * shown (in UTC, `to` being exclusive), `event` set, or deleted when null. A key missing from
 * `view` is left as it was; a range that is not valid deletes both dates. Other parameters
 * are kept.
 */
export function writeViewParams(
	params: URLSearchParams,
	view: { from?: number; to?: number; event?: string | null }
): URLSearchParams {
	const out = new URLSearchParams(params);
	if ('from' in view || 'to' in view) {
		const from = formatDay(view.from);
		const to = view.to === undefined ? undefined : formatDay(view.to - 1);
		if (from && to && (view.from as number) < (view.to as number)) {
			out.set('from', from);
			out.set('to', to);
		} else {
			out.delete('from');
			out.delete('to');
		}
	}
	if (view.event === null || (view.event !== undefined && !isSlug(view.event))) out.delete('event');
	else if (view.event !== undefined) out.set('event', view.event);
	return out;
}

function isSlug(value: string): boolean {
	return value.length <= MAX_SLUG && SLUG.test(value);
}

/** UTC midnight of a real YYYY-MM-DD day in the years 1000–9999. */
function parseDay(value: string | null): number | undefined {
	const match = value === null ? null : DATE.exec(value);
	if (!match) return undefined;
	const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
	if (y < 1000 || y > 9999) return undefined;
	const ms = Date.UTC(y, m - 1, d);
	const date = new Date(ms);
	// Date.UTC rolls 2021-02-30 over to March: a day that does not exist comes back different.
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
	return ms;
}

/** The UTC day containing `ms` as YYYY-MM-DD, when it is a year 1000–9999. */
function formatDay(ms: number | undefined): string | undefined {
	if (ms === undefined || !Number.isFinite(ms)) return undefined;
	const date = new UTCDate(ms);
	const year = date.getFullYear();
	return year >= 1000 && year <= 9999 ? format(date, 'yyyy-MM-dd') : undefined;
}
