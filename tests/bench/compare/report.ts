/**
 * The comparison's markdown: the machine, then one table per measure with each system's median
 * over its repetitions and each anchor's ratio to this timeline (anchor ÷ ours: above 1, ours
 * is faster or smaller).
 */
import { cpus } from 'node:os';
import { formatCount, formatMs, median, percentile } from '../stats';
import { INPUT_INTERVAL_MS, PAN_PX, VIEWPORT, WHEEL_STEPS, type Measurement } from './measure';
import type { System } from './system';

/** Everything the run measured. */
export interface Results {
	sizes: number[];
	/** This timeline first, then the anchors. */
	systems: System[];
	/** Each system's runs at each size, by `${system.key}@${n}`. */
	runs: Map<string, Measurement[]>;
	timeoutMs: number;
	chromium: string;
	/** Runs not tried, by `${system.key}@${n}`: the size at which that system timed out. */
	skipped: Map<string, number>;
}

/** A number of one system at one size, or why there is none. */
type Value = number | 'timed out' | 'failed' | 'skipped' | 'none';

const ratio = (anchor: number, ours: number) => (Number.isFinite(anchor / ours) ? `${(anchor / ours).toFixed(anchor / ours < 10 ? 2 : 1)}×` : '–');

/** The shown runs of a system at a size, or why there are none. */
function shown(results: Results, system: System, n: number): Measurement[] | Exclude<Value, number> {
	const id = `${system.key}@${n}`;
	if (results.skipped.has(id)) return 'skipped';
	const runs = results.runs.get(id) ?? [];
	if (runs.some((m) => m.status === 'timed out')) return 'timed out';
	const ok = runs.filter((m) => m.status === 'shown');
	if (!ok.length) return runs.length ? 'failed' : 'none';
	return ok;
}

/** The median over a system's runs at a size of `pick`, or why there is none. */
function value(results: Results, system: System, n: number, pick: (m: Measurement) => number): Value {
	const runs = shown(results, system, n);
	return typeof runs === 'string' ? runs : median(runs.map(pick));
}

/** A table cell: `format(value)` and, for an anchor, its ratio to ours. */
function cell(results: Results, v: Value, ours: Value, format: (v: number) => string, n: number, system: System): string {
	if (v === 'timed out') return `> ${results.timeoutMs / 1000} s`;
	if (v === 'skipped') return `not tried (> ${results.timeoutMs / 1000} s at ${formatCount(results.skipped.get(`${system.key}@${n}`) as number)})`;
	if (typeof v !== 'number') return v === 'none' ? '–' : v;
	if (system === results.systems[0] || typeof ours !== 'number') return format(v);
	return `${format(v)} (${ratio(v, ours)})`;
}

/** A table with a row per size and a column per system, of the median of `pick`. */
function table(results: Results, pick: (m: Measurement) => number, format: (v: number) => string): string[] {
	const [first] = results.systems as [System];
	const lines = [`| events | ${results.systems.map((s) => s.name).join(' | ')} |`, `|---:|${results.systems.map(() => '---:').join('|')}|`];
	for (const n of results.sizes) {
		const ours = value(results, first, n, pick);
		lines.push(`| ${formatCount(n)} | ${results.systems.map((s) => cell(results, value(results, s, n, pick), ours, format, n, s)).join(' | ')} |`);
	}
	return lines;
}

/** A table of frame intervals: median / 95th percentile, each the median over the runs. */
function framesTable(results: Results, frames: (m: Measurement) => number[]): string[] {
	const [first] = results.systems as [System];
	const lines = [`| events | ${results.systems.map((s) => s.name).join(' | ')} |`, `|---:|${results.systems.map(() => '---:').join('|')}|`];
	for (const n of results.sizes) {
		const mid = (s: System) => value(results, s, n, (m) => median(frames(m)));
		const p95 = (s: System) => value(results, s, n, (m) => percentile(frames(m), 0.95));
		const cells = results.systems.map((s) => {
			const [a, b] = [mid(s), p95(s)];
			if (typeof a !== 'number' || typeof b !== 'number') return cell(results, a, NaN, String, n, s);
			const [oa, ob] = [mid(first), p95(first)];
			const text = `${formatMs(a)} / ${formatMs(b)}`;
			return s === first || typeof oa !== 'number' || typeof ob !== 'number' ? text : `${text} (${ratio(a, oa)} / ${ratio(b, ob)})`;
		});
		lines.push(`| ${formatCount(n)} | ${cells.join(' | ')} |`);
	}
	return lines;
}

const kb = (bytes: number) => `${formatCount(Math.round(bytes / 1024))} KB`;
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
const yesNo = (a?: string, b?: string) => (a === undefined || b === undefined ? '–' : a === b ? 'no' : 'yes');

/** Per system and size: how many runs, when the data arrived, and whether the gestures changed the view. */
function detailsTable(results: Results): string[] {
	const lines = [
		'| events | system | runs | data fetched (ms) | zoomed in (view changed; days in view) | drag (view changed) | zoomed out (view changed) |',
		'|---:|---|---:|---:|---|---|---|'
	];
	for (const n of results.sizes) {
		for (const s of results.systems) {
			const runs = shown(results, s, n);
			if (typeof runs === 'string') {
				lines.push(`| ${formatCount(n)} | ${s.name} | ${(results.runs.get(`${s.key}@${n}`) ?? []).length} | ${runs} | – | – | – |`);
				continue;
			}
			const [start, deep, panned, out] = (runs[0] as Measurement).views.map((v) => v);
			const days = deep?.days === undefined ? '' : `; ${formatCount(Math.round(deep.days))} of ${formatCount(Math.round(start?.days ?? NaN))}`;
			lines.push(
				`| ${formatCount(n)} | ${s.name} | ${runs.length} | ${formatMs(median(runs.map((m) => m.fetched)))} | ${yesNo(start?.key, deep?.key)}${days} | ${yesNo(deep?.key, panned?.key)} | ${yesNo(panned?.key, out?.key)} |`
			);
		}
	}
	return lines;
}

/** The other hosts each system asked for, and the errors its pages logged, once each. */
function notes(results: Results): string[] {
	return results.systems.flatMap((s) => {
		const runs = [...results.runs].filter(([id]) => id.startsWith(`${s.key}@`)).flatMap(([, runs]) => runs);
		const blocked = new Set(runs.flatMap((m) => m.blocked));
		const errors = new Set(runs.flatMap((m) => m.errors));
		return [
			...(blocked.size ? [`- ${s.name} asked other hosts for (blocked): ${[...blocked].map((u) => `<${u}>`).join(', ')}.`] : []),
			...(errors.size ? [`- ${s.name} logged: ${[...errors].slice(0, 3).map((e) => `“${e.slice(0, 160)}”`).join('; ')}.`] : [])
		];
	});
}

/** The report, ready for the README's Performance section. */
export function report(results: Results): string {
	const cpu = cpus();
	const date = new Date().toISOString().slice(0, 10);
	const bytesOf = (s: System) => {
		const run = [...results.runs].find(([id, runs]) => id.startsWith(`${s.key}@`) && runs.some((m) => m.status === 'shown'));
		return run?.[1].find((m) => m.status === 'shown')?.bytes;
	};
	const ourBytes = bytesOf(results.systems[0] as System);
	const out = [
		`## Side by side: ${results.systems.map((s) => s.name).join(', ')}`,
		'',
		`${date}; ${cpu.length} cores (${cpu[0]?.model.trim()}), Chromium ${results.chromium} headless, Node ${process.versions.node}. ` +
			`The same seeded synthetic events (tests/bench/dataset.ts) for every system, each fetched by its page from another local origin in its own format; ` +
			`all other hosts blocked. Window ${VIEWPORT.width}×${VIEWPORT.height}, a fresh browser context per run, the systems interleaved within each repetition; median of the runs (see “runs” below). ` +
			'In brackets: the anchor ÷ this timeline (above 1: this timeline is faster or smaller).',
		'',
		...results.systems.map((s) => `- ${s.name}: ${s.note}.`),
		'',
		'**First paint** (ms from navigation until the first item is in the DOM and a frame including it has been rendered: a task queued from the next `requestAnimationFrame`).',
		'',
		...table(results, (m) => m.painted as number, (v) => formatMs(v)),
		'',
		`**Zoom** (frame intervals in ms from a requestAnimationFrame loop, median / 95th percentile; 16.7 is every frame) during ${WHEEL_STEPS} zoom steps in and ${WHEEL_STEPS} out, ${INPUT_INTERVAL_MS} ms apart.`,
		'',
		...framesTable(results, (m) => m.zoom),
		'',
		`**Pan**: the same during a ${PAN_PX} px drag to the left, after zooming in.`,
		'',
		...framesTable(results, (m) => m.pan),
		'',
		'**First contentful paint** (ms, Paint Timing) and **layout shift** until the page is quiet after load (layout-shift entries summed, input excluded; under 0.1 is good, 0 best).',
		'',
		...table(results, (m) => m.fcp, (v) => formatMs(v)),
		'',
		...table(results, (m) => m.layoutShift, (v) => v.toFixed(3)),
		'',
		'**JS heap** after load (CDP `Performance.getMetrics` JSHeapUsedSize, after a forced garbage collection).',
		'',
		...table(results, (m) => m.heapBytes, mb),
		'',
		'**Bytes**: the JavaScript and CSS each page loaded (the data and fonts not counted), raw and gzipped here with node:zlib (level 6).',
		'',
		'| system | files | raw | gzip |',
		'|---|---:|---:|---:|',
		...results.systems.map((s) => {
			const b = bytesOf(s);
			if (!b) return `| ${s.name} | – | – | – |`;
			const r = s === results.systems[0] || !ourBytes ? '' : ` (${ratio(b.gzip, ourBytes.gzip)})`;
			return `| ${s.name} | ${b.files} | ${kb(b.raw)} | ${kb(b.gzip)}${r} |`;
		}),
		'',
		'**Runs and gestures**: whether each gesture changed the view (as each system reports it), and for the first run how many days the deepest zoom showed.',
		'',
		...detailsTable(results)
	];
	const extra = notes(results);
	if (extra.length) out.push('', ...extra);
	return out.join('\n');
}
