// Repository: targets (planned values by indicator and period; append-only with superseded_by).
import type { Target } from '../../../domain/model';
import type { StoredTarget } from '../store';
import type { DB } from './open';

interface Row {
	indicator: string;
	period: string;
	value: number;
	qualifier: Target['qualifier'];
	basis: string;
	owner: string;
	department: string;
	deadline: string;
	source: string;
	note: string;
	revision_id: number;
}

function toTarget(r: Row): StoredTarget {
	return {
		indicator: r.indicator,
		period: r.period,
		value: r.value,
		qualifier: r.qualifier,
		basis: r.basis,
		owner: r.owner,
		department: r.department,
		deadline: r.deadline,
		source: r.source,
		note: r.note,
		revision: r.revision_id
	};
}

export const TARGET_COLUMNS = 'indicator, period, value, qualifier, basis, owner, department, deadline, source, note';

export function listCurrent(db: DB, indicators?: string[]): StoredTarget[] {
	const filter = indicators?.length ? `AND t.indicator IN (${indicators.map(() => '?').join(',')})` : '';
	return (
		db
			.prepare(
				`SELECT t.* FROM targets t
				 JOIN indicators i ON i.code = t.indicator AND i.superseded_by IS NULL
				 WHERE t.superseded_by IS NULL ${filter} ORDER BY t.indicator, t.period`
			)
			.all(...(indicators ?? [])) as Row[]
	).map(toTarget);
}
