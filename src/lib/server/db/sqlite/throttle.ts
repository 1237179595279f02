// Repository: failed sign-in counters (the policy that reads them is in auth/throttle.ts).
import type { ThrottleState } from '../store';
import type { DB } from './open';

interface Row {
	failures: number;
	first_at: number;
	last_at: number;
}

const toState = (r: Row): ThrottleState => ({ failures: r.failures, firstAt: r.first_at, lastAt: r.last_at });

export function get(db: DB, key: string): ThrottleState | null {
	const r = db.prepare('SELECT failures, first_at, last_at FROM login_throttle WHERE key = ?').get(key) as Row | undefined;
	return r ? toState(r) : null;
}

export function fail(db: DB, key: string, now: number, windowMs: number): ThrottleState {
	const r = db
		.prepare(
			`INSERT INTO login_throttle (key, failures, first_at, last_at) VALUES (?, 1, ?, ?)
			 ON CONFLICT (key) DO UPDATE SET
			   failures = CASE WHEN first_at < ? THEN 1 ELSE failures + 1 END,
			   first_at = CASE WHEN first_at < ? THEN excluded.first_at ELSE first_at END,
			   last_at = excluded.last_at
			 RETURNING failures, first_at, last_at`
		)
		.get(key, now, now, now - windowMs, now - windowMs) as Row;
	return toState(r);
}

export function clear(db: DB, key: string): void {
	db.prepare('DELETE FROM login_throttle WHERE key = ?').run(key);
}
