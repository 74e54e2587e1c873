/** core has neither DOM nor Node types; both have setTimeout. */
const timers = globalThis as unknown as { setTimeout(callback: () => void, ms: number): unknown };

/** Lets pending I/O and other requests run before a long job goes on (a timer, not a microtask, so I/O gets its turn). */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => timers.setTimeout(resolve, 0));
