import { DAY, formatDay, parseDay } from '$lib/time/day';
import { isId } from '$lib/time/id';

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
 * string. A day that does not exist or lies outside the app's years, `from` after `to` or only
 * one of the two drops both; an event that is not a valid id is dropped.
 */
export function parseViewParams(params: URLSearchParams): ViewParams {
	const out: ViewParams = {};
	const from = dayOf(params.get('from'));
	const to = dayOf(params.get('to'));
	if (from !== undefined && to !== undefined && from < to + DAY) {
		out.from = from;
		out.to = to + DAY;
	}
	const event = params.get('event');
	if (event !== null && isId(event)) out.event = event;
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
		const from = view.from === undefined ? undefined : formatDay(view.from);
		const to = view.to === undefined ? undefined : formatDay(view.to - 1);
		if (from && to && (view.from as number) < (view.to as number)) {
			out.set('from', from);
			out.set('to', to);
		} else {
			out.delete('from');
			out.delete('to');
		}
	}
	if (view.event === null || (view.event !== undefined && !isId(view.event))) out.delete('event');
	else if (view.event !== undefined) out.set('event', view.event);
	return out;
}

function dayOf(value: string | null): number | undefined {
	return value === null ? undefined : parseDay(value);
}
