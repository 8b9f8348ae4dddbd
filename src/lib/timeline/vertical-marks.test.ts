import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { realDataset } from './real-dataset';
import { toTimelineItems } from './items';
import { createItemIndex } from './item-index';
import { findFolds, openRate, scaleFolded, type TimeScale } from './folded-scale';
import { paddedDomain } from './viewport';
import { AXIS_X, LABEL_X, layoutVerticalMarks, standsAloneIn } from './vertical-marks';

const items = toTimelineItems(realDataset().events);
const index = createItemIndex(items);
const domain = paddedDomain(items);
const folds = findFolds(domain, items.flatMap((i) => [i.start, i.end]), { length: 800, foldLength: 48 });

/** The article's events laid out down a track `k` screens of 800 px long, `width` px wide. */
function layout(k: number, width: number, folded = true, maxDrift?: number) {
	const base: TimeScale = folded ? scaleFolded({ extent: domain, length: 800, folds, foldLength: 48 }) : scaleUtc().domain(domain).range([0, 800]);
	const y = base.copy().range([0, 800 * k]);
	return layoutVerticalMarks(index, {
		y: (ms) => y(ms),
		range: domain,
		pxPerMs: folded ? openRate(y) : undefined,
		screen: 800,
		width,
		lineHeight: 18,
		charWidth: 7.8,
		maxDrift
	});
}

describe('layoutVerticalMarks', () => {
	for (const width of [320, 375, 414]) {
		for (const k of [1, 2, 8]) {
			it(`at ${width} px and ${k} screens, labels never overlap and never leave the screen`, () => {
				const { marks, height } = layout(k, width);
				expect(marks.length).toBeGreaterThan(0);
				const boxes = marks.map((m) => m.placement).sort((a, b) => a.y - b.y);
				boxes.forEach((p, i) => {
					expect(p.x).toBeGreaterThanOrEqual(LABEL_X);
					expect(p.x + p.width).toBeLessThanOrEqual(width);
					for (const line of p.lines) expect(line.length * 7.8).toBeLessThanOrEqual(p.width);
					expect(p.y).toBeGreaterThanOrEqual(0);
					expect(p.y + p.height).toBeLessThanOrEqual(height);
					const above = boxes[i - 1];
					if (above) expect(p.y).toBeGreaterThanOrEqual(above.y + above.height);
				});
			});
		}
	}

	it('keeps every label at full length: its lines hold the whole title', () => {
		for (const { mark, placement } of layout(8, 320).marks) {
			if (mark.type !== 'event') continue;
			expect(placement.lines.join(' ')).toBe(mark.item.event.title.split(/\s+/).join(' '));
		}
	});

	it('puts points and clusters on the axis and spans in columns beside it', () => {
		for (const { mark, column } of layout(4, 375).marks) {
			if (mark.type === 'cluster' || mark.item.kind === 'point') expect(column).toBe(AXIS_X);
			else expect(column).toBeGreaterThan(AXIS_X);
			expect(column).toBeLessThan(LABEL_X);
		}
	});

	it('merges crowded events at one screen and splits them as the track grows', () => {
		const marks = (k: number) => layout(k, 320 - 44).marks;
		expect(marks(1).filter((m) => m.mark.type === 'cluster').length).toBeGreaterThan(0);
		expect(standsAloneIn(marks(1), 'khalilzad-hearing')).toBe(false);
		expect(marks(2).filter((m) => m.mark.type === 'event')).toHaveLength(items.length);
		expect(standsAloneIn(marks(2), 'khalilzad-hearing')).toBe(true);
	});

	it('merges sooner when labels may move less far from their marks', () => {
		const clusters = (maxDrift: number) => layout(2, 375, true, maxDrift).marks.filter((m) => m.mark.type === 'cluster').length;
		expect(clusters(36)).toBeGreaterThan(clusters(18 * 7));
	});

	it('places the events in time order down the track, through the folds', () => {
		const events = layout(16, 375).marks.flatMap(({ mark }) => (mark.type === 'event' ? [mark] : []));
		const byTime = [...events].sort((a, b) => a.item.start - b.item.start);
		for (let i = 1; i < byTime.length; i++) expect(byTime[i]!.x0).toBeGreaterThanOrEqual(byTime[i - 1]!.x0);
	});

	it('gives the events more room with folds than with time to scale', () => {
		const spread = (folded: boolean) => {
			const at = (id: string) => layout(16, 375, folded).marks.find((m) => m.mark.type === 'event' && m.mark.item.id === id)!.mark.x;
			return at('capitals-threatened') - at('doha-agreement');
		};
		expect(spread(true)).toBeGreaterThan(2 * spread(false));
	});
});
