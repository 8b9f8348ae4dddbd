/**
 * What a media link is (docs/data-format.md, `media`): the site it is on, and for the sites
 * whose players and posts can be framed, the address of that frame. Nothing here loads
 * anything; the card asks the reader first ("Load video from youtube.com").
 */

/** A link as the card shows it. */
export interface LinkEmbed {
	/** The site's name as readers know it: the host without "www." ("youtube.com"). */
	site: string;
	/** What it is: a video or a post that can be framed, or a page to open. */
	kind: 'video' | 'post' | 'page';
	/** The frame's address, for a video or a post; none for a page. */
	frame?: string;
}

const ID = /^[\w-]+$/;

/** The host without "www." or "m." in front. */
function siteOf(url: URL): string {
	return url.hostname.replace(/^(www|m|mobile)\./, '');
}

/**
 * Reads a link: YouTube and Vimeo videos play in their privacy-enhanced players, X and
 * Instagram posts in their embed pages; anything else (a Bluesky post, an article) is a
 * page to open on its site. An address that is not http(s) is a page with no site.
 */
export function linkEmbed(address: string): LinkEmbed {
	let url: URL;
	try {
		url = new URL(address);
	} catch {
		return { site: '', kind: 'page' };
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return { site: '', kind: 'page' };
	const site = siteOf(url);
	const parts = url.pathname.split('/').filter(Boolean);
	const youtube = youtubeId(site, url, parts);
	if (youtube) return { site: 'youtube.com', kind: 'video', frame: `https://www.youtube-nocookie.com/embed/${youtube}` };
	if (site === 'vimeo.com' && parts.length === 1 && /^\d+$/.test(parts[0] ?? '')) {
		return { site, kind: 'video', frame: `https://player.vimeo.com/video/${parts[0]}?dnt=1` };
	}
	if ((site === 'x.com' || site === 'twitter.com') && parts[1] === 'status' && /^\d+$/.test(parts[2] ?? '')) {
		return { site: 'x.com', kind: 'post', frame: `https://platform.twitter.com/embed/Tweet.html?id=${parts[2]}&dnt=true` };
	}
	if (site === 'instagram.com' && (parts[0] === 'p' || parts[0] === 'reel') && ID.test(parts[1] ?? '')) {
		return { site, kind: 'post', frame: `https://www.instagram.com/${parts[0]}/${parts[1]}/embed/` };
	}
	return { site, kind: 'page' };
}

function youtubeId(site: string, url: URL, parts: string[]): string | null {
	let id: string | null | undefined = null;
	if (site === 'youtu.be') id = parts[0];
	else if (site === 'youtube.com' || site === 'youtube-nocookie.com') {
		if (parts[0] === 'watch') id = url.searchParams.get('v');
		else if (parts[0] === 'embed' || parts[0] === 'shorts' || parts[0] === 'live') id = parts[1];
	}
	return id && ID.test(id) ? id : null;
}

/** Whether `address` would be fetched from the page's own site (a relative path or its origin). */
export function isOwnSite(address: string, origin: string): boolean {
	if (!address.startsWith('//') && !/^[a-z][a-z0-9+.-]*:/i.test(address)) return true;
	try {
		return new URL(address).origin === origin;
	} catch {
		return false;
	}
}
