// Repository: failed sign-in counters (the policy that reads them is in auth/throttle.ts). One statement
// per failure, so concurrent failures (on several instances, on PostgreSQL) all count.
import type { Sql } from '../sql';
import type { ThrottleState } from '../store';

interface Row {
	failures: number;
	first_at: number;
	last_at: number;
}

const toState = (r: Row): ThrottleState => ({ failures: r.failures, firstAt: r.first_at, lastAt: r.last_at });

export async function get(db: Sql, key: string): Promise<ThrottleState | null> {
	const r = await db.get<Row>('SELECT failures, first_at, last_at FROM login_throttle WHERE key = ?', [key]);
	return r ? toState(r) : null;
}

/** Counts one failure; a counter whose first failure is older than the window starts again at 1. */
export async function fail(db: Sql, key: string, now: number, windowMs: number): Promise<ThrottleState> {
	const since = now - windowMs;
	const r = await db.get<Row>(
		`INSERT INTO login_throttle AS t (key, failures, first_at, last_at) VALUES (?, 1, ?, ?)
		 ON CONFLICT (key) DO UPDATE SET
		   failures = CASE WHEN t.first_at < ? THEN 1 ELSE t.failures + 1 END,
		   first_at = CASE WHEN t.first_at < ? THEN excluded.first_at ELSE t.first_at END,
		   last_at = excluded.last_at
		 RETURNING failures, first_at, last_at`,
		[key, now, now, since, since]
	);
	return toState(r!);
}

export async function clear(db: Sql, key: string): Promise<void> {
	await db.run('DELETE FROM login_throttle WHERE key = ?', [key]);
}
