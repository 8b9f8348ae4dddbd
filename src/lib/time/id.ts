/**
 * Event ids: the one rule for what an id may be, shared by the validator, the URL's
 * `event` parameter and the embed's messages, so that every valid id can be reached.
 */

/** Lowercase letters and digits in runs joined by single hyphens: `doha-agreement`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest id, in characters. */
export const ID_MAX_LENGTH = 200;

/** Whether `value` is a valid event id. */
export function isId(value: string): boolean {
	return value.length <= ID_MAX_LENGTH && ID_PATTERN.test(value);
}

/**
 * A valid id made from any text: lowercased, accents dropped, every other run of
 * characters turned into one hyphen, cut to the length limit; "event" when nothing is left.
 */
export function slugify(text: string, maxLength = 60): string {
	const slug = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.slice(0, Math.min(maxLength, ID_MAX_LENGTH))
		.replace(/^-+|-+$/g, '');
	return slug || 'event';
}
