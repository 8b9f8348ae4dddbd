import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, expectNoAxeViolations, openTimeline } from './support';

const SHOTS = process.env.SHOTS_DIR;

/** The width and height a PNG file says it has (its IHDR chunk). */
function pngSize(path: string): { width: number; height: number } {
	const bytes = readFileSync(path);
	expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Opens "Download image", picks the options and downloads; gives the file's path and name. */
async function download(page: Page, options: { what?: string; format: RegExp; theme?: string }) {
	await page.getByRole('button', { name: 'Download image' }).click();
	const dialog = page.getByRole('dialog', { name: 'Download an image of the timeline' });
	await expect(dialog).toBeVisible();
	if (options.what) await dialog.getByRole('radio', { name: options.what }).check();
	await dialog.getByRole('radio', { name: options.format }).check();
	if (options.theme) await dialog.getByRole('radio', { name: options.theme }).check();
	const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download', exact: true }).click()]);
	const path = await file.path();
	await expect(dialog.getByRole('status')).toContainText(`Downloaded ${file.suggestedFilename()}`);
	return { path, name: file.suggestedFilename(), dialog };
}

test.describe('Download image', () => {
	test('gives a PNG as wide as the timeline, at 1× and 2×, from a dialog the keyboard can use', async ({ page }) => {
		const errors = collectErrors(page);
		await openTimeline(page);
		const plotWidth = await page.locator('.plot svg').evaluate((svg) => Math.round(svg.getBoundingClientRect().width));
		const one = await download(page, { format: /^PNG, [\d,]+ pixels wide/ });
		expect(one.name).toBe('timeline-taliban-and-al-qaeda-terrorist-groups-closing-in-on-afghanis.png');
		const size = pngSize(one.path);
		expect(size.width).toBe(plotWidth + 48);
		await expect(one.dialog.getByRole('status')).toHaveText(`Downloaded ${one.name} (${size.width} × ${size.height} pixels)`);
		await expectNoAxeViolations(page);
		if (SHOTS) await page.screenshot({ path: `${SHOTS}/download-dialog.png` });
		await page.keyboard.press('Escape');
		await expect(one.dialog).toBeHidden();
		await expect(page.getByRole('button', { name: 'Download image' })).toBeFocused();

		const two = await download(page, { format: /^PNG at 2×/, what: 'The whole timeline', theme: 'Dark' });
		expect(two.name.endsWith('@2x.png')).toBe(true);
		expect(pngSize(two.path)).toEqual({ width: size.width * 2, height: size.height * 2 });
		if (SHOTS) await page.goto(`file://${two.path}`).then(() => page.screenshot({ path: `${SHOTS}/download-2x-dark.png` }));
		expect(errors).toEqual([]);
	});

	test('gives the same picture as npm run render, which draws it in Node', async ({ page }) => {
		await openTimeline(page);
		const browser = await download(page, { what: 'The whole timeline', format: /^PNG, [\d,]+ pixels wide/ });
		const { width, height } = pngSize(browser.path);
		const out = join(mkdtempSync(join(tmpdir(), 'render-')), 'node.png');
		const cli = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/render.ts', 'src/lib/data/afghanistan-2021.json', '--out', out, '--width', String(width)], {
			cwd: new URL('../..', import.meta.url).pathname,
			encoding: 'utf8'
		});
		expect(cli.stderr).toBe('');
		expect(pngSize(out)).toEqual({ width, height });
		// Pixel by pixel, in the browser's own PNG decoder: only the edges of glyphs may differ.
		const share = await page.evaluate(
			async ([a, b]: [string, string]) => {
				const pixels = async (data: string) => {
					const image = new Image();
					image.src = `data:image/png;base64,${data}`;
					await image.decode();
					const canvas = new OffscreenCanvas(image.width, image.height);
					const context = canvas.getContext('2d')!;
					context.drawImage(image, 0, 0);
					return context.getImageData(0, 0, image.width, image.height).data;
				};
				const [one, two] = await Promise.all([pixels(a), pixels(b)]);
				let differ = 0;
				for (let i = 0; i < one.length; i += 4) {
					const d = Math.abs(one[i]! - two[i]!) + Math.abs(one[i + 1]! - two[i + 1]!) + Math.abs(one[i + 2]! - two[i + 2]!);
					if (d > 48) differ++;
				}
				return differ / (one.length / 4);
			},
			[readFileSync(browser.path).toString('base64'), readFileSync(out).toString('base64')] as [string, string]
		);
		expect(share).toBeLessThan(0.08);
	});

	test('gives an SVG that parses, with the title, the legend, the credit and the font inside', async ({ page }) => {
		await openTimeline(page, '/?from=2020-01-01&to=2021-06-30');
		const { path, name } = await download(page, { format: /^SVG/ });
		expect(name.endsWith('.svg')).toBe(true);
		const svg = readFileSync(path, 'utf8');
		const parsed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				root: doc.documentElement.nodeName,
				title: doc.querySelector('title')?.textContent,
				texts: [...doc.querySelectorAll('text')].map((t) => t.textContent)
			};
		}, svg);
		expect(parsed.error).toBeNull();
		expect(parsed.root).toBe('svg');
		expect(parsed.title).toBe('Timeline: Taliban and Al-Qaeda terrorist groups closing in on Afghanistan’s provincial capitals');
		// The period shown, not the whole timeline.
		expect(parsed.texts.some((t) => t?.startsWith('January 2020 to'))).toBe(true);
		expect(parsed.texts).toContain('U.S.–Taliban withdrawal deal');
		expect(parsed.texts).toContain('the public record’s date');
		expect(parsed.texts).toContain('From The Dispatch, by Thomas Joscelyn, published 18 to 30 May 2021.');
		expect(svg).toContain('@font-face{font-family:"Inter"');
	});

	test('embeds the Latin Extended letters only when a text needs them', async ({ page }) => {
		const fontRequests: string[] = [];
		page.on('request', (request) => {
			if (request.url().endsWith('.woff')) fontRequests.push(request.url());
		});
		await openTimeline(page);
		const plain = readFileSync((await download(page, { format: /^SVG/ })).path, 'utf8');
		expect(plain.match(/@font-face/g)).toHaveLength(2);
		expect(fontRequests).toHaveLength(2);
		const article = JSON.parse(readFileSync(new URL('../../src/lib/data/afghanistan-2021.json', import.meta.url), 'utf8'));
		article.article.title = 'Kış in İzmir and Łódź';
		await page.route('**/turkish.json', (route) => route.fulfill({ json: article }));
		await openTimeline(page, '/?data=%2Fturkish.json');
		const extended = readFileSync((await download(page, { format: /^SVG/ })).path, 'utf8');
		expect(extended.match(/@font-face/g)).toHaveLength(4);
		expect(extended).toContain('<title>Timeline: Kış in İzmir and Łódź</title>');
	});

	test('the embed offers it too, in the embed\'s theme, and the image keeps the filter and the groups', async ({ page }) => {
		await page.setViewportSize({ width: 420, height: 800 });
		await openTimeline(page, `/embed?data=${encodeURIComponent('/examples/kestrel-point.json')}&tags=restoration&theme=dark`);
		await page.getByRole('button', { name: 'Download image' }).click();
		await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
		await page.keyboard.press('Escape');
		const { path } = await download(page, { format: /^SVG/ });
		const svg = readFileSync(path, 'utf8');
		expect(svg).toMatch(/of 8 events/);
		expect(svg).toContain('RESTORATION WORKS');
		expect(svg).toContain('fill="#16191d"');
		await expectNoAxeViolations(page);
		if (SHOTS) await page.screenshot({ path: `${SHOTS}/embed-dialog-dark.png` });
		await page.keyboard.press('Escape');
		if (SHOTS) await page.screenshot({ path: `${SHOTS}/embed-narrow.png`, fullPage: true });
	});
});

test.describe('print', () => {
	test('prints the timeline fitted to the page, then every event with its dates, words and record, and the sources as footnotes', async ({ page }) => {
		await openTimeline(page);
		await page.emulateMedia({ media: 'print' });
		const list = page.locator('.print-events');
		await expect(list).toBeVisible();
		const events = list.locator('ol.print-list > li');
		await expect(events).toHaveCount(9);
		// In time order, each with its date words and their meaning.
		await expect(events.first().locator('h3')).toHaveText('U.S. and allies overthrow the Taliban’s Islamic Emirate');
		await expect(events.first().locator('.date')).toContainText('The article says “');
		await expect(list.locator('blockquote').first()).toBeVisible();
		const withRecord = list.locator('.record').first();
		await expect(withRecord).toContainText('The public record: ');
		// Every footnote mark leads to a note.
		await expect(withRecord.locator('sup')).toHaveText('1, 2, 3, 4');
		const marks = await list.locator('sup a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(marks.length).toBeGreaterThan(0);
		await expect(list.locator('ol.notes > li')).toHaveCount(marks.length);
		for (const href of marks) await expect(page.locator(href ?? '')).toBeAttached();

		// No buttons (the marks are the drawing), no search or filters, nothing sticky; the plot as wide as the page.
		const buttons = page.locator('button');
		expect(await buttons.count()).toBeGreaterThan(5);
		for (const button of await buttons.all()) await expect(button).toBeHidden();
		await expect(page.getByRole('searchbox')).toBeHidden();
		expect(await page.locator('.stage').evaluate((el) => getComputedStyle(el).position)).toBe('static');
		const widths = await page.evaluate(() => ({
			page: document.querySelector('main')!.getBoundingClientRect().width,
			plot: document.querySelector('.plot svg')!.getBoundingClientRect().width
		}));
		expect(widths.plot).toBeGreaterThan(widths.page - 4);
		await expectNoAxeViolations(page);
		if (SHOTS) {
			await page.screenshot({ path: `${SHOTS}/print-emulated.png`, fullPage: true });
		}
	});

	test('prints in the light colours, whatever the theme on screen', async ({ page }) => {
		await openTimeline(page, '/?theme=dark');
		const colours = () =>
			page.evaluate(() => ({
				page: getComputedStyle(document.body).backgroundColor,
				text: getComputedStyle(document.querySelector('.timeline')!).color
			}));
		expect((await colours()).page).toBe('rgb(22, 25, 29)');
		await page.emulateMedia({ media: 'print' });
		expect(await colours()).toEqual({ page: 'rgb(255, 255, 255)', text: 'rgb(27, 31, 36)' });
	});

	test('prints every event of a dataset too big to list on screen', async ({ page }) => {
		const events = Array.from({ length: 520 }, (_, i) => {
			const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
			return { id: `e${i}`, title: `Event number ${i + 1}`, dateText: day, date: day, quotes: [] };
		});
		const dataset = { version: 1.1, article: { title: 'Many events', publication: 'Test', published: '2021-06-01' }, events };
		await page.route('**/many.json', (route) => route.fulfill({ json: dataset }));
		await openTimeline(page, '/?data=%2Fmany.json');
		await expect(page.locator('.print-events ol.print-list > li')).toHaveCount(0);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.print-events ol.print-list > li')).toHaveCount(520);
		await expect(page.locator('.print-events ol.print-list > li').last().locator('h3')).toHaveText('Event number 520');
		// A page already shown as print when the list loads (it loads once the page is idle) builds it too.
		await page.reload();
		await expect(page.locator('.print-events ol.print-list > li')).toHaveCount(520);
	});
});
