import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import ar from '$lib/i18n/messages/ar';
import de from '$lib/i18n/messages/de';
import { en, type Messages } from '$lib/i18n/messages/en';
import es from '$lib/i18n/messages/es';
import fr from '$lib/i18n/messages/fr';
import { axisTicks } from '$lib/timeline/ticks';
import { dateLocale } from './date-locale';
import { dayToMs } from './day';
import { describeDate } from './describe-date';
import { formatPeriod } from './format-period';

const locale = (m: Pick<Messages, 'meta' | 'dates'>) => dateLocale(m.meta.intl, m.dates);
const LOCALES = { en: locale(en), fr: locale(fr), de: locale(de), es: locale(es), ar: locale(ar) };

describe('describeDate(date, locale) in each language', () => {
	it.each([
		{ date: '2020-02-29', en: '29 February 2020', fr: '29 février 2020', de: '29. Februar 2020', es: '29 de febrero de 2020', ar: '29 فبراير 2020' },
		{ date: '2021-02', en: 'February 2021', fr: 'février 2021', de: 'Februar 2021', es: 'febrero de 2021', ar: 'فبراير 2021' },
		{ date: '2001-10~/2001-12~', en: 'late 2001', fr: 'fin 2001', de: 'Ende 2001', es: 'finales de 2001', ar: 'أواخر 2001' },
		{ date: '1997-01~/1997-04~', en: 'early 1997', fr: 'début 1997', de: 'Anfang 1997', es: 'principios de 1997', ar: 'أوائل 1997' },
		{ date: '2002~/2021-05', en: 'about 2002 to May 2021', fr: 'd’environ 2002 à mai 2021', de: 'etwa 2002 bis Mai 2021', es: 'de hacia 2002 a mayo de 2021', ar: 'من حوالي 2002 إلى مايو 2021' },
		{ date: '2021-05-18/2021-05-30', en: '18 to 30 May 2021', fr: 'du 18 au 30 mai 2021', de: '18. bis 30. Mai 2021', es: 'del 18 al 30 de mayo de 2021', ar: 'من 18 إلى 30 مايو 2021' },
		{ date: '2001-10/2001-12', en: 'October to December 2001', fr: 'd’octobre à décembre 2001', de: 'Oktober bis Dezember 2001', es: 'de octubre a diciembre de 2001', ar: 'من أكتوبر إلى ديسمبر 2001' },
		{ date: '2021-05-18?', en: 'probably 18 May 2021', fr: 'probablement 18 mai 2021', de: 'vermutlich 18. Mai 2021', es: 'probablemente 18 de mayo de 2021', ar: 'على الأرجح 18 مايو 2021' },
		{ date: '-0043-03-15', en: '15 March 44 BCE', fr: '15 mars 44 av. J.-C.', de: '15. März 44 v. Chr.', es: '15 de marzo de 44 a. C.', ar: '15 مارس 44 ق.م' },
		{ date: '199', en: 'the 1990s', fr: 'les années 1990', de: 'die 1990er-Jahre', es: 'la década de 1990', ar: 'العقد الذي بدأ عام 1990' },
		{ date: '2021-21', en: 'spring 2021', fr: 'printemps 2021', de: 'Frühling 2021', es: 'primavera de 2021', ar: 'ربيع 2021' },
		{ date: '2021-33', en: 'the first quarter of 2021', fr: 'le premier trimestre 2021', de: 'das erste Quartal 2021', es: 'el primer trimestre de 2021', ar: 'الربع الأول من 2021' }
	])('$date', ({ date, ...words }) => {
		for (const [lang, expected] of Object.entries(words)) {
			expect(describeDate(date, LOCALES[lang as keyof typeof LOCALES]), lang).toBe(expected);
		}
	});
});

describe('formatPeriod(from, to, { style: "sentence", locale }) for the live region', () => {
	const span = (a: string, b: string) => [dayToMs(a), dayToMs(b) + 86_400_000] as const;
	it.each([
		{ span: span('2021-05-03', '2021-05-28'), en: 'Showing 3 May to 28 May 2021', fr: 'Période affichée : du 3 mai au 28 mai 2021', de: 'Angezeigt: 3. Mai bis 28. Mai 2021', es: 'Período mostrado: del 3 de mayo al 28 de mayo de 2021', ar: 'الفترة المعروضة: من 3 مايو إلى 28 مايو 2021' },
		{ span: span('2020-03-01', '2021-06-30'), en: 'Showing March 2020 to June 2021', fr: 'Période affichée : de mars 2020 à juin 2021', de: 'Angezeigt: März 2020 bis Juni 2021', es: 'Período mostrado: de marzo de 2020 a junio de 2021', ar: 'الفترة المعروضة: من مارس 2020 إلى يونيو 2021' },
		{ span: span('2000-01-01', '2021-12-31'), en: 'Showing 2000 to 2021', fr: 'Période affichée : de 2000 à 2021', de: 'Angezeigt: 2000 bis 2021', es: 'Período mostrado: de 2000 a 2021', ar: 'الفترة المعروضة: من 2000 إلى 2021' },
		{ span: span('2021-04-01', '2021-08-31'), en: 'Showing April to August 2021', fr: 'Période affichée : d’avril à août 2021', de: 'Angezeigt: April bis August 2021', es: 'Período mostrado: de abril a agosto de 2021', ar: 'الفترة المعروضة: من أبريل إلى أغسطس 2021' }
	])('$en', ({ span: [from, to], ...words }) => {
		for (const [lang, expected] of Object.entries(words)) {
			expect(formatPeriod(from, to, { style: 'sentence', locale: LOCALES[lang as keyof typeof LOCALES] }), lang).toBe(expected);
		}
	});
});

describe('axisTicks(scale, width, locale): tick labels in each language', () => {
	const view = (a: string, b: string) => scaleUtc().domain([dayToMs(a), dayToMs(b)]).range([0, 1200]);
	const labels = (ticks: { label: string }[]) => ticks.map((t) => t.label).filter(Boolean);
	it.each([
		{ lang: 'en', months: ['Jan', 'Feb', 'Mar'], major: '2021', days: '1', dayMajor: 'February 2021' },
		{ lang: 'fr', months: ['janv.', 'févr.', 'mars'], major: '2021', days: '1', dayMajor: 'février 2021' },
		{ lang: 'de', months: ['Jan', 'Feb', 'Mär'], major: '2021', days: '1', dayMajor: 'Februar 2021' },
		{ lang: 'es', months: ['ene', 'feb', 'mar'], major: '2021', days: '1', dayMajor: 'febrero de 2021' },
		{ lang: 'ar', months: ['يناير', 'فبراير', 'مارس'], major: '2021', days: '1', dayMajor: 'فبراير 2021' }
	] as const)('$lang', ({ lang, months, major, days, dayMajor }) => {
		const locale = LOCALES[lang];
		const year = axisTicks(view('2021-01-01', '2022-01-01'), 1200, locale);
		expect(year.level).toBe('month');
		expect(labels(year.minor).slice(0, 3)).toEqual(months);
		expect(labels(year.major)[0]).toBe(major);
		const month = axisTicks(view('2021-02-01', '2021-02-20'), 1200, locale);
		expect(month.level).toBe('day');
		expect(labels(month.minor)[0]).toBe(days);
		expect(labels(month.major)[0]).toBe(dayMajor);
		const ancient = axisTicks(view('-0100-01-01', '0001-01-01'), 1200, locale);
		expect(labels(ancient.minor).some((label) => label.endsWith(locale.words.bce))).toBe(true);
	});
});

describe('dateLocale(intl, words).warm()', () => {
	it('makes every form’s formatter up front, shared by every locale of one Intl tag, so formatting afterwards makes none', () => {
		const Original = Intl.DateTimeFormat;
		let made = 0;
		const counting = new Proxy(Original, {
			construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
				made++;
				return new target(...args);
			}
		});
		Intl.DateTimeFormat = counting;
		try {
			// A tag no other test has used, so that none of its formatters exist yet.
			const first = dateLocale('en-NZ', en.dates);
			first.warm();
			expect(made).toBeGreaterThan(0);
			const afterWarm = made;
			const second = dateLocale('en-NZ', en.dates);
			const ms = dayToMs('2021-05-18');
			for (const form of ['year', 'month', 'day', 'dayMonth', 'monthName', 'dayNumber', 'monthShort', 'monthShortYear', 'minute'] as const) {
				expect(second.format(ms, form)).toBe(first.format(ms, form));
			}
			expect(made).toBe(afterWarm);
		} finally {
			Intl.DateTimeFormat = Original;
		}
	});
});
