/**
 * The interface in English: the reference catalogue. Its shape is the type every other
 * language's file must satisfy (`satisfies Messages`), so a key missing from one fails the
 * type check. Grouped by component or feature; to add a string, add it here under its
 * component, then to each language's file (the type check lists the files still missing it).
 *
 * - `{name}` is a placeholder, filled with `fill()` (numbers are formatted for the language);
 *   every language's version of a message has the same placeholders (a unit test checks it).
 * - A `plural({...})` message has one form per plural category of the language
 *   (Intl.PluralRules: zero, one, two, few, many, other); `other` is required.
 * - A few grammar-bound pieces (a date range's connecting words) are small functions.
 *
 * The dataset's own text (titles, summaries, quotes) is never in a catalogue.
 */
import { plural, type RangeWords } from '../plural';
import type { enStudio } from './en-studio';
import type { enTools } from './en-tools';

export const en = {
	/** The language itself. */
	meta: {
		/** Its own name, for a language menu. */
		name: 'English',
		/** The locale Intl formats its dates, numbers and lists with. */
		intl: 'en-GB'
	},

	/** Loading another dataset, with its progress bar (LoadProgress.svelte, DatasetProblem.svelte). */
	loading: {
		/** Where a `#data=` link's timeline comes from, in page.loadingFrom and `cancelled`. */
		thisLink: 'this link',
		waiting: 'Waiting for the file…',
		/** Both amounts are `megabytes`. */
		downloading: 'Downloading {loaded} of {total}…',
		/** When the file's size is not known. */
		downloadingSome: 'Downloading {loaded}…',
		/** Bytes in megabytes, at most one decimal. */
		megabytes: '{mb} MB',
		checking: plural({ one: 'Checking {count} event…', other: 'Checking {count} events…' }),
		layout: 'Laying out…',
		cancel: 'Cancel',
		cancelHint: 'or press Esc',
		cancelled: 'Loading the dataset at {url} was cancelled.'
	},

	/** What the full page says about a link's options it ignored (src/lib/embed/options.ts pageOptionWarnings). */
	pageOptions: {
		/** `{theme}`, `{from}`, `{to}`: the options' names as the link writes them; their values are cut to a few dozen characters. */
		theme: 'The link’s {theme}=“{value}” is not one of {themes}, so the page follows your system’s colour scheme.',
		periodHalf: 'The link gives only one of {from} and {to} (the first and last day, YYYY-MM-DD), so the whole timeline is shown.',
		period: 'The link’s {from}=“{fromValue}” and {to}=“{toValue}” are not a period (YYYY-MM-DD, {from} before {to}), so the whole timeline is shown.'
	},

	/** The vertical layout for phones and the folded scale (VerticalTimeline, FoldToggle, Legend, ViewAnnouncement). */
	phone: {
		/** The switch that unfolds the years without events. */
		timeToScale: 'Time to scale',
		/** The live region, after the period: the stretches folded in it (`years`, a list of "2003–2010"). */
		folded: plural({ one: '{years} folded, without events', other: '{years} folded, without events' }),
		/** The legend's entry for the folds. */
		legendFolded: 'years without events, folded: {years}',
		/** The vertical plot's keyboard help. */
		help: 'Press plus or minus to zoom, the left and right arrow keys to move through time, and 0 to show everything. Press Tab to reach the events, then the arrow keys to go from one event to the next, and Enter to open one.'
	},

	/** Dates and periods in words (src/lib/time): the panel, labels, the live region. */
	dates: {
		/** After a year before the common era: "44 BCE". */
		bce: 'BCE',
		/** Two dates joined; `unit` is the precision of the first ("18 to 30 May 2021"). */
		range: ((from, to) => `${from} to ${to}`) as RangeWords,
		/** The live region's sentence about the visible period. */
		showing: 'Showing {period}',
		/** Before an uncertain date (EDTF "?"), with its trailing space. */
		probably: 'probably ',
		/** Before an approximate date (EDTF "~"). */
		about: 'about ',
		/** Both. */
		probablyAbout: 'probably about ',
		/** An approximate January to April of one year. */
		early: 'early {year}',
		/** An approximate May to August. */
		mid: 'mid-{year}',
		/** An approximate October to December. */
		late: 'late {year}',
		someTimeIn: 'some time in {span}',
		someTimeFrom: 'some time from {span}',
		until: 'until {date}',
		onwards: '{date} onwards',
		unknown: 'an unknown date',
		/** A time of day, in UTC. */
		utc: '{time} UTC',
		/** A day and a time of day. */
		at: '{date}, {time}',
		orEarlier: '{date} or earlier',
		andEarlier: '{date} and earlier',
		orLater: '{date} or later',
		andLater: '{date} and later',
		/** A decade of the common era: "the 1990s". */
		decade: (decade: string) => `the ${decade}s`,
		/** Ten years before the common era, which are not named as a decade. */
		years: 'the years {from} to {to}',
		seasons: ['spring', 'summer', 'autumn', 'winter'],
		season: '{season} {year}',
		northern: '{season} (Northern Hemisphere)',
		southern: '{season} (Southern Hemisphere)',
		quarters: ['the first quarter of {year}', 'the second quarter of {year}', 'the third quarter of {year}', 'the fourth quarter of {year}'],
		fourMonths: ['the first four months of {year}', 'the second four months of {year}', 'the third four months of {year}'],
		halves: ['the first half of {year}', 'the second half of {year}']
	},

	/** The page around the timeline (src/routes/+page.svelte). */
	page: {
		title: 'Timeline',
		titleOf: 'Timeline: {title}',
		description: 'A zoomable timeline of the dated events in “{title}”, {publication}, with what the public record adds.',
		embedDescription: 'A zoomable timeline of the dated events in “{title}”, {publication}.',
		kicker: 'Timeline',
		otherAddress: 'A timeline from another address',
		credit: 'From {publication}, published {date}.',
		creditAuthor: 'From {publication}, by {author}, published {date}.',
		loadingFrom: 'Loading the timeline from {host}…',
		loading: 'Loading the timeline…',
		downloaded: 'Downloaded',
		dataIntro: 'The events and their dates are data:',
		dataLink: 'download the article’s dataset (JSON)',
		quotesNote: 'Dates in quotation marks are the article’s own words; the public record is shown apart.',
		studioLink: 'Make a timeline of another article in the studio',
		exampleLink: 'See an example timeline with images, a video and one row per group',
		frenchLink: 'See an example timeline in French'
	},

	/** The embed's own page (src/routes/embed). */
	embed: {
		fullTimeline: 'Full timeline with the article',
		source: 'Source:',
		/** After a link that opens a new tab, for screen readers. */
		newTab: ' (opens in a new tab)'
	},

	/** TimelineApp and the state's announcements. */
	app: {
		dismiss: 'Dismiss',
		eventDetails: 'Event details',
		/** The live region when an event is selected. */
		eventStatus: 'Event {position} of {count}: {title}',
		panelClosed: 'Panel closed',
		allShown: plural({ one: 'The one event shown', other: 'All {count} events shown' }),
		someShown: '{shown} of {total} events shown',
		/** A link's event that the filter hides, is not there, or is not an id. */
		hiddenEvent: 'The event “{id}” is hidden by the link’s filter, so none is selected.',
		noEvent: 'There is no event “{id}” in this timeline, so none is selected.',
		invalidEvent: 'The event in the link is not a valid event id, so none is selected.'
	},

	/** The plot (Timeline.svelte). */
	timeline: {
		label: 'Timeline of {title}',
		roleDescription: 'zoomable timeline',
		help: 'Press plus or minus to zoom, the arrow keys to move through time, and 0 to show everything. Press Tab to reach the events, then the arrow keys to go from one event to the next, and Enter to open one.',
		wheelHint: 'Use {key} + scroll to zoom',
		/** The live region's period and the eras it falls in. */
		inEras: '{period}, in {eras}'
	},

	/** The buttons above the plot (ZoomControls.svelte). */
	zoom: {
		group: 'Zoom',
		zoomIn: 'Zoom in',
		zoomOut: 'Zoom out',
		showAll: 'Show all',
		eras: 'Eras',
		periods: 'Periods',
		/** Before the shortcuts; after the eras, the periods read "or 2001, 2015…". */
		jumpTo: 'Jump to',
		or: 'or'
	},

	/** The event marks' accessible names (EventMarks.svelte). */
	marks: {
		event: '{title}, {dateText} ({date})',
		cluster: plural({
			one: '{count} event from {date}, {first}. Press Enter to show it',
			other: '{count} events from {date}, starting with {first}. Press Enter to show them'
		})
	},

	/** What the marks mean (Legend.svelte). */
	legend: {
		day: 'a day',
		month: 'a month',
		vague: 'a year or a vaguer date',
		record: 'the public record’s date',
		cluster: 'several events'
	},

	/** The overview strip (Overview.svelte). */
	overview: {
		label: 'Visible period in the overview'
	},

	/** The eras for screen readers (EraList.svelte). */
	eras: {
		intro: plural({
			one: 'The timeline is divided into one era, drawn as a band behind the events:',
			other: 'The timeline is divided into {count} eras, drawn as bands behind the events:'
		}),
		item: '{title}, {period}.'
	},

	/** Filters and search (FilterBar.svelte, SearchBox.svelte). */
	filters: {
		filter: 'Filter',
		shown: ': {shown} of {total}',
		oneRow: 'All in one row',
		group: 'Group',
		tag: 'Tag',
		who: 'Who',
		byGroup: 'Filter by group',
		byTag: 'Filter by tag',
		byActor: 'Filter by actor',
		chip: plural({ one: '{label}, {count} event', other: '{label}, {count} events' }),
		fewer: 'Fewer',
		all: 'All {count}',
		clear: 'Clear filters',
		/** A link's filter value the dataset does not have. */
		noTag: 'No event has the tag “{value}”.',
		noActor: 'No event has the actor “{value}”.',
		noGroup: 'There is no group “{value}” in this timeline.',
		restOfLink: 'The timeline shows the events the rest of the link asks for.'
	},
	search: {
		label: 'Search events',
		none: 'No events found',
		found: plural({ one: '{count} event found', other: '{count} events found' }),
		list: 'Events found',
		more: 'and {count} more: add a word to narrow the search'
	},

	/** The annotation panel (AnnotationPanel.svelte, StoryPanel.svelte). */
	panel: {
		position: 'Event {position} of {count}',
		close: 'Close',
		articleSays: 'The article says',
		/** The article's date words, quoted, and what they mean. */
		articleDate: '“{words}”: {meaning}',
		record: 'The public record',
		inWords: 'In the article’s words',
		readInArticle: 'Read in the article',
		notQuoted: 'This event is not quoted from the article.',
		recordAdds: 'What the public record adds',
		places: 'Places',
		who: 'Who',
		region: '{name} ({region})',
		story: 'Story',
		previous: 'Previous event',
		next: 'Next event',
		about: 'About this timeline',
		intro: plural({ one: 'One dated event from the article, {period}.', other: '{count} dated events from the article, from {period}.' }),
		select: 'Select one on the timeline to read what happened, what the article says and what the public record adds.',
		start: 'Start from the beginning'
	},

	/** How the record's date relates to the article's (src/lib/timeline/record-relation.ts). */
	relation: {
		article: 'the article’s “{words}” ({meaning})',
		same: 'The public record agrees with {article}.',
		narrower: 'The public record is more precise than {article}: {record}.',
		differs: 'The public record differs from {article}: it gives {record}.'
	},

	/** The reading column (ReadingColumn.svelte). */
	reading: {
		allEvents: 'All events in order',
		showList: 'Show all {count} events as a list',
		/** Under the article's headline. */
		byline: '{publication}, by {author}'
	},

	/** An event's media (MediaList.svelte). */
	media: {
		loadImage: 'Load image from {site}',
		loadVideo: 'Load video from {site}',
		loadPost: 'Load post from {site}',
		loadPage: 'Load page from {site}',
		video: 'video',
		post: 'post',
		page: 'page',
		videoTitle: 'Video: {title}',
		postTitle: 'Post: {title}',
		open: 'Open on {site}',
		privacy: 'Nothing is loaded from {site} until you ask.'
	},

	/** Where loaded data comes from, and its problems (DataNotice, DatasetProblem, IssueGroupList). */
	data: {
		from: 'Data from {host}',
		notOurs: ', not published by this site.',
		inLink: 'Data in this link, not published by this site.',
		skipped: plural({
			one: '{skipped} of {total} events has problems and is not shown',
			other: '{skipped} of {total} events have problems and are not shown'
		}),
		formatIn: 'The format is described in',
		dataFormatIn: 'The data format is described in',
		reference: 'its reference',
		andIn: 'and in',
		schema: 'its JSON Schema',
		cannotShow: 'This timeline cannot be shown',
		dataset: 'Dataset:',
		retry: 'Try again',
		home: 'Show the default timeline',
		more: ', … and {count} more'
	}
};

/**
 * The shape of a language's messages: every key of the English catalogue, with the studio's
 * words and the words of the tools that load on demand (the image, the embed dialog, the
 * printed list), which for English are in en-studio.ts and en-tools.ts so that the first load
 * of the pages readers open does not carry them (every other language has them in its one file).
 */
export type Messages = typeof en & { studio: typeof enStudio } & typeof enTools;

export default en;
