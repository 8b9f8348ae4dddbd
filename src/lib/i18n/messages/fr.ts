/** L’interface en français. Les clés et leur rôle sont décrits dans en.ts. */
import type { Messages } from './en';
import { plural, type RangeWords } from '../plural';

/** « de » devant une voyelle ou un h muet devient « d’ » : « d’octobre », « d’environ 2002 ». */
const de = (words: string) => (/^[aeiouyàâéèêîôûh]/i.test(words) ? `d’${words}` : `de ${words}`);

const fr = {
	meta: {
		name: 'Français',
		intl: 'fr'
	},

	loading: {
		thisLink: 'ce lien',
		waiting: 'En attente du fichier…',
		downloading: 'Téléchargement : {loaded} sur {total}…',
		downloadingSome: 'Téléchargement : {loaded}…',
		megabytes: '{mb} Mo',
		checking: plural({ one: 'Vérification de {count} événement…', other: 'Vérification de {count} événements…' }),
		layout: 'Mise en place…',
		cancel: 'Annuler',
		cancelHint: 'ou appuyez sur Échap',
		cancelled: 'Le chargement du jeu de données ({url}) a été annulé.'
	},

	pageOptions: {
		theme: 'Le paramètre {theme}=« {value} » du lien ne fait pas partie de {themes} ; la page suit donc les couleurs de votre système.',
		periodHalf: 'Le lien ne donne qu’un seul des paramètres {from} et {to} (le premier et le dernier jour, AAAA-MM-JJ) ; toute la chronologie est donc affichée.',
		period: 'Les paramètres {from}=« {fromValue} » et {to}=« {toValue} » du lien ne forment pas une période (AAAA-MM-JJ, {from} avant {to}) ; toute la chronologie est donc affichée.'
	},

	phone: {
		timeToScale: 'Temps à l’échelle',
		folded: plural({ one: 'période sans événements repliée : {years}', other: 'périodes sans événements repliées : {years}' }),
		legendFolded: 'années sans événements, repliées : {years}',
		help: 'Appuyez sur plus ou moins pour zoomer, sur les flèches gauche et droite pour avancer ou reculer dans le temps, et sur 0 pour tout afficher. Appuyez sur Tab pour atteindre les événements, puis sur les flèches pour passer de l’un à l’autre, et sur Entrée pour en ouvrir un.'
	},

	dates: {
		bce: 'av. J.-C.',
		range: ((from, to, unit) => (unit === 'day' ? `du ${from} au ${to}` : `${de(from)} à ${to}`)) as RangeWords,
		showing: 'Période affichée : {period}',
		probably: 'probablement ',
		about: 'environ ',
		probablyAbout: 'probablement environ ',
		early: 'début {year}',
		mid: 'mi-{year}',
		late: 'fin {year}',
		someTimeIn: 'à une date inconnue en {span}',
		someTimeFrom: 'à une date inconnue, {span}',
		until: 'jusqu’à {date}',
		onwards: 'à partir de {date}',
		unknown: 'une date inconnue',
		utc: '{time} UTC',
		at: '{date} à {time}',
		orEarlier: '{date} ou avant',
		andEarlier: '{date} et avant',
		orLater: '{date} ou après',
		andLater: '{date} et après',
		decade: (decade: string) => `les années ${decade}`,
		years: 'les années {from} à {to}',
		seasons: ['printemps', 'été', 'automne', 'hiver'],
		season: '{season} {year}',
		northern: '{season} (hémisphère Nord)',
		southern: '{season} (hémisphère Sud)',
		quarters: ['le premier trimestre {year}', 'le deuxième trimestre {year}', 'le troisième trimestre {year}', 'le quatrième trimestre {year}'],
		fourMonths: ['le premier quadrimestre {year}', 'le deuxième quadrimestre {year}', 'le troisième quadrimestre {year}'],
		halves: ['le premier semestre {year}', 'le second semestre {year}']
	},

	page: {
		title: 'Chronologie',
		titleOf: 'Chronologie : {title}',
		description: 'Une chronologie zoomable des événements datés de « {title} », {publication}, avec ce qu’en dit le registre public.',
		embedDescription: 'Une chronologie zoomable des événements datés de « {title} », {publication}.',
		kicker: 'Chronologie',
		otherAddress: 'Une chronologie venue d’une autre adresse',
		credit: 'Paru dans {publication} ; date de publication : {date}.',
		creditAuthor: 'Paru dans {publication}, par {author} ; date de publication : {date}.',
		loadingFrom: 'Chargement de la chronologie depuis {host}…',
		loading: 'Chargement de la chronologie…',
		downloaded: 'Téléchargé',
		dataIntro: 'Les événements et leurs dates sont des données :',
		dataLink: 'télécharger le jeu de données de l’article (JSON)',
		quotesNote: 'Les dates entre guillemets sont les mots mêmes de l’article ; le registre public est présenté à part.',
		studioLink: 'Créer la chronologie d’un autre article dans le studio',
		exampleLink: 'Voir un exemple de chronologie avec des images, une vidéo et une ligne par groupe',
		frenchLink: 'Voir un exemple de chronologie en français'
	},

	embed: {
		fullTimeline: 'Chronologie complète avec l’article',
		source: 'Source :',
		newTab: ' (s’ouvre dans un nouvel onglet)'
	},

	app: {
		dismiss: 'Fermer',
		eventDetails: 'Détails de l’événement',
		eventStatus: 'Événement {position} sur {count} : {title}',
		panelClosed: 'Panneau fermé',
		allShown: plural({ one: '{count} événement affiché', other: 'Les {count} événements sont affichés' }),
		someShown: '{shown} événements affichés sur {total}',
		hiddenEvent: 'L’événement « {id} » est masqué par le filtre du lien : aucun n’est sélectionné.',
		noEvent: 'Cette chronologie n’a pas d’événement « {id} » : aucun n’est sélectionné.',
		invalidEvent: 'L’événement du lien n’est pas un identifiant valable : aucun n’est sélectionné.'
	},

	timeline: {
		label: 'Chronologie de {title}',
		roleDescription: 'chronologie zoomable',
		help: 'Appuyez sur plus ou moins pour zoomer, sur les flèches pour avancer ou reculer dans le temps, et sur 0 pour tout afficher. Appuyez sur Tab pour atteindre les événements, puis sur les flèches pour passer de l’un à l’autre, et sur Entrée pour en ouvrir un.',
		wheelHint: '{key} + molette pour zoomer',
		inEras: '{period}, pendant {eras}'
	},

	zoom: {
		group: 'Zoom',
		zoomIn: 'Zoom avant',
		zoomOut: 'Zoom arrière',
		showAll: 'Tout afficher',
		eras: 'Époques',
		periods: 'Périodes',
		jumpTo: 'Aller à',
		or: 'ou'
	},

	marks: {
		event: '{title}, {dateText} ({date})',
		cluster: plural({
			one: '{count} événement, {date} : {first}. Appuyez sur Entrée pour l’afficher',
			other: '{count} événements à partir de {date}, à commencer par {first}. Appuyez sur Entrée pour les afficher'
		})
	},

	legend: {
		day: 'un jour',
		month: 'un mois',
		vague: 'une année ou une date plus vague',
		record: 'la date du registre public',
		cluster: 'plusieurs événements'
	},

	overview: {
		label: 'Période visible dans la vue d’ensemble'
	},

	eras: {
		intro: plural({
			one: 'La chronologie compte une époque, représentée par une bande derrière les événements :',
			other: 'La chronologie compte {count} époques, représentées par des bandes derrière les événements :'
		}),
		item: '{title}, {period}.'
	},

	filters: {
		filter: 'Filtrer',
		shown: ' : {shown} sur {total}',
		oneRow: 'Tout sur une ligne',
		group: 'Groupe',
		tag: 'Thème',
		who: 'Qui',
		byGroup: 'Filtrer par groupe',
		byTag: 'Filtrer par thème',
		byActor: 'Filtrer par acteur',
		chip: plural({ one: '{label}, {count} événement', other: '{label}, {count} événements' }),
		fewer: 'Moins',
		all: 'Les {count}',
		clear: 'Effacer les filtres',
		noTag: 'Aucun événement n’a le thème « {value} ».',
		noActor: 'Aucun événement n’a l’acteur « {value} ».',
		noGroup: 'Cette chronologie n’a pas de groupe « {value} ».',
		restOfLink: 'La chronologie montre les événements demandés par le reste du lien.'
	},
	search: {
		label: 'Rechercher des événements',
		none: 'Aucun événement trouvé',
		found: plural({ one: '{count} événement trouvé', other: '{count} événements trouvés' }),
		list: 'Événements trouvés',
		more: 'et {count} de plus : ajoutez un mot pour affiner la recherche'
	},

	panel: {
		position: 'Événement {position} sur {count}',
		close: 'Fermer',
		articleSays: 'L’article dit',
		articleDate: '« {words} » : {meaning}',
		record: 'Le registre public',
		inWords: 'Dans les mots de l’article',
		readInArticle: 'Lire dans l’article',
		notQuoted: 'Cet événement n’est pas cité dans l’article.',
		recordAdds: 'Ce qu’ajoute le registre public',
		places: 'Lieux',
		who: 'Qui',
		region: '{name} ({region})',
		story: 'Récit',
		previous: 'Événement précédent',
		next: 'Événement suivant',
		about: 'À propos de cette chronologie',
		intro: plural({ one: 'Un événement daté de l’article, {period}.', other: '{count} événements datés de l’article, {period}.' }),
		select: 'Choisissez-en un sur la chronologie pour lire ce qui s’est passé, ce que dit l’article et ce qu’ajoute le registre public.',
		start: 'Commencer par le début'
	},

	relation: {
		article: '« {words} » dans l’article ({meaning})',
		same: 'Le registre public concorde avec {article}.',
		narrower: 'Le registre public est plus précis que {article} : {record}.',
		differs: 'Le registre public diffère de {article} : il indique {record}.'
	},

	reading: {
		allEvents: 'Tous les événements dans l’ordre',
		showList: 'Afficher les {count} événements sous forme de liste',
		byline: '{publication}, par {author}'
	},

	media: {
		loadImage: 'Charger l’image depuis {site}',
		loadVideo: 'Charger la vidéo depuis {site}',
		loadPost: 'Charger la publication depuis {site}',
		loadPage: 'Charger la page depuis {site}',
		video: 'vidéo',
		post: 'publication',
		page: 'page',
		videoTitle: 'Vidéo : {title}',
		postTitle: 'Publication : {title}',
		open: 'Ouvrir sur {site}',
		privacy: 'Rien n’est chargé depuis {site} tant que vous ne le demandez pas.'
	},

	data: {
		from: 'Données de {host}',
		notOurs: ', non publiées par ce site.',
		inLink: 'Données contenues dans ce lien, non publiées par ce site.',
		skipped: plural({
			one: '{skipped} événement sur {total} comporte des erreurs et n’est pas affiché',
			other: '{skipped} événements sur {total} comportent des erreurs et ne sont pas affichés'
		}),
		formatIn: 'Le format est décrit dans',
		dataFormatIn: 'Le format des données est décrit dans',
		reference: 'sa référence',
		andIn: 'et dans',
		schema: 'son schéma JSON',
		cannotShow: 'Impossible d’afficher cette chronologie',
		dataset: 'Jeu de données :',
		retry: 'Réessayer',
		home: 'Afficher la chronologie par défaut',
		more: ', … et {count} de plus'
	},

	embedDialog: {
		layout: "Disposition",
		layoutAuto: "Verticale sur téléphone, horizontale sur les écrans plus larges",
		layoutVertical: "Verticale",
		layoutHorizontal: "Horizontale",
		open: 'Intégrer cette chronologie',
		close: 'Fermer',
		event: 'Événement sélectionné au départ',
		noEvent: 'Aucun (afficher l’introduction)',
		period: 'Période affichée au départ',
		firstDay: 'Premier jour',
		lastDay: 'Dernier jour',
		bothDays: 'Choisissez les deux jours, ou aucun pour tout afficher.',
		firstAfterLast: 'Le premier jour ne doit pas être après le dernier.',
		theme: 'Thème',
		light: 'Clair',
		dark: 'Sombre',
		auto: 'Suivre le système du lecteur',
		language: 'Langue',
		languageDefault: 'Celle de l’article ({name})',
		timeDirection: 'Sens du temps',
		timeDefault: 'Selon le sens de lecture de la langue',
		timeLtr: 'De gauche à droite',
		timeRtl: 'De droite à gauche',
		panel: 'Panneau d’annotations',
		overview: 'Vue d’ensemble',
		preview: 'Aperçu',
		previewTitle: 'Aperçu : {title}',
		code: 'Code à coller',
		script: 'Avec le script de chargement : le cadre s’ajuste tout seul (recommandé)',
		iframe: 'Iframe simple, pour les systèmes qui suppriment les scripts',
		copy: 'Copier',
		copyScript: 'le code avec le script',
		copyIframe: 'le code de l’iframe',
		copied: 'Copié',
		pressToCopy: 'Appuyez sur {key} + C pour copier'
	},

	downloadImage: {
		open: 'Télécharger l’image',
		title: 'Télécharger une image de la chronologie',
		what: 'Contenu',
		view: 'La période affichée',
		all: 'Toute la chronologie',
		format: 'Format',
		png1: '{format}, {width} pixels de large',
		png2: '{format} en 2×, {width} pixels de large (plus net sur les écrans haute densité et à l’impression)',
		svg: '{format} (s’adapte à toutes les tailles)',
		theme: 'Thème',
		light: 'Clair',
		dark: 'Sombre',
		download: 'Télécharger',
		close: 'Fermer',
		making: 'Création de l’image…',
		made: '{name} téléchargé ({width} × {height} pixels)',
		failed: 'L’image n’a pas pu être créée : {why}'
	},

	image: {
		shown: plural({ one: '{count} événement', other: '{count} événements' }),
		someShown: '{shown} événements sur {total}',
		otherRow: 'Autres'
	},

	print: {
		heading: 'Tous les événements dans l’ordre',
		shown: 'Les {shown} événements sur {total} retenus par le filtre.',
		articleDate: 'L’article dit « {words} » : {meaning}',
		record: 'Le registre public : {meaning}.',
		notQuoted: 'Pas cité dans l’article.',
		sources: 'Sources'
	},

	studio: {
		structure: {
			eras: {
				heading: 'Époques',
				intro: 'Des périodes nommées, représentées derrière les événements et proposées comme raccourcis.',
				empty: 'Aucune époque.',
				add: 'Ajouter une époque',
				untitled: 'Époque {n}',
				title: 'Nom',
				id: 'Identifiant',
				idHint: 'Tiré du nom tant que vous n’en saisissez pas un : lettres minuscules, chiffres et traits d’union.',
				date: 'Date',
				dateHint: 'EDTF, en général une période : 2001-10-07/2014-12-28',
				note: 'Note',
				noteHint: 'Facultatif : une phrase à son sujet, lue par les lecteurs d’écran.',
				item: 'l’époque « {name} »',
				added: 'Époque ajoutée',
				removed: 'Époque « {name} » retirée. Annuler la rétablit.'
			},
			groups: {
				heading: 'Groupes',
				intro: 'Une ligne de la chronologie chacun, dans cet ordre ; les événements sans groupe vont dans une dernière ligne, « Autres ». Le groupe d’un événement se choisit dans son éditeur.',
				empty: 'Aucun groupe : la chronologie n’a qu’une ligne.',
				add: 'Ajouter un groupe',
				untitled: 'Groupe {n}',
				title: 'Nom de la ligne',
				id: 'Identifiant',
				idHint: 'Tiré du nom tant que vous n’en saisissez pas un : lettres minuscules, chiffres et traits d’union. Ses événements suivent s’il change.',
				events: plural({ one: '{count} événement', other: '{count} événements' }),
				item: 'le groupe « {name} »',
				added: 'Groupe ajouté',
				moved: '« {name} » déplacé à la ligne {n}',
				removed: 'Groupe « {name} » retiré ; ses événements n’ont plus de groupe. Annuler le rétablit.'
			},
			actions: {
				up: 'Monter',
				down: 'Descendre',
				remove: 'Retirer'
			},
			event: {
				group: 'Groupe (ligne)',
				none: 'Aucun',
				missing: '{id} (groupe inexistant)'
			}
		},
		title: 'Studio : une chronologie à partir d’un article',
		kicker: 'Studio',
		heading: 'Créer une chronologie à partir d’un article',
		intro: 'Collez l’article, trouvez ses événements datés, gardez et modifiez ceux qui comptent, puis publiez.',
		private: 'Rien de ce que vous collez ou importez ne quitte ce navigateur.',
		preview: 'Aperçu',
		previewEmpty: 'La chronologie apparaît ici dès que le brouillon a un titre, une publication, sa date et au moins un événement daté.',
		language: 'Langue de l’article',
		languageHint: 'Une étiquette BCP 47 comme fr ou es-MX ; les lecteurs voient les boutons de la chronologie dans cette langue.',
		article: {
			heading: 'Article',
			text: 'Texte de l’article',
			textHint: 'Collez l’article, ou déposez ici un fichier .html ou .txt. La mise en forme est retirée ; les paragraphes sont conservés.',
			make: 'Créer un événement',
			fromSelection: 'à partir du passage sélectionné',
			headline: 'Titre',
			publication: 'Publication',
			author: 'Auteur',
			published: 'Date de publication',
			publishedHint: 'Un jour (2021-05-18) ou une période de plusieurs jours (2021-05-18/2021-05-30).',
			url: 'Adresse de l’article',
			credit: 'Ligne de crédit'
		},
		found: {
			heading: 'Événements de l’article',
			find: 'Trouver les événements',
			includeAll: 'Tout inclure',
			marked: 'L’article avec {count} dates repérées',
			include: 'Inclure'
		},
		events: {
			heading: 'Événements de la chronologie',
			undo: 'Annuler',
			redo: 'Rétablir',
			order: 'Trier par date',
			ordered: 'Événements triés par date',
			empty: 'Aucun événement pour l’instant : trouvez-les dans l’article, sélectionnez un passage pour en créer un, ou importez un fichier.',
			untitled: 'Événement {n}',
			merged: '« {other} » fusionné dans « {name} »',
			deleted: '« {name} » supprimé. Annuler le rétablit.',
			title: 'Titre',
			summary: 'Résumé',
			dateWords: 'Mots de la date',
			dateWordsHint: 'Les mots mêmes de l’article, tels qu’écrits.',
			date: 'Date',
			dateHint: 'EDTF : 2015, 2015-03, 2015-03-05, 2001-10~/2001-12~',
			fromArticle: 'Tiré de l’article',
			notFromArticle: 'Pas tiré de l’article : aucune de ses phrases n’est citée.',
			details: 'Lieux, acteurs, thèmes et registre public',
			places: 'Lieux',
			placesHint: 'Un par ligne : nom ; latitude ; longitude ; région',
			actors: 'Acteurs',
			tags: 'Thèmes',
			commas: 'Séparés par des virgules',
			recordDate: 'Date du registre',
			recordDateHint: 'Ce que dit le registre public, en EDTF',
			recordNote: 'Note du registre',
			recordSources: 'Sources du registre',
			recordSourcesHint: 'Une par ligne : titre | https://… | référence',
			media: 'Images et liens',
			mergeWith: 'Fusionner avec',
			chooseEvent: 'Choisir un événement…',
			merge: 'Fusionner',
			mergeInto: 'dans « {name} »',
			delete: 'Supprimer'
		},
		import: {
			heading: 'Ouvrir un fichier',
			import: 'Importer',
			hint: 'Un jeu de données de chronologie, un fichier TimelineJS (JSON), une feuille TimelineJS enregistrée en CSV, ou l’article en .html ou .txt.',
			local: 'Tout reste dans ce navigateur.',
			notes: plural({ one: '{count} remarque sur l’import', other: '{count} remarques sur l’import' }),
			readText: 'Texte de l’article lu dans {file}'
		},
		problems: {
			heading: plural({ one: '{count} problème à corriger avant de publier', other: '{count} problèmes à corriger avant de publier' })
		},
		publish: {
			heading: 'Publier',
			fixFirst: 'Corrigez les problèmes ci-dessus pour publier.',
			download: 'Télécharger le JSON',
			hostBefore: 'Hébergez le fichier et ouvrez',
			hostAfter: 'suivi de son adresse ; c’est la meilleure façon de partager une longue chronologie.',
			linkFullPage: 'Lien vers la page complète ({count} caractères)',
			linkEmbed: 'Lien vers l’intégration ({count} caractères)',
			copyLink: 'Copier le lien',
			toFullPage: 'vers la page complète',
			toEmbed: 'vers l’intégration',
			copiedFullPage: 'Lien vers la page complète copié.',
			copiedEmbed: 'Lien vers l’intégration copié.',
			noCopyFullPage: 'Ce navigateur n’a pas pu copier : sélectionnez le lien vers la page complète et copiez-le.',
			noCopyEmbed: 'Ce navigateur n’a pas pu copier : sélectionnez le lien vers l’intégration et copiez-le.',
			tooLong: 'Ce lien dépasse {count} caractères : certains navigateurs, messageries et logiciels de courrier coupent les liens aussi longs.',
			betterBefore: 'Un fichier hébergé et',
			betterAfter: 'sont préférables.',
			hosted: 'Où vous hébergez le fichier téléchargé (facultatif)'
		},
		drafts: {
			heading: 'Enregistré dans ce navigateur',
			savedAt: 'Brouillon enregistré le {time}.',
			savedHere: 'Les brouillons sont enregistrés ici au fil de la saisie.',
			new: 'Nouvelle chronologie',
			events: plural({ one: '{count} événement', other: '{count} événements' }),
			openNow: 'Ouvert',
			open: 'Ouvrir',
			delete: 'Supprimer'
		},
		status: {
			saveFailed: 'Ce navigateur n’a pas pu enregistrer le brouillon (stockage plein ou désactivé) : téléchargez le JSON pour garder votre travail.',
			undone: 'Annulé',
			redone: 'Rétabli',
			found: plural({ one: '{count} événement trouvé', other: '{count} événements trouvés' }),
			made: 'Événement « {title} » créé',
			imported: '{name} importé : {count} événements',
			started: 'Nouvelle chronologie commencée',
			opened: '« {title} » ouvert',
			untitled: 'Chronologie sans titre',
			deleted: 'Brouillon supprimé'
		},
		media: {
			addedImage: 'Image ajoutée à « {title} »',
			addedLink: 'Lien ajouté à « {title} »',
			removed: 'Média retiré. Annuler le rétablit.',
			noDescription: 'Pas encore de description',
			image: 'Image {n}',
			link: 'Lien {n}',
			kind: 'Type',
			optionImage: 'Image',
			optionLink: 'Lien vers une vidéo, une publication ou une page',
			imageAddress: 'Adresse de l’image',
			linkAddress: 'Adresse du lien',
			imageHint: 'https://… ou un chemin sur ce site, comme /images/photo.jpg',
			linkHint: 'YouTube, Vimeo, X, Instagram, Bluesky ou toute autre page',
			alt: 'Description (texte alternatif)',
			altHint: 'Obligatoire : ce que montre l’image, pour les lecteurs qui ne la voient pas.',
			width: 'Largeur (px)',
			height: 'Hauteur (px)',
			cardTitle: 'Titre de la carte',
			poster: 'Adresse de l’image fixe',
			posterHint: 'Facultatif ; affichée sur la carte si elle est sur ce site.',
			caption: 'Légende',
			credit: 'Crédit',
			preview: 'Aperçu',
			moveUp: 'Monter',
			moveDown: 'Descendre',
			remove: 'Retirer',
			addImage: 'Ajouter une image',
			addLink: 'Ajouter un lien'
		}
	}
} satisfies Messages;

export default fr;
