import { building } from '$app/environment';
import { pageLocale } from '$lib/i18n/page-locale';
import type { PageLoad } from './$types';

// The language is known before the first render: `?lang=` (not while prerendering, which has
// no query), else the dataset's own language.
export const load: PageLoad = async ({ data, url }) => ({
	...data,
	...(await pageLocale(building ? null : url.searchParams, data.dataset.article.language))
});
