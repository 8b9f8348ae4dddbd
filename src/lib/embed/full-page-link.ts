/**
 * Links from the embed to the full page. They carry the dataset the embed shows (its `data`
 * address, or the `#data=` fragment of a link that holds the whole timeline), so the reader
 * lands on the same timeline and not on the site's built-in article.
 */

/** Where the embed's timeline comes from, as its own URL says. */
export interface EmbedData {
	/** The `data` parameter, as given. */
	data?: string | null;
	/** The `#data=…` fragment, without the `#`. */
	fragment?: string | null;
}

/** The full page at `base` (`/`) showing the embed's dataset: `/?data=…`, or `/#data=…`. */
export function fullPageHref(base: string, where: EmbedData): string {
	if (where.fragment?.startsWith('data=')) return `${base}#${where.fragment}`;
	return where.data ? `${base}?${new URLSearchParams({ data: where.data })}` : base;
}

/**
 * `href` (from {@link fullPageHref}) with `params` added to its query and `anchor` as its
 * fragment. A `#data=` fragment is the timeline itself and is kept; the anchor then gives way.
 */
export function withParams(href: string, params: URLSearchParams | Record<string, string>, anchor?: string): string {
	const [beforeHash = '', hash = ''] = splitOnce(href, '#');
	const [path = '', query = ''] = splitOnce(beforeHash, '?');
	const out = new URLSearchParams(query);
	for (const [key, value] of new URLSearchParams(params)) out.set(key, value);
	const search = out.toString();
	const fragment = hash.startsWith('data=') ? hash : (anchor ?? hash);
	return `${path}${search ? `?${search}` : ''}${fragment ? `#${fragment}` : ''}`;
}

function splitOnce(text: string, separator: string): [string, string?] {
	const at = text.indexOf(separator);
	return at < 0 ? [text] : [text.slice(0, at), text.slice(at + 1)];
}
