// Repository: targets (planned values by indicator and period; append-only with superseded_by).
import { toTarget, type TargetRow } from '../rows';
import type { StoredTarget } from '../store';
import type { PG } from './open';

export async function listCurrent(db: PG, indicators?: string[]): Promise<StoredTarget[]> {
	const filter = indicators?.length ? 'AND t.indicator = ANY($1::text[])' : '';
	const { rows } = await db.query<TargetRow>(
		`SELECT t.* FROM targets t
		 JOIN indicators i ON i.code = t.indicator AND i.superseded_by IS NULL
		 WHERE t.superseded_by IS NULL ${filter} ORDER BY t.indicator COLLATE "C", t.period COLLATE "C"`,
		indicators?.length ? [indicators] : []
	);
	return rows.map(toTarget);
}
