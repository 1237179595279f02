// Repository: revisions (one per committed file or revert) and the raw bytes of each uploaded file.
import { gunzipSync } from 'node:zlib';
import { toRevision, type RevisionRow } from '../rows';
import type { Revision, RevisionInput } from '../store';
import type { PG } from './open';

export async function create(db: PG, r: RevisionInput): Promise<number> {
	const { rows } = await db.query<{ id: number }>(
		`INSERT INTO revisions (batch, kind, file_name, sha256, size, encoding, user_name, created_at, rows, added, updated, unchanged)
		 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
		[r.batch, r.kind, r.fileName, r.sha256, r.content.byteLength, r.encoding, r.user, new Date().toISOString(), r.rows, r.added, r.updated, r.unchanged]
	);
	const id = rows[0]!.id;
	const stored = r.contentGzip ?? r.content;
	await db.query('INSERT INTO revision_files (revision_id, content, compression) VALUES ($1, $2, $3)', [
		id,
		Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength),
		r.contentGzip ? 'gzip' : null
	]);
	return id;
}

export async function createRevert(db: PG, target: number, user: string | null, batch: string): Promise<number> {
	const { rows } = await db.query<{ id: number }>(
		`INSERT INTO revisions (batch, kind, user_name, created_at, reverts) VALUES ($1, 'revert', $2, $3, $4) RETURNING id`,
		[batch, user, new Date().toISOString(), target]
	);
	const id = rows[0]!.id;
	await db.query('UPDATE revisions SET reverted_by = $1 WHERE id = $2', [id, target]);
	return id;
}

export async function setCounts(db: PG, id: number, c: { rows: number; added: number; updated: number; unchanged: number }): Promise<void> {
	await db.query('UPDATE revisions SET rows = $1, added = $2, updated = $3, unchanged = $4 WHERE id = $5', [c.rows, c.added, c.updated, c.unchanged, id]);
}

export async function get(db: PG, id: number): Promise<Revision | null> {
	const { rows } = await db.query<RevisionRow>('SELECT * FROM revisions WHERE id = $1', [id]);
	return rows[0] ? toRevision(rows[0]) : null;
}

export async function list(db: PG): Promise<Revision[]> {
	const { rows } = await db.query<RevisionRow>('SELECT * FROM revisions ORDER BY id DESC');
	return rows.map(toRevision);
}

export async function content(db: PG, id: number): Promise<Uint8Array | null> {
	const { rows } = await db.query<{ content: Buffer; compression: 'gzip' | null }>('SELECT content, compression FROM revision_files WHERE revision_id = $1', [id]);
	const r = rows[0];
	if (!r) return null;
	return new Uint8Array(r.compression === 'gzip' ? gunzipSync(r.content) : r.content);
}

export async function latestId(db: PG): Promise<number> {
	const { rows } = await db.query<{ id: number }>('SELECT coalesce(max(id), 0) AS id FROM revisions');
	return rows[0]!.id;
}
