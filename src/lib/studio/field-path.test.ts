import { describe, expect, it } from 'vitest';
import { fieldForPath } from './field-path';

describe('fieldForPath(path) finds the field a problem is about', () => {
	it.each([
		['events[3].title', 'field-events-3-title'],
		['events[0].date', 'field-events-0-date'],
		['events[0].end', 'field-events-0-date'],
		['events[12].dateText', 'field-events-12-dateText'],
		['events[2].places[1].lat', 'field-events-2-places'],
		['events[2].actors[0]', 'field-events-2-actors'],
		['events[1].quotes[0]', 'field-events-1-quotes'],
		['events[1].record', 'field-events-1-record-date'],
		['events[1].record.note', 'field-events-1-record-note'],
		['events[1].record.sources[0].url', 'field-events-1-record-sources'],
		['events[1].record.end', 'field-events-1-record-date'],
		['events[4]', 'field-events-4-title'],
		['events[2].media[1].alt', 'field-events-2-media-1-alt'],
		['events[2].media[0]', 'field-events-2-media-0-url'],
		['events[2].media', 'field-events-2-media'],
		['events[4].id', 'field-events-4-title'],
		['events[5].group', 'field-events-5-group'],
		['eras[1].date', 'field-eras-1-date'],
		['eras[1].end', 'field-eras-1-date'],
		['eras[0].id', 'field-eras-0-id'],
		['eras[2]', 'field-eras-2-title'],
		['groups[3].title', 'field-groups-3-title'],
		['groups[1].id', 'field-groups-1-id'],
		['eras', 'add-era'],
		['groups', 'add-group'],
		['article.published', 'field-article-published'],
		['article.text', 'field-article-text'],
		['article', 'field-article-title'],
		['articles[0].url', 'field-article-url'],
		['events', undefined],
		['', undefined],
		['version', undefined]
	])('%s → %s', (path, id) => {
		expect(fieldForPath(path)).toBe(id);
	});
});
