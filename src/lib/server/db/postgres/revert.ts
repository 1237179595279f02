// Reverting a revision: its still-current rows are superseded and what it superseded comes back as new copies.
import { VERSIONED_TABLES } from '../rows';
import { StoreError, type RevertResult } from '../store';
import type { PG } from './open';
import * as revisions from './revisions';

export async function revert(db: PG, id: number, user: string | null, batch: string): Promise<RevertResult> {
	const target = await revisions.get(db, id);
	if (!target) throw new StoreError('not_found', `修订 ${id} 不存在 / Revision ${id} does not exist`);
	if (target.revertedBy !== null)
		throw new StoreError('already_reverted', `修订 ${id} 已被修订 ${target.revertedBy} 撤销 / Revision ${id} was already reverted by revision ${target.revertedBy}`);
	const rev = await revisions.createRevert(db, id, user, batch);
	let restored = 0;
	let withdrawn = 0;
	let keptLater = 0;
	for (const { table, columns, key } of VERSIONED_TABLES) {
		const match = key.map((k) => `p.${k} = r.${k}`).join(' AND ');
		// Keys where the reverted revision's row is still current: only those go back.
		await db.query('DROP TABLE IF EXISTS pg_temp.revert_keys');
		await db.query(`CREATE TEMP TABLE revert_keys ON COMMIT DROP AS SELECT ${key.join(', ')} FROM ${table} WHERE revision_id = $1 AND superseded_by IS NULL`, [id]);
		keptLater += (await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${table} WHERE revision_id = $1 AND superseded_by IS NOT NULL`, [id])).rows[0]!.n;
		withdrawn += (await db.query(`UPDATE ${table} SET superseded_by = $1 WHERE revision_id = $2 AND superseded_by IS NULL`, [rev, id])).rowCount ?? 0;
		const copied = columns
			.split(', ')
			.map((c) => `p.${c}`)
			.join(', ');
		restored +=
			(
				await db.query(
					`INSERT INTO ${table} (${columns}, revision_id)
					 SELECT ${copied}, $1 FROM ${table} p
					 WHERE p.superseded_by = $2 AND EXISTS (SELECT 1 FROM revert_keys r WHERE ${match}) ORDER BY p.id`,
					[rev, id]
				)
			).rowCount ?? 0;
		await db.query('DROP TABLE pg_temp.revert_keys');
	}
	await revisions.setCounts(db, rev, { rows: withdrawn, added: restored, updated: 0, unchanged: 0 });
	return { revision: (await revisions.get(db, rev))!, restored, withdrawn, keptLater };
}
