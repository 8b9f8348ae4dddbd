/** الواجهة بالعربية. المفاتيح ودور كل منها موصوفة في en.ts. تُكتب من اليمين إلى اليسار. */
import type { Messages } from './en';
import { plural, type RangeWords } from '../plural';

const ar = {
	meta: {
		name: 'العربية',
		intl: 'ar'
	},

	loading: {
		thisLink: 'هذا الرابط',
		waiting: 'في انتظار الملف…',
		downloading: 'جارٍ تنزيل {loaded} من {total}…',
		downloadingSome: 'جارٍ تنزيل {loaded}…',
		megabytes: '{mb} ميغابايت',
		checking: plural({
			zero: 'جارٍ فحص {count} حدث…',
			one: 'جارٍ فحص {count} حدث…',
			two: 'جارٍ فحص {count} حدث…',
			few: 'جارٍ فحص {count} أحداث…',
			many: 'جارٍ فحص {count} حدثًا…',
			other: 'جارٍ فحص {count} حدث…'
		}),
		layout: 'جارٍ ترتيب العرض…',
		cancel: 'إلغاء',
		cancelHint: 'أو اضغط مفتاح الهروب',
		cancelled: 'أُلغي تحميل مجموعة البيانات ({url}).'
	},

	pageOptions: {
		theme: 'القيمة {theme}=«{value}» في الرابط ليست من {themes}، لذا تتبع الصفحة نظام ألوان جهازك.',
		periodHalf: 'لا يذكر الرابط إلا أحد المعاملين {from} و{to} (اليوم الأول والأخير، سنة-شهر-يوم)، لذا يُعرض الخط الزمني كاملًا.',
		period: 'المعاملان {from}=«{fromValue}» و{to}=«{toValue}» في الرابط لا يشكّلان فترة (سنة-شهر-يوم، و{from} قبل {to})، لذا يُعرض الخط الزمني كاملًا.'
	},

	phone: {
		timeToScale: 'الزمن بمقياسه الحقيقي',
		folded: plural({ one: 'فترة بلا أحداث مطوية: {years}', other: 'فترات بلا أحداث مطوية: {years}' }),
		legendFolded: 'سنوات بلا أحداث، مطوية: {years}',
		help: 'اضغط زائد أو ناقص للتكبير والتصغير، ومفتاحي السهمين الأيمن والأيسر للتنقل عبر الزمن، و0 لعرض كل شيء. اضغط Tab للوصول إلى الأحداث، ثم مفاتيح الأسهم للانتقال من حدث إلى آخر، وEnter لفتح أحدها.'
	},

	dates: {
		bce: 'ق.م',
		range: ((from, to) => `من ${from} إلى ${to}`) as RangeWords,
		showing: 'الفترة المعروضة: {period}',
		probably: 'على الأرجح ',
		about: 'حوالي ',
		probablyAbout: 'على الأرجح حوالي ',
		early: 'أوائل {year}',
		mid: 'منتصف {year}',
		late: 'أواخر {year}',
		someTimeIn: 'في وقت ما من {span}',
		someTimeFrom: 'في وقت ما {span}',
		until: 'حتى {date}',
		onwards: 'منذ {date}',
		unknown: 'تاريخ غير معروف',
		utc: '{time} بالتوقيت العالمي',
		at: '{date}، الساعة {time}',
		orEarlier: '{date} أو قبل ذلك',
		andEarlier: '{date} وما قبله',
		orLater: '{date} أو بعد ذلك',
		andLater: '{date} وما بعده',
		decade: (decade: string) => `العقد الذي بدأ عام ${decade}`,
		years: 'السنوات من {from} إلى {to}',
		seasons: ['ربيع', 'صيف', 'خريف', 'شتاء'],
		season: '{season} {year}',
		northern: '{season} (نصف الكرة الشمالي)',
		southern: '{season} (نصف الكرة الجنوبي)',
		quarters: ['الربع الأول من {year}', 'الربع الثاني من {year}', 'الربع الثالث من {year}', 'الربع الرابع من {year}'],
		fourMonths: ['الثلث الأول من {year}', 'الثلث الثاني من {year}', 'الثلث الأخير من {year}'],
		halves: ['النصف الأول من {year}', 'النصف الثاني من {year}']
	},

	page: {
		title: 'خط زمني',
		titleOf: 'خط زمني: {title}',
		description: 'خط زمني قابل للتكبير للأحداث المؤرخة في «{title}»، {publication}، مع ما يضيفه السجل العام.',
		embedDescription: 'خط زمني قابل للتكبير للأحداث المؤرخة في «{title}»، {publication}.',
		kicker: 'خط زمني',
		otherAddress: 'خط زمني من عنوان آخر',
		credit: 'نُشر في {publication}، بتاريخ {date}.',
		creditAuthor: 'نُشر في {publication}، بقلم {author}، بتاريخ {date}.',
		loadingFrom: 'جارٍ تحميل الخط الزمني من {host}…',
		loading: 'جارٍ تحميل الخط الزمني…',
		downloaded: 'تم التنزيل',
		dataIntro: 'الأحداث وتواريخها بيانات مفتوحة:',
		dataLink: 'نزّل مجموعة بيانات المقال (JSON)',
		quotesNote: 'التواريخ بين علامتي التنصيص هي كلمات المقال نفسه؛ ويُعرض السجل العام على حدة.',
		studioLink: 'أنشئ خطًا زمنيًا لمقال آخر في الاستوديو',
		exampleLink: 'شاهد خطًا زمنيًا نموذجيًا بالصور ومقطع فيديو وصف لكل مجموعة',
		frenchLink: 'شاهد خطًا زمنيًا نموذجيًا بالفرنسية'
	},

	embed: {
		fullTimeline: 'الخط الزمني كاملًا مع المقال',
		source: 'المصدر:',
		newTab: ' (يفتح في علامة تبويب جديدة)'
	},

	app: {
		dismiss: 'إغلاق',
		eventDetails: 'تفاصيل الحدث',
		eventStatus: 'الحدث {position} من {count}: {title}',
		panelClosed: 'أُغلقت اللوحة',
		allShown: plural({
			zero: 'لا أحداث معروضة',
			one: 'الحدث الوحيد معروض',
			two: 'الحدثان معروضان',
			few: 'الأحداث الـ{count} كلها معروضة',
			many: 'الأحداث الـ{count} كلها معروضة',
			other: 'الأحداث الـ{count} كلها معروضة'
		}),
		someShown: '{shown} من {total} أحداث معروضة',
		hiddenEvent: 'الحدث «{id}» يخفيه مرشّح الرابط، لذا لم يُحدَّد أي حدث.',
		noEvent: 'لا يوجد حدث «{id}» في هذا الخط الزمني، لذا لم يُحدَّد أي حدث.',
		invalidEvent: 'الحدث في الرابط ليس معرّفًا صالحًا، لذا لم يُحدَّد أي حدث.'
	},

	timeline: {
		label: 'الخط الزمني لـ{title}',
		roleDescription: 'خط زمني قابل للتكبير',
		help: 'اضغط زائد أو ناقص للتكبير والتصغير، ومفاتيح الأسهم للتنقل عبر الزمن، و0 لعرض كل شيء. اضغط Tab للوصول إلى الأحداث، ثم مفاتيح الأسهم للانتقال من حدث إلى آخر، وEnter لفتح أحدها.',
		wheelHint: 'استخدم {key} مع عجلة الفأرة للتكبير',
		inEras: '{period}، في {eras}'
	},

	zoom: {
		group: 'التكبير',
		zoomIn: 'تكبير',
		zoomOut: 'تصغير',
		showAll: 'عرض الكل',
		eras: 'الحقب',
		periods: 'الفترات',
		jumpTo: 'انتقل إلى',
		or: 'أو'
	},

	marks: {
		event: '{title}، {dateText} ({date})',
		cluster: plural({
			zero: 'لا أحداث',
			one: 'حدث واحد، {date}: {first}. اضغط Enter لعرضه',
			two: 'حدثان منذ {date}، أولهما {first}. اضغط Enter لعرضهما',
			few: '{count} أحداث منذ {date}، أولها {first}. اضغط Enter لعرضها',
			many: '{count} حدثًا منذ {date}، أولها {first}. اضغط Enter لعرضها',
			other: '{count} حدث منذ {date}، أولها {first}. اضغط Enter لعرضها'
		})
	},

	legend: {
		day: 'يوم',
		month: 'شهر',
		vague: 'سنة أو تاريخ أقل دقة',
		record: 'تاريخ السجل العام',
		cluster: 'عدة أحداث'
	},

	overview: {
		label: 'الفترة الظاهرة في النظرة العامة'
	},

	eras: {
		intro: plural({
			zero: 'لا حقب في هذا الخط الزمني:',
			one: 'يضم الخط الزمني حقبة واحدة، مرسومة شريطًا خلف الأحداث:',
			two: 'ينقسم الخط الزمني إلى حقبتين، مرسومتين شريطين خلف الأحداث:',
			few: 'ينقسم الخط الزمني إلى {count} حقب، مرسومة أشرطةً خلف الأحداث:',
			many: 'ينقسم الخط الزمني إلى {count} حقبة، مرسومة أشرطةً خلف الأحداث:',
			other: 'ينقسم الخط الزمني إلى {count} حقبة، مرسومة أشرطةً خلف الأحداث:'
		}),
		item: '{title}، {period}.'
	},

	filters: {
		filter: 'تصفية',
		shown: ': {shown} من {total}',
		oneRow: 'الكل في صف واحد',
		group: 'المجموعة',
		tag: 'الوسم',
		who: 'مَن',
		byGroup: 'تصفية حسب المجموعة',
		byTag: 'تصفية حسب الوسم',
		byActor: 'تصفية حسب الفاعل',
		chip: plural({
			zero: '{label}، لا أحداث',
			one: '{label}، حدث واحد',
			two: '{label}، حدثان',
			few: '{label}، {count} أحداث',
			many: '{label}، {count} حدثًا',
			other: '{label}، {count} حدث'
		}),
		fewer: 'أقل',
		all: 'الكل ({count})',
		clear: 'مسح عوامل التصفية',
		noTag: 'لا يحمل أي حدث الوسم «{value}».',
		noActor: 'لا يرد الفاعل «{value}» في أي حدث.',
		noGroup: 'لا توجد مجموعة «{value}» في هذا الخط الزمني.',
		restOfLink: 'يعرض الخط الزمني الأحداث التي يطلبها باقي الرابط.'
	},
	search: {
		label: 'البحث في الأحداث',
		none: 'لم يُعثر على أحداث',
		found: plural({
			zero: 'لم يُعثر على أحداث',
			one: 'عُثر على حدث واحد',
			two: 'عُثر على حدثين',
			few: 'عُثر على {count} أحداث',
			many: 'عُثر على {count} حدثًا',
			other: 'عُثر على {count} حدث'
		}),
		list: 'الأحداث التي عُثر عليها',
		more: 'و{count} غيرها: أضف كلمة لتضييق البحث'
	},

	panel: {
		position: 'الحدث {position} من {count}',
		close: 'إغلاق',
		articleSays: 'يقول المقال',
		articleDate: '«{words}»: {meaning}',
		record: 'السجل العام',
		inWords: 'بكلمات المقال',
		readInArticle: 'اقرأ في المقال',
		notQuoted: 'هذا الحدث غير مقتبس من المقال.',
		recordAdds: 'ما يضيفه السجل العام',
		places: 'الأماكن',
		who: 'مَن',
		region: '{name} ({region})',
		story: 'القصة',
		previous: 'الحدث السابق',
		next: 'الحدث التالي',
		about: 'عن هذا الخط الزمني',
		intro: plural({
			zero: 'لا أحداث مؤرخة في المقال.',
			one: 'حدث مؤرخ واحد من المقال، {period}.',
			two: 'حدثان مؤرخان من المقال، {period}.',
			few: '{count} أحداث مؤرخة من المقال، {period}.',
			many: '{count} حدثًا مؤرخًا من المقال، {period}.',
			other: '{count} حدث مؤرخ من المقال، {period}.'
		}),
		select: 'اختر حدثًا على الخط الزمني لتقرأ ما جرى، وما يقوله المقال، وما يضيفه السجل العام.',
		start: 'ابدأ من البداية'
	},

	relation: {
		article: '«{words}» في المقال ({meaning})',
		same: 'يتفق السجل العام مع {article}.',
		narrower: 'السجل العام أدق من {article}: {record}.',
		differs: 'يختلف السجل العام عن {article}: فهو يذكر {record}.'
	},

	reading: {
		allEvents: 'جميع الأحداث بالترتيب',
		showList: 'اعرض الأحداث الـ{count} كلها في قائمة',
		byline: '{publication}، بقلم {author}'
	},

	media: {
		loadImage: 'حمّل الصورة من {site}',
		loadVideo: 'حمّل الفيديو من {site}',
		loadPost: 'حمّل المنشور من {site}',
		loadPage: 'حمّل الصفحة من {site}',
		video: 'فيديو',
		post: 'منشور',
		page: 'صفحة',
		videoTitle: 'فيديو: {title}',
		postTitle: 'منشور: {title}',
		open: 'افتح على {site}',
		privacy: 'لا يُحمَّل شيء من {site} قبل أن تطلب ذلك.'
	},

	data: {
		from: 'بيانات من {host}',
		notOurs: '، لم ينشرها هذا الموقع.',
		inLink: 'بيانات مضمّنة في هذا الرابط، لم ينشرها هذا الموقع.',
		skipped: plural({
			zero: 'لا أحداث فيها أخطاء',
			one: 'حدث واحد من {total} فيه أخطاء ولا يُعرض',
			two: 'حدثان من {total} فيهما أخطاء ولا يُعرضان',
			few: '{skipped} أحداث من {total} فيها أخطاء ولا تُعرض',
			many: '{skipped} حدثًا من {total} فيها أخطاء ولا تُعرض',
			other: '{skipped} حدث من {total} فيها أخطاء ولا تُعرض'
		}),
		formatIn: 'الصيغة موصوفة في',
		dataFormatIn: 'صيغة البيانات موصوفة في',
		reference: 'مرجعها',
		andIn: 'وفي',
		schema: 'مخطط JSON الخاص بها',
		cannotShow: 'تعذّر عرض هذا الخط الزمني',
		dataset: 'مجموعة البيانات:',
		retry: 'أعد المحاولة',
		home: 'اعرض الخط الزمني الافتراضي',
		more: '، … و{count} غيرها'
	},

	embedDialog: {
		layout: "التخطيط",
		layoutAuto: "عمودي على الهواتف، أفقي على الشاشات الأعرض",
		layoutVertical: "عمودي",
		layoutHorizontal: "أفقي",
		open: 'تضمين هذا الخط الزمني',
		close: 'إغلاق',
		event: 'الحدث المحدد في البداية',
		noEvent: 'لا شيء (اعرض المقدمة)',
		period: 'الفترة المعروضة في البداية',
		firstDay: 'اليوم الأول',
		lastDay: 'اليوم الأخير',
		bothDays: 'اختر اليومين، أو لا تختر أيًا منهما لعرض كل شيء.',
		firstAfterLast: 'يجب ألا يقع اليوم الأول بعد الأخير.',
		theme: 'المظهر',
		light: 'فاتح',
		dark: 'داكن',
		auto: 'حسب نظام القارئ',
		language: 'اللغة',
		languageDefault: 'لغة المقال ({name})',
		timeDirection: 'اتجاه الزمن',
		timeDefault: 'حسب اتجاه قراءة اللغة',
		timeLtr: 'من اليسار إلى اليمين',
		timeRtl: 'من اليمين إلى اليسار',
		panel: 'لوحة التعليقات',
		overview: 'شريط النظرة العامة',
		preview: 'معاينة',
		previewTitle: 'معاينة: {title}',
		code: 'الشيفرة للّصق',
		script: 'مع سكربت التحميل: يضبط الإطار ارتفاعه بنفسه (مستحسن)',
		iframe: 'إطار iframe بسيط، للأنظمة التي تحذف السكربتات',
		copy: 'نسخ',
		copyScript: 'شيفرة سكربت التحميل',
		copyIframe: 'شيفرة الإطار',
		copied: 'تم النسخ',
		pressToCopy: 'اضغط {key} + C للنسخ'
	},

	downloadImage: {
		open: 'تنزيل صورة',
		title: 'تنزيل صورة للخط الزمني',
		what: 'المحتوى',
		view: 'الفترة المعروضة',
		all: 'الخط الزمني كاملًا',
		format: 'الصيغة',
		png1: '{format}، بعرض {width} بكسل',
		png2: '{format} بدقة مضاعفة، بعرض {width} بكسل (أوضح على الشاشات عالية الكثافة وفي الطباعة)',
		svg: '{format} (تتلاءم مع أي حجم)',
		theme: 'المظهر',
		light: 'فاتح',
		dark: 'داكن',
		download: 'تنزيل',
		close: 'إغلاق',
		making: 'جارٍ إنشاء الصورة…',
		made: 'تم تنزيل {name} ({width} × {height} بكسل)',
		failed: 'تعذّر إنشاء الصورة: {why}'
	},

	image: {
		shown: plural({
			zero: 'لا أحداث',
			one: 'حدث واحد',
			two: 'حدثان',
			few: '{count} أحداث',
			many: '{count} حدثًا',
			other: '{count} حدث'
		}),
		someShown: '{shown} من أصل {total} حدث',
		otherRow: 'أخرى'
	},

	print: {
		heading: 'جميع الأحداث بالترتيب',
		shown: 'الأحداث الـ{shown} من أصل {total} التي يبقيها المرشّح.',
		articleDate: 'يقول المقال «{words}»: {meaning}',
		record: 'السجل العام: {meaning}.',
		notQuoted: 'غير مقتبس من المقال.',
		sources: 'المصادر'
	},

	studio: {
		structure: {
			eras: {
				heading: 'الحقب',
				intro: 'فترات زمنية مسمّاة تُرسم خلف الأحداث وتُعرض كاختصارات.',
				empty: 'لا توجد حقب.',
				add: 'إضافة حقبة',
				untitled: 'الحقبة {n}',
				title: 'الاسم',
				id: 'المعرّف',
				idHint: 'يُشتق من الاسم إلى أن تكتب معرّفًا خاصًا: أحرف صغيرة وأرقام وشرطات.',
				date: 'التاريخ',
				dateHint: 'بصيغة EDTF، وعادةً فترة: 2001-10-07/2014-12-28',
				note: 'ملاحظة',
				noteHint: 'اختياري: جملة عنها تقرؤها قارئات الشاشة.',
				item: 'الحقبة «{name}»',
				added: 'أُضيفت حقبة',
				removed: 'أُزيلت الحقبة «{name}». التراجع يعيدها.'
			},
			groups: {
				heading: 'المجموعات',
				intro: 'لكل مجموعة صف في الخط الزمني، بهذا الترتيب؛ والأحداث التي لا مجموعة لها تذهب إلى صف أخير، «أخرى». اختر مجموعة الحدث في محرّره.',
				empty: 'لا توجد مجموعات: للخط الزمني صف واحد.',
				add: 'إضافة مجموعة',
				untitled: 'المجموعة {n}',
				title: 'عنوان الصف',
				id: 'المعرّف',
				idHint: 'يُشتق من العنوان إلى أن تكتب معرّفًا خاصًا: أحرف صغيرة وأرقام وشرطات. تتبعه أحداثه حين يتغيّر.',
				events: plural({
					zero: 'لا أحداث',
					one: 'حدث واحد',
					two: 'حدثان',
					few: '{count} أحداث',
					many: '{count} حدثًا',
					other: '{count} حدث'
				}),
				item: 'المجموعة «{name}»',
				added: 'أُضيفت مجموعة',
				moved: 'نُقلت «{name}» إلى الصف {n}',
				removed: 'أُزيلت المجموعة «{name}»؛ لم تعد أحداثها في أي مجموعة. التراجع يعيدها.'
			},
			actions: {
				up: 'إلى الأعلى',
				down: 'إلى الأسفل',
				remove: 'أزل'
			},
			event: {
				group: 'المجموعة (الصف)',
				none: 'لا شيء',
				missing: '{id} (لا توجد مجموعة بهذا الاسم)'
			}
		},
		title: 'الاستوديو: خط زمني من مقال',
		kicker: 'الاستوديو',
		heading: 'أنشئ خطًا زمنيًا من مقال',
		intro: 'الصق المقال، واعثر على أحداثه المؤرخة، واحتفظ بالمهم منها وحرّره، ثم انشر.',
		private: 'لا يغادر هذا المتصفح أي شيء تلصقه أو تستورده.',
		preview: 'معاينة',
		previewEmpty: 'يظهر الخط الزمني هنا حين تكون للمسودة عنوان ومطبوعة وتاريخ نشر وحدث مؤرخ واحد على الأقل.',
		language: 'لغة المقال',
		languageHint: 'رمز BCP 47 مثل fr أو es-MX؛ يرى القراء أزرار الخط الزمني بهذه اللغة.',
		article: {
			heading: 'المقال',
			text: 'نص المقال',
			textHint: 'الصق المقال، أو أفلت هنا ملف .html أو .txt. يُحذف التنسيق وتبقى الفقرات.',
			make: 'أنشئ حدثًا',
			fromSelection: 'من المقطع المحدد',
			headline: 'العنوان',
			publication: 'المطبوعة',
			author: 'الكاتب',
			published: 'تاريخ النشر',
			publishedHint: 'يوم (2021-05-18) أو مدة من الأيام (2021-05-18/2021-05-30).',
			url: 'رابط المقال',
			credit: 'سطر الحقوق'
		},
		found: {
			heading: 'الأحداث في المقال',
			find: 'ابحث عن الأحداث',
			includeAll: 'أدرج الكل',
			marked: 'المقال مع {count} تواريخ محددة',
			include: 'أدرج'
		},
		events: {
			heading: 'أحداث الخط الزمني',
			undo: 'تراجع',
			redo: 'إعادة',
			order: 'رتّب حسب التاريخ',
			ordered: 'الأحداث مرتبة زمنيًا',
			empty: 'لا أحداث بعد: ابحث عنها في المقال، أو حدّد مقطعًا وأنشئ منه حدثًا، أو استورد ملفًا.',
			untitled: 'الحدث {n}',
			merged: 'دُمج «{other}» في «{name}»',
			deleted: 'حُذف «{name}». يعيده التراجع.',
			title: 'العنوان',
			summary: 'الملخص',
			dateWords: 'عبارة التاريخ',
			dateWordsHint: 'كلمات المقال نفسه كما كُتبت.',
			date: 'التاريخ',
			dateHint: 'بصيغة EDTF: ‎2015، ‎2015-03، ‎2015-03-05، ‎2001-10~/2001-12~',
			fromArticle: 'من المقال',
			notFromArticle: 'ليس من المقال: لا تُقتبس منه أي جملة.',
			details: 'الأماكن والفاعلون والوسوم والسجل العام',
			places: 'الأماكن',
			placesHint: 'واحد في كل سطر: الاسم؛ خط العرض؛ خط الطول؛ المنطقة',
			actors: 'الفاعلون',
			tags: 'الوسوم',
			commas: 'مفصولة بفواصل',
			recordDate: 'تاريخ السجل',
			recordDateHint: 'ما يقوله السجل العام، بصيغة EDTF',
			recordNote: 'ملاحظة السجل',
			recordSources: 'مصادر السجل',
			recordSourcesHint: 'واحد في كل سطر: العنوان | https://… | المرجع',
			media: 'الصور والروابط',
			mergeWith: 'ادمج مع',
			chooseEvent: 'اختر حدثًا…',
			merge: 'ادمج',
			mergeInto: 'في «{name}»',
			delete: 'احذف'
		},
		import: {
			heading: 'افتح ملفًا',
			import: 'استيراد',
			hint: 'مجموعة بيانات خط زمني، أو ملف TimelineJS ‏(JSON)، أو جدول TimelineJS محفوظ بصيغة CSV، أو المقال بصيغة ‎.html أو ‎.txt.',
			local: 'يبقى كل شيء في هذا المتصفح.',
			notes: plural({
				zero: 'لا ملاحظات على الاستيراد',
				one: 'ملاحظة واحدة على الاستيراد',
				two: 'ملاحظتان على الاستيراد',
				few: '{count} ملاحظات على الاستيراد',
				many: '{count} ملاحظة على الاستيراد',
				other: '{count} ملاحظة على الاستيراد'
			}),
			readText: 'قُرئ نص المقال من {file}'
		},
		problems: {
			heading: plural({
				zero: 'لا مشكلات قبل النشر',
				one: 'مشكلة واحدة يجب إصلاحها قبل النشر',
				two: 'مشكلتان يجب إصلاحهما قبل النشر',
				few: '{count} مشكلات يجب إصلاحها قبل النشر',
				many: '{count} مشكلة يجب إصلاحها قبل النشر',
				other: '{count} مشكلة يجب إصلاحها قبل النشر'
			})
		},
		publish: {
			heading: 'النشر',
			fixFirst: 'أصلح المشكلات المذكورة أعلاه لتتمكن من النشر.',
			download: 'نزّل ملف JSON',
			hostBefore: 'استضف الملف وافتح',
			hostAfter: 'متبوعًا بعنوانه؛ هذه أفضل طريقة لمشاركة خط زمني طويل.',
			linkFullPage: 'رابط الصفحة الكاملة ({count} حرفًا)',
			linkEmbed: 'رابط التضمين ({count} حرفًا)',
			copyLink: 'انسخ الرابط',
			toFullPage: 'إلى الصفحة الكاملة',
			toEmbed: 'إلى التضمين',
			copiedFullPage: 'نُسخ رابط الصفحة الكاملة.',
			copiedEmbed: 'نُسخ رابط التضمين.',
			noCopyFullPage: 'تعذّر النسخ في هذا المتصفح: حدّد رابط الصفحة الكاملة وانسخه.',
			noCopyEmbed: 'تعذّر النسخ في هذا المتصفح: حدّد رابط التضمين وانسخه.',
			tooLong: 'يتجاوز هذا الرابط {count} حرف: بعض المتصفحات وتطبيقات المراسلة والبريد تقطع الروابط بهذا الطول.',
			betterBefore: 'الأفضل ملف مستضاف مع',
			betterAfter: '.',
			hosted: 'مكان استضافة الملف الذي نزّلته (اختياري)'
		},
		drafts: {
			heading: 'محفوظ في هذا المتصفح',
			savedAt: 'حُفظت المسودة في {time}.',
			savedHere: 'تُحفظ المسودات هنا أثناء التحرير.',
			new: 'خط زمني جديد',
			events: plural({
				zero: 'لا أحداث',
				one: 'حدث واحد',
				two: 'حدثان',
				few: '{count} أحداث',
				many: '{count} حدثًا',
				other: '{count} حدث'
			}),
			openNow: 'مفتوحة الآن',
			open: 'افتح',
			delete: 'احذف'
		},
		status: {
			saveFailed: 'تعذّر على هذا المتصفح حفظ المسودة (قد تكون مساحة التخزين ممتلئة أو معطلة): نزّل ملف JSON للاحتفاظ بعملك.',
			undone: 'تم التراجع',
			redone: 'تمت الإعادة',
			found: plural({
				zero: 'لم يُعثر على أحداث',
				one: 'عُثر على حدث واحد',
				two: 'عُثر على حدثين',
				few: 'عُثر على {count} أحداث',
				many: 'عُثر على {count} حدثًا',
				other: 'عُثر على {count} حدث'
			}),
			made: 'أُنشئ الحدث «{title}»',
			imported: 'استُورد {name}: {count} حدث',
			started: 'بدأ خط زمني جديد',
			opened: 'فُتح «{title}»',
			untitled: 'خط زمني بلا عنوان',
			deleted: 'حُذفت المسودة'
		},
		media: {
			addedImage: 'أُضيفت صورة إلى «{title}»',
			addedLink: 'أُضيف رابط إلى «{title}»',
			removed: 'أُزيل عنصر الوسائط. يعيده التراجع.',
			noDescription: 'لا وصف بعد',
			image: 'الصورة {n}',
			link: 'الرابط {n}',
			kind: 'النوع',
			optionImage: 'صورة',
			optionLink: 'رابط إلى فيديو أو منشور أو صفحة',
			imageAddress: 'عنوان الصورة',
			linkAddress: 'عنوان الرابط',
			imageHint: '\u200fhttps://… أو مسار على هذا الموقع مثل \u200e/images/photo.jpg',
			linkHint: '\u200fYouTube أو Vimeo أو X أو Instagram أو Bluesky أو أي صفحة',
			alt: 'الوصف (نص بديل)',
			altHint: 'مطلوب: ما تُظهره الصورة، للقراء الذين لا يرونها.',
			width: 'العرض (بكسل)',
			height: 'الارتفاع (بكسل)',
			cardTitle: 'عنوان البطاقة',
			poster: 'عنوان الصورة الثابتة',
			posterHint: 'اختياري؛ تظهر على البطاقة إذا كانت على هذا الموقع.',
			caption: 'التعليق',
			credit: 'الحقوق',
			preview: 'معاينة',
			moveUp: 'إلى الأعلى',
			moveDown: 'إلى الأسفل',
			remove: 'أزل',
			addImage: 'أضف صورة',
			addLink: 'أضف رابطًا'
		}
	}
} satisfies Messages;

export default ar;
