// Repository: per-indicator flags set by an admin (today: public, i.e. embeddable without a signed link).
// The flag is 0/1 in SQLite and boolean in PostgreSQL; it is only ever compared with a bound boolean,
// which the SQLite layer binds as 0/1.
import type { Sql } from '../sql';

/** Sorted by code point in JS: the two databases' text orders differ (PostgreSQL's follows its locale). */
export async function publicCodes(db: Sql): Promise<string[]> {
	const rows = await db.all<{ indicator: string }>('SELECT indicator FROM indicator_flags WHERE public = ?', [true]);
	return rows.map((r) => r.indicator).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export async function isPublic(db: Sql, code: string): Promise<boolean> {
	return (await db.get('SELECT 1 AS one FROM indicator_flags WHERE indicator = ? AND public = ?', [code, true])) !== undefined;
}

export async function setPublic(db: Sql, code: string, isPublic: boolean, user: string | null): Promise<void> {
	await db.run(
		`INSERT INTO indicator_flags (indicator, public, updated_by, updated_at) VALUES (?, ?, ?, ?)
		 ON CONFLICT (indicator) DO UPDATE SET public = excluded.public, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
		[code, isPublic, user, new Date().toISOString()]
	);
}
