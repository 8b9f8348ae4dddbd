/** La interfaz en español. Las claves y su función se describen en en.ts. */
import type { Messages } from './en';
import { plural, type RangeWords } from '../plural';

const es = {
	meta: {
		name: 'Español',
		intl: 'es'
	},

	loading: {
		thisLink: 'este enlace',
		waiting: 'Esperando el archivo…',
		downloading: 'Descargando {loaded} de {total}…',
		downloadingSome: 'Descargando {loaded}…',
		megabytes: '{mb} MB',
		checking: plural({ one: 'Comprobando {count} hecho…', other: 'Comprobando {count} hechos…' }),
		layout: 'Preparando la vista…',
		cancel: 'Cancelar',
		cancelHint: 'o pulse Esc',
		cancelled: 'Se canceló la carga del conjunto de datos ({url}).'
	},

	pageOptions: {
		theme: 'El valor {theme}=«{value}» del enlace no es ninguno de {themes}, así que la página sigue el esquema de colores de su sistema.',
		periodHalf: 'El enlace da solo uno de {from} y {to} (el primer y el último día, AAAA-MM-DD), así que se muestra toda la cronología.',
		period: 'Los valores {from}=«{fromValue}» y {to}=«{toValue}» del enlace no forman un periodo (AAAA-MM-DD, {from} antes que {to}), así que se muestra toda la cronología.'
	},

	phone: {
		timeToScale: 'Tiempo a escala',
		folded: plural({ one: 'periodo sin hechos plegado: {years}', other: 'periodos sin hechos plegados: {years}' }),
		legendFolded: 'años sin hechos, plegados: {years}',
		help: 'Pulse más o menos para ampliar o reducir, las flechas izquierda y derecha para moverse en el tiempo y 0 para verlo todo. Pulse Tab para llegar a los hechos, luego las flechas para pasar de uno a otro e Intro para abrir uno.'
	},

	dates: {
		bce: 'a. C.',
		range: ((from, to, unit) => (unit === 'day' ? `del ${from} al ${to}` : `de ${from} a ${to}`)) as RangeWords,
		showing: 'Período mostrado: {period}',
		probably: 'probablemente ',
		about: 'hacia ',
		probablyAbout: 'probablemente hacia ',
		early: 'principios de {year}',
		mid: 'mediados de {year}',
		late: 'finales de {year}',
		someTimeIn: 'en algún momento de {span}',
		someTimeFrom: 'en algún momento {span}',
		until: 'hasta {date}',
		onwards: 'desde {date}',
		unknown: 'una fecha desconocida',
		utc: '{time} UTC',
		at: '{date} a las {time}',
		orEarlier: '{date} o antes',
		andEarlier: '{date} y antes',
		orLater: '{date} o después',
		andLater: '{date} y después',
		decade: (decade: string) => `la década de ${decade}`,
		years: 'los años {from} a {to}',
		seasons: ['primavera', 'verano', 'otoño', 'invierno'],
		season: '{season} de {year}',
		northern: '{season} (hemisferio norte)',
		southern: '{season} (hemisferio sur)',
		quarters: ['el primer trimestre de {year}', 'el segundo trimestre de {year}', 'el tercer trimestre de {year}', 'el cuarto trimestre de {year}'],
		fourMonths: ['el primer cuatrimestre de {year}', 'el segundo cuatrimestre de {year}', 'el tercer cuatrimestre de {year}'],
		halves: ['el primer semestre de {year}', 'el segundo semestre de {year}']
	},

	page: {
		title: 'Cronología',
		titleOf: 'Cronología: {title}',
		description: 'Una cronología ampliable de los hechos fechados en «{title}», {publication}, con lo que añade el registro público.',
		embedDescription: 'Una cronología ampliable de los hechos fechados en «{title}», {publication}.',
		kicker: 'Cronología',
		otherAddress: 'Una cronología de otra dirección',
		credit: 'Publicado en {publication}; fecha de publicación: {date}.',
		creditAuthor: 'Publicado en {publication}, por {author}; fecha de publicación: {date}.',
		loadingFrom: 'Cargando la cronología desde {host}…',
		loading: 'Cargando la cronología…',
		downloaded: 'Descargado',
		dataIntro: 'Los hechos y sus fechas son datos:',
		dataLink: 'descargar el conjunto de datos del artículo (JSON)',
		quotesNote: 'Las fechas entre comillas son las palabras del propio artículo; el registro público se muestra aparte.',
		studioLink: 'Crear la cronología de otro artículo en el estudio',
		exampleLink: 'Ver una cronología de ejemplo con imágenes, un vídeo y una fila por grupo',
		frenchLink: 'Ver una cronología de ejemplo en francés'
	},

	embed: {
		fullTimeline: 'Cronología completa con el artículo',
		source: 'Fuente:',
		newTab: ' (se abre en una pestaña nueva)'
	},

	app: {
		dismiss: 'Cerrar',
		eventDetails: 'Detalles del hecho',
		eventStatus: 'Hecho {position} de {count}: {title}',
		panelClosed: 'Panel cerrado',
		allShown: plural({ one: 'Se muestra {count} hecho', other: 'Se muestran los {count} hechos' }),
		someShown: 'Se muestran {shown} de {total} hechos',
		hiddenEvent: 'El filtro del enlace oculta el hecho «{id}», así que no hay ninguno seleccionado.',
		noEvent: 'Esta cronología no tiene ningún hecho «{id}», así que no hay ninguno seleccionado.',
		invalidEvent: 'El hecho del enlace no es un identificador válido, así que no hay ninguno seleccionado.'
	},

	timeline: {
		label: 'Cronología de {title}',
		roleDescription: 'cronología ampliable',
		help: 'Pulse más o menos para ampliar o reducir, las flechas para moverse en el tiempo y 0 para verlo todo. Pulse Tab para llegar a los hechos, luego las flechas para pasar de uno a otro e Intro para abrir uno.',
		wheelHint: '{key} + rueda para ampliar',
		inEras: '{period}, en {eras}'
	},

	zoom: {
		group: 'Zoom',
		zoomIn: 'Ampliar',
		zoomOut: 'Reducir',
		showAll: 'Ver todo',
		eras: 'Etapas',
		periods: 'Períodos',
		jumpTo: 'Ir a',
		or: 'o'
	},

	marks: {
		event: '{title}, {dateText} ({date})',
		cluster: plural({
			one: '{count} hecho, {date}: {first}. Pulse Intro para verlo',
			other: '{count} hechos desde {date}, empezando por {first}. Pulse Intro para verlos'
		})
	},

	legend: {
		day: 'un día',
		month: 'un mes',
		vague: 'un año o una fecha más vaga',
		record: 'la fecha del registro público',
		cluster: 'varios hechos'
	},

	overview: {
		label: 'Período visible en la vista general'
	},

	eras: {
		intro: plural({
			one: 'La cronología tiene una etapa, dibujada como una franja detrás de los hechos:',
			other: 'La cronología se divide en {count} etapas, dibujadas como franjas detrás de los hechos:'
		}),
		item: '{title}, {period}.'
	},

	filters: {
		filter: 'Filtrar',
		shown: ': {shown} de {total}',
		oneRow: 'Todo en una fila',
		group: 'Grupo',
		tag: 'Etiqueta',
		who: 'Quién',
		byGroup: 'Filtrar por grupo',
		byTag: 'Filtrar por etiqueta',
		byActor: 'Filtrar por protagonista',
		chip: plural({ one: '{label}, {count} hecho', other: '{label}, {count} hechos' }),
		fewer: 'Menos',
		all: 'Los {count}',
		clear: 'Quitar los filtros',
		noTag: 'Ningún hecho tiene la etiqueta «{value}».',
		noActor: 'Ningún hecho tiene el protagonista «{value}».',
		noGroup: 'Esta cronología no tiene ningún grupo «{value}».',
		restOfLink: 'La cronología muestra los hechos que pide el resto del enlace.'
	},
	search: {
		label: 'Buscar hechos',
		none: 'No se encontró ningún hecho',
		found: plural({ one: 'Se encontró {count} hecho', other: 'Se encontraron {count} hechos' }),
		list: 'Hechos encontrados',
		more: 'y {count} más: añada una palabra para afinar la búsqueda'
	},

	panel: {
		position: 'Hecho {position} de {count}',
		close: 'Cerrar',
		articleSays: 'El artículo dice',
		articleDate: '«{words}»: {meaning}',
		record: 'El registro público',
		inWords: 'En palabras del artículo',
		readInArticle: 'Leer en el artículo',
		notQuoted: 'Este hecho no está citado del artículo.',
		recordAdds: 'Lo que añade el registro público',
		places: 'Lugares',
		who: 'Quién',
		region: '{name} ({region})',
		story: 'Relato',
		previous: 'Hecho anterior',
		next: 'Hecho siguiente',
		about: 'Acerca de esta cronología',
		intro: plural({ one: 'Un hecho fechado del artículo, {period}.', other: '{count} hechos fechados del artículo, {period}.' }),
		select: 'Elija uno en la cronología para leer qué pasó, qué dice el artículo y qué añade el registro público.',
		start: 'Empezar desde el principio'
	},

	relation: {
		article: '«{words}» en el artículo ({meaning})',
		same: 'El registro público coincide con {article}.',
		narrower: 'El registro público es más preciso que {article}: {record}.',
		differs: 'El registro público difiere de {article}: indica {record}.'
	},

	reading: {
		allEvents: 'Todos los hechos en orden',
		showList: 'Mostrar los {count} hechos como lista',
		byline: '{publication}, por {author}'
	},

	media: {
		loadImage: 'Cargar la imagen desde {site}',
		loadVideo: 'Cargar el vídeo desde {site}',
		loadPost: 'Cargar la publicación desde {site}',
		loadPage: 'Cargar la página desde {site}',
		video: 'vídeo',
		post: 'publicación',
		page: 'página',
		videoTitle: 'Vídeo: {title}',
		postTitle: 'Publicación: {title}',
		open: 'Abrir en {site}',
		privacy: 'No se carga nada desde {site} hasta que usted lo pida.'
	},

	data: {
		from: 'Datos de {host}',
		notOurs: ', no publicados por este sitio.',
		inLink: 'Datos contenidos en este enlace, no publicados por este sitio.',
		skipped: plural({
			one: '{skipped} de {total} hechos tiene errores y no se muestra',
			other: '{skipped} de {total} hechos tienen errores y no se muestran'
		}),
		formatIn: 'El formato se describe en',
		dataFormatIn: 'El formato de los datos se describe en',
		reference: 'su referencia',
		andIn: 'y en',
		schema: 'su esquema JSON',
		cannotShow: 'No se puede mostrar esta cronología',
		dataset: 'Conjunto de datos:',
		retry: 'Reintentar',
		home: 'Ver la cronología predeterminada',
		more: ', … y {count} más'
	},

	embedDialog: {
		layout: "Disposición",
		layoutAuto: "Vertical en móviles, horizontal en pantallas más anchas",
		layoutVertical: "Vertical",
		layoutHorizontal: "Horizontal",
		open: 'Insertar esta cronología',
		close: 'Cerrar',
		event: 'Hecho seleccionado al principio',
		noEvent: 'Ninguno (mostrar la introducción)',
		period: 'Período mostrado al principio',
		firstDay: 'Primer día',
		lastDay: 'Último día',
		bothDays: 'Elija los dos días, o ninguno para verlo todo.',
		firstAfterLast: 'El primer día no puede ser posterior al último.',
		theme: 'Tema',
		light: 'Claro',
		dark: 'Oscuro',
		auto: 'Según el sistema del lector',
		language: 'Idioma',
		languageDefault: 'El del artículo ({name})',
		timeDirection: 'Sentido del tiempo',
		timeDefault: 'Según el sentido de lectura del idioma',
		timeLtr: 'De izquierda a derecha',
		timeRtl: 'De derecha a izquierda',
		panel: 'Panel de anotaciones',
		overview: 'Vista general',
		preview: 'Vista previa',
		previewTitle: 'Vista previa: {title}',
		code: 'Código para pegar',
		script: 'Con el script de carga: el marco se ajusta solo (recomendado)',
		iframe: 'Iframe simple, para sistemas que eliminan los scripts',
		copy: 'Copiar',
		copyScript: 'el código con el script',
		copyIframe: 'el código del iframe',
		copied: 'Copiado',
		pressToCopy: 'Pulse {key} + C para copiar'
	},

	downloadImage: {
		open: 'Descargar imagen',
		title: 'Descargar una imagen de la cronología',
		what: 'Contenido',
		view: 'El periodo mostrado',
		all: 'Toda la cronología',
		format: 'Formato',
		png1: '{format}, {width} píxeles de ancho',
		png2: '{format} a 2×, {width} píxeles de ancho (más nítida en pantallas de alta densidad y al imprimir)',
		svg: '{format} (se adapta a cualquier tamaño)',
		theme: 'Tema',
		light: 'Claro',
		dark: 'Oscuro',
		download: 'Descargar',
		close: 'Cerrar',
		making: 'Creando la imagen…',
		made: 'Descargado {name} ({width} × {height} píxeles)',
		failed: 'No se pudo crear la imagen: {why}'
	},

	image: {
		shown: plural({ one: '{count} hecho', other: '{count} hechos' }),
		someShown: '{shown} de {total} hechos',
		otherRow: 'Otros'
	},

	print: {
		heading: 'Todos los hechos en orden',
		shown: 'Los {shown} de {total} hechos que deja el filtro.',
		articleDate: 'El artículo dice «{words}»: {meaning}',
		record: 'El registro público: {meaning}.',
		notQuoted: 'No citado del artículo.',
		sources: 'Fuentes'
	},

	studio: {
		structure: {
			eras: {
				heading: 'Etapas',
				intro: 'Periodos con nombre, dibujados detrás de los hechos y ofrecidos como atajos.',
				empty: 'No hay etapas.',
				add: 'Añadir una etapa',
				untitled: 'Etapa {n}',
				title: 'Nombre',
				id: 'Identificador',
				idHint: 'Se forma a partir del nombre hasta que escriba uno propio: minúsculas, cifras y guiones.',
				date: 'Fecha',
				dateHint: 'EDTF, normalmente un periodo: 2001-10-07/2014-12-28',
				note: 'Nota',
				noteHint: 'Opcional: una frase sobre ella, que leen los lectores de pantalla.',
				item: 'la etapa «{name}»',
				added: 'Etapa añadida',
				removed: 'Etapa «{name}» eliminada. Deshacer la recupera.'
			},
			groups: {
				heading: 'Grupos',
				intro: 'Cada uno es una fila de la cronología, en este orden; los hechos sin grupo van en una última fila, «Otros». El grupo de un hecho se elige en su editor.',
				empty: 'No hay grupos: la cronología tiene una sola fila.',
				add: 'Añadir un grupo',
				untitled: 'Grupo {n}',
				title: 'Nombre de la fila',
				id: 'Identificador',
				idHint: 'Se forma a partir del nombre hasta que escriba uno propio: minúsculas, cifras y guiones. Sus hechos lo siguen cuando cambia.',
				events: plural({ one: '{count} hecho', other: '{count} hechos' }),
				item: 'el grupo «{name}»',
				added: 'Grupo añadido',
				moved: '«{name}» movido a la fila {n}',
				removed: 'Grupo «{name}» eliminado; sus hechos quedan sin grupo. Deshacer lo recupera.'
			},
			actions: {
				up: 'Subir',
				down: 'Bajar',
				remove: 'Quitar'
			},
			event: {
				group: 'Grupo (fila)',
				none: 'Ninguno',
				missing: '{id} (no existe ese grupo)'
			}
		},
		title: 'Estudio: una cronología a partir de un artículo',
		kicker: 'Estudio',
		heading: 'Crear una cronología a partir de un artículo',
		intro: 'Pegue el artículo, encuentre sus hechos fechados, conserve y edite los que importan, y publique.',
		private: 'Nada de lo que pega o importa sale de este navegador.',
		preview: 'Vista previa',
		previewEmpty: 'La cronología aparece aquí cuando el borrador tiene un titular, una publicación, su fecha y al menos un hecho fechado.',
		language: 'Idioma del artículo',
		languageHint: 'Una etiqueta BCP 47 como fr o es-MX; los lectores ven los botones de la cronología en este idioma.',
		article: {
			heading: 'Artículo',
			text: 'Texto del artículo',
			textHint: 'Pegue el artículo o suelte aquí un archivo .html o .txt. Se quita el formato y se conservan los párrafos.',
			make: 'Crear un hecho',
			fromSelection: 'a partir del pasaje seleccionado',
			headline: 'Titular',
			publication: 'Publicación',
			author: 'Autor',
			published: 'Publicado',
			publishedHint: 'Un día (2021-05-18) o un intervalo de días (2021-05-18/2021-05-30).',
			url: 'Dirección del artículo',
			credit: 'Línea de créditos'
		},
		found: {
			heading: 'Hechos del artículo',
			find: 'Buscar hechos',
			includeAll: 'Incluir todos',
			marked: 'El artículo con {count} fechas marcadas',
			include: 'Incluir'
		},
		events: {
			heading: 'Hechos de la cronología',
			undo: 'Deshacer',
			redo: 'Rehacer',
			order: 'Ordenar por fecha',
			ordered: 'Hechos en orden cronológico',
			empty: 'Todavía no hay hechos: búsquelos en el artículo, seleccione un pasaje para crear uno o importe un archivo.',
			untitled: 'Hecho {n}',
			merged: '«{other}» se unió a «{name}»',
			deleted: '«{name}» eliminado. Deshacer lo recupera.',
			title: 'Título',
			summary: 'Resumen',
			dateWords: 'Palabras de la fecha',
			dateWordsHint: 'Las palabras del propio artículo, tal como están escritas.',
			date: 'Fecha',
			dateHint: 'EDTF: 2015, 2015-03, 2015-03-05, 2001-10~/2001-12~',
			fromArticle: 'Del artículo',
			notFromArticle: 'No procede del artículo: no se cita ninguna de sus frases.',
			details: 'Lugares, protagonistas, etiquetas y registro público',
			places: 'Lugares',
			placesHint: 'Uno por línea: nombre; latitud; longitud; región',
			actors: 'Protagonistas',
			tags: 'Etiquetas',
			commas: 'Separados por comas',
			recordDate: 'Fecha del registro',
			recordDateHint: 'Lo que dice el registro público, en EDTF',
			recordNote: 'Nota del registro',
			recordSources: 'Fuentes del registro',
			recordSourcesHint: 'Una por línea: título | https://… | referencia',
			media: 'Imágenes y enlaces',
			mergeWith: 'Unir con',
			chooseEvent: 'Elija un hecho…',
			merge: 'Unir',
			mergeInto: 'con «{name}»',
			delete: 'Eliminar'
		},
		import: {
			heading: 'Abrir un archivo',
			import: 'Importar',
			hint: 'Un conjunto de datos de cronología, un archivo de TimelineJS (JSON), una hoja de TimelineJS guardada como CSV o el artículo en .html o .txt.',
			local: 'Todo se queda en este navegador.',
			notes: plural({ one: '{count} nota sobre la importación', other: '{count} notas sobre la importación' }),
			readText: 'Texto del artículo leído de {file}'
		},
		problems: {
			heading: plural({ one: '{count} problema que corregir antes de publicar', other: '{count} problemas que corregir antes de publicar' })
		},
		publish: {
			heading: 'Publicar',
			fixFirst: 'Corrija los problemas indicados arriba para publicar.',
			download: 'Descargar JSON',
			hostBefore: 'Aloje el archivo y abra',
			hostAfter: 'seguido de su dirección; es la mejor forma de compartir una cronología larga.',
			linkFullPage: 'Enlace a la página completa ({count} caracteres)',
			linkEmbed: 'Enlace a la inserción ({count} caracteres)',
			copyLink: 'Copiar enlace',
			toFullPage: 'a la página completa',
			toEmbed: 'a la inserción',
			copiedFullPage: 'Enlace a la página completa copiado.',
			copiedEmbed: 'Enlace a la inserción copiado.',
			noCopyFullPage: 'Este navegador no pudo copiar: seleccione el enlace a la página completa y cópielo.',
			noCopyEmbed: 'Este navegador no pudo copiar: seleccione el enlace a la inserción y cópielo.',
			tooLong: 'Este enlace supera los {count} caracteres: algunos navegadores, aplicaciones de mensajería y correos cortan enlaces tan largos.',
			betterBefore: 'Es mejor un archivo alojado y',
			betterAfter: '.',
			hosted: 'Dónde aloja el archivo descargado (opcional)'
		},
		drafts: {
			heading: 'Guardado en este navegador',
			savedAt: 'Borrador guardado: {time}.',
			savedHere: 'Los borradores se guardan aquí mientras edita.',
			new: 'Nueva cronología',
			events: plural({ one: '{count} hecho', other: '{count} hechos' }),
			openNow: 'Abierto',
			open: 'Abrir',
			delete: 'Eliminar'
		},
		status: {
			saveFailed: 'Este navegador no pudo guardar el borrador (el almacenamiento puede estar lleno o desactivado): descargue el JSON para conservar su trabajo.',
			undone: 'Deshecho',
			redone: 'Rehecho',
			found: plural({ one: 'Se encontró {count} hecho', other: 'Se encontraron {count} hechos' }),
			made: 'Se creó el hecho «{title}»',
			imported: 'Se importó {name}: {count} hechos',
			started: 'Nueva cronología empezada',
			opened: 'Se abrió «{title}»',
			untitled: 'Cronología sin título',
			deleted: 'Borrador eliminado'
		},
		media: {
			addedImage: 'Se añadió una imagen a «{title}»',
			addedLink: 'Se añadió un enlace a «{title}»',
			removed: 'Elemento multimedia quitado. Deshacer lo recupera.',
			noDescription: 'Todavía sin descripción',
			image: 'Imagen {n}',
			link: 'Enlace {n}',
			kind: 'Tipo',
			optionImage: 'Imagen',
			optionLink: 'Enlace a un vídeo, una publicación o una página',
			imageAddress: 'Dirección de la imagen',
			linkAddress: 'Dirección del enlace',
			imageHint: 'https://… o una ruta de este sitio como /images/photo.jpg',
			linkHint: 'YouTube, Vimeo, X, Instagram, Bluesky o cualquier página',
			alt: 'Descripción (texto alternativo)',
			altHint: 'Obligatoria: lo que muestra la imagen, para quien no puede verla.',
			width: 'Ancho (px)',
			height: 'Alto (px)',
			cardTitle: 'Título de la tarjeta',
			poster: 'Dirección de la imagen fija',
			posterHint: 'Opcional; se muestra en la tarjeta si está en este sitio.',
			caption: 'Pie de foto',
			credit: 'Créditos',
			preview: 'Vista previa',
			moveUp: 'Subir',
			moveDown: 'Bajar',
			remove: 'Quitar',
			addImage: 'Añadir una imagen',
			addLink: 'Añadir un enlace'
		}
	}
} satisfies Messages;

export default es;
