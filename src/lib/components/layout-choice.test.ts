import { describe, expect, it } from 'vitest';
import { layoutOf } from './layout-choice';

describe('layoutOf(choice, narrow)', () => {
	it.each([
		{ choice: 'auto', narrow: true, layout: 'vertical' },
		{ choice: 'auto', narrow: false, layout: 'horizontal' },
		{ choice: 'vertical', narrow: false, layout: 'vertical' },
		{ choice: 'horizontal', narrow: true, layout: 'horizontal' },
		{ choice: 'sideways', narrow: true, layout: 'vertical' },
		{ choice: '', narrow: false, layout: 'horizontal' }
	])('gives $layout for "$choice" on a narrow screen: $narrow', ({ choice, narrow, layout }) => {
		expect(layoutOf(choice, narrow)).toBe(layout);
	});
});
