// Repository: revisions (one per committed file or revert) and the raw bytes of each uploaded file.
import { gunzipSync } from 'node:zlib';
import { toRevision, type RevisionRow } from '../rows';
import type { Sql } from '../sql';
import type { Revision, RevisionChange, RevisionInput } from '../store';
import * as indicators from './indicators';
import * as observations from './observations';
import * as targets from './targets';

const REVISION_COLUMNS = 'id, batch, kind, file_name, sha256, size, encoding, user_name, created_at, rows, added, updated, unchanged, reverts, reverted_by';

export async function create(db: Sql, r: RevisionInput): Promise<number> {
	const { id } = (await db.get<{ id: number }>(
		`INSERT INTO revisions (batch, kind, file_name, sha256, size, encoding, user_name, created_at, rows, added, updated, unchanged)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		[r.batch, r.kind, r.fileName, r.sha256, r.size, r.encoding, r.user, new Date().toISOString(), r.rows, r.added, r.updated, r.unchanged]
	))!;
	const stored = r.stored.bytes;
	// A Buffer: better-sqlite3 binds no other byte array (a BLOB), and pg sends it as bytea.
	await db.run('INSERT INTO revision_files (revision_id, content, compression) VALUES (?, ?, ?)', [
		id,
		Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength),
		r.stored.gzip ? 'gzip' : null
	]);
	return id;
}

export async function createRevert(db: Sql, target: number, user: string | null, batch: string): Promise<number> {
	const { id } = (await db.get<{ id: number }>(
		`INSERT INTO revisions (batch, kind, user_name, created_at, reverts) VALUES (?, 'revert', ?, ?, ?) RETURNING id`,
		[batch, user, new Date().toISOString(), target]
	))!;
	await db.run('UPDATE revisions SET reverted_by = ? WHERE id = ?', [id, target]);
	return id;
}

export async function setCounts(db: Sql, id: number, c: { rows: number; added: number; updated: number; unchanged: number }): Promise<void> {
	await db.run('UPDATE revisions SET rows = ?, added = ?, updated = ?, unchanged = ? WHERE id = ?', [c.rows, c.added, c.updated, c.unchanged, id]);
}

export async function get(db: Sql, id: number): Promise<Revision | null> {
	const r = await db.get<RevisionRow>(`SELECT ${REVISION_COLUMNS} FROM revisions WHERE id = ?`, [id]);
	return r ? toRevision(r) : null;
}

export async function list(db: Sql): Promise<Revision[]> {
	return (await db.all<RevisionRow>(`SELECT ${REVISION_COLUMNS} FROM revisions ORDER BY id DESC`)).map(toRevision);
}

/** The uploaded file's bytes (gunzipped when stored gzipped), or null for a revision without one (a revert). */
export async function content(db: Sql, id: number): Promise<Uint8Array | null> {
	// A Buffer from either database (BLOB, bytea).
	const r = await db.get<{ content: Uint8Array; compression: 'gzip' | null }>('SELECT content, compression FROM revision_files WHERE revision_id = ?', [id]);
	if (!r) return null;
	return new Uint8Array(r.compression === 'gzip' ? gunzipSync(r.content) : r.content);
}

/** Id of the newest revision, or 0. */
export async function latestId(db: Sql): Promise<number> {
	return Number((await db.get<{ id: number }>('SELECT coalesce(max(id), 0) AS id FROM revisions'))!.id);
}

/** The definitions, values and targets revision `id` wrote or withdrew, with what they replaced; at most `limit` per table. */
export async function changes(db: Sql, id: number, limit: number): Promise<RevisionChange[]> {
	return [
		...(await indicators.revisionChanges(db, id, limit)).map(({ code, ...c }) => ({ table: 'indicators' as const, indicator: code, period: null, ...c })),
		...(await observations.revisionChanges(db, id, limit)).map((c) => ({ table: 'observations' as const, ...c })),
		...(await targets.revisionChanges(db, id, limit)).map((c) => ({ table: 'targets' as const, ...c }))
	];
}
