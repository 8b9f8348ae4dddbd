/**
 * The English words dates are made of, as regular-expression sources and lookups, so every
 * rule spells months, weekdays and numbers the same way.
 */

const MONTH_WORDS: [string, number][] = [
	['January', 1], ['Jan', 1], ['February', 2], ['Feb', 2], ['March', 3], ['Mar', 3],
	['April', 4], ['Apr', 4], ['May', 5], ['June', 6], ['Jun', 6], ['July', 7], ['Jul', 7],
	['August', 8], ['Aug', 8], ['September', 9], ['Sept', 9], ['Sep', 9], ['October', 10],
	['Oct', 10], ['November', 11], ['Nov', 11], ['December', 12], ['Dec', 12]
];

const MONTHS = new Map(MONTH_WORDS.map(([word, month]) => [word.toLowerCase(), month]));

/**
 * A capitalised month name or abbreviation (with or without its period). Capitals are
 * required: lowercase "march" and "may" are a walk and a verb.
 */
export const MONTH = `(?:${MONTH_WORDS.map(([w]) => (w.length <= 4 && w !== 'May' && w !== 'June' && w !== 'July' ? `${w}\\.?` : w)).join('|')})(?![a-z])`;

/** A full month name (no abbreviation), which may stand alone. */
export const MONTH_NAME = `(?:${MONTH_WORDS.filter(([w]) => w.length > 4 || ['May', 'June', 'July'].includes(w)).map(([w]) => w).join('|')})(?![a-z])`;

/** The month (1 to 12) a month word names, or undefined. */
export function monthNumber(word: string): number | undefined {
	return MONTHS.get(word.replace(/\.$/, '').toLowerCase());
}

const WEEKDAY_WORDS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A capitalised weekday name. */
export const WEEKDAY = `(?:${WEEKDAY_WORDS.join('|')})`;

/** The weekday (0 Monday to 6 Sunday) a weekday name names, or undefined. */
export function weekdayNumber(word: string): number | undefined {
	const index = WEEKDAY_WORDS.indexOf(word[0]!.toUpperCase() + word.slice(1).toLowerCase());
	return index < 0 ? undefined : index;
}

const NUMBER_WORDS: Record<string, number> = {
	a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
	nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
	sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40,
	fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
	'a couple of': 2, 'a few': 3, several: 3
};

/** A count: digits or a number word ("two", "a", "a couple of"); "a few" and "several" are vague. */
export const COUNT = `(?:\\d{1,3}|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')})`;

/** The number a count names, or undefined. */
export function countNumber(word: string): number | undefined {
	const lower = word.toLowerCase();
	return /^\d+$/.test(lower) ? Number(lower) : NUMBER_WORDS[lower];
}

/** Whether a count is vague ("a few", "several"): its date is then approximate. */
export function isVagueCount(word: string): boolean {
	return /^(?:a few|several|a couple of)$/i.test(word);
}

const ORDINAL_WORDS: Record<string, number> = {
	first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8,
	ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14,
	fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
	twentieth: 20, 'twenty-first': 21
};

/** An ordinal: "third", "3rd", "21st". */
export const ORDINAL = `(?:\\d{1,2}(?:st|nd|rd|th)|${Object.keys(ORDINAL_WORDS).sort((a, b) => b.length - a.length).join('|')})`;

/** The number an ordinal names, or undefined. */
export function ordinalNumber(word: string): number | undefined {
	const lower = word.toLowerCase();
	const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(lower);
	return digits ? Number(digits[1]) : ORDINAL_WORDS[lower];
}

/** Words that make a date vague, mapped to the part of its unit they leave. */
export const PART = '(?:early|mid|middle|late|the end of|the beginning of|the start of|the middle of)';
