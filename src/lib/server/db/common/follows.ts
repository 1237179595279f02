// Repository: which indicators each user follows (the overview's followed-first order and filter, and the
// digest's default scope). Written once over Sql for both databases.
import type { Sql } from '../sql';

/** Idempotent: following twice keeps the first time. */
export async function follow(db: Sql, userId: number, indicator: string): Promise<void> {
	await db.run('INSERT INTO follows (user_id, indicator, created_at) VALUES (?, ?, ?) ON CONFLICT (user_id, indicator) DO NOTHING', [
		userId,
		indicator,
		new Date().toISOString()
	]);
}

/** True when this call removed a follow. */
export async function unfollow(db: Sql, userId: number, indicator: string): Promise<boolean> {
	return (await db.run('DELETE FROM follows WHERE user_id = ? AND indicator = ?', [userId, indicator])) > 0;
}

/** The codes a user follows, in code order. */
export async function list(db: Sql, userId: number): Promise<string[]> {
	const rows = await db.all<{ indicator: string }>('SELECT indicator FROM follows WHERE user_id = ? ORDER BY indicator', [userId]);
	return rows.map((r) => r.indicator);
}

export async function isFollowing(db: Sql, userId: number, indicator: string): Promise<boolean> {
	return (await db.get('SELECT 1 AS one FROM follows WHERE user_id = ? AND indicator = ?', [userId, indicator])) !== undefined;
}
