// A revision's stored file for streaming: bytea slices with substring(), one query per chunk. A gzipped
// upload does not compress further, so PostgreSQL keeps it out of line uncompressed and fetches only the
// TOAST chunks a slice needs: the file is never whole in this process. revision_files is append-only
// (a trigger refuses DELETE), so slices read by separate queries belong to the same bytes.
import type { StoredFile } from '../store';
import { translate, type PG } from './open';

const CHUNK = 1024 * 1024;

export async function revisionFile(db: PG, id: number, chunkSize = CHUNK): Promise<StoredFile | null> {
	const { rows } = await db.query<{ size: number; compression: 'gzip' | null }>(
		'SELECT octet_length(content) AS size, compression FROM revision_files WHERE revision_id = $1',
		[id]
	);
	const r = rows[0];
	if (!r) return null;
	return {
		compression: r.compression,
		storedSize: r.size,
		chunks: (async function* () {
			// substring() counts from 1.
			for (let at = 0; at < r.size; at += chunkSize) {
				try {
					const part = await db.query<{ part: Buffer }>('SELECT substring(content FROM $2 FOR $3) AS part FROM revision_files WHERE revision_id = $1', [id, at + 1, chunkSize]);
					const bytes = part.rows[0]!.part;
					yield new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
				} catch (e) {
					throw translate(e);
				}
			}
		})()
	};
}
