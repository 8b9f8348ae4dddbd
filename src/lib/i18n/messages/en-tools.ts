/**
 * The words of the parts that load on demand, in English: "Download image" and the image it
 * makes, the list of events on paper, and "Embed this timeline". They are sections of the
 * English catalogue kept apart (see en.ts), so each page's first load leaves them out; they
 * come with the component that uses them, which reads them through {@link withTools}. Other
 * languages keep theirs in their own file.
 */
import { plural } from '../plural';

export const enTools = {
	/** "Download image" and its dialog (DownloadImage.svelte); `{format}` is PNG or SVG. */
	downloadImage: {
		open: 'Download image',
		title: 'Download an image of the timeline',
		what: 'What',
		view: 'The period shown',
		all: 'The whole timeline',
		format: 'Format',
		png1: '{format}, {width} pixels wide',
		png2: '{format} at 2×, {width} pixels wide (sharper on dense screens and in print)',
		svg: '{format} (scales to any size)',
		theme: 'Theme',
		light: 'Light',
		dark: 'Dark',
		download: 'Download',
		close: 'Close',
		making: 'Making the image…',
		made: 'Downloaded {name} ({width} × {height} pixels)',
		failed: 'The image could not be made: {why}'
	},

	/**
	 * The words drawn in the image besides the data (src/lib/export/timeline-svg.ts); its
	 * title and credit line are `page.titleOf` and `page.credit`, its legend is `legend`.
	 */
	image: {
		/** After the period: every event of the timeline is in it. */
		shown: plural({ one: '{count} event', other: '{count} events' }),
		someShown: '{shown} of {total} events',
		/** The row of the events that are in no group. */
		otherRow: 'Other'
	},

	/** The list of events on paper (PrintEvents.svelte). */
	print: {
		heading: 'Every event in order',
		/** When the filter hides some. */
		shown: 'The {shown} of {total} events the filter keeps.',
		/** The article's date words, quoted, and what they mean. */
		articleDate: 'The article says “{words}”: {meaning}',
		record: 'The public record: {meaning}.',
		notQuoted: 'Not quoted from the article.',
		sources: 'Sources'
	},

	/** "Embed this timeline" (EmbedDialog.svelte). */
	embedDialog: {
		layout: "Layout",
		layoutAuto: "Vertical on phones, horizontal on wider screens",
		layoutVertical: "Vertical",
		layoutHorizontal: "Horizontal",
		open: 'Embed this timeline',
		close: 'Close',
		event: 'Event selected at first',
		noEvent: 'None (show the introduction)',
		period: 'Period shown at first',
		firstDay: 'First day',
		lastDay: 'Last day',
		bothDays: 'Choose both days, or neither to show everything.',
		firstAfterLast: 'The first day must not be after the last.',
		theme: 'Theme',
		light: 'Light',
		dark: 'Dark',
		auto: 'Follow the reader’s system',
		language: 'Language',
		languageDefault: 'The article’s ({name})',
		timeDirection: 'Time runs',
		timeDefault: 'As the language reads',
		timeLtr: 'Left to right',
		timeRtl: 'Right to left',
		panel: 'Annotation panel',
		overview: 'Overview strip',
		preview: 'Preview',
		previewTitle: 'Preview: {title}',
		code: 'Code to paste',
		script: 'With the loader script: the frame sizes itself (recommended)',
		iframe: 'Plain iframe, for systems that remove scripts',
		copy: 'Copy',
		copyScript: 'the loader snippet',
		copyIframe: 'the iframe snippet',
		copied: 'Copied',
		pressToCopy: 'Press {key} + C to copy'
	}
};

/**
 * `messages` with the tools' words: English's catalogue leaves them out (they are this file),
 * every other language has its own, and a section `messages` has wins.
 */
export function withTools<T extends object>(messages: T): T & typeof enTools {
	return { ...enTools, ...messages };
}
