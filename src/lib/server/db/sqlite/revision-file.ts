// A revision's stored file for streaming. better-sqlite3 has no incremental blob I/O (SQLite's
// sqlite3_blob_* is not exposed), and substr() on a BLOB loads the whole value for every call, so the
// stored bytes are read in one piece: gzipped for any file over 64 KB, so about a quarter of the upload.
// The chunks are views of that one buffer; the caller gunzips and sends them as a stream.
import type { StoredFile } from '../store';
import type { DB } from './open';

const CHUNK = 256 * 1024;

export function revisionFile(db: DB, id: number, chunkSize = CHUNK): StoredFile | null {
	const r = db.prepare('SELECT content, compression FROM revision_files WHERE revision_id = ?').get(id) as
		| { content: Buffer; compression: 'gzip' | null }
		| undefined;
	if (!r) return null;
	const bytes = r.content;
	return {
		compression: r.compression,
		storedSize: bytes.byteLength,
		chunks: (async function* () {
			for (let at = 0; at < bytes.byteLength; at += chunkSize) yield new Uint8Array(bytes.buffer, bytes.byteOffset + at, Math.min(chunkSize, bytes.byteLength - at));
		})()
	};
}
