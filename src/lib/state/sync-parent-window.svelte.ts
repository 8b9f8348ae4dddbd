import { reportFrameHeight } from '$lib/embed/frame-height';
import { periodOf, rangeMessage, readyMessage, selectMessage, type Incoming } from '$lib/embed/messages';
import { isFramed, listenToParent, postToParent } from '$lib/embed/parent-window';
import type { TimelineState } from './timeline-state.svelte';

/** How long the view must rest before the host hears of it, in ms: a gesture is one message. */
const SETTLE_MS = 300;

/** Options for {@link syncParentWindow}. */
export interface SyncParentWindowOptions {
	/** The id a Pym.js parent gave the frame (its `childId` URL parameter), if any. */
	pymId?: string | null;
	/**
	 * Whether the page's own dataset is not drawn yet (it loads, or failed): until it is, the
	 * host's commands wait and `timeline:ready` is not sent, so no host acts on a timeline
	 * that is about to be replaced. Read in an effect, so it may be reactive state.
	 */
	held?: () => boolean;
}

/**
 * Keeps the page that frames the embed in step with the state (docs/embed.md): obeys its
 * commands once the timeline answers input (queueing the earlier ones), tells it when the
 * timeline is ready, when the selection changes and when the visible period settles, and
 * reports the content height. This is the one place that keeps the host's own commands from
 * echoing back: a command for what is already shown changes nothing, and a period is posted
 * only when it differs from the last one posted. Does nothing outside a frame. Returns the cleanup.
 */
export function syncParentWindow(state: TimelineState, options: SyncParentWindowOptions = {}): () => void {
	if (!isFramed()) return () => {};
	let ready = false;
	const pending: Incoming[] = [];
	let lastRange = '';

	function obey(message: Incoming) {
		if (!ready) {
			pending.push(message);
			return;
		}
		switch (message.type) {
			case 'timeline:select':
				if (message.id !== state.selectedId) state.select(message.id, { cause: 'host' });
				break;
			case 'timeline:range': {
				const period = periodOf(message.from, message.to);
				const shown = state.view.settled && rangeMessage(...state.view.settled);
				if (period && (shown?.from !== message.from || shown?.to !== message.to)) state.showRange(period[0], period[1]);
				break;
			}
			case 'timeline:next':
				state.step(1, { cause: 'host' });
				break;
			case 'timeline:previous':
				state.step(-1, { cause: 'host' });
				break;
		}
	}

	const stopSelection = state.onSelectionChange((id, cause) => {
		// The page opened on the link's event: the host asked for it, it needs no telling.
		if (cause !== 'link') postToParent(selectMessage(id));
	});
	const stopListening = listenToParent(obey);
	const stopReporting = reportFrameHeight({ pymId: options.pymId });
	const stopEffects = $effect.root(() => {
		$effect(() => {
			if (!state.view.ready || ready || options.held?.()) return;
			ready = true;
			postToParent(readyMessage());
			for (const message of pending.splice(0)) obey(message);
		});
		$effect(() => {
			const settled = state.view.settled;
			if (!state.view.ready || !settled) return;
			const timer = setTimeout(() => {
				const message = rangeMessage(settled[0], settled[1]);
				const key = `${message.from}/${message.to}`;
				if (key === lastRange) return;
				lastRange = key;
				postToParent(message);
			}, SETTLE_MS);
			return () => clearTimeout(timer);
		});
	});
	return () => {
		stopEffects();
		stopReporting();
		stopListening();
		stopSelection();
	};
}
