import { expect, test, type Page } from '@playwright/test';
import { collectErrors, expectNoAxeViolations, openTimeline } from './support';

/** A view of months, so the axis shows month names. */
const MONTHS = 'from=2020-01-01&to=2021-06-30';

/** Every text the reader can see or hear: text nodes and the attributes a screen reader reads. */
async function interfaceTexts(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const texts: string[] = [document.title];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			// The article's paragraphs are the dataset's own text, cut into quoted and unquoted pieces.
			if (node.parentElement?.closest('script, style, noscript, template, article.article')) continue;
			const text = node.textContent?.trim();
			if (text) texts.push(text);
		}
		for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [aria-roledescription], [aria-valuetext], [alt]')) {
			for (const name of ['aria-label', 'title', 'placeholder', 'aria-roledescription', 'aria-valuetext', 'alt']) {
				const value = el.getAttribute(name)?.trim();
				if (value) texts.push(value);
			}
		}
		return texts;
	});
}

/** Every string of a dataset (titles, quotes, names…), longest first. */
function datasetStrings(value: unknown): string[] {
	const out = new Set<string>();
	const walk = (v: unknown) => {
		if (typeof v === 'string') out.add(v);
		else if (Array.isArray(v)) v.forEach(walk);
		else if (v && typeof v === 'object') Object.values(v).forEach(walk);
	};
	walk(value);
	return [...out].filter((s) => s.length > 1).sort((a, b) => b.length - a.length);
}

test.describe('the interface in the reader’s language', () => {
	test('/embed?lang=fr is in French: buttons, axis and panel', async ({ page }) => {
		const errors = collectErrors(page);
		await openTimeline(page, `/embed?lang=fr&${MONTHS}`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.getByRole('button', { name: 'Zoom avant' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Tout afficher' })).toBeVisible();
		await expect(page.getByRole('searchbox', { name: 'Rechercher des événements' })).toBeVisible();
		await expect(page.locator('.axis .tick text', { hasText: /^janv\.$/ }).first()).toBeVisible();
		await expect(page.getByText('Choisissez-en un sur la chronologie')).toBeVisible();

		await page.locator('.mark[data-id="doha-agreement"] circle').click();
		const panel = page.locator('.panel[data-event="doha-agreement"]');
		await expect(panel.getByText('L’article dit')).toBeVisible();
		await expect(panel.getByText('29 février 2020').first()).toBeVisible();
		await expect(panel.getByRole('button', { name: 'Événement suivant' })).toBeVisible();
		await expect(page.locator('.timeline [aria-live="polite"]')).toContainText('Période affichée');
		await expect(page.getByRole('link', { name: /Chronologie complète avec l’article/ })).toHaveAttribute('href', /lang=fr/);
		expect(errors).toEqual([]);
	});

	test('a regional tag gets its language: fr-CA is French', async ({ page }) => {
		await openTimeline(page, '/?lang=fr-CA');
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.getByRole('button', { name: 'Tout afficher' })).toBeVisible();
	});

	test('an unknown language falls back to English', async ({ page }) => {
		await openTimeline(page, '/?lang=xx');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('button', { name: 'Show all' })).toBeVisible();
	});

	test('/?lang=ar is in Arabic, mirrored, and time runs right to left', async ({ page }) => {
		const errors = collectErrors(page);
		await openTimeline(page, `/?lang=ar&${MONTHS}`);
		const html = page.locator('html');
		await expect(html).toHaveAttribute('lang', 'ar');
		await expect(html).toHaveAttribute('dir', 'rtl');
		await expect(html).toHaveAttribute('data-time-direction', 'rtl');
		await expect(page.getByRole('button', { name: 'عرض الكل' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'تكبير' })).toBeVisible();
		await expect(page.locator('.axis .tick text', { hasText: /^يناير$/ }).first()).toBeVisible();

		// Later events sit to the left of earlier ones.
		const doha = await page.locator('.mark[data-id="doha-agreement"] circle').boundingBox();
		const khalilzad = await page.locator('.mark[data-id="khalilzad-hearing"] circle').boundingBox();
		expect(doha && khalilzad && doha.x > khalilzad.x).toBe(true);
		// The page is mirrored: the panel is left of the article on a wide screen.
		const article = await page.locator('.reading .article-col').boundingBox();
		const panel = await page.locator('.reading .panel-col').boundingBox();
		expect(article && panel && panel.x < article.x).toBe(true);

		await page.locator('.mark[data-id="doha-agreement"] circle').click();
		await expect(page.locator('.panel[data-event="doha-agreement"]').getByText('يقول المقال')).toBeVisible();
		await expect(page.getByRole('button', { name: 'الحدث التالي' })).toBeVisible();
		expect(errors).toEqual([]);
	});

	test('ArrowRight moves to the earlier event when time runs right to left, and back with ?timeDirection=ltr', async ({ page }) => {
		await openTimeline(page, '/?lang=ar');
		await page.locator('.mark[data-id="insurgency"]').focus();
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('.mark[data-id="overthrow-2001"]')).toBeFocused();
		await page.keyboard.press('ArrowLeft');
		await expect(page.locator('.mark[data-id="insurgency"]')).toBeFocused();

		await openTimeline(page, '/?lang=ar&timeDirection=ltr');
		await expect(page.locator('html')).toHaveAttribute('data-time-direction', 'ltr');
		await page.locator('.mark[data-id="insurgency"]').focus();
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('.mark[data-id="ofs-begins"]')).toBeFocused();
	});

	test('a drag to the right shows later events when time runs right to left', async ({ page }) => {
		await openTimeline(page, `/?lang=ar&${MONTHS}`);
		const root = page.locator('.timeline[data-ready]');
		const before = Date.parse((await root.getAttribute('data-from')) ?? '');
		const box = (await page.locator('.plot svg').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2 + 300, box.y + box.height / 2, { steps: 10 });
		await page.mouse.up();
		await expect.poll(async () => Date.parse((await root.getAttribute('data-from')) ?? '')).toBeGreaterThan(before);
	});

	for (const path of ['/?lang=ar', '/embed?lang=ar']) {
		test(`no English is left in ${path} apart from the dataset’s own text`, async ({ page, request }) => {
			const dataset = await (await request.get('/data/article.json')).json();
			const own = datasetStrings(dataset);
			await openTimeline(page, path);
			await page.locator('.mark[data-id="doha-agreement"] circle').click();
			await expect(page.locator('.panel[data-event="doha-agreement"]').getByText('يقول المقال')).toBeVisible();
			if (path.startsWith('/?')) {
				await page.getByRole('button', { name: 'تضمين هذا الخط الزمني' }).click();
				await expect(page.getByRole('dialog')).toBeVisible();
			}
			// Names that stay as written: keys, formats (the image dialog's PNG and SVG), and each language's own name in the language menu.
			const allowed = /\b(JSON|PNG|SVG|Ctrl|Tab|Enter|UTC|iframe|BCP 47|C|English|français|Deutsch|español)\b/g;
			const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
			const strip = (text: string) => own.reduce((rest, s) => rest.replace(new RegExp(`(?<![A-Za-z])${escape(s)}(?![A-Za-z])`, 'gu'), ' '), text);
			// A dataset's text cut to fit ("Operation…", an era's name before a fold) is still its own.
			const cut = (text: string) => text.endsWith('…') && own.some((s) => s.startsWith(text.slice(0, -1)));
			const left = (await interfaceTexts(page))
				.filter((text) => !own.includes(text) && !cut(text))
				.map((text) => strip(text).replace(allowed, ' '))
				.filter((rest) => /[A-Za-z]{2,}/.test(rest));
			expect(left).toEqual([]);
		});
	}

	test('the French example dataset shows in French, end to end', async ({ page }) => {
		const errors = collectErrors(page);
		await openTimeline(page, '/?data=%2Fexamples%2Fnotre-dame-de-paris.json');
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notre-Dame de Paris, de l’incendie à la réouverture');
		await expect(page.getByRole('button', { name: 'Tout afficher' })).toBeVisible();
		await expect(page.getByText('7 événements datés de l’article')).toBeVisible();
		await page.locator('.mark[data-id="echafaudage"] rect.band').click();
		const panel = page.locator('.panel[data-event="echafaudage"]');
		await expect(panel.getByText('« fin 2020 » : fin 2020')).toBeVisible();
		await expect(panel.getByRole('link', { name: 'Lire dans l’article' })).toBeVisible();
		expect(errors).toEqual([]);
	});

	for (const lang of ['en', 'fr', 'de', 'es', 'ar']) {
		test(`axe finds no violations in ${lang}, on the page and in the embed`, async ({ page }) => {
			await openTimeline(page, `/?lang=${lang}&event=doha-agreement`);
			await expect(page.locator('.panel[data-event="doha-agreement"]')).toBeVisible();
			await expectNoAxeViolations(page);
			await openTimeline(page, `/embed?lang=${lang}&event=doha-agreement`);
			await expectNoAxeViolations(page);
		});
	}
});

test('the embed dialog puts the chosen language and time direction in the snippet', async ({ page }) => {
	await page.goto('/?lang=de');
	await page.getByRole('button', { name: 'Diese Zeitleiste einbetten' }).click();
	const dialog = page.getByRole('dialog', { name: 'Diese Zeitleiste einbetten' });
	await dialog.getByRole('combobox', { name: /^Sprache/ }).selectOption('ar');
	await dialog.getByRole('combobox', { name: /^Zeitrichtung/ }).selectOption('ltr');
	await expect(dialog.locator('iframe')).toHaveAttribute('src', /\/embed\?lang=ar&timeDirection=ltr$/);
	await expect(dialog.getByLabel(/Mit dem Ladeskript/)).toHaveValue(/\/embed\?lang=ar&#38;timeDirection=ltr"/);
	await expect(page.frameLocator('dialog iframe').locator('html')).toHaveAttribute('lang', 'ar');
	await expect(page.frameLocator('dialog iframe').getByRole('button', { name: 'عرض الكل' })).toBeVisible();
});

test.describe('the studio in the editor’s language', () => {
	test('/studio?lang=fr speaks French, and the preview speaks the article’s language', async ({ page }) => {
		const errors = collectErrors(page);
		await page.goto('/studio?lang=fr');
		await page.locator('main[data-ready]').waitFor();
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Créer une chronologie à partir d’un article');
		await page.getByLabel('Texte de l’article').fill('The bridge opened on 12 March 2024. It closed again on 3 April 2024.');
		await page.getByLabel('Titre', { exact: true }).first().fill('Le pont');
		await page.getByLabel('Publication', { exact: true }).fill('La Gazette');
		await page.getByLabel('Date de publication').fill('2024-04-05');
		await page.getByLabel('Langue de l’article').fill('ar');
		await page.getByRole('button', { name: 'Trouver les événements' }).click();
		await page.getByRole('button', { name: 'Tout inclure' }).click();
		const preview = page.locator('div.preview[data-time-direction]');
		await expect(preview).toHaveAttribute('dir', 'rtl');
		await expect(preview.getByRole('button', { name: 'عرض الكل' })).toBeVisible();
		await expectNoAxeViolations(page);
		expect(errors).toEqual([]);
	});
});
