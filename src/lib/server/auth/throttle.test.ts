import { describe, expect, it } from 'vitest';
import { FREE_FAILURES, lockedFor, THROTTLE_WINDOW_MS } from './throttle';

const now = 1_000_000_000;
const state = (failures: number, lastAgo = 0, firstAgo = 60_000) => ({ failures, firstAt: now - firstAgo, lastAt: now - lastAgo });

describe('sign-in lock-out', () => {
	it.each([
		['no failures yet', null, 0],
		['below the free failures', state(FREE_FAILURES.user - 1), 0],
		['at the limit: one second', state(FREE_FAILURES.user), 1000],
		['doubling after that', state(FREE_FAILURES.user + 3), 8000],
		['capped at 15 minutes', state(FREE_FAILURES.user + 30), 15 * 60_000],
		['partly served', state(FREE_FAILURES.user + 1, 500), 1500],
		['served', state(FREE_FAILURES.user + 1, 5000), 0],
		['the window has passed', state(50, 0, THROTTLE_WINDOW_MS + 1), 0]
	] as const)('%s', (_, s, expected) => {
		expect(lockedFor(s, now, FREE_FAILURES.user)).toBe(expected);
	});
});
