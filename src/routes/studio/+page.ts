import { loadEdtf } from '$lib/time/edtf';
import type { PageLoad } from './$types';

// The studio checks every date as it is typed, so it reads the rare EDTF forms from the start.
export const load: PageLoad = async () => {
	await loadEdtf();
	return {};
};
