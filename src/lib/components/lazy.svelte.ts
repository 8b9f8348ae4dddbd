import { whenIdle } from './idle';

/**
 * A component that is not part of a page's first load: it loads when it is first wanted or once
 * the browser is idle, whichever comes first, and only once. A load that fails (the reader went
 * offline) is tried again the next time the component is wanted.
 */
export class Lazy<T> {
	/** The component, once it has loaded. */
	component = $state.raw<T>();
	#load: () => Promise<{ default: T }>;
	#started = false;

	constructor(load: () => Promise<{ default: T }>) {
		this.#load = load;
	}

	/** Starts loading now, because something on the page needs it. */
	want(): void {
		if (this.#started) return;
		this.#started = true;
		this.#load().then(
			(module) => (this.component = module.default),
			() => (this.#started = false)
		);
	}

	/** Starts loading once the browser has nothing else to do. */
	whenIdle(): void {
		whenIdle(() => this.want());
	}
}
