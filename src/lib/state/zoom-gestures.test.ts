import { describe, expect, it } from 'vitest';
import { acceptsGesture, horizontalWheel, wheelDelta } from './zoom-gestures';

/** A stand-in for a DOM event with the fields the rules read. */
const event = <T extends Event>(fields: Record<string, unknown>) =>
	({ preventDefault() {}, stopImmediatePropagation() {}, ...fields }) as unknown as T;

describe('acceptsGesture(event, options)', () => {
	it.each([
		{ name: 'a plain wheel on the page', fields: { type: 'wheel' }, embedded: false, accepted: true },
		{ name: 'a plain wheel in an embed', fields: { type: 'wheel' }, embedded: true, accepted: false },
		{ name: 'Ctrl + wheel in an embed', fields: { type: 'wheel', ctrlKey: true }, embedded: true, accepted: true },
		{ name: '⌘ + wheel in an embed', fields: { type: 'wheel', metaKey: true }, embedded: true, accepted: true },
		{ name: 'one finger in an embed', fields: { type: 'touchstart', touches: { length: 1 } }, embedded: true, accepted: false },
		{ name: 'two fingers in an embed', fields: { type: 'touchstart', touches: { length: 2 } }, embedded: true, accepted: true },
		{ name: 'one finger on the page', fields: { type: 'touchstart', touches: { length: 1 } }, embedded: false, accepted: true },
		{ name: 'a left-button drag', fields: { type: 'mousedown', button: 0 }, embedded: false, accepted: true },
		{ name: 'a right-button drag', fields: { type: 'mousedown', button: 2 }, embedded: false, accepted: false },
		{ name: 'a Ctrl + click', fields: { type: 'mousedown', button: 0, ctrlKey: true }, embedded: false, accepted: false }
	])('$name: $accepted', ({ fields, embedded, accepted }) => {
		let hinted = false;
		const options = { wheelNeedsModifier: embedded, onplainwheel: () => (hinted = true) };
		expect(acceptsGesture(event(fields), options)).toBe(accepted);
		expect(hinted).toBe(fields.type === 'wheel' && !accepted);
	});
});

describe('wheelDelta(event)', () => {
	it.each([
		{ name: 'pixels', fields: { deltaY: -100, deltaMode: 0 }, delta: 0.2 },
		{ name: 'lines', fields: { deltaY: -3, deltaMode: 1 }, delta: 0.15 },
		{ name: 'pages', fields: { deltaY: 1, deltaMode: 2 }, delta: -1 },
		{ name: 'a pinch, five times as far', fields: { deltaY: -10, deltaMode: 0, ctrlKey: true }, delta: 0.1 }
	])('scales $name to $delta', ({ fields, delta }) => {
		expect(wheelDelta(event(fields))).toBeCloseTo(delta, 9);
	});
});

describe('horizontalWheel(width, pan)', () => {
	it.each([
		{ name: 'a sideways swipe pans', fields: { deltaX: 40, deltaY: 5, deltaMode: 0 }, dx: 40 },
		{ name: 'Shift + wheel pans by the vertical delta', fields: { deltaX: 0, deltaY: 30, shiftKey: true, deltaMode: 0 }, dx: 30 },
		{ name: 'a line is 16 px', fields: { deltaX: -2, deltaY: 0, deltaMode: 1 }, dx: -32 },
		{ name: 'a page is the plot width', fields: { deltaX: 1, deltaY: 0, deltaMode: 2 }, dx: 800 },
		{ name: 'a vertical wheel is left to the zoom', fields: { deltaX: 5, deltaY: 40, deltaMode: 0 }, dx: null },
		{ name: 'a pinch is left to the zoom', fields: { deltaX: 40, deltaY: 0, ctrlKey: true, deltaMode: 0 }, dx: null }
	])('$name', ({ fields, dx }) => {
		const pans: number[] = [];
		horizontalWheel(() => 800, (d) => pans.push(d))(event(fields));
		expect(pans).toEqual(dx === null ? [] : [dx]);
	});
});
