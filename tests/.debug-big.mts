import { chromium } from 'playwright-core';
import { syntheticDataset } from './bench/dataset.ts';
import { appServer, listen, close } from './bench/browser.ts';
import { readTree } from './bench/compare/server.ts';
import { createServer } from 'node:http';
const n = Number(process.argv[2] ?? 10000);
const body = JSON.stringify(syntheticDataset(n));
const data = createServer((req, res) => { res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }); res.end(body); });
const app = appServer(readTree(new URL('../build', import.meta.url).pathname, '/'));
await listen(app, 4302); await listen(data, 4303);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (let run = 0; run < 2; run++) {
const page = await browser.newPage();
await page.addInitScript(() => {
	const t: [number, string][] = [];
	(window as any).__t = t;
	new MutationObserver(() => {
		const box = document.querySelector('[data-testid="load-progress"]');
		const text = box ? box.querySelector('.step')!.textContent!.replace(/\s+/g, ' ').replace(/\d+%/, '').trim() : document.querySelector('.timeline[data-ready] .mark[data-key*=":event-"]') ? 'drawn' : '';
		if (text && t.at(-1)?.[1] !== text) t.push([Math.round(performance.now()), text]);
	}).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
});
await page.goto(`http://127.0.0.1:4302/embed?data=${encodeURIComponent('http://127.0.0.1:4303/x.json')}`);
await page.waitForFunction(() => (window as any).__t.some((e: any) => e[1] === 'drawn'), null, { timeout: 120000 });
const fetched = await page.evaluate(() => (performance.getEntriesByType('resource').find((e) => e.name.includes(':4303/')) as PerformanceResourceTiming).responseEnd);
console.log(Math.round(fetched), JSON.stringify(await page.evaluate(() => (window as any).__t.filter((e: any) => !/Downloading/.test(e[1])))));
await page.close();
}
await browser.close(); await close(app); await close(data);
