/**
 * Scores the date finder on TimeML-annotated news (a JSON array of
 * `{ id, dct, text, timexes }`), as TempEval-3 does: span and value precision, recall and F1,
 * then every mistake. `--baseline chrono` scores chrono-node used as it comes instead.
 *
 *     npm run eval:dates -- ../shared/timeml/aquaint.json [--baseline chrono] [--quiet]
 */
import * as chrono from 'chrono-node';
import { readFileSync } from 'node:fs';
import { dayOf } from '../lib/datefinder/calendar';
import { findDates } from '../lib/datefinder/find-dates';
import { asTimeml, measures, scoreDocument, type Found, type Mistake, type Tally, type Timex } from '../lib/datefinder/timeml-score';

interface Document {
	id: string;
	dct: string;
	text: string;
	timexes: Timex[];
}

/** chrono-node as it comes: its certain components give a day, a month or a year. */
function chronoFound(text: string, dct: string): Found[] {
	const found: Found[] = [];
	for (const result of chrono.parse(text, new Date(`${dct.slice(0, 10)}T12:00:00Z`))) {
		const c = result.start;
		const year = c.get('year')!;
		const month = c.get('month')!;
		const day = c.get('day')!;
		const base = { start: result.index, end: result.index + result.text.length, text: result.text };
		if (c.isCertain('day') || c.isCertain('weekday') || !c.isCertain('month') && !c.isCertain('year')) {
			const d = dayOf(year, month, day);
			found.push({ ...base, from: d, to: d });
		} else if (c.isCertain('month')) {
			found.push({ ...base, from: dayOf(year, month, 1), to: dayOf(year, month + 1, 0) });
		} else {
			found.push({ ...base, from: dayOf(year, 1, 1), to: dayOf(year, 12, 31) });
		}
	}
	return found;
}

const format = (n: number) => n.toFixed(1);

function main(argv: string[]): number {
	const path = argv.find((a) => !a.startsWith('--') && argv[argv.indexOf(a) - 1] !== '--baseline');
	if (!path) {
		console.error('eval:dates: give the path of the annotated JSON file (aquaint.json)');
		return 2;
	}
	const baseline = argv.includes('--baseline') ? argv[argv.indexOf('--baseline') + 1] : undefined;
	if (baseline !== undefined && baseline !== 'chrono') {
		console.error(`eval:dates: --baseline should be "chrono", not "${baseline}"`);
		return 2;
	}
	let documents: Document[];
	try {
		documents = JSON.parse(readFileSync(path, 'utf8')) as Document[];
	} catch (error) {
		console.error(`eval:dates: cannot read ${path}: ${(error as Error).message}`);
		return 1;
	}
	const total: Tally = { gold: 0, found: 0, matched: 0, right: 0 };
	const mistakes: (Mistake & { id: string })[] = [];
	const began = performance.now();
	for (const doc of documents) {
		const found = baseline ? chronoFound(doc.text, doc.dct) : findDates({ text: doc.text, published: doc.dct }).map(asTimeml);
		const { tally, mistakes: own } = scoreDocument(doc.timexes, found);
		for (const key of Object.keys(total) as (keyof Tally)[]) total[key] += tally[key];
		mistakes.push(...own.map((m) => ({ ...m, id: doc.id })));
	}
	const ms = performance.now() - began;
	const { span, value } = measures(total);
	console.log(`${baseline ? 'chrono-node as it comes' : 'date finder'} on ${documents.length} documents (${ms.toFixed(0)} ms)`);
	console.log(`gold ${total.gold}, found ${total.found}, matched ${total.matched}, right value ${total.right}`);
	console.log('| | precision | recall | F1 |\n| --- | --- | --- | --- |');
	console.log(`| span | ${format(span.precision)} | ${format(span.recall)} | ${format(span.f1)} |`);
	console.log(`| value | ${format(value.precision)} | ${format(value.recall)} | ${format(value.f1)} |`);
	if (!argv.includes('--quiet')) {
		for (const kind of ['missed', 'spurious', 'value'] as const) {
			const list = mistakes.filter((m) => m.kind === kind);
			console.log(`\n${kind} (${list.length})`);
			for (const m of list) {
				const detail = kind === 'value' ? `gold ${m.gold}, ours ${m.ours}` : (m.gold ?? m.ours);
				console.log(`  ${m.id}@${m.start} "${m.text}" ${detail}`);
			}
		}
	}
	return 0;
}

process.exitCode = main(process.argv.slice(2));
