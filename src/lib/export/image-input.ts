/**
 * What timelineSvg needs from a dataset besides the dataset itself, made from it alone (for
 * Node and tests; a page has them in its TimelineState already).
 */
import type { DateLocale } from '../time/date-locale';
import { describeDate } from '../time/describe-date';
import { eraSpans } from '../timeline/eras';
import { toTimelineItems } from '../timeline/items';
import type { Dataset } from '../timeline/types';
import type { TimelineImageOptions } from './timeline-svg';

/** The dataset with its events and eras ready to draw, and its publication date in words (in `locale`'s, English by default). */
export function imageInput(dataset: Dataset, locale?: DateLocale): Pick<TimelineImageOptions, 'dataset' | 'allItems' | 'eras' | 'published'> {
	return { dataset, allItems: toTimelineItems(dataset.events), eras: eraSpans(dataset.eras), published: describeDate(dataset.article.published, locale) };
}
