/**
 * The page's language, shared through context: its messages, its date locale, which way its
 * text runs and which way time runs on the axis. Components read `i18n.m` (the catalogue)
 * and fill messages with `i18n.t` and `i18n.plural`; a page changes the language with
 * {@link I18n.use}, which loads the catalogue first, so nothing is shown half translated.
 */
import { getContext, setContext } from 'svelte';
import { dateLocale, type DateLocale } from '$lib/time/date-locale';
import { direction, ENGLISH, loadLocale, matchLanguage, type Locale } from './languages';
import type { Messages } from './messages/en';
import { fill, fillPlural, formatNumber, isolate, type Plural, type Value } from './plural';

/** Which way time runs on the axis: earlier on the left (`ltr`) or on the right (`rtl`). */
export type TimeDirection = 'ltr' | 'rtl';

/** Reads `?timeDirection=`; anything else is no choice. */
export function parseTimeDirection(value: string | null | undefined): TimeDirection | undefined {
	return value === 'rtl' || value === 'ltr' ? value : undefined;
}

/** See the module comment. */
export class I18n {
	/** The language code ("en", "fr", "ar"). */
	lang = $state.raw('en');
	/** Its catalogue. */
	m = $state.raw<Messages>(ENGLISH.messages);
	/** `?timeDirection=`, when the page was given one. */
	timeChoice = $state.raw<TimeDirection | undefined>(undefined);
	/** How its dates are written. */
	dates: DateLocale = $derived(dateLocale(this.m.meta.intl, this.m.dates));
	/** Which way its text runs. */
	dir = $derived(direction(this.lang));
	/** Which way time runs on the axis: the page's choice, else the language's direction. */
	timeDirection: TimeDirection = $derived(this.timeChoice ?? this.dir);

	constructor(locale: Locale = ENGLISH, timeChoice?: TimeDirection) {
		this.lang = locale.lang;
		this.m = locale.messages;
		this.timeChoice = timeChoice;
	}

	/** `template` filled with `values`, numbers as the language writes them. */
	t(template: string, values?: Record<string, Value>): string {
		return fill(template, values, this.m.meta.intl);
	}

	/** The form of `message` for `count`, filled with `{count}` and `values`. */
	plural(message: Plural, count: number, values?: Record<string, Value>): string {
		return fillPlural(message, count, values, this.m.meta.intl);
	}

	/** The dataset's own text, set apart for a sentence of a right-to-left language (see {@link isolate}). */
	own(text: string): string {
		return isolate(text, this.lang);
	}

	/**
	 * Makes the language's date and number formatters now, while the page waits (for a
	 * dataset, say), so that its first drawing does not pay for them.
	 */
	warm(): void {
		this.dates.warm();
		this.number(0);
	}

	/** `n` as the language writes it. */
	number(n: number): string {
		return formatNumber(n, this.m.meta.intl);
	}

	/** Items joined as the language lists them ("a, b and c"). */
	list(items: string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
		return new Intl.ListFormat(this.m.meta.intl, { type }).format(items);
	}

	/** Switches to the closest language of `tags` the interface speaks, once its catalogue is loaded. */
	async use(tags: readonly (string | null | undefined)[]): Promise<void> {
		const lang = matchLanguage(tags);
		if (lang === this.lang) return;
		const locale = await loadLocale(lang);
		this.lang = locale.lang;
		this.m = locale.messages;
	}
}

const KEY = Symbol('i18n');
/** Used where no page set a language (a component on its own, a test): English. */
const FALLBACK = new I18n();

/** Shares `i18n` with every component below the calling one; returns it. */
export function setI18n(i18n: I18n): I18n {
	return setContext(KEY, i18n);
}

/** The page's {@link I18n}, or English when none was set. */
export function getI18n(): I18n {
	return getContext<I18n | undefined>(KEY) ?? FALLBACK;
}

/**
 * Keeps `<html lang dir>` and `data-time-direction` (which mirrors the axis, see theme.css)
 * in step with `i18n`. Call it in a page's script; returns nothing, runs as an effect.
 */
export function syncDocumentLanguage(i18n: I18n): void {
	$effect(() => {
		const root = document.documentElement;
		root.lang = i18n.lang;
		root.dir = i18n.dir;
		root.dataset.timeDirection = i18n.timeDirection;
	});
}
