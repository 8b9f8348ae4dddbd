/**
 * How a language writes dates: the forms the app uses (a year, a month, a day, the pieces a
 * range is made of, the axis's short months), and its words for periods (qualifiers, "late",
 * seasons, "BCE"). Written by Intl.DateTimeFormat in the language's own forms ("18 May 2021",
 * "18 mai 2021", "18. Mai 2021", "18 de mayo de 2021", "18 مايو 2021"), with the catalogue's
 * word for the years before the common era ("44 BCE", "44 av. J.-C."), all in UTC, so no date
 * library's locale data is in the page. Pure: a locale is a value passed in, never global state.
 */
import { en } from '../i18n/messages/en';
import { fill } from '../i18n/plural';

/** The words for dates and periods, one language's `dates` section of its catalogue. */
export type DateWords = typeof en.dates;

/** A form a date is written in. */
export type DateForm =
	| 'year'
	| 'month'
	| 'day'
	| 'dayMonth'
	| 'monthName'
	| 'dayNumber'
	| 'monthShort'
	| 'monthShortYear'
	| 'minute';

/** One language's way with dates. */
export interface DateLocale {
	/** The tag Intl formats with ("en-GB", "fr"). */
	intl: string;
	/** Its words for periods. */
	words: DateWords;
	/** The instant `ms` (UTC) in `form`. */
	format(ms: number, form: DateForm): string;
	/**
	 * Makes the formatter of every form now: one costs far more to make than to use, so a page
	 * waiting for its data pays for them then rather than in its first drawing.
	 */
	warm(): void;
}

/** Intl's options, by form. */
const OPTIONS: Record<DateForm, Intl.DateTimeFormatOptions> = {
	year: { year: 'numeric' },
	month: { month: 'long', year: 'numeric' },
	day: { day: 'numeric', month: 'long', year: 'numeric' },
	dayMonth: { day: 'numeric', month: 'long' },
	monthName: { month: 'long' },
	dayNumber: { day: 'numeric' },
	monthShort: { month: 'short' },
	monthShortYear: { month: 'short', year: 'numeric' },
	minute: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
};

/** Intl's formatters by Intl tag, then form: shared by every date locale of one tag. */
const FORMATS = new Map<string, Map<string, Intl.DateTimeFormat>>();

/** The date locale of a language: `intl` its Intl tag, `words` its catalogue's `dates`. */
export function dateLocale(intl: string, words: DateWords): DateLocale {
	let formats = FORMATS.get(intl);
	if (!formats) FORMATS.set(intl, (formats = new Map()));
	const formatter = (form: DateForm, bce: boolean) => {
		const key = `${form}${bce ? ':bce' : ''}`;
		let f = formats.get(key);
		if (!f) {
			const options = { ...OPTIONS[form], timeZone: 'UTC', ...(bce && OPTIONS[form].year ? { era: 'short' as const } : {}) };
			formats.set(key, (f = new Intl.DateTimeFormat(intl, options)));
		}
		return f;
	};
	const forms = Object.keys(OPTIONS) as DateForm[];
	return {
		intl,
		words,
		format(ms, form) {
			// A time of day is said with its day, in the language's words: "18 May 2021, 10:00".
			if (form === 'minute') return fill(words.at, { date: this.format(ms, 'day'), time: formatter('minute', false).format(ms) }, intl);
			const date = new Date(ms);
			const bce = date.getUTCFullYear() <= 0;
			if (!bce) return formatter(form, false).format(date);
			return formatter(form, true)
				.formatToParts(date)
				.map((part) => (part.type === 'era' ? words.bce : part.value))
				.join('');
		},
		warm() {
			for (const form of forms) formatter(form, false);
		}
	};
}

/** English, the default of every function that takes a locale. */
export const ENGLISH_DATES: DateLocale = dateLocale(en.meta.intl, en.dates);
