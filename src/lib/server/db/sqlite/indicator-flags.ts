// Repository: per-indicator flags set by an admin (today: public, i.e. embeddable without a signed link).
import type { DB } from './open';

export function publicCodes(db: DB): string[] {
	return (db.prepare('SELECT indicator FROM indicator_flags WHERE public = 1 ORDER BY indicator').all() as { indicator: string }[]).map((r) => r.indicator);
}

export function isPublic(db: DB, code: string): boolean {
	return db.prepare('SELECT 1 FROM indicator_flags WHERE indicator = ? AND public = 1').get(code) !== undefined;
}

export function setPublic(db: DB, code: string, isPublic: boolean, user: string | null): void {
	db.prepare(
		`INSERT INTO indicator_flags (indicator, public, updated_by, updated_at) VALUES (?, ?, ?, ?)
		 ON CONFLICT (indicator) DO UPDATE SET public = excluded.public, updated_by = excluded.updated_by, updated_at = excluded.updated_at`
	).run(code, isPublic ? 1 : 0, user, new Date().toISOString());
}
