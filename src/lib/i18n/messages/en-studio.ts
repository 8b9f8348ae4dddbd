/**
 * The studio's words in English (the `studio` section of the English catalogue, kept apart so
 * the pages readers open do not load them; see en.ts). Other languages keep theirs in their
 * own file.
 */
import { plural } from '../plural';

export const enStudio = {
	/** The draft's eras and groups (ErasEditor.svelte, GroupsEditor.svelte), an item's buttons
	 * (ItemActions.svelte) and an event's group (EventEditor.svelte). */
	structure: {
		eras: {
			heading: 'Eras',
			intro: 'Labelled spans of time drawn behind the events, offered as shortcuts.',
			empty: 'No eras.',
			add: 'Add an era',
			/** An era not named yet. */
			untitled: 'Era {n}',
			title: 'Name',
			id: 'Id',
			idHint: 'Made from the name until you type your own: lower-case letters, digits and hyphens.',
			date: 'Date',
			dateHint: 'EDTF, usually a span: 2001-10-07/2014-12-28',
			note: 'Note',
			noteHint: 'Optional: a sentence about it, read by screen readers.',
			/** After Move up, Move down and Remove, for screen readers. */
			item: 'the era “{name}”',
			added: 'Added an era',
			removed: 'Removed the era “{name}”. Undo brings it back.'
		},
		groups: {
			heading: 'Groups',
			intro: 'One row of the timeline each, in this order; events without a group go in a last row, “Other”. Choose an event’s group in its editor.',
			empty: 'No groups: the timeline has one row.',
			add: 'Add a group',
			untitled: 'Group {n}',
			title: 'Row label',
			id: 'Id',
			idHint: 'Made from the label until you type your own: lower-case letters, digits and hyphens. Its events follow when it changes.',
			events: plural({ one: '{count} event', other: '{count} events' }),
			item: 'the group “{name}”',
			added: 'Added a group',
			moved: 'Moved “{name}” to row {n}',
			removed: 'Removed the group “{name}”; its events are in no group. Undo brings it back.'
		},
		/** The buttons of an item in a list: an era, a group, an image. */
		actions: {
			up: 'Move up',
			down: 'Move down',
			remove: 'Remove'
		},
		/** An event's group, in its editor. */
		event: {
			group: 'Group (row)',
			none: 'None',
			missing: '{id} (no such group)'
		}
	},
	title: 'Studio: a timeline from an article',
	kicker: 'Studio',
	heading: 'Make a timeline from an article',
	intro: 'Paste the article, find its dated events, keep and edit the ones that matter, and publish.',
	private: 'Nothing you paste or import leaves this browser.',
	preview: 'Preview',
	previewEmpty: 'The timeline appears here once the draft has a headline, a publication, its date and at least one event with a date.',
	language: 'Language of the article',
	languageHint: 'A BCP 47 tag such as fr or es-MX; readers see the timeline’s buttons in this language.',
	/** The article form (ArticleForm.svelte). */
	article: {
		heading: 'Article',
		text: 'Article text',
		textHint: 'Paste the article, or drop an .html or .txt file here. Formatting is dropped; paragraphs are kept.',
		make: 'Make an event',
		fromSelection: 'from the selected passage',
		headline: 'Headline',
		publication: 'Publication',
		author: 'Author',
		published: 'Published',
		publishedHint: 'A day (2021-05-18) or a span of days (2021-05-18/2021-05-30).',
		url: 'Article URL',
		credit: 'Credit line'
	},
	/** The date finder's drafts (FoundEvents.svelte). */
	found: {
		heading: 'Events in the article',
		find: 'Find events',
		includeAll: 'Include all',
		marked: 'The article with {count} dates marked',
		include: 'Include'
	},
	/** The draft's events (EventsEditor.svelte, EventEditor.svelte). */
	events: {
		heading: 'Timeline events',
		undo: 'Undo',
		redo: 'Redo',
		order: 'Order by date',
		ordered: 'Events in time order',
		empty: 'No events yet: find them in the article, select a passage and make one, or import a file.',
		untitled: 'Event {n}',
		merged: 'Merged “{other}” into “{name}”',
		deleted: 'Deleted “{name}”. Undo brings it back.',
		title: 'Title',
		summary: 'Summary',
		dateWords: 'Date words',
		dateWordsHint: 'The article’s own words, as written.',
		date: 'Date',
		dateHint: 'EDTF: 2015, 2015-03, 2015-03-05, 2001-10~/2001-12~',
		fromArticle: 'From the article',
		notFromArticle: 'Not from the article: no sentence of it is quoted.',
		details: 'Places, actors, tags and the public record',
		places: 'Places',
		placesHint: 'One a line: name; latitude; longitude; region',
		actors: 'Actors',
		tags: 'Tags',
		commas: 'Separated by commas',
		recordDate: 'Record date',
		recordDateHint: 'What the public record says, as EDTF',
		recordNote: 'Record note',
		recordSources: 'Record sources',
		recordSourcesHint: 'One a line: title | https://… | citation',
		media: 'Images and links',
		mergeWith: 'Merge with',
		chooseEvent: 'Choose an event…',
		merge: 'Merge',
		mergeInto: 'into “{name}”',
		delete: 'Delete'
	},
	/** Opening a file (ImportControl.svelte). */
	import: {
		heading: 'Open a file',
		import: 'Import',
		hint: 'A timeline dataset, a TimelineJS file (JSON), a TimelineJS sheet saved as CSV, or the article as .html or .txt.',
		local: 'Everything stays in this browser.',
		notes: plural({ one: '{count} note on the import', other: '{count} notes on the import' }),
		readText: 'Read the article text from {file}'
	},
	/** What is still wrong (ProblemList.svelte). */
	problems: {
		heading: plural({ one: '{count} problem to fix before publishing', other: '{count} problems to fix before publishing' })
	},
	/** Publishing (PublishPanel.svelte). */
	publish: {
		heading: 'Publish',
		fixFirst: 'Fix the problems listed above to publish.',
		download: 'Download JSON',
		hostBefore: 'Host the file and open',
		hostAfter: 'its address; it is the best way to share a long timeline.',
		linkFullPage: 'Link to the full page ({count} characters)',
		linkEmbed: 'Link to the embed ({count} characters)',
		copyLink: 'Copy link',
		toFullPage: 'to the full page',
		toEmbed: 'to the embed',
		copiedFullPage: 'Copied the link to the full page.',
		copiedEmbed: 'Copied the link to the embed.',
		noCopyFullPage: 'This browser would not copy: select the link to the full page and copy it.',
		noCopyEmbed: 'This browser would not copy: select the link to the embed and copy it.',
		tooLong: 'This link is over {count} characters: some browsers, chat apps and mail cut links that long.',
		betterBefore: 'A hosted file and',
		betterAfter: 'is better.',
		hosted: 'Where you host the downloaded file (optional)'
	},
	/** Saved drafts (SavedDrafts.svelte). */
	drafts: {
		heading: 'Saved in this browser',
		savedAt: 'Draft saved at {time}.',
		savedHere: 'Drafts are saved here as you edit.',
		new: 'New timeline',
		events: plural({ one: '{count} event', other: '{count} events' }),
		openNow: 'Open now',
		open: 'Open',
		delete: 'Delete'
	},
	/** What the studio says in its live region (studio-state.svelte.ts). */
	status: {
		saveFailed: 'This browser would not save the draft (storage may be full or turned off): download the JSON to keep your work.',
		undone: 'Undone',
		redone: 'Redone',
		found: plural({ one: 'Found {count} event', other: 'Found {count} events' }),
		made: 'Made the event “{title}”',
		imported: 'Imported {name}: {count} events',
		started: 'Started a new timeline',
		opened: 'Opened “{title}”',
		untitled: 'Untitled timeline',
		deleted: 'Deleted the draft'
	},
	/** An event's media in the editor (MediaEditor.svelte). */
	media: {
		addedImage: 'Added an image to “{title}”',
		addedLink: 'Added a link to “{title}”',
		removed: 'Removed the media item. Undo brings it back.',
		noDescription: 'No description yet',
		image: 'Image {n}',
		link: 'Link {n}',
		kind: 'Kind',
		optionImage: 'Image',
		optionLink: 'Link to a video, post or page',
		imageAddress: 'Image address',
		linkAddress: 'Link address',
		imageHint: 'https://… or a path on this site such as /images/photo.jpg',
		linkHint: 'YouTube, Vimeo, X, Instagram, Bluesky or any page',
		alt: 'Description (alt text)',
		altHint: 'Required: what the image shows, for readers who cannot see it.',
		width: 'Width (px)',
		height: 'Height (px)',
		cardTitle: 'Card title',
		poster: 'Still image address',
		posterHint: 'Optional; shown on the card when it is on this site.',
		caption: 'Caption',
		credit: 'Credit',
		preview: 'Preview',
		moveUp: 'Move up',
		moveDown: 'Move down',
		remove: 'Remove',
		addImage: 'Add an image',
		addLink: 'Add a link'
	}
};
