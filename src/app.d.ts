// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** The origins `?data=` may load from, as DATA_ORIGINS gave them when the site was built (vite.config.ts). */
	const __DATA_ORIGINS__: string;
	namespace App {
		interface Locals {
			/** The language the page is prerendered in, for `<html lang dir>`. */
			lang?: string;
		}
	}
}

export {};
