/** Die Oberfläche auf Deutsch. Schlüssel und ihre Rolle sind in en.ts beschrieben. */
import type { Messages } from './en';
import { plural, type RangeWords } from '../plural';

/** Ein Tag ohne Monat bekommt seinen Punkt: „18. bis 30. Mai 2021“. */
const day = (words: string) => (/^\d+$/.test(words) ? `${words}.` : words);

const de = {
	meta: {
		name: 'Deutsch',
		intl: 'de'
	},

	loading: {
		thisLink: 'diesem Link',
		waiting: 'Warten auf die Datei …',
		downloading: '{loaded} von {total} werden heruntergeladen …',
		downloadingSome: '{loaded} werden heruntergeladen …',
		megabytes: '{mb} MB',
		checking: plural({ one: '{count} Ereignis wird geprüft …', other: '{count} Ereignisse werden geprüft …' }),
		layout: 'Wird angeordnet …',
		cancel: 'Abbrechen',
		cancelHint: 'oder Esc drücken',
		cancelled: 'Das Laden des Datensatzes ({url}) wurde abgebrochen.'
	},

	pageOptions: {
		theme: 'Der Wert {theme}=„{value}“ im Link ist keiner von {themes}; die Seite folgt daher dem Farbschema Ihres Systems.',
		periodHalf: 'Der Link gibt nur einen der Werte {from} und {to} an (den ersten und letzten Tag, JJJJ-MM-TT); daher wird die ganze Zeitleiste gezeigt.',
		period: 'Die Werte {from}=„{fromValue}“ und {to}=„{toValue}“ im Link ergeben keinen Zeitraum (JJJJ-MM-TT, {from} vor {to}); daher wird die ganze Zeitleiste gezeigt.'
	},

	phone: {
		timeToScale: 'Maßstabsgetreu',
		folded: plural({ one: 'Zeitraum ohne Ereignisse eingeklappt: {years}', other: 'Zeiträume ohne Ereignisse eingeklappt: {years}' }),
		legendFolded: 'Jahre ohne Ereignisse, eingeklappt: {years}',
		help: 'Mit Plus und Minus zoomen, mit den Pfeiltasten links und rechts durch die Zeit bewegen, mit 0 alles zeigen. Mit Tab zu den Ereignissen, dann mit den Pfeiltasten von einem Ereignis zum nächsten und mit der Eingabetaste eines öffnen.'
	},

	dates: {
		bce: 'v. Chr.',
		range: ((from, to, unit) => `${unit === 'day' ? day(from) : from} bis ${to}`) as RangeWords,
		showing: 'Angezeigt: {period}',
		probably: 'vermutlich ',
		about: 'etwa ',
		probablyAbout: 'vermutlich etwa ',
		early: 'Anfang {year}',
		mid: 'Mitte {year}',
		late: 'Ende {year}',
		someTimeIn: 'irgendwann im Zeitraum {span}',
		someTimeFrom: 'irgendwann von {span}',
		until: 'bis {date}',
		onwards: 'ab {date}',
		unknown: 'ein unbekanntes Datum',
		utc: '{time} UTC',
		at: '{date} um {time}',
		orEarlier: '{date} oder früher',
		andEarlier: '{date} und früher',
		orLater: '{date} oder später',
		andLater: '{date} und später',
		decade: (decade: string) => `die ${decade}er-Jahre`,
		years: 'die Jahre {from} bis {to}',
		seasons: ['Frühling', 'Sommer', 'Herbst', 'Winter'],
		season: '{season} {year}',
		northern: '{season} (Nordhalbkugel)',
		southern: '{season} (Südhalbkugel)',
		quarters: ['das erste Quartal {year}', 'das zweite Quartal {year}', 'das dritte Quartal {year}', 'das vierte Quartal {year}'],
		fourMonths: ['das erste Tertial {year}', 'das zweite Tertial {year}', 'das dritte Tertial {year}'],
		halves: ['das erste Halbjahr {year}', 'das zweite Halbjahr {year}']
	},

	page: {
		title: 'Zeitleiste',
		titleOf: 'Zeitleiste: {title}',
		description: 'Eine zoombare Zeitleiste der datierten Ereignisse in „{title}“, {publication}, mit den Angaben öffentlicher Quellen.',
		embedDescription: 'Eine zoombare Zeitleiste der datierten Ereignisse in „{title}“, {publication}.',
		kicker: 'Zeitleiste',
		otherAddress: 'Eine Zeitleiste von einer anderen Adresse',
		credit: 'Aus {publication}, veröffentlicht: {date}.',
		creditAuthor: 'Aus {publication}, von {author}, veröffentlicht: {date}.',
		loadingFrom: 'Die Zeitleiste wird von {host} geladen …',
		loading: 'Die Zeitleiste wird geladen …',
		downloaded: 'Heruntergeladen',
		dataIntro: 'Die Ereignisse und ihre Daten sind offene Daten:',
		dataLink: 'den Datensatz des Artikels herunterladen (JSON)',
		quotesNote: 'Daten in Anführungszeichen sind die Worte des Artikels; die öffentlichen Quellen stehen gesondert.',
		studioLink: 'Im Studio eine Zeitleiste zu einem anderen Artikel erstellen',
		exampleLink: 'Eine Beispiel-Zeitleiste mit Bildern, einem Video und einer Zeile pro Gruppe ansehen',
		frenchLink: 'Eine Beispiel-Zeitleiste auf Französisch ansehen'
	},

	embed: {
		fullTimeline: 'Vollständige Zeitleiste mit dem Artikel',
		source: 'Quelle:',
		newTab: ' (öffnet in einem neuen Tab)'
	},

	app: {
		dismiss: 'Schließen',
		eventDetails: 'Details zum Ereignis',
		eventStatus: 'Ereignis {position} von {count}: {title}',
		panelClosed: 'Bereich geschlossen',
		allShown: plural({ one: '{count} Ereignis angezeigt', other: 'Alle {count} Ereignisse angezeigt' }),
		someShown: '{shown} von {total} Ereignissen angezeigt',
		hiddenEvent: 'Das Ereignis „{id}“ ist durch den Filter des Links ausgeblendet, daher ist keines ausgewählt.',
		noEvent: 'Diese Zeitleiste hat kein Ereignis „{id}“, daher ist keines ausgewählt.',
		invalidEvent: 'Das Ereignis im Link ist keine gültige Kennung, daher ist keines ausgewählt.'
	},

	timeline: {
		label: 'Zeitleiste zu {title}',
		roleDescription: 'zoombare Zeitleiste',
		help: 'Mit Plus und Minus zoomen, mit den Pfeiltasten durch die Zeit bewegen, mit 0 alles zeigen. Mit Tab zu den Ereignissen, dann mit den Pfeiltasten von einem Ereignis zum nächsten und mit der Eingabetaste eines öffnen.',
		wheelHint: '{key} + Mausrad zum Zoomen',
		inEras: '{period}, in {eras}'
	},

	zoom: {
		group: 'Zoom',
		zoomIn: 'Vergrößern',
		zoomOut: 'Verkleinern',
		showAll: 'Alles zeigen',
		eras: 'Epochen',
		periods: 'Zeiträume',
		jumpTo: 'Springen zu',
		or: 'oder'
	},

	marks: {
		event: '{title}, {dateText} ({date})',
		cluster: plural({
			one: '{count} Ereignis, {date}: {first}. Zum Anzeigen die Eingabetaste drücken',
			other: '{count} Ereignisse ab {date}, zuerst {first}. Zum Anzeigen die Eingabetaste drücken'
		})
	},

	legend: {
		day: 'ein Tag',
		month: 'ein Monat',
		vague: 'ein Jahr oder ein ungenaueres Datum',
		record: 'das Datum öffentlicher Quellen',
		cluster: 'mehrere Ereignisse'
	},

	overview: {
		label: 'Sichtbarer Zeitraum in der Übersicht'
	},

	eras: {
		intro: plural({
			one: 'Die Zeitleiste hat eine Epoche, als Band hinter den Ereignissen dargestellt:',
			other: 'Die Zeitleiste ist in {count} Epochen gegliedert, als Bänder hinter den Ereignissen dargestellt:'
		}),
		item: '{title}, {period}.'
	},

	filters: {
		filter: 'Filtern',
		shown: ': {shown} von {total}',
		oneRow: 'Alles in einer Zeile',
		group: 'Gruppe',
		tag: 'Schlagwort',
		who: 'Wer',
		byGroup: 'Nach Gruppe filtern',
		byTag: 'Nach Schlagwort filtern',
		byActor: 'Nach Beteiligten filtern',
		chip: plural({ one: '{label}, {count} Ereignis', other: '{label}, {count} Ereignisse' }),
		fewer: 'Weniger',
		all: 'Alle {count}',
		clear: 'Filter zurücksetzen',
		noTag: 'Kein Ereignis hat das Schlagwort „{value}“.',
		noActor: 'Kein Ereignis hat den Beteiligten „{value}“.',
		noGroup: 'Diese Zeitleiste hat keine Gruppe „{value}“.',
		restOfLink: 'Die Zeitleiste zeigt die Ereignisse, die der Rest des Links verlangt.'
	},
	search: {
		label: 'Ereignisse suchen',
		none: 'Keine Ereignisse gefunden',
		found: plural({ one: '{count} Ereignis gefunden', other: '{count} Ereignisse gefunden' }),
		list: 'Gefundene Ereignisse',
		more: 'und {count} weitere: ein weiteres Wort grenzt die Suche ein'
	},

	panel: {
		position: 'Ereignis {position} von {count}',
		close: 'Schließen',
		articleSays: 'Der Artikel sagt',
		articleDate: '„{words}“: {meaning}',
		record: 'Öffentliche Quellen',
		inWords: 'In den Worten des Artikels',
		readInArticle: 'Im Artikel lesen',
		notQuoted: 'Dieses Ereignis ist nicht aus dem Artikel zitiert.',
		recordAdds: 'Was öffentliche Quellen ergänzen',
		places: 'Orte',
		who: 'Wer',
		region: '{name} ({region})',
		story: 'Geschichte',
		previous: 'Vorheriges Ereignis',
		next: 'Nächstes Ereignis',
		about: 'Über diese Zeitleiste',
		intro: plural({ one: 'Ein datiertes Ereignis aus dem Artikel, {period}.', other: '{count} datierte Ereignisse aus dem Artikel, von {period}.' }),
		select: 'Wählen Sie eines auf der Zeitleiste, um zu lesen, was geschah, was der Artikel sagt und was öffentliche Quellen ergänzen.',
		start: 'Von vorne beginnen'
	},

	relation: {
		article: '„{words}“ im Artikel ({meaning})',
		same: 'Öffentliche Quellen stimmen mit {article} überein.',
		narrower: 'Öffentliche Quellen sind genauer als {article}: {record}.',
		differs: 'Öffentliche Quellen weichen von {article} ab: Sie nennen {record}.'
	},

	reading: {
		allEvents: 'Alle Ereignisse der Reihe nach',
		showList: 'Alle {count} Ereignisse als Liste zeigen',
		byline: '{publication}, von {author}'
	},

	media: {
		loadImage: 'Bild von {site} laden',
		loadVideo: 'Video von {site} laden',
		loadPost: 'Beitrag von {site} laden',
		loadPage: 'Seite von {site} laden',
		video: 'Video',
		post: 'Beitrag',
		page: 'Seite',
		videoTitle: 'Video: {title}',
		postTitle: 'Beitrag: {title}',
		open: 'Auf {site} öffnen',
		privacy: 'Von {site} wird nichts geladen, bevor Sie es wünschen.'
	},

	data: {
		from: 'Daten von {host}',
		notOurs: ', nicht von dieser Website veröffentlicht.',
		inLink: 'Daten aus diesem Link, nicht von dieser Website veröffentlicht.',
		skipped: plural({
			one: '{skipped} von {total} Ereignissen ist fehlerhaft und wird nicht angezeigt',
			other: '{skipped} von {total} Ereignissen sind fehlerhaft und werden nicht angezeigt'
		}),
		formatIn: 'Das Format ist beschrieben in',
		dataFormatIn: 'Das Datenformat ist beschrieben in',
		reference: 'seiner Referenz',
		andIn: 'und in',
		schema: 'seinem JSON-Schema',
		cannotShow: 'Diese Zeitleiste kann nicht angezeigt werden',
		dataset: 'Datensatz:',
		retry: 'Erneut versuchen',
		home: 'Die Standard-Zeitleiste zeigen',
		more: ', … und {count} weitere'
	},

	embedDialog: {
		layout: "Anordnung",
		layoutAuto: "Senkrecht auf Smartphones, waagerecht auf breiteren Bildschirmen",
		layoutVertical: "Senkrecht",
		layoutHorizontal: "Waagerecht",
		open: 'Diese Zeitleiste einbetten',
		close: 'Schließen',
		event: 'Anfangs ausgewähltes Ereignis',
		noEvent: 'Keines (Einleitung zeigen)',
		period: 'Anfangs gezeigter Zeitraum',
		firstDay: 'Erster Tag',
		lastDay: 'Letzter Tag',
		bothDays: 'Wählen Sie beide Tage, oder keinen, um alles zu zeigen.',
		firstAfterLast: 'Der erste Tag darf nicht nach dem letzten liegen.',
		theme: 'Darstellung',
		light: 'Hell',
		dark: 'Dunkel',
		auto: 'Wie das System der Leser',
		language: 'Sprache',
		languageDefault: 'Die des Artikels ({name})',
		timeDirection: 'Zeitrichtung',
		timeDefault: 'Wie die Sprache liest',
		timeLtr: 'Von links nach rechts',
		timeRtl: 'Von rechts nach links',
		panel: 'Anmerkungsbereich',
		overview: 'Übersichtsleiste',
		preview: 'Vorschau',
		previewTitle: 'Vorschau: {title}',
		code: 'Code zum Einfügen',
		script: 'Mit dem Ladeskript: Der Rahmen passt seine Höhe selbst an (empfohlen)',
		iframe: 'Einfaches iframe, für Systeme, die Skripte entfernen',
		copy: 'Kopieren',
		copyScript: 'den Code mit Ladeskript',
		copyIframe: 'den iframe-Code',
		copied: 'Kopiert',
		pressToCopy: 'Zum Kopieren {key} + C drücken'
	},

	downloadImage: {
		open: 'Bild herunterladen',
		title: 'Ein Bild der Zeitleiste herunterladen',
		what: 'Inhalt',
		view: 'Der angezeigte Zeitraum',
		all: 'Die ganze Zeitleiste',
		format: 'Format',
		png1: '{format}, {width} Pixel breit',
		png2: '{format} in doppelter Auflösung, {width} Pixel breit (schärfer auf hochauflösenden Bildschirmen und im Druck)',
		svg: '{format} (in jeder Größe scharf)',
		theme: 'Design',
		light: 'Hell',
		dark: 'Dunkel',
		download: 'Herunterladen',
		close: 'Schließen',
		making: 'Das Bild wird erstellt …',
		made: '{name} heruntergeladen ({width} × {height} Pixel)',
		failed: 'Das Bild konnte nicht erstellt werden: {why}'
	},

	image: {
		shown: plural({ one: '{count} Ereignis', other: '{count} Ereignisse' }),
		someShown: '{shown} von {total} Ereignissen',
		otherRow: 'Sonstige'
	},

	print: {
		heading: 'Alle Ereignisse der Reihe nach',
		shown: 'Die {shown} von {total} Ereignissen, die der Filter zeigt.',
		articleDate: 'Der Artikel sagt „{words}“: {meaning}',
		record: 'Öffentliche Quellen: {meaning}.',
		notQuoted: 'Nicht aus dem Artikel zitiert.',
		sources: 'Quellen'
	},

	studio: {
		structure: {
			eras: {
				heading: 'Epochen',
				intro: 'Benannte Zeitspannen, hinter den Ereignissen gezeichnet und als Sprungziele angeboten.',
				empty: 'Keine Epochen.',
				add: 'Epoche hinzufügen',
				untitled: 'Epoche {n}',
				title: 'Name',
				id: 'ID',
				idHint: 'Aus dem Namen gebildet, bis Sie eine eigene eingeben: Kleinbuchstaben, Ziffern und Bindestriche.',
				date: 'Datum',
				dateHint: 'EDTF, meist eine Zeitspanne: 2001-10-07/2014-12-28',
				note: 'Anmerkung',
				noteHint: 'Optional: ein Satz dazu, den Screenreader vorlesen.',
				item: 'die Epoche „{name}“',
				added: 'Epoche hinzugefügt',
				removed: 'Epoche „{name}“ entfernt. „Rückgängig“ holt sie zurück.'
			},
			groups: {
				heading: 'Gruppen',
				intro: 'Jede ist eine Zeile der Zeitleiste, in dieser Reihenfolge; Ereignisse ohne Gruppe kommen in eine letzte Zeile, „Sonstige“. Die Gruppe eines Ereignisses wählen Sie in seinem Editor.',
				empty: 'Keine Gruppen: Die Zeitleiste hat eine Zeile.',
				add: 'Gruppe hinzufügen',
				untitled: 'Gruppe {n}',
				title: 'Zeilenbeschriftung',
				id: 'ID',
				idHint: 'Aus der Beschriftung gebildet, bis Sie eine eigene eingeben: Kleinbuchstaben, Ziffern und Bindestriche. Ihre Ereignisse ziehen mit, wenn sie sich ändert.',
				events: plural({ one: '{count} Ereignis', other: '{count} Ereignisse' }),
				item: 'die Gruppe „{name}“',
				added: 'Gruppe hinzugefügt',
				moved: '„{name}“ in Zeile {n} verschoben',
				removed: 'Gruppe „{name}“ entfernt; ihre Ereignisse gehören zu keiner Gruppe mehr. „Rückgängig“ holt sie zurück.'
			},
			actions: {
				up: 'Nach oben',
				down: 'Nach unten',
				remove: 'Entfernen'
			},
			event: {
				group: 'Gruppe (Zeile)',
				none: 'Keine',
				missing: '{id} (keine solche Gruppe)'
			}
		},
		title: 'Studio: eine Zeitleiste aus einem Artikel',
		kicker: 'Studio',
		heading: 'Eine Zeitleiste aus einem Artikel erstellen',
		intro: 'Fügen Sie den Artikel ein, finden Sie seine datierten Ereignisse, behalten und bearbeiten Sie die wichtigen und veröffentlichen Sie.',
		private: 'Nichts, was Sie einfügen oder importieren, verlässt diesen Browser.',
		preview: 'Vorschau',
		previewEmpty: 'Die Zeitleiste erscheint hier, sobald der Entwurf eine Überschrift, eine Publikation, ihr Datum und mindestens ein datiertes Ereignis hat.',
		language: 'Sprache des Artikels',
		languageHint: 'Ein BCP-47-Kürzel wie fr oder es-MX; Leser sehen die Schaltflächen der Zeitleiste in dieser Sprache.',
		article: {
			heading: 'Artikel',
			text: 'Text des Artikels',
			textHint: 'Fügen Sie den Artikel ein oder ziehen Sie eine .html- oder .txt-Datei hierher. Die Formatierung entfällt, die Absätze bleiben.',
			make: 'Ereignis erstellen',
			fromSelection: 'aus der markierten Stelle',
			headline: 'Überschrift',
			publication: 'Publikation',
			author: 'Autorin oder Autor',
			published: 'Veröffentlicht',
			publishedHint: 'Ein Tag (2021-05-18) oder ein Zeitraum von Tagen (2021-05-18/2021-05-30).',
			url: 'Adresse des Artikels',
			credit: 'Quellenzeile'
		},
		found: {
			heading: 'Ereignisse im Artikel',
			find: 'Ereignisse finden',
			includeAll: 'Alle übernehmen',
			marked: 'Der Artikel mit {count} markierten Daten',
			include: 'Übernehmen'
		},
		events: {
			heading: 'Ereignisse der Zeitleiste',
			undo: 'Rückgängig',
			redo: 'Wiederholen',
			order: 'Nach Datum ordnen',
			ordered: 'Ereignisse nach Datum geordnet',
			empty: 'Noch keine Ereignisse: Finden Sie sie im Artikel, erstellen Sie eines aus einer markierten Stelle oder importieren Sie eine Datei.',
			untitled: 'Ereignis {n}',
			merged: '„{other}“ mit „{name}“ zusammengeführt',
			deleted: '„{name}“ gelöscht. Rückgängig stellt es wieder her.',
			title: 'Titel',
			summary: 'Zusammenfassung',
			dateWords: 'Datumsangabe',
			dateWordsHint: 'Die Worte des Artikels, wie geschrieben.',
			date: 'Datum',
			dateHint: 'EDTF: 2015, 2015-03, 2015-03-05, 2001-10~/2001-12~',
			fromArticle: 'Aus dem Artikel',
			notFromArticle: 'Nicht aus dem Artikel: Kein Satz daraus wird zitiert.',
			details: 'Orte, Beteiligte, Schlagwörter und öffentliche Quellen',
			places: 'Orte',
			placesHint: 'Einer pro Zeile: Name; Breite; Länge; Region',
			actors: 'Beteiligte',
			tags: 'Schlagwörter',
			commas: 'Durch Kommas getrennt',
			recordDate: 'Datum laut Quellen',
			recordDateHint: 'Was öffentliche Quellen sagen, als EDTF',
			recordNote: 'Anmerkung zu den Quellen',
			recordSources: 'Quellen',
			recordSourcesHint: 'Eine pro Zeile: Titel | https://… | Fundstelle',
			media: 'Bilder und Links',
			mergeWith: 'Zusammenführen mit',
			chooseEvent: 'Ereignis wählen …',
			merge: 'Zusammenführen',
			mergeInto: 'mit „{name}“',
			delete: 'Löschen'
		},
		import: {
			heading: 'Datei öffnen',
			import: 'Importieren',
			hint: 'Ein Zeitleisten-Datensatz, eine TimelineJS-Datei (JSON), eine als CSV gespeicherte TimelineJS-Tabelle oder der Artikel als .html oder .txt.',
			local: 'Alles bleibt in diesem Browser.',
			notes: plural({ one: '{count} Hinweis zum Import', other: '{count} Hinweise zum Import' }),
			readText: 'Artikeltext aus {file} gelesen'
		},
		problems: {
			heading: plural({ one: '{count} Problem vor dem Veröffentlichen zu beheben', other: '{count} Probleme vor dem Veröffentlichen zu beheben' })
		},
		publish: {
			heading: 'Veröffentlichen',
			fixFirst: 'Beheben Sie die oben genannten Probleme, um zu veröffentlichen.',
			download: 'JSON herunterladen',
			hostBefore: 'Stellen Sie die Datei online und öffnen Sie',
			hostAfter: 'mit ihrer Adresse; so teilt man eine lange Zeitleiste am besten.',
			linkFullPage: 'Link zur vollständigen Seite ({count} Zeichen)',
			linkEmbed: 'Link zur Einbettung ({count} Zeichen)',
			copyLink: 'Link kopieren',
			toFullPage: 'zur vollständigen Seite',
			toEmbed: 'zur Einbettung',
			copiedFullPage: 'Link zur vollständigen Seite kopiert.',
			copiedEmbed: 'Link zur Einbettung kopiert.',
			noCopyFullPage: 'Dieser Browser konnte nicht kopieren: Markieren Sie den Link zur vollständigen Seite und kopieren Sie ihn.',
			noCopyEmbed: 'Dieser Browser konnte nicht kopieren: Markieren Sie den Link zur Einbettung und kopieren Sie ihn.',
			tooLong: 'Dieser Link ist länger als {count} Zeichen: Manche Browser, Messenger und Mailprogramme kürzen so lange Links.',
			betterBefore: 'Eine gehostete Datei und',
			betterAfter: 'sind besser.',
			hosted: 'Wo Sie die heruntergeladene Datei veröffentlichen (optional)'
		},
		drafts: {
			heading: 'In diesem Browser gespeichert',
			savedAt: 'Entwurf gespeichert: {time}.',
			savedHere: 'Entwürfe werden hier beim Bearbeiten gespeichert.',
			new: 'Neue Zeitleiste',
			events: plural({ one: '{count} Ereignis', other: '{count} Ereignisse' }),
			openNow: 'Geöffnet',
			open: 'Öffnen',
			delete: 'Löschen'
		},
		status: {
			saveFailed: 'Dieser Browser konnte den Entwurf nicht speichern (Speicher voll oder ausgeschaltet): Laden Sie das JSON herunter, um Ihre Arbeit zu behalten.',
			undone: 'Rückgängig gemacht',
			redone: 'Wiederholt',
			found: plural({ one: '{count} Ereignis gefunden', other: '{count} Ereignisse gefunden' }),
			made: 'Ereignis „{title}“ erstellt',
			imported: '{name} importiert: {count} Ereignisse',
			started: 'Neue Zeitleiste begonnen',
			opened: '„{title}“ geöffnet',
			untitled: 'Zeitleiste ohne Titel',
			deleted: 'Entwurf gelöscht'
		},
		media: {
			addedImage: 'Bild zu „{title}“ hinzugefügt',
			addedLink: 'Link zu „{title}“ hinzugefügt',
			removed: 'Medium entfernt. Rückgängig stellt es wieder her.',
			noDescription: 'Noch keine Beschreibung',
			image: 'Bild {n}',
			link: 'Link {n}',
			kind: 'Art',
			optionImage: 'Bild',
			optionLink: 'Link zu einem Video, Beitrag oder einer Seite',
			imageAddress: 'Adresse des Bildes',
			linkAddress: 'Adresse des Links',
			imageHint: 'https://… oder ein Pfad auf dieser Website wie /images/photo.jpg',
			linkHint: 'YouTube, Vimeo, X, Instagram, Bluesky oder eine beliebige Seite',
			alt: 'Beschreibung (Alternativtext)',
			altHint: 'Pflichtfeld: was das Bild zeigt, für Leser, die es nicht sehen können.',
			width: 'Breite (px)',
			height: 'Höhe (px)',
			cardTitle: 'Titel der Karte',
			poster: 'Adresse des Standbilds',
			posterHint: 'Optional; wird auf der Karte gezeigt, wenn es auf dieser Website liegt.',
			caption: 'Bildunterschrift',
			credit: 'Quelle',
			preview: 'Vorschau',
			moveUp: 'Nach oben',
			moveDown: 'Nach unten',
			remove: 'Entfernen',
			addImage: 'Bild hinzufügen',
			addLink: 'Link hinzufügen'
		}
	}
} satisfies Messages;

export default de;
