// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** DATA_ORIGINS as the site was built with it (vite.config.ts). */
	const __DATA_ORIGINS__: string;
	namespace App {}
}

export {};
