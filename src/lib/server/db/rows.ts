// What both backends share about the tables: column lists, row shapes and their mapping to domain objects.
// The SQLite and PostgreSQL schemas use the same table and column names, so only the SQL dialect differs.
import type { Indicator, Observation, Target } from '../../domain/model';
import type { Revision, StoredObservation, StoredTarget } from './store';

export const INDICATOR_COLUMNS = 'code, name_zh, name_en, unit, kind, direction, category, item, description';
export const OBSERVATION_COLUMNS = 'indicator, period, value, qualifier, provenance, yoy_reported, yoy_decimals, source, note';
export const TARGET_COLUMNS = 'indicator, period, value, qualifier, basis, owner, department, deadline, source, note';

/** The versioned tables (append-only, superseded_by) with the key that identifies "the same" row. */
export const VERSIONED_TABLES = [
	{ table: 'indicators', columns: INDICATOR_COLUMNS, key: ['code'] },
	{ table: 'observations', columns: OBSERVATION_COLUMNS, key: ['indicator', 'period'] },
	{ table: 'targets', columns: TARGET_COLUMNS, key: ['indicator', 'period'] }
] as const;

export interface IndicatorRow {
	code: string;
	name_zh: string;
	name_en: string;
	unit: string;
	kind: Indicator['kind'];
	direction: Indicator['direction'];
	category: string;
	item: number | null;
	description: string;
}

export function toIndicator(r: IndicatorRow): Indicator {
	return {
		code: r.code,
		nameZh: r.name_zh,
		nameEn: r.name_en,
		unit: r.unit,
		kind: r.kind,
		direction: r.direction,
		category: r.category,
		item: r.item,
		description: r.description
	};
}

export function sameDefinition(a: Indicator, b: Indicator): boolean {
	return (
		a.nameZh === b.nameZh &&
		a.nameEn === b.nameEn &&
		a.unit === b.unit &&
		a.kind === b.kind &&
		a.direction === b.direction &&
		a.category === b.category &&
		a.item === b.item &&
		a.description === b.description
	);
}

export interface ObservationRow {
	indicator: string;
	period: string;
	value: number;
	qualifier: Observation['qualifier'];
	provenance: Observation['provenance'];
	yoy_reported: number | null;
	yoy_decimals: number | null;
	source: string;
	note: string;
	revision_id: number;
}

export function toObservation(r: ObservationRow): StoredObservation {
	return {
		indicator: r.indicator,
		period: r.period,
		value: r.value,
		qualifier: r.qualifier,
		provenance: r.provenance,
		yoyReported: r.yoy_reported,
		yoyDecimals: r.yoy_decimals,
		source: r.source,
		note: r.note,
		revision: r.revision_id
	};
}

export interface TargetRow {
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

export function toTarget(r: TargetRow): StoredTarget {
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

export interface RevisionRow {
	id: number;
	batch: string;
	kind: Revision['kind'];
	file_name: string | null;
	sha256: string | null;
	size: number;
	encoding: string | null;
	user_name: string | null;
	/** ISO 8601 text in SQLite; a Date from PostgreSQL's timestamptz. */
	created_at: string | Date;
	rows: number;
	added: number;
	updated: number;
	unchanged: number;
	reverts: number | null;
	reverted_by: number | null;
}

export function toRevision(r: RevisionRow): Revision {
	return {
		id: r.id,
		batch: r.batch,
		kind: r.kind,
		fileName: r.file_name,
		sha256: r.sha256,
		size: r.size,
		encoding: r.encoding,
		user: r.user_name,
		createdAt: typeof r.created_at === 'string' ? r.created_at : r.created_at.toISOString(),
		rows: r.rows,
		added: r.added,
		updated: r.updated,
		unchanged: r.unchanged,
		reverts: r.reverts,
		revertedBy: r.reverted_by
	};
}
