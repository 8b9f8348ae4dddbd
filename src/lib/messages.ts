/**
 * The sentences of loading a dataset, its notices and the warnings about a link's options,
 * kept together so they can move into a translation catalogue as one piece. Numbers are
 * formatted here (English for now) and every count goes through {@link plural}.
 */

const LOCALE = 'en';
const rules = new Intl.PluralRules(LOCALE);
const numbers = new Intl.NumberFormat(LOCALE);
const megabytes = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
const percents = new Intl.NumberFormat(LOCALE, { style: 'percent' });

/** The form of a word for `n`: `one` for 1 (in English), `other` otherwise. */
export function plural(n: number, forms: { one: string; other: string }): string {
	return rules.select(n) === 'one' ? forms.one : forms.other;
}

/** A count as readers write it: "20,000". */
export const count = (n: number): string => numbers.format(n);

/** Bytes as megabytes with at most one decimal: "3.2 MB". */
const mb = (bytes: number): string => `${megabytes.format(bytes / 1e6)} MB`;

/** A value from a URL, quoted and cut to a few dozen characters, for a sentence shown as text. */
export function quoteValue(value: string, max = 40): string {
	return `“${value.length > max ? `${value.slice(0, max)}…` : value}”`;
}

export const messages = {
	/** Loading another dataset (`?data=`), with its progress bar. */
	loading: {
		/** Where a `#data=` link's timeline comes from, in the sentences below. */
		thisLink: 'this link',
		/** The status line while a dataset loads. */
		from: (where: string) => `Loading the timeline from ${where}…`,
		/** The progress bar's name. */
		progress: 'Loading progress',
		waiting: 'Waiting for the file…',
		downloading: (loaded: number, total: number | undefined) =>
			total ? `Downloading ${mb(loaded)} of ${mb(total)}…` : `Downloading ${mb(loaded)}…`,
		checking: (events: number) => `Checking ${count(events)} ${plural(events, { one: 'event', other: 'events' })}…`,
		layout: 'Laying out…',
		percent: (fraction: number) => percents.format(fraction),
		cancel: 'Cancel',
		cancelHint: 'or press Esc',
		cancelled: (url: string) => `Loading the dataset at ${url} was cancelled.`,
		/** The worker reading a large file stopped half-way (out of memory, say). */
		workerFailed: (url: string) => `The dataset at ${url} could not be checked: the browser stopped the work half-way (it may have run out of memory).`
	},
	/** The notice of events a loaded file had to leave out. */
	skipped: (skipped: number, total: number) =>
		`${count(skipped)} of ${count(total)} ${plural(total, { one: 'event', other: 'events' })} ${plural(skipped, { one: 'has', other: 'have' })} problems and ${plural(skipped, { one: 'is', other: 'are' })} not shown`,
	/** Warnings about a full page's link options that were ignored. */
	options: {
		theme: (value: string, themes: readonly string[]) =>
			`The link’s theme=${quoteValue(value)} is not one of ${themes.join(', ')}, so the page follows your system’s colour scheme.`,
		periodHalf: 'The link gives only one of from and to (the first and last day, YYYY-MM-DD), so the whole timeline is shown.',
		period: (from: string, to: string) =>
			`The link’s from=${quoteValue(from)} and to=${quoteValue(to)} are not a period (YYYY-MM-DD, from before to), so the whole timeline is shown.`,
		dismiss: 'Dismiss'
	}
} as const;
