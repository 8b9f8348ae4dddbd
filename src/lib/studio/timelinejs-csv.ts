import { csvParseRows } from 'd3-dsv';
import type { ImportResult } from './dataset-file';
import { importTimelineJs } from './timelinejs-import';

/** The columns of the TimelineJS Google Sheets template, in its order. */
export const TIMELINEJS_COLUMNS = [
	'Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date',
	'Headline', 'Text', 'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background'
] as const;

/**
 * A CSV as its header's names and one object per row. d3-dsv's `csvParse` builds its row
 * objects with `new Function`, which the pages' Content-Security-Policy forbids; its
 * `csvParseRows` does not.
 */
function parseCsv(csv: string): { columns: string[]; rows: Record<string, string>[] } {
	const [columns = [], ...lines] = csvParseRows(csv);
	return { columns, rows: lines.map((line) => Object.fromEntries(columns.map((name, i) => [name, line[i] ?? '']))) };
}

/** Whether a CSV's header row has the template's date and headline columns. */
export function isTimelineJsCsv(csv: string): boolean {
	const header = parseCsv(csv.split(/\r?\n/, 1)[0] ?? '').columns.map((c) => c.trim().toLowerCase());
	return ['year', 'headline'].every((name) => header.includes(name));
}

/** "14:30", "2:30 PM", "9 am" as hour and minute; undefined when blank or unreadable. */
function time(value: string): { hour: number; minute: number } | undefined {
	const match = /^\s*(\d{1,2})(?::(\d{2}))?(?::\d{2})?\s*([ap]\.?m\.?)?\s*$/i.exec(value);
	if (!match) return undefined;
	let hour = Number(match[1]);
	const pm = match[3]?.toLowerCase().startsWith('p');
	if (match[3] && hour === 12) hour = 0;
	if (pm) hour += 12;
	return { hour, minute: Number(match[2] ?? 0) };
}

/**
 * A TimelineJS spreadsheet exported as CSV (the template's columns, matched by name without
 * regard to case or order) as a dataset in format 1.1, through the same mapping as the JSON
 * format ({@link importTimelineJs}). The row of Type "title" becomes the article, rows of
 * Type "era" eras; everything with no place in the format is reported. Notes name
 * spreadsheet rows, counting the header as row 1.
 */
export function importTimelineJsCsv(csv: string, options: { today: string }): ImportResult {
	const { columns, rows } = parseCsv(csv.replace(/^\ufeff/, ''));
	const column = new Map(columns.map((name) => [name.trim().toLowerCase(), name]));
	const cell = (row: Record<string, string | undefined>, name: string) => (row[column.get(name.toLowerCase()) ?? ''] ?? '').trim();
	let title: Record<string, unknown> | undefined;
	const events: Record<string, unknown>[] = [];
	const rowOf: number[] = [];
	const eras: Record<string, unknown>[] = [];
	const eraRows: number[] = [];
	rows.forEach((row, index) => {
		if (Object.values(row).every((value) => (value ?? '').trim() === '')) return;
		const type = cell(row, 'Type').toLowerCase();
		const start = time(cell(row, 'Time'));
		const end = time(cell(row, 'End Time'));
		const slide: Record<string, unknown> = {
			start_date: { year: cell(row, 'Year'), month: cell(row, 'Month'), day: cell(row, 'Day'), ...start },
			end_date: { year: cell(row, 'End Year'), month: cell(row, 'End Month'), day: cell(row, 'End Day'), ...end },
			display_date: cell(row, 'Display Date'),
			text: { headline: cell(row, 'Headline'), text: cell(row, 'Text') },
			media: {
				url: cell(row, 'Media'),
				credit: cell(row, 'Media Credit'),
				caption: cell(row, 'Media Caption'),
				thumbnail: cell(row, 'Media Thumbnail')
			},
			group: cell(row, 'Group'),
			background: cell(row, 'Background')
		};
		if (type === 'title' && !title) title = slide;
		else if (type === 'era') {
			eras.push({ start_date: slide.start_date, end_date: slide.end_date, text: slide.text });
			eraRows.push(index + 2);
		} else {
			events.push(slide);
			rowOf.push(index + 2);
		}
	});
	return importTimelineJs(
		{ ...(title ? { title } : {}), events, ...(eras.length ? { eras } : {}) },
		{ today: options.today, label: (index) => `row ${rowOf[index]}`, eraLabel: (index) => `row ${eraRows[index]}` }
	);
}
