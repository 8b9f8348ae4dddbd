/** Runs `run` once the browser has nothing else to do (soon after, where it cannot tell). */
export function whenIdle(run: () => void): void {
	if (typeof requestIdleCallback === 'function') requestIdleCallback(() => run());
	else setTimeout(run, 200);
}
