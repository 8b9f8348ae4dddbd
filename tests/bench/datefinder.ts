/**
 * How fast the date finder is, as a markdown table for the README; a benchmark, so nothing
 * is asserted. It times `findDates` and `draftDataset` on a 10,000-word article (the
 * default article's text repeated with each copy's years shifted, so the dates differ) and
 * on the 73 annotated news articles of the evaluation set when they are there.
 *
 * Run with `node --import tsx tests/bench/datefinder.ts`; DATEFINDER_EVAL sets the path of
 * the evaluation set (default ../shared/timeml/aquaint.json).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { draftDataset } from '../../src/lib/datefinder/draft-dataset';
import { findDates } from '../../src/lib/datefinder/find-dates';
import { formatCount, formatMs, median } from './stats';

const RUNS = 15;
const WARM_UP = 3;
const WORDS = 10_000;

const root = new URL('../../', import.meta.url);

/** The default article's text, repeated up to `words` words, each copy's years moved back. */
function longArticle(words: number): string {
	const article = readFileSync(new URL('src/lib/data/article.txt', root), 'utf8');
	const copies: string[] = [];
	for (let n = 0, count = 0; count < words; n++) {
		const copy = article.replace(/\b(19|20)(\d\d)\b/g, (year) => String(Number(year) - n));
		copies.push(copy);
		count += copy.split(/\s+/).length;
	}
	return (copies.join('\n\n').match(/\S+\s*/g) ?? []).slice(0, words).join('');
}

/** The first run (cold: nothing compiled yet) and the median of the warm runs, in ms. */
function time(fn: () => unknown): { cold: number; warm: number } {
	let begin = performance.now();
	fn();
	const cold = performance.now() - begin;
	for (let i = 0; i < WARM_UP; i++) fn();
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		begin = performance.now();
		fn();
		times.push(performance.now() - begin);
	}
	return { cold, warm: median(times) };
}

interface Row {
	input: string;
	words: number;
	mentions: number;
	find: { cold: number; warm: number };
	draft: { cold: number; warm: number };
}

/** Times the finder and the drafter and prints one markdown table; returns its rows. */
export async function runDateFinderBench(evalPath = process.env.DATEFINDER_EVAL ?? fileURLToPath(new URL('../shared/timeml/aquaint.json', root))): Promise<Row[]> {
	const rows: Row[] = [];
	const text = longArticle(WORDS);
	const published = '2021-05-18/2021-05-30';
	const first = { find: time(() => findDates({ text, published })), draft: time(() => draftDataset({ text, published })) };
	rows.push({ input: 'one article of 10,000 words', words: (text.match(/\S+/g) ?? []).length, mentions: findDates({ text, published }).length, ...first });
	if (existsSync(evalPath)) {
		const documents = JSON.parse(readFileSync(evalPath, 'utf8')) as { text: string; dct: string }[];
		const all = () => documents.map((d) => findDates({ text: d.text, published: d.dct.slice(0, 10) }));
		rows.push({
			input: `${documents.length} news articles (evaluation set)`,
			words: documents.reduce((sum, d) => sum + (d.text.match(/\S+/g) ?? []).length, 0),
			mentions: all().reduce((sum, m) => sum + m.length, 0),
			find: time(all),
			draft: time(() => documents.map((d) => draftDataset({ text: d.text, published: d.dct.slice(0, 10) })))
		});
	}
	console.log('| input | words | mentions | findDates (first run) | findDates | draftDataset |');
	console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
	for (const row of rows) {
		console.log(
			`| ${row.input} | ${formatCount(row.words)} | ${formatCount(row.mentions)} | ${formatMs(row.find.cold)} ms | ${formatMs(row.find.warm)} ms | ${formatMs(row.draft.warm)} ms |`
		);
	}
	return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await runDateFinderBench();
