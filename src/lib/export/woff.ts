/**
 * WOFF 1.0 (W3C) back to the TrueType/OpenType file it wraps: resvg reads TTF and OTF only,
 * and @fontsource ships its fonts as WOFF, whose tables are each zlib-compressed. The
 * browser embeds the WOFF as it is; Node unwraps the same file, so both draw the same glyphs.
 */
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'

/** The sfnt (TTF/OTF) font inside the WOFF file `woff`; throws on anything else. */
export function woffToSfnt(woff: Uint8Array): Buffer {
	const input = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
	if (input.length < 44 || input.readUInt32BE(0) !== WOFF_SIGNATURE) throw new Error('not a WOFF 1.0 font');
	const flavor = input.readUInt32BE(4);
	const count = input.readUInt16BE(12);
	const tables = Array.from({ length: count }, (_, i) => {
		const at = 44 + i * 20;
		return {
			tag: input.readUInt32BE(at),
			offset: input.readUInt32BE(at + 4),
			compressed: input.readUInt32BE(at + 8),
			length: input.readUInt32BE(at + 12),
			checksum: input.readUInt32BE(at + 16)
		};
	});
	const padded = (n: number) => (n + 3) & ~3;
	const headerSize = 12 + 16 * count;
	const output = Buffer.alloc(headerSize + tables.reduce((sum, t) => sum + padded(t.length), 0));
	// The sfnt header: the binary-search fields follow from the table count.
	let power = 1;
	let log = 0;
	while (power * 2 <= count) {
		power *= 2;
		log++;
	}
	output.writeUInt32BE(flavor, 0);
	output.writeUInt16BE(count, 4);
	output.writeUInt16BE(power * 16, 6);
	output.writeUInt16BE(log, 8);
	output.writeUInt16BE(count * 16 - power * 16, 10);
	let offset = headerSize;
	tables.forEach((table, i) => {
		const data = input.subarray(table.offset, table.offset + table.compressed);
		const raw = table.compressed < table.length ? inflateSync(data) : data;
		if (raw.length !== table.length) throw new Error('a table of the WOFF font has the wrong length');
		const entry = 12 + i * 16;
		output.writeUInt32BE(table.tag, entry);
		output.writeUInt32BE(table.checksum, entry + 4);
		output.writeUInt32BE(offset, entry + 8);
		output.writeUInt32BE(table.length, entry + 12);
		raw.copy(output, offset);
		offset += padded(table.length);
	});
	return output;
}
