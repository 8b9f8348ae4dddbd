import { compareDays, YEAR_RANGE } from '../time/day';
import { edtfRange } from '../timeline/dates';

/** A TimelineJS date object; the spreadsheet gives strings, JSON files numbers or strings. */
export interface TimelineJsDate {
	year?: number | string;
	month?: number | string;
	day?: number | string;
	hour?: number | string;
	minute?: number | string;
	second?: number | string;
	millisecond?: number | string;
	display_date?: string;
}

/** A TimelineJS date (or start and end) as EDTF, or why it cannot be one. */
export type DateConversion =
	| {
			ok: true;
			/** EDTF at the precision given: "2015", "2015-03", "2015-03-05", "2015-03/2016". */
			date: string;
			/** First and last day the date allows, YYYY-MM-DD. */
			start: string;
			end: string;
			/** The time of day that was given and is not imported ("14:30"), if any. */
			timeOfDay?: string;
	  }
	| { ok: false; message: string };

type Part = { ok: true; value: number | undefined } | { ok: false; message: string };

/** A whole number from a number or a numeric string; undefined when absent or blank. */
function part(value: unknown, name: string): Part {
	if (value === undefined || value === null || value === '') return { ok: true, value: undefined };
	const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : NaN;
	if (!Number.isInteger(number)) return { ok: false, message: `the ${name} ${JSON.stringify(value)} is not a whole number` };
	return { ok: true, value: number };
}

function pad(value: number, digits: number): string {
	return String(Math.abs(value)).padStart(digits, '0');
}

type Single = { ok: true; edtf: string; timeOfDay?: string } | { ok: false; message: string };

/** One TimelineJS date as an EDTF date at its own precision. */
function single(input: unknown, which: string): Single {
	if (typeof input !== 'object' || input === null) return { ok: false, message: `the ${which} date is missing` };
	const date = input as TimelineJsDate;
	const parts = {
		year: part(date.year, 'year'),
		month: part(date.month, 'month'),
		day: part(date.day, 'day'),
		hour: part(date.hour, 'hour'),
		minute: part(date.minute, 'minute')
	};
	for (const value of Object.values(parts)) if (!value.ok) return { ok: false, message: `the ${which} date: ${value.message}` };
	const [year, month, day, hour, minute] = Object.values(parts).map((p) => (p.ok ? p.value : undefined));
	if (year === undefined) return { ok: false, message: `the ${which} date has no year` };
	if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) {
		return {
			ok: false,
			message: `the ${which} year ${year} is outside the years ${YEAR_RANGE.min} to ${YEAR_RANGE.max} that the timeline shows`
		};
	}
	if (month !== undefined && (month < 1 || month > 12)) return { ok: false, message: `the ${which} month ${month} is not 1 to 12` };
	if (day !== undefined && month === undefined) return { ok: false, message: `the ${which} date has a day but no month` };
	let edtf = `${year < 0 ? '-' : ''}${pad(year, 4)}`;
	if (month !== undefined) edtf += `-${pad(month, 2)}`;
	if (day !== undefined) edtf += `-${pad(day, 2)}`;
	try {
		edtfRange(edtf);
	} catch {
		return { ok: false, message: `the ${which} date ${edtf} is not a calendar date` };
	}
	const hasTime = hour !== undefined || minute !== undefined;
	const timeOfDay = hasTime ? `${pad(hour ?? 0, 2)}:${pad(minute ?? 0, 2)}` : undefined;
	return { ok: true, edtf, ...(timeOfDay ? { timeOfDay } : {}) };
}

/**
 * A TimelineJS start date, and end date when there is one, as an EDTF date at the precision
 * given: a year alone stays a year ("2015", not 1 January), a year and month a month
 * ("2015-03"), with an end an interval ("2015-03/2016"). Times of day are not part of the
 * app's format; they are returned so the import can say they were left out. Years outside
 * the app's range, impossible dates and an end before the start are refused with a reason.
 */
export function timelineJsDate(start: unknown, end?: unknown): DateConversion {
	const from = single(start, 'start');
	if (!from.ok) return from;
	const hasEnd = typeof end === 'object' && end !== null && Object.values(end).some((v) => v !== '' && v !== undefined && v !== null);
	const to = hasEnd ? single(end, 'end') : undefined;
	if (to && !to.ok) return to;
	const date = to && to.edtf !== from.edtf ? `${from.edtf}/${to.edtf}` : from.edtf;
	let range: { start: string; end: string };
	try {
		range = edtfRange(date);
	} catch {
		return { ok: false, message: `the end ${to?.edtf} is before the start ${from.edtf}` };
	}
	if (compareDays(range.start, range.end) > 0) return { ok: false, message: `the end ${to?.edtf} is before the start ${from.edtf}` };
	const times = [from.timeOfDay, to?.ok ? to.timeOfDay : undefined].filter((t) => t !== undefined);
	return { ok: true, date, ...range, ...(times.length ? { timeOfDay: times.join(' to ') } : {}) };
}
