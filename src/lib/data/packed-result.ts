/**
 * What the worker that prepares a large dataset (prepare.worker.ts) hands the page, packed for
 * the crossing. Structured clone copies an object graph one field at a time: for the thousands
 * of plain records of a dataset it takes about twice as long as JSON.stringify in the worker
 * and JSON.parse on the page (some 30 against 15 ms for the benchmark's 10,000 events, in
 * Chromium), and the page waits for both. So the checked dataset crosses as one JSON string; its items as typed arrays
 * of their numbers, with each item's event as a position in the dataset's events; and the
 * index as its own typed arrays (transferred, not copied), with positions in place of the
 * items it lists. Unpacking rebuilds the same objects, shared as they were: each item holds the
 * dataset's own event, and the index holds the items.
 */
import { itemIndexBuffers, reviveItemIndex, type ItemIndex } from '../timeline/item-index';
import type { MarkKind, TimelineItem } from '../timeline/types';
import type { CheckedDataset, CheckFailure } from './prepare';

/** The items, one entry per item in each array; `recordKind` 0 for an item without a record. */
interface PackedItems {
	event: Int32Array;
	start: Float64Array;
	end: Float64Array;
	kind: Uint8Array;
	recordStart: Float64Array;
	recordEnd: Float64Array;
	recordKind: Uint8Array;
}

/** The index without its lists of items: `items` holds their positions in the items instead. */
type PackedIndex = Omit<ItemIndex, 'items' | 'byAnchor'> & { items: Int32Array };

/** A result as it crosses: a failure as it is; a dataset as JSON (without `prepared`), its items and index packed. */
export type PackedResult = CheckFailure | { ok: true; json: string; prepared?: { items: PackedItems; index: PackedIndex } };

const KINDS: readonly MarkKind[] = ['point', 'bar', 'band'];
const kindCode = (kind: MarkKind) => KINDS.indexOf(kind);

/** `result` packed, and the buffers to transfer with it. */
export function packResult(result: CheckedDataset | CheckFailure): { packed: PackedResult; transfer: ArrayBuffer[] } {
	if (!result.ok) return { packed: result, transfer: [] };
	const { prepared, ...checked } = result;
	const json = JSON.stringify(checked);
	if (!prepared) return { packed: { ok: true, json }, transfer: [] };

	const eventAt = new Map(result.dataset.events.map((event, i) => [event, i]));
	const n = prepared.items.length;
	const items: PackedItems = {
		event: new Int32Array(n),
		start: new Float64Array(n),
		end: new Float64Array(n),
		kind: new Uint8Array(n),
		recordStart: new Float64Array(n),
		recordEnd: new Float64Array(n),
		recordKind: new Uint8Array(n)
	};
	const itemAt = new Map<TimelineItem, number>();
	prepared.items.forEach((item, i) => {
		itemAt.set(item, i);
		items.event[i] = eventAt.get(item.event) ?? -1;
		items.start[i] = item.start;
		items.end[i] = item.end;
		items.kind[i] = kindCode(item.kind);
		if (item.record) {
			items.recordStart[i] = item.record.start;
			items.recordEnd[i] = item.record.end;
			items.recordKind[i] = kindCode(item.record.kind) + 1;
		}
	});
	// The items in anchor order are not sent: unpacking rebuilds them from the ranks.
	const { items: listed, byAnchor: _inAnchorOrder, ...rest } = prepared.index;
	const index: PackedIndex = { ...rest, items: Int32Array.from(listed, (item) => itemAt.get(item) ?? -1) };
	const own = [index.items, ...Object.values(items)] as ArrayBufferView[];
	const transfer = [...itemIndexBuffers(prepared.index), ...own.map((array) => array.buffer as ArrayBuffer)];
	return { packed: { ok: true, json, prepared: { items, index } }, transfer };
}

/** The result {@link packResult} packed, with its objects rebuilt and shared as they were. */
export function unpackResult(packed: PackedResult): CheckedDataset | CheckFailure {
	if (!packed.ok) return packed;
	const checked = JSON.parse(packed.json) as CheckedDataset;
	if (!packed.prepared) return checked;
	const { items: p, index: packedIndex } = packed.prepared;
	const events = checked.dataset.events;
	const items = new Array<TimelineItem>(p.event.length);
	for (let i = 0; i < items.length; i++) {
		const event = events[p.event[i]!]!;
		const item: TimelineItem = { id: event.id, event, start: p.start[i]!, end: p.end[i]!, kind: KINDS[p.kind[i]!]! };
		if (p.recordKind[i]) item.record = { start: p.recordStart[i]!, end: p.recordEnd[i]!, kind: KINDS[p.recordKind[i]! - 1]! };
		items[i] = item;
	}
	const listed = Array.from(packedIndex.items, (position) => items[position]!);
	// The items in anchor order: the item at position `pos` of the index has rank rankOf[pos].
	const byAnchor = new Array<TimelineItem>(listed.length);
	listed.forEach((item, pos) => (byAnchor[packedIndex.rankOf[pos]!] = item));
	const index = reviveItemIndex({ ...packedIndex, items: listed, byAnchor });
	return { ...checked, prepared: { events, items, index } };
}
