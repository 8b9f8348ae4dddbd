/**
 * The date finder: every date mention in an article's text, each with its verbatim words,
 * their offsets, an EDTF date at the precision the words carry and the days it allows,
 * read against the article's publication date as news is written. Pure TypeScript with no
 * DOM, for browsers and Node.
 */
import { anaphoraRules } from './anaphora-rules';
import { calendarRules } from './calendar-rules';
import { periodRules } from './period-rules';
import { chronoDays } from './chrono-days';
import { addDays } from './calendar';
import { dayValue, spanValue, type DateValue } from './date-value';
import type { Candidate, Context, Mention, Resolution, Rule } from './mention';
import { parseReference, type Reference } from './reference';
import { relativeRules } from './relative-rules';
import { holidayRules } from './holiday-rules';
import { findDateline } from './dateline';
import { splitSentences, type Sentence } from './sentences';
import { tenseAt } from './tense';
import { YEAR } from './calendar-rules';
import { MONTH, monthNumber } from './words';

export type { Mention } from './mention';

/** What the finder reads. */
export interface FindDatesOptions {
	/** The article's text; offsets in the result are into this string. */
	text: string;
	/** The publication date: an EDTF day or interval of days. */
	published: string;
	/** Leave out chrono-node's day forms (to measure what the rules add); default false. */
	rulesOnly?: boolean;
}

const RULES: Rule[] = [...calendarRules, ...periodRules, ...relativeRules, ...holidayRules, ...anaphoraRules];

function ruleCandidates(text: string): Candidate[] {
	const candidates: Candidate[] = [];
	for (const rule of RULES) {
		rule.pattern.lastIndex = 0;
		for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
			if (m[0].length === 0) {
				rule.pattern.lastIndex++;
				continue;
			}
			const match = m;
			candidates.push({
				start: m.index,
				end: m.index + m[0].trimEnd().length,
				rule: rule.name,
				priority: rule.priority ?? 0,
				resolve: (context) => {
					const result = rule.resolve(match, context);
					return result && 'date' in result ? { value: result } : result;
				}
			});
		}
	}
	return candidates;
}

/** The longest candidates that do not overlap, then the higher priority, then the earlier. */
function select(candidates: Candidate[], textLength: number): Candidate[] {
	const taken = new Uint8Array(textLength + 1);
	const order = [...candidates].sort(
		(a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start
	);
	const chosen: Candidate[] = [];
	for (const candidate of order) {
		let free = true;
		for (let i = candidate.start; i < candidate.end && free; i++) free = taken[i] === 0;
		if (!free) continue;
		taken.fill(1, candidate.start, candidate.end);
		chosen.push(candidate);
	}
	return chosen.sort((a, b) => a.start - b.start);
}

/** Words that join the two ends of a range: "March to May 2020", "June 3 – June 5, 2019". */
const RANGE_JOIN = /^\s*(?:-|–|—|to|through|thru|until|till|and|or)\s*$/i;
const WRITTEN_YEAR = new RegExp(`(?<!\\d)(${YEAR})\\s*$`);
const MONTH_WORD = new RegExp(MONTH, 'i');

/**
 * The year (and month) the other end of a range writes, when `candidate` opens one and leaves
 * its own year out; undefined otherwise.
 */
function rangeEndOf(text: string, candidate: Candidate, next: Candidate | undefined): Context['rangeEnd'] {
	if (!next || !RANGE_JOIN.test(text.slice(candidate.end, next.start))) return undefined;
	if (/\d{4}/.test(text.slice(candidate.start, candidate.end))) return undefined;
	const words = text.slice(next.start, next.end);
	const year = WRITTEN_YEAR.exec(words)?.[1];
	if (!year) return undefined;
	const month = MONTH_WORD.exec(words)?.[0];
	return { year: Number(year), month: month ? monthNumber(month) : undefined };
}

function sentenceIndexAt(sentences: Sentence[], offset: number): number {
	let low = 0;
	let high = sentences.length - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if (sentences[mid]!.start <= offset) low = mid;
		else high = mid - 1;
	}
	return low;
}

function toMention(text: string, start: number, end: number, value: DateValue, extra: Omit<Mention, 'text' | 'start' | 'end' | 'date' | 'from' | 'to' | 'precision' | 'approximate' | 'uncertain'>): Mention {
	const { date, from, to, precision, approximate, uncertain } = value;
	const mention: Mention = { text: text.slice(start, end), start, end, date, from, to, precision, approximate, uncertain, anaphoric: extra.anaphoric, sentence: extra.sentence, rule: extra.rule };
	if (extra.anchor !== undefined) mention.anchor = extra.anchor;
	if (value.whole) mention.partOf = { date: value.whole.date, from: value.whole.from, to: value.whole.to };
	return mention;
}

/**
 * The words before a mention that change its date: "since 2014" makes it a span from it to
 * the publication, "the day before last Tuesday's hearing" the day before it.
 */
function widen(text: string, mention: Mention, value: DateValue, reference: Reference): { start: number; value: DateValue; since?: true } | undefined {
	const before = text.slice(Math.max(0, mention.start - 20), mention.start);
	const around = /\bthe\s+day\s+(before|after)\s+$/i.exec(before);
	if (around && mention.precision === 'day') {
		return { start: mention.start - around[0].length, value: dayValue(addDays(mention.from, around[1]!.toLowerCase() === 'before' ? -1 : 1)) };
	}
	const since = /\b(?:ever since|since)\s+$/i.exec(before);
	if (!since || mention.precision === 'span' || mention.anaphoric || value.from > reference.day) return undefined;
	return { start: mention.start - since[0].length, value: spanValue(value, reference.value), since: true };
}

/**
 * Every date mention in `text`, in text order. Throws when `published` is not an EDTF day or
 * interval of days. Mentions never overlap; `text.slice(start, end)` is always `text`.
 */
export function findDates(options: FindDatesOptions): Mention[] {
	const { text } = options;
	const published = parseReference(options.published);
	const dateline = findDateline(text, published.day);
	const reference = dateline ? { ...published, day: dateline.day } : published;
	const sentences = splitSentences(text);
	const all = [...ruleCandidates(text), ...(options.rulesOnly ? [] : chronoDays(text, reference.day))];
	const rejected = new Set<Candidate>();
	for (let round = 0; ; round++) {
		const chosen = select(all.filter((c) => !rejected.has(c)), text.length);
		const mentions: Mention[] = [];
		let failed = false;
		for (const [index, candidate] of chosen.entries()) {
			const sentenceIndex = sentenceIndexAt(sentences, candidate.start);
			const sentence = sentences[sentenceIndex] ?? { start: 0, end: text.length };
			let tense: ReturnType<typeof tenseAt> | undefined;
			const context: Context = {
				text,
				reference,
				sentence,
				sentenceIndex,
				start: candidate.start,
				end: candidate.end,
				tense: () => (tense ??= tenseAt(text.slice(sentence.start, sentence.end), candidate.start - sentence.start, candidate.end - candidate.start)),
				previous: mentions,
				rangeEnd: rangeEndOf(text, candidate, chosen[index + 1])
			};
			const resolution: Resolution | undefined = candidate.resolve(context);
			if (!resolution) {
				rejected.add(candidate);
				failed = true;
				continue;
			}
			const extra = { anaphoric: resolution.anaphoric ?? false, sentence: sentenceIndex, rule: candidate.rule, anchor: resolution.anchor };
			const mention = toMention(text, candidate.start, candidate.end, resolution.value, extra);
			const span = widen(text, mention, resolution.value, reference);
			if (span) {
				const widened = toMention(text, span.start, candidate.end, span.value, { ...extra, rule: `${candidate.rule}+span` });
				if (span.since) widened.origin = { start: mention.start, end: mention.end, date: mention.date, from: mention.from, to: mention.to };
				mentions.push(widened);
			} else mentions.push(mention);
		}
		if (!failed || round >= 3) return mentions;
	}
}
