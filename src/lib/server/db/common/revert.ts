// Reverting a revision: its still-current rows are superseded and what it superseded comes back as new copies.
// Runs inside the caller's write transaction (the SQLite writer, or the PostgreSQL transaction's client),
// so the revert is all or nothing.
import { VERSIONED_TABLES } from '../rows';
import type { Sql } from '../sql';
import { StoreError, type RevertResult } from '../store';
import * as revisions from './revisions';

export async function revert(db: Sql, id: number, user: string | null, batch: string): Promise<RevertResult> {
	const target = await revisions.get(db, id);
	if (!target) throw new StoreError('not_found', `修订 ${id} 不存在 / Revision ${id} does not exist`);
	if (target.revertedBy !== null)
		throw new StoreError('already_reverted', `修订 ${id} 已被修订 ${target.revertedBy} 撤销 / Revision ${id} was already reverted by revision ${target.revertedBy}`);
	const rev = await revisions.createRevert(db, id, user, batch);
	let restored = 0;
	let withdrawn = 0;
	let keptLater = 0;
	for (const { table, columns, key } of VERSIONED_TABLES) {
		const n = await db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table} WHERE revision_id = ? AND superseded_by IS NOT NULL`, [id]);
		keptLater += Number(n!.n);
		withdrawn += await db.run(`UPDATE ${table} SET superseded_by = ? WHERE revision_id = ? AND superseded_by IS NULL`, [rev, id]);
		// Only keys where the reverted revision's row was still current go back: exactly its rows just
		// superseded by `rev` (one per key, as they were current). Materialised once, then joined, so it is
		// not a scan of the revision's rows per restored row.
		const copied = columns
			.split(', ')
			.map((c) => `p.${c}`)
			.join(', ');
		restored += await db.run(
			`WITH r AS MATERIALIZED (SELECT ${key.join(', ')} FROM ${table} WHERE revision_id = ? AND superseded_by = ?)
			 INSERT INTO ${table} (${columns}, revision_id)
			 SELECT ${copied}, ? FROM ${table} p JOIN r ON ${key.map((k) => `r.${k} = p.${k}`).join(' AND ')}
			 WHERE p.superseded_by = ? ORDER BY p.id`,
			[id, rev, rev, id]
		);
	}
	await revisions.setCounts(db, rev, { rows: withdrawn, added: restored, updated: 0, unchanged: 0 });
	return { revision: (await revisions.get(db, rev))!, restored, withdrawn, keptLater };
}
