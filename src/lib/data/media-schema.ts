/**
 * The media of an event (`events[].media`, docs/data-format.md): images with their
 * alternative text, and links to videos, social posts and other pages, which the timeline
 * shows as cards that load nothing from the other site until the reader asks.
 */
import * as v from 'valibot';
import { HttpUrl, received, Text } from './fields';

/**
 * Relative paths: "/examples/bridge.svg", "images/bridge.svg", "../bridge.svg"; never
 * "//host/…" (another site) nor anything with a scheme of its own ("javascript:").
 */
const RELATIVE_PATH = /^(?!\/\/)(?![a-z][a-z0-9+.-]*:)[^\s\\]+$/i;

/**
 * Where an image is: an http(s) URL, or a path relative to the data file (for the site's
 * own dataset, its root); see media-urls.ts.
 */
export const MediaAddress = v.pipe(
	v.string(),
	v.check(
		(url) => RELATIVE_PATH.test(url) || v.is(HttpUrl, url),
		(issue) => `"${issue.input}" is not an http or https URL or a path such as "/images/photo.jpg" or "images/photo.jpg"`
	)
);

/** A size in CSS pixels, for the space an image takes before it loads. */
const Pixels = v.pipe(
	v.number(),
	v.integer('should be a whole number of pixels'),
	v.minValue(1, 'should be at least 1 pixel'),
	v.maxValue(10_000, 'should be at most 10000 pixels')
);

/** An image of the event. */
export const ImageSchema = v.strictObject({
	/** Always "image". */
	type: v.literal('image'),
	/** The image file. */
	url: MediaAddress,
	/** What the image shows, for readers who cannot see it; required. */
	alt: Text,
	/** A caption shown under it. */
	caption: v.optional(Text),
	/** Who made it, or whose it is ("Photo: Jane Doe / The Dispatch"). */
	credit: v.optional(Text),
	/** Its width in pixels; with `height`, keeps its space while it loads. */
	width: v.optional(Pixels),
	/** Its height in pixels. */
	height: v.optional(Pixels)
});

/** A link to a video, a social post or any other page, shown as a card. */
export const LinkSchema = v.strictObject({
	/** Always "link". */
	type: v.literal('link'),
	/** The page: a YouTube or Vimeo video, an X, Bluesky or Instagram post, or any web page. */
	url: HttpUrl,
	/** The card's title ("The minister's statement"). */
	title: v.optional(Text),
	/** A still image for the card. */
	poster: v.optional(MediaAddress),
	/** A caption shown under it. */
	caption: v.optional(Text),
	/** Who made it, or whose it is. */
	credit: v.optional(Text)
});

/** One media item: an image or a link, told apart by `type`. */
export const MediaSchema = v.variant('type', [ImageSchema, LinkSchema], (issue) =>
	issue.input === undefined
		? 'is missing (give "image" or "link")'
		: `should be "image" or "link", not ${received(issue.input)}`
);

/** An event's media, in the order shown. */
export const MediaListSchema = v.array(MediaSchema);
