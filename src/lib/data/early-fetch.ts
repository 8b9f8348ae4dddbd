/**
 * The `?data=` file fetched from the page's head, while the page's scripts still download:
 * the file and the scripts then travel together instead of one after the other. The page's
 * loader takes the response when it asks for the same address (see {@link earlyFetch}).
 */

/** What the head script leaves on `window`. */
interface EarlyData {
	url: string;
	response: Promise<Response>;
}

/**
 * Set on `<html>` by the head script when the page shows another dataset (`?data=`, `#data=`),
 * so that the page's styles hide the prerendered built-in timeline until the scripts replace it.
 */
export const ANOTHER_DATASET_ATTRIBUTE = 'data-another-dataset';

/** Whether the page's address names another dataset than the built-in one (as the head script tells). */
export function showsAnotherDataset(location: Pick<Location, 'search' | 'hash'>): boolean {
	return !!new URLSearchParams(location.search).get('data') || location.hash.includes('data=');
}

/**
 * Called by a page as it hydrates: whether it shows another dataset, so that it puts a stand-in
 * where the prerendered built-in timeline was, which from then on hides that timeline instead
 * of the head script's mark.
 */
export function takeOverFromHeadScript(): boolean {
	document.documentElement.removeAttribute(ANOTHER_DATASET_ATTRIBUTE);
	return showsAnotherDataset(location);
}

/**
 * The width of the prerendered (hidden) plot, read as the page hydrates and before the stand-in
 * replaces it; 0 when there is none. The other dataset's first layout then has the width the
 * plot will have, instead of a default that the plot's size corrects a frame later, laying out
 * every mark twice.
 */
export function prerenderedPlotWidth(): number {
	return document.querySelector<HTMLElement>('.timeline:not(.vertical) .plot')?.clientWidth ?? 0;
}

/**
 * The head script, a constant (no data in it): starts fetching `?data=` when it is an http(s)
 * address, with the same request headers as the loader. Any failure is left to the loader,
 * which fetches again and says what went wrong.
 */
export const EARLY_FETCH_SCRIPT =
	'<script>(function(){try{var d=new URLSearchParams(location.search).get("data");' +
	// The page shows another dataset: the prerendered built-in one must not be seen meanwhile.
	'if(d||location.hash.indexOf("data=")>-1)document.documentElement.setAttribute("' + ANOTHER_DATASET_ATTRIBUTE + '","");if(!d)return;' +
	'var u=new URL(d,location.href);if(u.protocol!=="http:"&&u.protocol!=="https:")return;' +
	'var r=fetch(u.href,{headers:{accept:"application/json"}});r.catch(function(){});' +
	'window.__timelineData={url:u.href,response:r}}catch(e){}})()</script>';

/**
 * A `fetch` that answers the head script's request for the same address once, and fetches
 * anything else (or a second time) as usual.
 */
export const earlyFetch: typeof fetch = (input, init) => {
	const early = (globalThis as { __timelineData?: EarlyData }).__timelineData;
	const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
	if (early && early.url === url) {
		delete (globalThis as { __timelineData?: EarlyData }).__timelineData;
		return early.response.catch(() => fetch(input, init));
	}
	return fetch(input, init);
};
