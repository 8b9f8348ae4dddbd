/**
 * Synthetic datasets for the benchmarks: valid datasets in the real format (docs/data-format.md),
 * so the app and the validator do all the work a large real dataset would make them do.
 * Seeded, so every run measures the same data.
 */
import type { Dataset, EventRecord } from '../../src/lib/timeline/types';

/** A small seeded PRNG (mulberry32). */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Sentences per paragraph of the generated article. */
const SENTENCES_PER_PARAGRAPH = 10;

/** The article's own date words, one phrase per kind of date, all in its first paragraph. */
const DATE_WORDS = { day: 'on a day', month: 'in a month', longer: 'over a longer period' } as const;
const INTRO = `Some of these events happened ${DATE_WORDS.day}, some ${DATE_WORDS.month}, and some ${DATE_WORDS.longer}.`;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const dayText = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m + 1)}-${pad(d)}`;
/** The last day of month `m` (0-based) of year `y`. */
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();

/**
 * The date of one event from 2000 to 2024: 70% single days (points), 20% months (bars) and
 * 10% vaguer dates (bands): intervals of two months to eight years, some approximate, and
 * whole years. Its start and end are the first and last days the EDTF date allows.
 */
function syntheticDate(random: () => number): Pick<EventRecord, 'date' | 'start' | 'end' | 'dateText'> {
	const r = random();
	const y = 2000 + Math.floor(random() * 25);
	const m = Math.floor(random() * 12);
	if (r < 0.7) {
		const day = dayText(y, m, 1 + Math.floor(random() * lastDay(y, m)));
		return { date: day, start: day, end: day, dateText: DATE_WORDS.day };
	}
	if (r < 0.9) {
		return { date: `${pad(y, 4)}-${pad(m + 1)}`, start: dayText(y, m, 1), end: dayText(y, m, lastDay(y, m)), dateText: DATE_WORDS.month };
	}
	const shape = random();
	if (shape < 0.25) return { date: pad(y, 4), start: dayText(y, 0, 1), end: dayText(y, 11, 31), dateText: DATE_WORDS.longer };
	// Two months to eight years, most of them short.
	const months = Math.max(2, Math.round(2 * Math.pow(48, random())));
	const last = y * 12 + m + months - 1;
	const [y1, m1] = [Math.floor(last / 12), last % 12];
	const q = shape < 0.6 ? '~' : '';
	return {
		date: `${pad(y, 4)}-${pad(m + 1)}${q}/${pad(y1, 4)}-${pad(m1 + 1)}${q}`,
		start: dayText(y, m, 1),
		end: dayText(y1, m1, lastDay(y1, m1)),
		dateText: DATE_WORDS.longer
	};
}

/**
 * The sentence of the article that event `i` quotes: short, so that 100,000 of them stay
 * within the format's 2,000,000 characters of article text.
 */
const sentence = (i: number) => `Event ${i}.`;

/**
 * A valid dataset of `n` events. Its article is an intro paragraph and then one sentence per
 * event ("Event 123."), ten to a paragraph; each event quotes its own sentence.
 */
export function syntheticDataset(n: number, seed = 1): Dataset {
	const random = mulberry32(seed);
	const events: EventRecord[] = [];
	for (let i = 0; i < n; i++) {
		events.push({
			id: `event-${i}`,
			title: `Synthetic event number ${i}`,
			summary: `A generated event, number ${i} of ${n}.`,
			...syntheticDate(random),
			quotes: [sentence(i)],
			article: 'article'
		});
	}
	const paragraphs = [INTRO];
	for (let i = 0; i < n; i += SENTENCES_PER_PARAGRAPH) {
		const last = Math.min(n, i + SENTENCES_PER_PARAGRAPH);
		paragraphs.push(Array.from({ length: last - i }, (_, k) => sentence(i + k)).join(' '));
	}
	const article = {
		id: 'article',
		title: `A synthetic article with ${n.toLocaleString('en-US')} events`,
		publication: 'The Benchmark',
		published: '2025-01-15',
		credit: 'Generated for the benchmark.',
		text: paragraphs.join('\n\n')
	};
	return { version: 1.1, article, articles: [article], events };
}
