// Repository: labels analysts mapped to indicators while reviewing report text (see schema.ts, migration 8).
// Written once over Sql for both databases.
import type { Sql } from '../sql';

export interface LearnedSynonym {
	term: string;
	indicator: string;
	createdBy: string | null;
	createdAt: string;
}

type Row = { term: string; indicator: string; created_by: string | null; created_at: string };
const toSynonym = (r: Row): LearnedSynonym => ({ term: r.term, indicator: r.indicator, createdBy: r.created_by, createdAt: r.created_at });

/** Every learned label, newest first (a bureau's analysts learn tens to hundreds). */
export async function list(db: Sql): Promise<LearnedSynonym[]> {
	return (await db.all<Row>('SELECT term, indicator, created_by, created_at FROM extract_synonyms ORDER BY created_at DESC, term')).map(toSynonym);
}

export async function get(db: Sql, term: string): Promise<LearnedSynonym | null> {
	const r = await db.get<Row>('SELECT term, indicator, created_by, created_at FROM extract_synonyms WHERE term = ?', [term]);
	return r ? toSynonym(r) : null;
}

/** Stores term → indicator; a later correction of the same label replaces the earlier one. */
export async function remember(db: Sql, s: LearnedSynonym): Promise<void> {
	await db.run(
		'INSERT INTO extract_synonyms (term, indicator, created_by, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (term) DO UPDATE SET indicator = excluded.indicator, created_by = excluded.created_by, created_at = excluded.created_at',
		[s.term, s.indicator, s.createdBy, s.createdAt]
	);
}

/** True when this call removed the label. */
export async function forget(db: Sql, term: string): Promise<boolean> {
	return (await db.run('DELETE FROM extract_synonyms WHERE term = ?', [term])) > 0;
}
