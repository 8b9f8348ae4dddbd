/**
 * Where a dataset's media are: a relative address in a data file (`/images/a.jpg`,
 * `images/a.jpg`, `../a.jpg`) is relative to the file, as in any web document, so a
 * timeline loaded with `?data=` from another site shows that site's images rather than
 * looking for them on this one (docs/data-format.md, `media[].url`).
 */
import type { Dataset } from '../timeline/types';

/** Whether `address` is relative (no scheme of its own). */
const isRelative = (address: string) => !/^[a-z][a-z0-9+.-]*:/i.test(address);

function resolve(address: string, base: string): string {
	if (!isRelative(address)) return address;
	try {
		return new URL(address, base).href;
	} catch {
		return address;
	}
}

/**
 * The dataset with every media `url` and `poster` made absolute against `base`, the data
 * file's own address; the same object when no event has media.
 */
export function resolveMediaUrls(dataset: Dataset, base: string): Dataset {
	if (!dataset.events.some((event) => event.media?.length)) return dataset;
	return {
		...dataset,
		events: dataset.events.map((event) =>
			event.media?.length
				? {
						...event,
						media: event.media.map((item) =>
							item.type === 'link'
								? { ...item, url: resolve(item.url, base), ...(item.poster !== undefined && { poster: resolve(item.poster, base) }) }
								: { ...item, url: resolve(item.url, base) }
						)
					}
				: event
		)
	};
}
