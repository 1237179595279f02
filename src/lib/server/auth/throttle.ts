// Sign-in throttling policy (pure): a few free failures, then an exponential lock-out, per key.
import type { ThrottleState } from '../db/store';

export const THROTTLE_WINDOW_MS = 15 * 60_000;
/** Failures allowed before lock-outs start: per user name, and per client address (offices share one). */
export const FREE_FAILURES = { user: 5, ip: 20 } as const;
const MAX_LOCK_MS = 15 * 60_000;

/** Milliseconds until the key may try again (0 = now). */
export function lockedFor(state: ThrottleState | null, now: number, free: number): number {
	if (!state || state.failures < free || now - state.firstAt > THROTTLE_WINDOW_MS) return 0;
	const lock = Math.min(1000 * 2 ** (state.failures - free), MAX_LOCK_MS);
	return Math.max(0, state.lastAt + lock - now);
}
