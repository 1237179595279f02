// Uploads previewed without JavaScript (upload_previews): written once over Sql for both databases.
import type { Sql } from '../sql';

export interface StoredPreview {
	id: string;
	userId: number;
	fileName: string;
	/** The form's fields as JSON (kind, encoding, separator, mapping), validated again when read. */
	fields: string;
	content: Uint8Array;
	createdAt: string;
}

/** Stores one preview; first deletes previews older than `expiredBefore` and all but the user's newest `keep - 1`. */
export async function save(db: Sql, p: StoredPreview, expiredBefore: string, keep: number): Promise<void> {
	await db.run('DELETE FROM upload_previews WHERE created_at < ?', [expiredBefore]);
	await db.run(
		'DELETE FROM upload_previews WHERE user_id = ? AND id NOT IN (SELECT id FROM upload_previews WHERE user_id = ? ORDER BY created_at DESC, id LIMIT ?)',
		[p.userId, p.userId, Math.max(0, keep - 1)]
	);
	await db.run('INSERT INTO upload_previews (id, user_id, file_name, fields, content, created_at) VALUES (?, ?, ?, ?, ?, ?)', [
		p.id,
		p.userId,
		p.fileName,
		p.fields,
		Buffer.from(p.content.buffer, p.content.byteOffset, p.content.byteLength),
		p.createdAt
	]);
}

/** The user's own preview `id`, unless it expired (another user's id finds nothing). */
export async function get(db: Sql, id: string, userId: number, notBefore: string): Promise<StoredPreview | null> {
	const r = await db.get<{ id: string; user_id: number; file_name: string; fields: string; content: Uint8Array; created_at: string }>(
		'SELECT id, user_id, file_name, fields, content, created_at FROM upload_previews WHERE id = ? AND user_id = ? AND created_at >= ?',
		[id, userId, notBefore]
	);
	if (!r) return null;
	return { id: r.id, userId: Number(r.user_id), fileName: r.file_name, fields: r.fields, content: new Uint8Array(r.content), createdAt: r.created_at };
}

export async function remove(db: Sql, id: string, userId: number): Promise<void> {
	await db.run('DELETE FROM upload_previews WHERE id = ? AND user_id = ?', [id, userId]);
}
