// Revision ids taken before their revision is created. A stage's direct rows (stage.ts) go into
// observations and targets while the file is still being read, under the revision the file will get; the
// foreign keys to revisions are checked at the end of each COPY, so a row for that id must exist by then.
// It is inserted as a placeholder, and the file's createRevision fills it in instead of inserting another.
// Everything happens in the upload's transaction: a rollback takes the placeholder with it.
import type pg from 'pg';
import type { Sql } from '../sql';
import type { RevisionInput } from '../store';
import * as revisions from '../common/revisions';

export class ReservedRevisions {
	#open: number[] = [];

	constructor(
		private client: pg.PoolClient,
		private sql: Sql
	) {}

	/** Inserts a placeholder revision (the identity's next id, as an INSERT would take) and returns its id. */
	async reserve(): Promise<number> {
		const { rows } = await this.client.query<{ id: number }>(
			"INSERT INTO revisions (batch, kind, created_at) VALUES ('', 'observations', now()) RETURNING id"
		);
		this.#open.push(rows[0]!.id);
		return rows[0]!.id;
	}

	/** The file's revision: the placeholder its stage reserved, filled in, or else a new one. */
	async create(r: RevisionInput): Promise<number> {
		const id = this.#open.shift();
		if (id === undefined) return revisions.create(this.sql, r);
		await this.client.query(
			`UPDATE revisions SET batch = $2, kind = $3, file_name = $4, sha256 = $5, size = $6, encoding = $7, user_name = $8, created_at = $9,
				rows = $10, added = $11, updated = $12, unchanged = $13 WHERE id = $1`,
			[id, r.batch, r.kind, r.fileName, r.sha256, r.size, r.encoding, r.user, new Date().toISOString(), r.rows, r.added, r.updated, r.unchanged]
		);
		const stored = r.stored.bytes;
		await this.client.query('INSERT INTO revision_files (revision_id, content, compression) VALUES ($1, $2, $3)', [
			id,
			Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength),
			r.stored.gzip ? 'gzip' : null
		]);
		return id;
	}

	/** Before a commit: a placeholder nobody filled in would be a revision with no file behind its rows. */
	check() {
		if (this.#open.length) throw new Error(`revision ${this.#open.join(', ')} was reserved for rows but never created`);
	}
}
