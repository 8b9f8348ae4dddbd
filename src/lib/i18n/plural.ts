/**
 * The pieces a catalogue is made of, and filling them in: placeholders (`{name}`), plural
 * forms chosen by Intl.PluralRules, numbers formatted by Intl.NumberFormat. Pure functions,
 * so the time and timeline modules use them without any state.
 */

/** A message with one form per plural category the language has; `other` is required. */
export interface Plural {
	zero?: string;
	one?: string;
	two?: string;
	few?: string;
	many?: string;
	other: string;
}

/** Marks a message as plural (and types it so each language may have its own categories). */
export const plural = (forms: Plural): Plural => forms;

/** The precision of a range's first date, for languages whose connecting words depend on it. */
export type RangeUnit = 'day' | 'month' | 'year';

/** Joins two dates in words: "18 to 30 May 2021", "du 18 au 30 mai 2021". */
export type RangeWords = (from: string, to: string, unit: RangeUnit) => string;

/** Scripts written right to left, by language code (the ones a newsroom may add a catalogue for). */
const RTL = ['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi'];

/** Whether the language of `tag` ("ar", "ar-EG", "fa") is written right to left. */
export function isRightToLeft(tag: string): boolean {
	const lower = tag.toLowerCase();
	return RTL.includes(lower.split('-')[0] ?? '') || /-arab(-|$)/.test(lower);
}

/**
 * The dataset's own `text` set apart (Unicode first-strong isolate … pop) inside a sentence of a
 * right-to-left language, so an English title in an Arabic sentence keeps its own order and
 * does not scramble the words around it; unchanged in a left-to-right language.
 */
export function isolate(text: string, locale: string): string {
	return text && isRightToLeft(locale) ? `\u2068${text}\u2069` : text;
}

/** A value for a placeholder: text as it is, a number formatted for the language. */
export type Value = string | number;

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

/** `n` as the language writes numbers ("1,234", "1 234", "1.234"). */
export function formatNumber(n: number, locale: string): string {
	let format = numberFormats.get(locale);
	if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
	return format.format(n);
}

/** `template` with each `{name}` replaced by `values[name]`; an unknown name stays as written. */
export function fill(template: string, values: Record<string, Value> = {}, locale = 'en-GB'): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const value = values[name];
		if (value === undefined) return whole;
		return typeof value === 'number' ? formatNumber(value, locale) : value;
	});
}

/** The form of `message` for `count` in the language (Intl.PluralRules), filled with `{count}` and `values`. */
export function fillPlural(message: Plural, count: number, values: Record<string, Value> = {}, locale = 'en-GB'): string {
	let rules = pluralRules.get(locale);
	if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
	const form = message[rules.select(count)] ?? message.other;
	return fill(form, { count, ...values }, locale);
}

/** Every `{name}` in a template, sorted: what a translation must keep. */
export function placeholders(template: string): string[] {
	return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string))].sort();
}
