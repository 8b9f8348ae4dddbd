// Screenshots of what a reader sees, to compare two builds by eye and by pixel:
//   node tests/tools/screenshots.mjs <build dir> <output dir> [<earlier output dir>]
// Serves the static build on a free port (as a static host would: /embed → embed.html) and
// captures the full page and the embed at 1280 and 375 px, plain and with an event open.
// Given an earlier output, it then says for each picture how many pixels differ from it.
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { chromium } from '@playwright/test';

const [root = 'build', out = 'tests/.artifacts/screens', earlier] = process.argv.slice(2);
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

function fileFor(path) {
	const direct = join(root, path);
	if (existsSync(direct) && statSync(direct).isFile()) return direct;
	if (existsSync(`${direct}.html`)) return `${direct}.html`;
	if (existsSync(join(direct, 'index.html'))) return join(direct, 'index.html');
	return join(root, '200.html');
}

const server = createServer((req, res) => {
	const file = fileFor(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
	res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
	res.end(readFileSync(file));
}).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({ executablePath: existsSync(systemChromium) ? systemChromium : undefined });
mkdirSync(out, { recursive: true });
const views = [
	['home', '/'],
	['home-event', '/?event=doha-agreement'],
	['home-range', '/?from=2020-01-01&to=2021-06-30'],
	['embed', '/embed'],
	['embed-event', '/embed?event=doha-agreement']
];
for (const width of [1280, 375]) {
	const page = await browser.newPage({ viewport: { width, height: 800 }, reducedMotion: 'reduce' });
	for (const [name, path] of views) {
		await page.goto(origin + path);
		await page.locator('.timeline[data-ready]').first().waitFor();
		// Fonts and the settled view: the URL and the live region update after a pause.
		await page.evaluate(() => document.fonts.ready);
		await page.waitForFunction(() => document.querySelector('.timeline[data-from]'));
		await new Promise((r) => setTimeout(r, 600));
		await page.screenshot({ path: join(out, `${name}-${width}.png`), fullPage: true });
	}
	await page.close();
}
if (earlier) {
	const page = await browser.newPage();
	for (const name of readdirSync(out).filter((f) => f.endsWith('.png')).sort()) {
		if (!existsSync(join(earlier, name))) {
			console.log(`${name}: new`);
			continue;
		}
		const pictures = [join(earlier, name), join(out, name)].map((f) => readFileSync(f).toString('base64'));
		console.log(`${name}: ${await page.evaluate(pixelsApart, pictures)}`);
	}
}
await browser.close();
server.close();

/** In the page: how two PNGs (base64) differ, in pixels. */
async function pixelsApart([a, b]) {
	const load = (data) =>
		new Promise((resolve) => {
			const image = new Image();
			image.onload = () => resolve(image);
			image.src = `data:image/png;base64,${data}`;
		});
	const pixels = (image) => {
		const canvas = new OffscreenCanvas(image.width, image.height);
		const context = canvas.getContext('2d');
		context.drawImage(image, 0, 0);
		return context.getImageData(0, 0, image.width, image.height).data;
	};
	const [first, second] = await Promise.all([load(a), load(b)]);
	if (first.width !== second.width || first.height !== second.height) {
		return `size ${first.width}×${first.height} then ${second.width}×${second.height}`;
	}
	const [p, q] = [pixels(first), pixels(second)];
	let differ = 0;
	for (let i = 0; i < p.length; i += 4) if (p[i] !== q[i] || p[i + 1] !== q[i + 1] || p[i + 2] !== q[i + 2]) differ++;
	return differ ? `${differ} pixels differ` : 'the same';
}
