// Repository: signed embed links (an analyst's shareable chart URL with an expiry; revoked, never deleted).
import type { Sql } from '../sql';
import type { EmbedLink, EmbedLinkInput } from '../store';

interface Row {
	id: string;
	indicator: string;
	path: string;
	query: string;
	expires_at: string;
	note: string;
	created_by: string | null;
	created_at: string;
	revoked_at: string | null;
	revoked_by: string | null;
}

const COLUMNS = 'id, indicator, path, query, expires_at, note, created_by, created_at, revoked_at, revoked_by';

function toLink(r: Row): EmbedLink {
	return {
		id: r.id,
		indicator: r.indicator,
		path: r.path,
		query: r.query,
		expiresAt: r.expires_at,
		note: r.note,
		createdBy: r.created_by,
		createdAt: r.created_at,
		revokedAt: r.revoked_at,
		revokedBy: r.revoked_by
	};
}

/**
 * Insertion order, the tie-break between links made in the same millisecond: SQLite has it as the
 * implicit rowid; PostgreSQL has no rowid, so its table carries an identity column `seq` instead.
 */
const insertionOrder = (db: Sql): string => (db.dialect === 'sqlite' ? 'rowid' : 'seq');

export async function create(db: Sql, l: EmbedLinkInput): Promise<EmbedLink> {
	await db.run('INSERT INTO embed_links (id, indicator, path, query, expires_at, note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
		l.id,
		l.indicator,
		l.path,
		l.query,
		l.expiresAt,
		l.note ?? '',
		l.createdBy,
		new Date().toISOString()
	]);
	return (await get(db, l.id))!;
}

export async function get(db: Sql, id: string): Promise<EmbedLink | null> {
	const r = await db.get<Row>(`SELECT ${COLUMNS} FROM embed_links WHERE id = ?`, [id]);
	return r ? toLink(r) : null;
}

/** Newest first; one indicator's links when `indicator` is given. */
export async function list(db: Sql, indicator?: string): Promise<EmbedLink[]> {
	const order = `ORDER BY created_at DESC, ${insertionOrder(db)} DESC`;
	const rows = indicator
		? await db.all<Row>(`SELECT ${COLUMNS} FROM embed_links WHERE indicator = ? ${order}`, [indicator])
		: await db.all<Row>(`SELECT ${COLUMNS} FROM embed_links ${order}`);
	return rows.map(toLink);
}

/** True when this call revoked it; false when it was already revoked or does not exist. */
export async function revoke(db: Sql, id: string, user: string | null): Promise<boolean> {
	return (await db.run('UPDATE embed_links SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL', [new Date().toISOString(), user, id])) === 1;
}
