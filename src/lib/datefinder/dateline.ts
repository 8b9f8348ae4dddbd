/**
 * News datelines: "WASHINGTON, March 12 (Xinhua) --" opens a story with the day it was
 * filed, which relative words ("Friday", "yesterday") are read from, and which can be a day
 * before the publication date. The dateline's own words are a mention like any other.
 */
import { dayOf, daysBetween, partsOf } from './calendar';
import { MONTH, monthNumber } from './words';

const DATELINE = new RegExp(
	`^\\s*[A-Z][A-Z .'’-]*(?:,\\s*[A-Z][A-Za-z. ]*)?,\\s+(${MONTH})\\s+(\\d{1,2})\\s*(?:\\([^)\\n]{1,30}\\)\\s*)?(?:--|—|_|-)`
);

/** The filing day and the dateline's offsets, when the text opens with a dateline near `day`. */
export function findDateline(text: string, day: string): { day: string; start: number; end: number } | undefined {
	const m = DATELINE.exec(text.slice(0, 200));
	if (!m) return undefined;
	const month = monthNumber(m[1]!);
	if (!month) return undefined;
	const { year } = partsOf(day);
	const filed = [year, year - 1].map((y) => dayOf(y, month, Number(m[2]))).find((d) => d <= day);
	if (!filed || daysBetween(filed, day) > 7) return undefined;
	const start = m.index + m[0].indexOf(m[1]!);
	return { day: filed, start, end: start + m[1]!.length + m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length).indexOf(m[2]!) + m[2]!.length };
}
