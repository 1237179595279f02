// Repository: per-indicator flags set by an admin (today: public, i.e. embeddable without a signed link).
import type { PG } from './open';

export async function publicCodes(db: PG): Promise<string[]> {
	const { rows } = await db.query<{ indicator: string }>('SELECT indicator FROM indicator_flags WHERE public ORDER BY indicator COLLATE "C"');
	return rows.map((r) => r.indicator);
}

export async function isPublic(db: PG, code: string): Promise<boolean> {
	return (await db.query('SELECT 1 FROM indicator_flags WHERE indicator = $1 AND public', [code])).rowCount === 1;
}

export async function setPublic(db: PG, code: string, isPublic: boolean, user: string | null): Promise<void> {
	await db.query(
		`INSERT INTO indicator_flags (indicator, public, updated_by, updated_at) VALUES ($1, $2, $3, $4)
		 ON CONFLICT (indicator) DO UPDATE SET public = excluded.public, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
		[code, isPublic, user, new Date().toISOString()]
	);
}
