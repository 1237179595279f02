// Repository: revisions (one per committed file or revert) and the raw bytes of each uploaded file.
import { gunzipSync } from 'node:zlib';
import type { Revision, RevisionInput } from '../store';
import { toRevision, type RevisionRow } from '../rows';
import type { DB } from './open';

export function create(db: DB, r: RevisionInput): number {
	const info = db
		.prepare(
			`INSERT INTO revisions (batch, kind, file_name, sha256, size, encoding, user_name, created_at, rows, added, updated, unchanged)
			 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
		)
		.run(r.batch, r.kind, r.fileName, r.sha256, r.content.byteLength, r.encoding, r.user, new Date().toISOString(), r.rows, r.added, r.updated, r.unchanged);
	const id = Number(info.lastInsertRowid);
	const stored = r.contentGzip ?? r.content;
	db.prepare('INSERT INTO revision_files (revision_id, content, compression) VALUES (?, ?, ?)').run(
		id,
		Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength),
		r.contentGzip ? 'gzip' : null
	);
	return id;
}

export function createRevert(db: DB, target: number, user: string | null, batch: string): number {
	const info = db
		.prepare(`INSERT INTO revisions (batch, kind, user_name, created_at, reverts) VALUES (?, 'revert', ?, ?, ?)`)
		.run(batch, user, new Date().toISOString(), target);
	const id = Number(info.lastInsertRowid);
	db.prepare('UPDATE revisions SET reverted_by = ? WHERE id = ?').run(id, target);
	return id;
}

export function setCounts(db: DB, id: number, c: { rows: number; added: number; updated: number; unchanged: number }): void {
	db.prepare('UPDATE revisions SET rows = ?, added = ?, updated = ?, unchanged = ? WHERE id = ?').run(c.rows, c.added, c.updated, c.unchanged, id);
}

export function get(db: DB, id: number): Revision | null {
	const r = db.prepare('SELECT * FROM revisions WHERE id = ?').get(id) as RevisionRow | undefined;
	return r ? toRevision(r) : null;
}

export function list(db: DB): Revision[] {
	return (db.prepare('SELECT * FROM revisions ORDER BY id DESC').all() as RevisionRow[]).map(toRevision);
}

export function content(db: DB, id: number): Uint8Array | null {
	const r = db.prepare('SELECT content, compression FROM revision_files WHERE revision_id = ?').get(id) as
		| { content: Buffer; compression: 'gzip' | null }
		| undefined;
	if (!r) return null;
	return new Uint8Array(r.compression === 'gzip' ? gunzipSync(r.content) : r.content);
}

export function latestId(db: DB): number {
	return (db.prepare('SELECT coalesce(max(id), 0) AS id FROM revisions').get() as { id: number }).id;
}
