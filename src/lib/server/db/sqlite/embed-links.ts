// Repository: signed embed links (an analyst's shareable chart URL with an expiry; revoked, never deleted).
import { toEmbedLink as toLink, type EmbedLinkRow as Row } from '../rows';
import type { EmbedLink, EmbedLinkInput } from '../store';
import type { DB } from './open';

export function create(db: DB, l: EmbedLinkInput): EmbedLink {
	db.prepare('INSERT INTO embed_links (id, indicator, path, query, expires_at, note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
		l.id,
		l.indicator,
		l.path,
		l.query,
		l.expiresAt,
		l.note ?? '',
		l.createdBy,
		new Date().toISOString()
	);
	return get(db, l.id)!;
}

export function get(db: DB, id: string): EmbedLink | null {
	const r = db.prepare('SELECT * FROM embed_links WHERE id = ?').get(id) as Row | undefined;
	return r ? toLink(r) : null;
}

/** Newest first; one indicator's links when `indicator` is given. */
export function list(db: DB, indicator?: string): EmbedLink[] {
	const rows = indicator
		? db.prepare('SELECT * FROM embed_links WHERE indicator = ? ORDER BY created_at DESC, rowid DESC').all(indicator)
		: db.prepare('SELECT * FROM embed_links ORDER BY created_at DESC, rowid DESC').all();
	return (rows as Row[]).map(toLink);
}

/** True when this call revoked it; false when it was already revoked or does not exist. */
export function revoke(db: DB, id: string, user: string | null): boolean {
	return db.prepare('UPDATE embed_links SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL').run(new Date().toISOString(), user, id).changes === 1;
}
