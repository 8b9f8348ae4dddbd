import { describe, expect, it } from 'vitest';
import { pymMessage } from './frame-height';

describe('pymMessage(id, type, value)', () => {
	it('joins the parts with xPYMx, as a Pym.js parent expects', () => {
		expect(pymMessage('timeline-1', 'height', 812)).toBe('pymxPYMxtimeline-1xPYMxheightxPYMx812');
	});
});
