// Repository: failed sign-in counters (the policy that reads them is in auth/throttle.ts). One statement
// per failure, so concurrent failures on several instances all count.
import type { ThrottleState } from '../store';
import type { PG } from './open';

interface Row {
	failures: number;
	first_at: number;
	last_at: number;
}

const toState = (r: Row): ThrottleState => ({ failures: r.failures, firstAt: r.first_at, lastAt: r.last_at });

export async function get(db: PG, key: string): Promise<ThrottleState | null> {
	const { rows } = await db.query<Row>('SELECT failures, first_at, last_at FROM login_throttle WHERE key = $1', [key]);
	return rows[0] ? toState(rows[0]) : null;
}

export async function fail(db: PG, key: string, now: number, windowMs: number): Promise<ThrottleState> {
	const { rows } = await db.query<Row>(
		`INSERT INTO login_throttle AS t (key, failures, first_at, last_at) VALUES ($1, 1, $2, $2)
		 ON CONFLICT (key) DO UPDATE SET
		   failures = CASE WHEN t.first_at < $3 THEN 1 ELSE t.failures + 1 END,
		   first_at = CASE WHEN t.first_at < $3 THEN excluded.first_at ELSE t.first_at END,
		   last_at = excluded.last_at
		 RETURNING failures, first_at, last_at`,
		[key, now, now - windowMs]
	);
	return toState(rows[0]!);
}

export async function clear(db: PG, key: string): Promise<void> {
	await db.query('DELETE FROM login_throttle WHERE key = $1', [key]);
}
