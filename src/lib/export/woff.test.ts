import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { FONT_FILES } from './fonts';
import { woffToSfnt } from './woff';

const require = createRequire(import.meta.url);

describe('woffToSfnt(woff)', () => {
	it.each(FONT_FILES.map((f) => f.file))('unwraps %s into the TrueType font it holds, every table in place', (file) => {
		const woff = readFileSync(require.resolve(`@fontsource/inter/files/${file}`));
		const sfnt = woffToSfnt(woff);
		const tables = woff.readUInt16BE(12);
		expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
		expect(sfnt.readUInt16BE(4)).toBe(tables);
		expect(sfnt.length).toBe(woff.readUInt32BE(16));
		const tags = Array.from({ length: tables }, (_, i) => sfnt.subarray(12 + i * 16, 16 + i * 16).toString('latin1'));
		expect(tags).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'name']));
		// Each table lies inside the file, where its directory entry says.
		for (let i = 0; i < tables; i++) {
			const offset = sfnt.readUInt32BE(12 + i * 16 + 8);
			const length = sfnt.readUInt32BE(12 + i * 16 + 12);
			expect(offset + length).toBeLessThanOrEqual(sfnt.length);
		}
	});

	it('refuses a file that is not WOFF 1.0', () => {
		expect(() => woffToSfnt(new Uint8Array(64))).toThrow('not a WOFF 1.0 font');
	});
});
