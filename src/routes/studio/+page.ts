import { building } from '$app/environment';
import { withStudio } from '$lib/i18n/languages';
import { pageLocale } from '$lib/i18n/page-locale';
import { loadEdtf } from '$lib/time/edtf';
import type { PageLoad } from './$types';

// The studio checks every date as it is typed, so it reads the rare EDTF forms from the start;
// its own words are in `?lang=`'s language (English by default).
export const load: PageLoad = async ({ url }) => {
	const [{ locale, timeDirection }] = await Promise.all([pageLocale(building ? null : url.searchParams), loadEdtf()]);
	return { locale: await withStudio(locale), timeDirection };
};
