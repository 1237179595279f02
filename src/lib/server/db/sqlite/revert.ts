// Reverting a revision: its still-current rows are superseded and what it superseded comes back as new copies.
import type { RevertResult } from '../store';
import { StoreError } from '../store';
import type { DB } from './open';
import { VERSIONED_TABLES as TABLES } from '../rows';
import * as revisions from './revisions';

export function revert(db: DB, id: number, user: string | null, batch: string): RevertResult {
	const target = revisions.get(db, id);
	if (!target) throw new StoreError('not_found', `修订 ${id} 不存在 / Revision ${id} does not exist`);
	if (target.revertedBy !== null)
		throw new StoreError('already_reverted', `修订 ${id} 已被修订 ${target.revertedBy} 撤销 / Revision ${id} was already reverted by revision ${target.revertedBy}`);
	const rev = revisions.createRevert(db, id, user, batch);
	let restored = 0;
	let withdrawn = 0;
	let keptLater = 0;
	for (const { table, columns, key } of TABLES) {
		const match = key.map((k) => `p.${k} = r.${k}`).join(' AND ');
		// Keys where the reverted revision's row is still current: only those go back.
		db.exec(`DROP TABLE IF EXISTS temp.revert_keys`);
		db.prepare(`CREATE TEMP TABLE revert_keys AS SELECT ${key.join(', ')} FROM ${table} WHERE revision_id = ? AND superseded_by IS NULL`).run(id);
		keptLater += (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE revision_id = ? AND superseded_by IS NOT NULL`).get(id) as { n: number }).n;
		withdrawn += db.prepare(`UPDATE ${table} SET superseded_by = ? WHERE revision_id = ? AND superseded_by IS NULL`).run(rev, id).changes;
		restored += db
			.prepare(
				`INSERT INTO ${table} (${columns}, revision_id)
				 SELECT ${columns
						.split(', ')
						.map((c) => `p.${c}`)
						.join(', ')}, ? FROM ${table} p
				 WHERE p.superseded_by = ? AND EXISTS (SELECT 1 FROM revert_keys r WHERE ${match}) ORDER BY p.id`
			)
			.run(rev, id).changes;
		db.exec(`DROP TABLE temp.revert_keys`);
	}
	revisions.setCounts(db, rev, { rows: withdrawn, added: restored, updated: 0, unchanged: 0 });
	return { revision: revisions.get(db, rev)!, restored, withdrawn, keptLater };
}
