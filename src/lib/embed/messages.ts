/**
 * The embed's message protocol with its host page (docs/embed.md is the reference).
 * Incoming messages are validated with valibot, exactly as documented: a message with a key
 * the reference does not list is invalid, and like anything else invalid it is ignored. Periods travel as
 * `YYYY-MM-DD` days with the URL's meaning: `from` is the first day shown, `to` the last.
 */
import * as v from 'valibot';
import { isDay } from '$lib/time/day';
import { isId } from '$lib/time/id';
import { parseViewParams, writeViewParams } from '$lib/timeline/view-params';

/** The prefix of every message type, so the timeline's messages never clash with others. */
export const PREFIX = 'timeline:';

const EventId = v.pipe(v.string(), v.check(isId, 'not a valid event id'));
const Day = v.pipe(v.string(), v.check(isDay, 'not a calendar day written YYYY-MM-DD'));

/** The days as a period in UTC ms, [from, to) with `to` exclusive, when they make one. */
export function periodOf(from: string, to: string): [number, number] | null {
	const view = parseViewParams(new URLSearchParams({ from, to }));
	return view.from !== undefined && view.to !== undefined && view.from < view.to ? [view.from, view.to] : null;
}

const IncomingSchema = v.variant('type', [
	v.strictObject({ type: v.literal('timeline:select'), id: EventId }),
	v.pipe(
		v.strictObject({ type: v.literal('timeline:range'), from: Day, to: Day }),
		v.check((m) => periodOf(m.from, m.to) !== null, 'from and to must be real days, from not after to')
	),
	v.strictObject({ type: v.literal('timeline:next') }),
	v.strictObject({ type: v.literal('timeline:previous') })
]);

/** A message the host page may send to the embed. */
export type Incoming = v.InferOutput<typeof IncomingSchema>;

/** The message in `data` when it is a valid incoming message, else null. Never throws. */
export function parseIncoming(data: unknown): Incoming | null {
	const result = v.safeParse(IncomingSchema, data);
	return result.success ? result.output : null;
}

/** Sent once, when the timeline answers input and messages. */
export interface ReadyMessage {
	type: 'timeline:ready';
}

/** Sent when the selection changes; `id` is null when the reader closed the event. */
export interface SelectMessage {
	type: 'timeline:select';
	id: string | null;
}

/** Sent when the visible period settles; days as in the URL, `to` inclusive. */
export interface RangeMessage {
	type: 'timeline:range';
	from: string;
	to: string;
}

/**
 * Sent when the embed's dataset cannot be shown (then no `timeline:ready` follows), or was
 * shown without some of its events: what is wrong, and the first problems with their paths.
 */
export interface ErrorMessage {
	type: 'timeline:error';
	/** What is wrong, in a sentence. */
	message: string;
	/** Whether the timeline is shown anyway, without the events that have problems. */
	shown: boolean;
	/** The first problems, at most {@link ERROR_PROBLEMS_MAX}. */
	problems: { path: string; message: string }[];
	/** How many problems in all. */
	count: number;
}

/** How many problems a `timeline:error` message carries. */
export const ERROR_PROBLEMS_MAX = 20;

/** A message the embed sends to its host page. */
export type Outgoing = ReadyMessage | SelectMessage | RangeMessage | ErrorMessage;

/** `{type: 'timeline:error', message, shown, problems, count}`, with the first problems only. */
export function errorMessage(message: string, shown: boolean, problems: readonly { path: string; message: string }[]): ErrorMessage {
	return {
		type: 'timeline:error',
		message,
		shown,
		problems: problems.slice(0, ERROR_PROBLEMS_MAX).map(({ path, message }) => ({ path, message })),
		count: problems.length
	};
}

/** `{type: 'timeline:ready'}`. */
export function readyMessage(): ReadyMessage {
	return { type: 'timeline:ready' };
}

/** `{type: 'timeline:select', id}`. */
export function selectMessage(id: string | null): SelectMessage {
	return { type: 'timeline:select', id };
}

/** `{type: 'timeline:range', from, to}` for the period [from, to) in UTC ms, as URL days. */
export function rangeMessage(from: number, to: number): RangeMessage {
	const params = writeViewParams(new URLSearchParams(), { from, to });
	return { type: 'timeline:range', from: params.get('from') ?? '', to: params.get('to') ?? '' };
}
