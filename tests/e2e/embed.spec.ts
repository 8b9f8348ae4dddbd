/**
 * The embed, as newsrooms use it: a host page on another origin (tests/tools/host-server.mjs)
 * pastes the snippet; the loader makes the iframe, its height follows the content, and the
 * two pages talk through the message API. Also: every URL option, the oEmbed endpoint,
 * accessibility, the page without JavaScript, and the "Embed this timeline" dialog.
 */
import { expect, test, type Frame, type FrameLocator, type Page } from '@playwright/test';
import { APP, axe, collectErrors, HOST } from './support';

const ARTIFACTS = new URL('../.artifacts/', import.meta.url).pathname;

type Message = { type: string; id?: string | null; from?: string; to?: string };

/** Opens a host page and waits until the embed in `#timeline` is ready for input. */
async function openHost(page: Page, path = '/'): Promise<{ frame: Frame; embed: FrameLocator }> {
	await page.goto(`${HOST}${path}`);
	const iframe = page.locator('iframe#timeline');
	await iframe.waitFor();
	const embed = page.frameLocator('iframe#timeline');
	await embed.locator('.timeline[data-ready]').waitFor();
	const frame = await (await iframe.elementHandle())!.contentFrame();
	if (!frame) throw new Error('the embed has no frame');
	await expect.poll(() => received(page)).toContainEqual({ type: 'timeline:ready' });
	return { frame, embed };
}

/** The timeline messages the host page has received, in order. */
function received(page: Page): Promise<Message[]> {
	return page.evaluate(() => (window as unknown as { received: Message[] }).received);
}

/**
 * Waits until the embed has handled every message the host posted before: it answers a
 * loader's `frames-init` with its height, and a frame handles its parent's messages in order.
 */
async function handledSoFar(page: Page): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const frame = document.getElementById('timeline') as HTMLIFrameElement;
				const onmessage = (event: MessageEvent) => {
					if (event.source !== frame.contentWindow || (event.data as { type?: string })?.type !== 'embed-size') return;
					removeEventListener('message', onmessage);
					resolve();
				};
				addEventListener('message', onmessage);
				frame.contentWindow!.postMessage({ sentinel: 'amp', type: 'frames-init' }, '*');
			})
	);
}

/** Posts `message` to the embed from the host page, as a newsroom's script would. */
function sendFromHost(page: Page, message: unknown): Promise<void> {
	return page.evaluate((m) => (window as unknown as { sendToTimeline(m: unknown): void }).sendToTimeline(m), message);
}

/** Heights of the iframe on the host page, and of the document inside it. */
async function heights(page: Page, frame: Frame, selector = 'iframe#timeline'): Promise<{ iframe: number; content: number }> {
	const iframe = await page.locator(selector).evaluate((el) => el.getBoundingClientRect().height);
	const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
	return { iframe, content };
}

/** Waits until the iframe is as tall as its content, and returns that height. */
async function fitsContent(page: Page, frame: Frame, selector?: string): Promise<number> {
	await expect.poll(async () => {
		const h = await heights(page, frame, selector);
		return Math.abs(h.iframe - Math.ceil(h.content));
	}, { timeout: 10_000 }).toBeLessThanOrEqual(1);
	return (await heights(page, frame, selector)).iframe;
}

/** The embed's own URL parameters. */
function frameParams(frame: Frame): URLSearchParams {
	return new URL(frame.url()).searchParams;
}

/** The visible period the timeline root reports, [from, to] as YYYY-MM-DD. */
async function range(embed: FrameLocator | Page): Promise<[string, string]> {
	const root = embed.locator('.timeline[data-ready]').first();
	return [(await root.getAttribute('data-from')) ?? '', (await root.getAttribute('data-to')) ?? ''];
}

/** Collects console warnings. */
function collectWarnings(page: Page): string[] {
	const warnings: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'warning') warnings.push(message.text());
	});
	return warnings;
}

async function openEmbed(page: Page, query = ''): Promise<void> {
	await page.goto(`/embed${query}`);
	await page.locator('.timeline[data-ready]').waitFor();
}

const panelHeading = (embed: FrameLocator | Page) => embed.locator('.panel-col h2');

test.describe('on a host page', () => {
	test.use({ viewport: { width: 640, height: 800 } });

	test('the loader makes a titled, lazy, borderless iframe whose height follows the content', async ({ page }) => {
		const { frame, embed } = await openHost(page);
		const iframe = page.locator('iframe#timeline');
		await expect(page.locator('div[data-timeline-embed]')).toHaveCount(0);
		await expect(iframe).toHaveAttribute('title', 'Timeline of the war in Afghanistan');
		await expect(iframe).toHaveAttribute('loading', 'lazy');
		expect(await iframe.evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe('0px');
		expect(await iframe.evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(580);

		const intro = await fitsContent(page, frame);
		// Opening an event makes the panel, and so the frame, taller; closing it shrinks both back.
		await embed.getByRole('button', { name: 'Start from the beginning' }).click();
		await expect(panelHeading(embed)).toBeVisible();
		await expect.poll(async () => (await heights(page, frame)).iframe).not.toBe(intro);
		const open = await fitsContent(page, frame);
		expect(open).toBeGreaterThan(intro + 40);
		await embed.getByRole('button', { name: 'Close' }).click();
		await expect.poll(async () => (await heights(page, frame)).iframe).toBe(intro);
		// Nothing scrolls inside the frame.
		expect(await frame.evaluate(() => document.scrollingElement!.scrollHeight - innerHeight)).toBeLessThanOrEqual(1);
	});

	test('clicking an event in the frame delivers timeline:select to the host', async ({ page }) => {
		const { embed } = await openHost(page);
		const mark = embed.locator('.mark.event[data-id]').first();
		const id = await mark.getAttribute('data-id');
		await mark.click();
		await expect.poll(() => received(page)).toContainEqual({ type: 'timeline:select', id });
		await embed.getByRole('button', { name: 'Close' }).click();
		await expect.poll(() => received(page)).toContainEqual({ type: 'timeline:select', id: null });
	});

	test('the host’s timeline:select, timeline:range, next and previous drive the embed, and its URL keeps the view', async ({ page }) => {
		const { frame, embed } = await openHost(page);

		await sendFromHost(page, { type: 'timeline:select', id: 'doha-agreement' });
		await expect(panelHeading(embed)).toContainText('withdrawal deal');
		await expect.poll(() => frameParams(frame).get('event')).toBe('doha-agreement');
		await expect.poll(() => received(page)).toContainEqual({ type: 'timeline:select', id: 'doha-agreement' });

		await sendFromHost(page, { type: 'timeline:next' });
		await expect(panelHeading(embed)).not.toContainText('withdrawal deal');
		const lastSelected = async () => (await received(page)).filter((m) => m.type === 'timeline:select').at(-1)?.id;
		await expect.poll(lastSelected).not.toBe('doha-agreement');
		expect(await lastSelected()).toMatch(/^[a-z0-9-]+$/);
		await sendFromHost(page, { type: 'timeline:previous' });
		await expect(panelHeading(embed)).toContainText('withdrawal deal');

		await sendFromHost(page, { type: 'timeline:range', from: '2019-07-01', to: '2020-06-30' });
		await expect.poll(() => range(embed)).toEqual(['2019-07-01', '2020-06-30']);
		await expect.poll(() => frameParams(frame).get('from')).toBe('2019-07-01');
		expect(frameParams(frame).get('to')).toBe('2020-06-30');
		await expect.poll(() => received(page)).toContainEqual({ type: 'timeline:range', from: '2019-07-01', to: '2020-06-30' });

		// A reload inside the frame keeps the selection and the period.
		const url = frame.url();
		expect(url).toContain('event=doha-agreement');
		await frame.evaluate(() => {
			(window as unknown as { beforeReload: boolean }).beforeReload = true;
			location.reload();
		});
		await expect.poll(() => frame.evaluate(() => 'beforeReload' in window).catch(() => true)).toBe(false);
		await embed.locator('.timeline[data-ready]').waitFor();
		expect(frame.url()).toBe(url);
		await expect(panelHeading(embed)).toContainText('withdrawal deal');
		await expect.poll(() => range(embed)).toEqual(['2019-07-01', '2020-06-30']);
	});

	test('messages from another window, and malformed ones, are ignored', async ({ page }) => {
		const errors = collectErrors(page);
		const { frame, embed } = await openHost(page);
		const before = await fitsContent(page, frame);
		const shown = await embed.locator('.toolbar .range').textContent();
		const other = page.frame({ url: `${HOST}/sibling.html` });
		if (!other) throw new Error('no other window');

		// The other window can reach the embed's window, but it is not its parent.
		await other.evaluate(() => {
			const send = (window as unknown as { sendToTimeline(m: unknown): void }).sendToTimeline;
			send({ type: 'timeline:select', id: 'doha-agreement' });
			send({ type: 'timeline:range', from: '2020-01-01', to: '2020-01-31' });
			send({ type: 'timeline:next' });
		});
		// Nor can it resize the frame through the loader.
		await other.evaluate(() => {
			const send = (window as unknown as { sendToHost(m: unknown): void }).sendToHost;
			send({ sentinel: 'amp', type: 'embed-size', height: 1234 });
			send('pymxPYMxtimelinexPYMxheightxPYMx1234');
		});
		// The host itself sends nonsense.
		for (const message of [
			null,
			'timeline:next',
			{ type: 'timeline:select', id: '<img src=x onerror=alert(1)>' },
			{ type: 'timeline:select', id: 42 },
			{ type: 'timeline:range', from: 'yesterday', to: 'today' },
			{ type: 'timeline:range', from: '2021-01-01', to: '2020-01-01' },
			{ type: 'timeline:delete' }
		]) {
			await sendFromHost(page, message);
		}
		await handledSoFar(page);
		await expect(embed.getByRole('button', { name: 'Start from the beginning' })).toBeVisible();
		await expect(embed.locator('.toolbar .range')).toHaveText(shown ?? '');
		expect(frameParams(frame).has('event')).toBe(false);
		expect(frameParams(frame).has('from')).toBe(false);
		expect((await received(page)).filter((m) => m.type === 'timeline:select')).toEqual([]);
		expect((await heights(page, frame)).iframe).toBe(before);

		// The same command from the parent works, so the test could fail.
		await sendFromHost(page, { type: 'timeline:select', id: 'doha-agreement' });
		await expect(panelHeading(embed)).toContainText('withdrawal deal');
		expect(errors).toEqual([]);
	});
});

test.describe('on a wide host page', () => {
	test.use({ viewport: { width: 1000, height: 700 } });

	test('the panel beside the timeline scrolls, so opening an event leaves the frame’s height alone', async ({ page }) => {
		const { frame, embed } = await openHost(page);
		const intro = await fitsContent(page, frame);
		const contentHeight = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
		const introContent = await contentHeight();
		await sendFromHost(page, { type: 'timeline:select', id: 'doha-agreement' });
		await expect(panelHeading(embed)).toContainText('withdrawal deal');
		// The panel is drawn: the content, and so the frame, is as tall as before.
		expect(await contentHeight()).toBe(introContent);
		await handledSoFar(page);
		expect(await fitsContent(page, frame)).toBe(intro);
		const panel = embed.locator('.panel-col');
		expect(await panel.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
		// The next event starts at the top of the panel.
		await panel.evaluate((el) => el.scrollTo(0, el.scrollHeight));
		await sendFromHost(page, { type: 'timeline:next' });
		await expect(panelHeading(embed)).not.toContainText('withdrawal deal');
		await expect.poll(() => panel.evaluate((el) => el.scrollTop)).toBe(0);
	});

	test('a plain wheel over the frame scrolls the host page and leaves the period alone; Ctrl + wheel zooms', async ({ page }) => {
		const { frame, embed } = await openHost(page);
		const all = await range(embed);
		const ranges = async () => (await received(page)).filter((m) => m.type === 'timeline:range');
		await expect.poll(async () => (await ranges()).length).toBe(1);

		const overPlot = async () => {
			const box = await embed.locator('.plot').boundingBox();
			if (!box) throw new Error('no plot');
			await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		};
		await overPlot();
		await page.mouse.wheel(0, 200);
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
		// The hint shows that the timeline let the wheel through instead of zooming.
		await expect(embed.locator('.wheel-hint')).toHaveText(/Use (Ctrl|⌘) \+ scroll to zoom/);
		expect(await range(embed)).toEqual(all);
		expect(frameParams(frame).has('from')).toBe(false);
		expect(await ranges()).toHaveLength(1);

		const scrolled = await page.evaluate(() => scrollY);
		await overPlot();
		await page.keyboard.down('Control');
		await page.mouse.wheel(0, -400);
		await page.keyboard.up('Control');
		await expect.poll(async () => (await range(embed))[0]).not.toBe(all[0]);
		expect(await page.evaluate(() => scrollY)).toBe(scrolled);
		await expect.poll(async () => (await ranges()).length).toBe(2);
		const zoomed = (await ranges()).at(-1)!;
		expect(zoomed.from! > all[0]).toBe(true);
		await expect.poll(() => frameParams(frame).get('from')).toBe(zoomed.from);
	});
});

test.describe('the loader', () => {
	// Narrow, so the panel sits below the timeline and an open event makes a frame much taller.
	test.use({ viewport: { width: 640, height: 900 } });

	test('is idempotent, escapes the title, refuses non-http URLs and takes heights only from its own frame', async ({ page }) => {
		await page.goto(`${HOST}/twice.html`);
		const frames = page.locator('iframe[data-timeline-embed-frame]');
		await expect(frames).toHaveCount(2);
		await expect(page.locator('[data-timeline-embed]')).toHaveCount(0);
		await expect(frames.first()).toHaveAttribute('title', '"><img src=x onerror="window.pwned=1">');
		await expect(page.locator('img')).toHaveCount(0);
		expect(await page.evaluate(() => 'pwned' in window)).toBe(false);

		// Every frame here is the same app, on the same origin, all posting heights to this page:
		// each loader frame still follows only its own content.
		for (const i of [0, 1]) {
			const handle = await frames.nth(i).elementHandle();
			const frame = await handle!.contentFrame();
			await frame!.locator('.timeline[data-ready]').waitFor();
			await handle!.evaluate((el) => el.setAttribute('data-test', 'current'));
			await fitsContent(page, frame!, 'iframe[data-test="current"]');
			await handle!.evaluate((el) => el.removeAttribute('data-test'));
		}
		// The one with an event open is much taller than the one without a panel.
		await expect
			.poll(async () => {
				const [first, second] = await frames.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
				return first! - second!;
			})
			.toBeGreaterThan(200);
		await expect(page.locator('#plain')).toHaveCSS('height', '150px');
	});

	test('the embed speaks AMP’s embed-size and, with a Pym.js child id, Pym’s height message', async ({ page }) => {
		await page.goto(`${HOST}/raw.html`);
		const frame = await (await page.locator('#raw').elementHandle())!.contentFrame();
		await frame!.locator('.timeline[data-ready]').waitFor();
		const content = Math.ceil(await frame!.evaluate(() => document.documentElement.getBoundingClientRect().height));
		await expect.poll(() => page.evaluate(() => (window as unknown as { raw: unknown[] }).raw)).toEqual(
			expect.arrayContaining([
				{ sentinel: 'amp', type: 'embed-size', height: content },
				`pymxPYMxraw-1xPYMxheightxPYMx${content}`,
				{ type: 'timeline:ready' }
			])
		);
	});

	test('a page using @newswire/frames sizes the frame too', async ({ page }) => {
		await page.goto(`${HOST}/frames.html`);
		const iframe = page.locator('iframe');
		const frame = await (await iframe.elementHandle())!.contentFrame();
		await frame!.locator('.timeline[data-ready]').waitFor();
		await expect.poll(async () => {
			const content = Math.ceil(await frame!.evaluate(() => document.documentElement.getBoundingClientRect().height));
			return Number(await iframe.getAttribute('height')) - content;
		}).toBe(0);
	});
});

test.describe('URL options', () => {
	test('theme: light by default, dark, and auto following the system', async ({ page }) => {
		const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		await openEmbed(page);
		expect(await background()).toBe('rgb(255, 255, 255)');
		await openEmbed(page, '?theme=dark');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		expect(await background()).toBe('rgb(22, 25, 29)');
		await page.emulateMedia({ colorScheme: 'dark' });
		await openEmbed(page, '?theme=auto');
		expect(await background()).toBe('rgb(22, 25, 29)');
		await page.emulateMedia({ colorScheme: 'light' });
		await openEmbed(page, '?theme=auto');
		expect(await background()).toBe('rgb(255, 255, 255)');
	});

	test('the theme is set before the first paint, by the page head', async ({ request }) => {
		const html = await (await request.get('/embed')).text();
		const head = html.slice(0, html.indexOf('</head>'));
		expect(head).toContain('document.documentElement.setAttribute("data-theme"');
	});

	test('panel, overview, event, from and to each work', async ({ page }) => {
		await openEmbed(page, '?panel=off');
		await expect(page.locator('.panel-col')).toHaveCount(0);
		await expect(page.locator('.overview')).toBeVisible();

		await openEmbed(page, '?overview=off');
		await expect(page.locator('.overview')).toHaveCount(0);
		await expect(page.locator('.panel-col')).toBeVisible();

		await openEmbed(page, '?event=doha-agreement');
		await expect(panelHeading(page)).toContainText('withdrawal deal');

		await openEmbed(page, '?from=2020-01-01&to=2021-06-30');
		await expect.poll(() => range(page)).toEqual(['2020-01-01', '2021-06-30']);
		await expect(page.getByRole('link', { name: /Full timeline/ })).toHaveAttribute('href', '/?from=2020-01-01&to=2021-06-30');
	});

	test('bad values fall back to the defaults with one console warning each, and never break the page', async ({ page }) => {
		const errors = collectErrors(page);
		await openEmbed(page);
		const all = await range(page);

		const warnings = collectWarnings(page);
		await openEmbed(page, '?theme=neon&panel=maybe&overview=0&event=no-such-event&from=2020-13-01&to=2020-02-01');
		await expect.poll(() => warnings.length).toBe(5);
		for (const name of ['theme', 'panel', 'overview', 'event', 'from']) {
			expect(warnings.filter((w) => w.includes(`${name}=`))).toHaveLength(1);
		}
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		await expect(page.locator('.panel-col')).toBeVisible();
		await expect(page.locator('.overview')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Start from the beginning' })).toBeVisible();
		expect(await range(page)).toEqual(all);
		expect(errors).toEqual([]);
	});
});

test.describe('the embed page', () => {
	test('axe finds no violations, with and without an event open, light and dark', async ({ page }) => {
		// Three full scans: a busy machine needs more than the default 30 s for them.
		test.slow();
		for (const query of ['', '?event=doha-agreement', '?event=ig-report&theme=dark']) {
			await openEmbed(page, query);
			const results = await axe(page).analyze();
			const summary = results.violations.map((v) => `${query} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			expect(summary).toEqual([]);
		}
	});

	test('it loads nothing from other origins', async ({ page }) => {
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await openEmbed(page, '?event=doha-agreement&theme=auto');
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		await page.waitForLoadState('networkidle');
		expect(requests.length).toBeGreaterThan(1);
		expect(requests.filter((url) => !url.startsWith(`${APP}/`) && !url.startsWith('data:'))).toEqual([]);
	});

	test('it credits the article and links to the full page, in a new tab', async ({ page }) => {
		await openEmbed(page, '?event=doha-agreement');
		const full = page.getByRole('link', { name: /Full timeline/ });
		await expect(full).toHaveAttribute('target', '_blank');
		await expect(full).toHaveAttribute('rel', /noopener/);
		// The full page opens on the same event and, once the embed has settled on it, the same period.
		await expect.poll(() => full.getAttribute('href')).toMatch(/^\/\?event=doha-agreement(&from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d)?$/);
		await expect(page.locator('footer')).toContainText('The Dispatch');
		// None of the site's header, article text or footer.
		await expect(page.locator('header.site, article.article, footer.site')).toHaveCount(0);

		// Links in the panel leave the frame too, rather than loading the full page inside it.
		const [tab] = await Promise.all([
			page.context().waitForEvent('page'),
			page.getByRole('link', { name: 'Read in the article' }).first().click()
		]);
		await tab.waitForLoadState();
		expect(new URL(tab.url()).pathname).toBe('/');
		expect(new URL(tab.url()).searchParams.get('event')).toBe('doha-agreement');
		expect(new URL(page.url()).pathname).toBe('/embed');
	});

	test('it advertises its oEmbed endpoint, which answers with the iframe', async ({ page, request }) => {
		await page.goto('/embed');
		const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
		const href = await link.getAttribute('href');
		expect(href).toMatch(/\/oembed\.json(\?url=[^&]+%2Fembed)?$/);
		const response = await request.get('/oembed.json');
		expect(response.ok()).toBe(true);
		const data = await response.json();
		expect(data).toMatchObject({ version: '1.0', type: 'rich', provider_name: expect.any(String), width: expect.any(Number), height: expect.any(Number) });
		expect(data.title).toContain('Taliban');
		expect(data.html).toMatch(/^<iframe src="[^"]*\/embed" title="Timeline: [^"]+"/);
	});

	test('it fills 320 to 1200 pixels of width without scrolling sideways', async ({ page }) => {
		for (const width of [320, 360, 600, 900, 1200]) {
			await page.setViewportSize({ width, height: 600 });
			await openEmbed(page, '?event=capitals-threatened');
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
			expect(overflow, `at ${width}px`).toBeLessThanOrEqual(0);
			const plot = await page.locator('.plot').boundingBox();
			expect(plot!.width, `at ${width}px`).toBeGreaterThan(width * 0.5);
		}
	});

	test('the panel sits beside the timeline when wide and below it when narrow', async ({ page }) => {
		await page.setViewportSize({ width: 900, height: 600 });
		await openEmbed(page, '?event=doha-agreement');
		let plot = (await page.locator('.plot').boundingBox())!;
		let panel = (await page.locator('.panel-col').boundingBox())!;
		expect(panel.x).toBeGreaterThan(plot.x + plot.width - 1);
		// Narrow, the embed draws vertically and opens events in place (phone.spec.ts); asked for the
		// horizontal layout, it puts the panel below.
		await page.setViewportSize({ width: 360, height: 480 });
		await openEmbed(page, '?event=doha-agreement&layout=horizontal');
		plot = (await page.locator('.plot').boundingBox())!;
		panel = (await page.locator('.panel-col').boundingBox())!;
		expect(panel.y).toBeGreaterThan(plot.y + plot.height - 1);
	});

	for (const [width, height] of [
		[360, 480],
		[900, 600]
	] as const) {
		test(`screenshots at ${width}x${height}, settled and fitting the width`, async ({ page }) => {
			await page.setViewportSize({ width, height });
			for (const [name, query, shows] of [
				['intro', '', 'Start from the beginning'],
				['event', '?event=doha-agreement', 'withdrawal deal'],
				['dark', '?event=capitals-surrounded&theme=dark', 'provincial capitals']
			]) {
				// The horizontal layout with its panel, at both sizes (phone.spec.ts has the vertical one).
				await openEmbed(page, `${query}${query ? '&' : '?'}layout=horizontal`);
				await expect(page.locator('.panel-col')).toContainText(shows!);
				// Settled: the live region has said the period once the view came to rest.
				await expect(page.locator('.timeline [aria-live="polite"]')).toHaveText(/^Showing /);
				expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
				await page.screenshot({ path: `${ARTIFACTS}embed-${width}x${height}-${name}.png` });
				await page.screenshot({ path: `${ARTIFACTS}embed-${width}x${height}-${name}-full.png`, fullPage: true });
			}
		});
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the embed still shows the events in time order', async ({ page }) => {
		await page.goto('/embed');
		const items = page.locator('ol.events > li');
		await expect(items).toHaveCount(9);
		const datetimes = await items.locator('time').evaluateAll((els) => els.map((t) => t.getAttribute('datetime') ?? ''));
		expect(datetimes).toEqual([...datetimes].sort());
		await expect(page.getByRole('link', { name: /Full timeline/ })).toBeVisible();
	});
});

test.describe('“Embed this timeline”', () => {
	test('the dialog builds the snippet from its form, previews it, copies it, and returns focus', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP });
		await page.goto('/');
		const opener = page.getByRole('button', { name: 'Embed this timeline' });
		await opener.click();
		const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
		await expect(dialog).toBeVisible();

		await dialog.getByLabel('Event selected at first').selectOption('doha-agreement');
		await dialog.getByLabel('First day').fill('2019-07-01');
		await dialog.getByLabel('Last day').fill('2020-06-30');
		await dialog.getByLabel('Theme').selectOption('dark');
		await dialog.getByLabel('Overview strip').uncheck();
		const query = 'event=doha-agreement&from=2019-07-01&to=2020-06-30&theme=dark&overview=off';

		const preview = dialog.locator('iframe');
		await expect(preview).toHaveAttribute('src', `${APP}/embed?${query}`);
		await expect(preview).toHaveAttribute('loading', 'lazy');
		await expect(page.frameLocator('dialog iframe').locator('.panel-col h2')).toContainText('withdrawal deal');

		const script = dialog.getByLabel(/With the loader script/);
		await expect(script).toHaveValue(
			`<div data-timeline-embed="${APP}/embed?${query.replaceAll('&', '&#38;')}" data-title="Timeline: Taliban and Al-Qaeda terrorist groups closing in on Afghanistan’s provincial capitals"></div>\n<script async src="${APP}/embed.js"></script>`
		);
		await expect(dialog.getByLabel(/Plain iframe/)).toHaveValue(/^<iframe src="[^"]+\/embed\?event=doha-agreement/);

		await page.screenshot({ path: `${ARTIFACTS}embed-dialog.png` });
		await dialog.getByRole('button', { name: /Copy the loader snippet/ }).click();
		await expect(dialog.getByRole('status')).toHaveText('Copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await script.inputValue());

		const results = await axe(page).include('dialog').analyze();
		expect(results.violations.map((v) => v.id)).toEqual([]);

		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(opener).toBeFocused();
	});
});
