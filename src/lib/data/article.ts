import data from './afghanistan-2021.json';
import { withEdtf } from '../time/edtf';
import { formatIssues, validateDataset } from './schema';
import type { Dataset } from '../timeline/types';

/**
 * The article's dataset, normalised. It is validated when the module loads, so a broken
 * edit to the data fails the build and the tests rather than the page.
 */
export const articleDataset: Dataset = await withEdtf(load);

function load(): Dataset {
	const result = validateDataset(data);
	if (!result.ok) throw new Error(`src/lib/data/afghanistan-2021.json: ${formatIssues(result.issues)}`);
	return result.dataset;
}
