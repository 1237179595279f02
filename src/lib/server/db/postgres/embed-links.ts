// Repository: signed embed links (an analyst's shareable chart URL with an expiry; revoked, never deleted).
import { toEmbedLink, type EmbedLinkRow } from '../rows';
import type { EmbedLink, EmbedLinkInput } from '../store';
import type { PG } from './open';

export async function create(db: PG, l: EmbedLinkInput): Promise<EmbedLink> {
	const { rows } = await db.query<EmbedLinkRow>(
		'INSERT INTO embed_links (id, indicator, path, query, expires_at, note, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *',
		[l.id, l.indicator, l.path, l.query, l.expiresAt, l.note ?? '', l.createdBy, new Date().toISOString()]
	);
	return toEmbedLink(rows[0]!);
}

export async function get(db: PG, id: string): Promise<EmbedLink | null> {
	const { rows } = await db.query<EmbedLinkRow>('SELECT * FROM embed_links WHERE id = $1', [id]);
	return rows[0] ? toEmbedLink(rows[0]) : null;
}

/** Newest first; one indicator's links when `indicator` is given. */
export async function list(db: PG, indicator?: string): Promise<EmbedLink[]> {
	const { rows } = indicator
		? await db.query<EmbedLinkRow>('SELECT * FROM embed_links WHERE indicator = $1 ORDER BY created_at DESC, seq DESC', [indicator])
		: await db.query<EmbedLinkRow>('SELECT * FROM embed_links ORDER BY created_at DESC, seq DESC');
	return rows.map(toEmbedLink);
}

/** True when this call revoked it; false when it was already revoked or does not exist. */
export async function revoke(db: PG, id: string, user: string | null): Promise<boolean> {
	const r = await db.query('UPDATE embed_links SET revoked_at = $1, revoked_by = $2 WHERE id = $3 AND revoked_at IS NULL', [new Date().toISOString(), user, id]);
	return r.rowCount === 1;
}
