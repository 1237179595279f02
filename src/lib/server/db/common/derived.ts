// Repository: derived data per indicator (versions, overview cards), written once for both databases.
// A commit records the indicators it touched under its revision id; the derived rows of an indicator are
// stale while their version is older. Pages read these rows instead of deriving every series. A missing
// card (nothing in that year) reads as 'no-target'.
import { STATUS_RANK, type CardStatus as CardStatusKey } from '../../../domain/cards';
import type { Indicator, Observation, Target } from '../../../domain/model';
import type { StoredObservation, StoredTarget } from '../store';
import { toIndicator, type IndicatorRow } from '../rows';
import { placeholders, type Param, type Sql } from '../sql';


/** Rows per multi-row statement: well under SQLite's 32,766 and PostgreSQL's 65,535 parameters. */
const CHUNK = 500;
/** Parameters per multi-row INSERT of derived rows (a statement is a round trip on PostgreSQL). */
const PARAMS = 10_000;

function chunks<T>(items: readonly T[], size: number): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
	return out;
}

/**
 * Marks indicators as changed by revision `version`: the given codes, or (none given) every indicator
 * whose values, targets or definition that revision wrote or superseded (a revert).
 */
export async function touch(db: Sql, version: number, codes?: Iterable<string>): Promise<void> {
	const upsert = 'ON CONFLICT (indicator) DO UPDATE SET version = excluded.version';
	if (codes === undefined) {
		// `WHERE true`: SQLite needs it to read ON CONFLICT after INSERT … SELECT as an upsert clause.
		await db.run(
			`INSERT INTO indicator_versions (indicator, version)
			 SELECT indicator, ? FROM (
				SELECT indicator FROM observations WHERE revision_id = ? OR superseded_by = ?
				UNION SELECT indicator FROM targets WHERE revision_id = ? OR superseded_by = ?
				UNION SELECT code FROM indicators WHERE revision_id = ? OR superseded_by = ?
			 ) touched WHERE true ${upsert}`,
			[version, version, version, version, version, version, version]
		);
		return;
	}
	for (const part of chunks([...new Set(codes)], CHUNK)) {
		const values = part.map(() => '(?, ?)').join(', ');
		await db.run(`INSERT INTO indicator_versions (indicator, version) VALUES ${values} ${upsert}`, part.flatMap((c) => [c, version]));
	}
}

/** Indicators whose derived rows are missing or older than their version, at most `limit`. */
export async function stale(db: Sql, limit: number): Promise<{ indicator: string; version: number }[]> {
	return db.all(
		`SELECT v.indicator, v.version FROM indicator_versions v
		 LEFT JOIN derived_indicators d ON d.indicator = v.indicator
		 WHERE d.indicator IS NULL OR d.version < v.version
		 ORDER BY v.indicator LIMIT ?`,
		[limit]
	);
}

/** The version of one indicator's data (the revision that last touched it), or null when unknown. */
export async function versionOf(db: Sql, code: string): Promise<number | null> {
	const row = await db.get<{ version: number }>('SELECT version FROM indicator_versions WHERE indicator = ?', [code]);
	return row ? Number(row.version) : null;
}

/** Current definitions of these codes, each with its place in the catalog (its first definition's id). */
export async function definitions(db: Sql, codes: string[]): Promise<{ indicator: Indicator; ord: number }[]> {
	if (codes.length === 0) return [];
	const rows = await db.all<IndicatorRow & { ord: number }>(
		`SELECT i.*, (SELECT min(j.id) FROM indicators j WHERE j.code = i.code) AS ord
		 FROM indicators i WHERE i.superseded_by IS NULL AND i.code IN ${placeholders(codes.length)}`,
		codes
	);
	return rows.map((r) => ({ indicator: toIndicator(r), ord: Number(r.ord) }));
}

/**
 * Current values and targets of these indicators with only what deriving needs (sources, notes and a
 * target's owner stay in the database): reading them is most of a derive's cost.
 */
export async function inputs(db: Sql, codes: string[]): Promise<{ observations: StoredObservation[]; targets: StoredTarget[] }> {
	if (codes.length === 0) return { observations: [], targets: [] };
	const list = placeholders(codes.length);
	const [obs, tgt] = await Promise.all([
		db.all<{ indicator: string; period: string; value: number; qualifier: Observation['qualifier']; provenance: Observation['provenance']; yoy_reported: number | null; revision_id: number }>(
			`SELECT indicator, period, value, qualifier, provenance, yoy_reported, revision_id FROM observations WHERE superseded_by IS NULL AND indicator IN ${list}`,
			codes
		),
		db.all<{ indicator: string; period: string; value: number; qualifier: Target['qualifier']; revision_id: number }>(
			`SELECT indicator, period, value, qualifier, revision_id FROM targets WHERE superseded_by IS NULL AND indicator IN ${list}`,
			codes
		)
	]);
	return {
		observations: obs.map((o) => ({
			indicator: o.indicator,
			period: o.period,
			value: Number(o.value),
			qualifier: o.qualifier,
			provenance: o.provenance,
			yoyReported: o.yoy_reported === null ? null : Number(o.yoy_reported),
			yoyDecimals: null,
			source: '',
			note: '',
			revision: Number(o.revision_id)
		})),
		targets: tgt.map((t) => ({
			indicator: t.indicator,
			period: t.period,
			value: Number(t.value),
			qualifier: t.qualifier,
			basis: '',
			owner: '',
			department: '',
			deadline: '',
			source: '',
			note: '',
			revision: Number(t.revision_id)
		}))
	};
}

/** One current definition, or null. */
export async function definition(db: Sql, code: string): Promise<Indicator | null> {
	const row = await db.get<IndicatorRow>('SELECT * FROM indicators WHERE code = ? AND superseded_by IS NULL', [code]);
	return row ? toIndicator(row) : null;
}

export interface DerivedCardRow {
	year: number;
	status: CardStatusKey;
	/** The card's figures as JSON (what the overview shows of that year). */
	card: string;
}

export interface DerivedIndicator {
	indicator: Indicator;
	version: number;
	ord: number;
	categoryRank: number;
	search: string;
	spark: { zh: string; en: string } | null;
	cards: DerivedCardRow[];
}

/** Removes these indicators' derived rows (they read as stale until derived again). */
export async function remove(db: Sql, codes: readonly string[]): Promise<void> {
	for (const part of chunks(codes, CHUNK)) {
		await db.run(`DELETE FROM derived_cards WHERE indicator IN ${placeholders(part.length)}`, part);
		await db.run(`DELETE FROM derived_indicators WHERE indicator IN ${placeholders(part.length)}`, part);
	}
}

/**
 * Writes derived rows, inside the caller's write transaction. An indicator already derived at the same
 * or a newer version (another process got there first) is left alone; `gone` are indicators without a
 * current definition (reverted away): their rows are removed.
 */
export async function write(db: Sql, items: DerivedIndicator[], gone: { indicator: string; version: number }[]): Promise<number> {
	const codes = [...items.map((i) => i.indicator.code), ...gone.map((g) => g.indicator)];
	if (codes.length === 0) return 0;
	const have = new Map<string, number>();
	for (const part of chunks(codes, CHUNK))
		for (const r of await db.all<{ indicator: string; version: number }>(
			`SELECT indicator, version FROM derived_indicators WHERE indicator IN ${placeholders(part.length)}`,
			part
		))
			have.set(r.indicator, Number(r.version));
	const newer = (code: string, version: number) => (have.get(code) ?? -1) < version;
	const fresh = items.filter((i) => newer(i.indicator.code, i.version));
	await remove(db, [...fresh.map((i) => i.indicator.code), ...gone.map((g) => g.indicator)]);
	// An indicator with no definition left needs no derived rows until a commit defines it again.
	for (const g of gone) await db.run('DELETE FROM indicator_versions WHERE indicator = ? AND version <= ?', [g.indicator, g.version]);
	for (const part of chunks(fresh, Math.floor(PARAMS / 13))) {
		const params: Param[] = [];
		for (const d of part) {
			const i = d.indicator;
			params.push(i.code, d.version, d.ord, i.nameZh, i.nameEn, i.unit, i.kind, i.category, d.categoryRank, i.item, d.search, d.spark?.zh ?? null, d.spark?.en ?? null);
		}
		await db.run(
			`INSERT INTO derived_indicators (indicator, version, ord, name_zh, name_en, unit, kind, category, category_rank, item, search, spark_zh, spark_en)
			 VALUES ${part.map(() => placeholders(13)).join(', ')}`,
			params
		);
	}
	const cards = fresh.flatMap((d) => d.cards.map((c) => ({ code: d.indicator.code, ...c })));
	for (const part of chunks(cards, PARAMS / 5)) {
		await db.run(
			`INSERT INTO derived_cards (indicator, year, status, status_rank, card) VALUES ${part.map(() => '(?, ?, ?, ?, ?)').join(', ')}`,
			part.flatMap((c) => [c.code, c.year, c.status, STATUS_RANK[c.status], c.card])
		);
	}
	return fresh.length;
}

export interface CardFilter {
	/** Cards of this year; 0 when there is no year with data at all. */
	year: number;
	category: string | null;
	item: number | null;
	/** Folded search text (see foldSearch), matched anywhere in code and names. */
	search: string | null;
	/** Only the indicators an admin made public (a visitor without a sign-in). */
	publicOnly: boolean;
	/** The signed-in user: their followed indicators come first (and are marked). */
	userId?: number | null;
	/** Only the indicators `userId` follows. */
	followedOnly?: boolean;
}

const FOLLOWED_SQL = 'EXISTS (SELECT 1 FROM follows f WHERE f.user_id = ? AND f.indicator = d.indicator)';

/** The WHERE clause shared by the page, the counts and the years: `d` is derived_indicators. */
function where(f: Omit<CardFilter, 'year'>): { sql: string; params: Param[] } {
	const parts: string[] = ['1 = 1'];
	const params: Param[] = [];
	if (f.category !== null) (parts.push('d.category = ?'), params.push(f.category));
	if (f.item !== null) (parts.push('d.item = ?'), params.push(f.item));
	if (f.search) (parts.push(`d.search LIKE ? ESCAPE '\\'`), params.push(`%${f.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
	if (f.publicOnly) (parts.push('d.indicator IN (SELECT indicator FROM indicator_flags WHERE public = ?)'), params.push(true));
	if (f.followedOnly) (parts.push(FOLLOWED_SQL), params.push(f.userId ?? -1));
	return { sql: parts.join(' AND '), params };
}

const STATUS_SQL = `COALESCE(c.status, 'no-target')`;
const JOIN_CARD = 'LEFT JOIN derived_cards c ON c.indicator = d.indicator AND c.year = ?';

export async function statusCounts(db: Sql, f: CardFilter): Promise<Record<CardStatusKey, number>> {
	const w = where(f);
	const rows = await db.all<{ status: CardStatusKey; n: number }>(
		`SELECT ${STATUS_SQL} AS status, count(*) AS n FROM derived_indicators d ${JOIN_CARD} WHERE ${w.sql} GROUP BY ${STATUS_SQL}`,
		[f.year, ...w.params]
	);
	const counts = { behind: 0, 'on-schedule': 0, 'no-data': 0, achieved: 0, 'no-target': 0 };
	for (const r of rows) counts[r.status] = Number(r.n);
	return counts;
}

export interface CardRow {
	indicator: Indicator;
	version: number;
	status: CardStatusKey;
	card: string | null;
	spark: { zh: string; en: string } | null;
	/** The query's user follows it. */
	followed: boolean;
}

export interface PageQuery extends CardFilter {
	status: CardStatusKey | null;
	group: 'category' | 'item';
	sort: 'default' | 'behind';
	limit: number;
	offset: number;
}

interface CardJoinRow {
	indicator: string;
	version: number;
	name_zh: string;
	name_en: string;
	unit: string;
	kind: Indicator['kind'];
	category: string;
	item: number | null;
	spark_zh: string | null;
	spark_en: string | null;
	status: CardStatusKey;
	card: string | null;
	/** 0/1 (SQLite), boolean (PostgreSQL). */
	followed: number | boolean;
}

/**
 * One page of cards in the overview's order: the user's followed indicators first, then group, then
 * (behind first) status, then catalog order.
 */
export async function cardPage(db: Sql, q: PageQuery): Promise<CardRow[]> {
	const w = where(q);
	const status = q.status === null ? '' : ` AND ${STATUS_SQL} = ?`;
	const group = q.group === 'item' ? 'COALESCE(d.item, 99)' : 'd.category_rank, d.category';
	const order = `followed_rank, ${group}, ${q.sort === 'behind' ? `COALESCE(c.status_rank, ${STATUS_RANK['no-target']}), ` : ''}d.ord`;
	const user = q.userId ?? -1;
	const rows = await db.all<CardJoinRow>(
		`SELECT d.indicator, d.version, d.name_zh, d.name_en, d.unit, d.kind, d.category, d.item, d.spark_zh, d.spark_en,
			${STATUS_SQL} AS status, c.card, ${FOLLOWED_SQL} AS followed, CASE WHEN ${FOLLOWED_SQL} THEN 0 ELSE 1 END AS followed_rank
		 FROM derived_indicators d ${JOIN_CARD}
		 WHERE ${w.sql}${status} ORDER BY ${order} LIMIT ? OFFSET ?`,
		[user, user, q.year, ...w.params, ...(q.status === null ? [] : [q.status]), q.limit, q.offset]
	);
	return rows.map((r) => ({
		indicator: {
			code: r.indicator,
			nameZh: r.name_zh,
			nameEn: r.name_en,
			unit: r.unit,
			kind: r.kind,
			direction: 'up', // not shown on a card
			category: r.category,
			item: r.item === null ? null : Number(r.item),
			description: ''
		},
		version: Number(r.version),
		status: r.status,
		card: r.card,
		spark: r.spark_zh === null ? null : { zh: r.spark_zh, en: r.spark_en ?? r.spark_zh },
		followed: r.followed === true || r.followed === 1
	}));
}

/** Years that have any value or target among the filtered indicators, newest first. */
export async function years(db: Sql, publicOnly: boolean): Promise<number[]> {
	const w = where({ category: null, item: null, search: null, publicOnly });
	const rows = await db.all<{ year: number }>(
		`SELECT DISTINCT c.year FROM derived_cards c JOIN derived_indicators d ON d.indicator = c.indicator WHERE c.year > 0 AND ${w.sql} ORDER BY c.year DESC`,
		w.params
	);
	return rows.map((r) => Number(r.year));
}

/** Categories of the filtered indicators, in the overview's order. */
export async function categories(db: Sql, publicOnly: boolean): Promise<string[]> {
	const w = where({ category: null, item: null, search: null, publicOnly });
	const rows = await db.all<{ category: string }>(
		`SELECT d.category FROM derived_indicators d WHERE ${w.sql} GROUP BY d.category ORDER BY min(d.category_rank), d.category`,
		w.params
	);
	return rows.map((r) => r.category);
}

/** Codes of current indicators that belong to a rectification item, in catalog order. */
export async function itemCodes(db: Sql): Promise<string[]> {
	const rows = await db.all<{ indicator: string }>('SELECT indicator FROM derived_indicators WHERE item IS NOT NULL ORDER BY ord');
	return rows.map((r) => r.indicator);
}

/** One page of the catalog (code, names, category) in catalog order, optionally searched, with the total. */
export async function catalogPage(
	db: Sql,
	q: { search: string | null; limit: number; offset: number }
): Promise<{ total: number; rows: { code: string; nameZh: string; nameEn: string; category: string }[] }> {
	const w = where({ category: null, item: null, search: q.search, publicOnly: false });
	const [count, rows] = await Promise.all([
		db.get<{ n: number }>(`SELECT count(*) AS n FROM derived_indicators d WHERE ${w.sql}`, w.params),
		db.all<{ indicator: string; name_zh: string; name_en: string; category: string }>(
			`SELECT d.indicator, d.name_zh, d.name_en, d.category FROM derived_indicators d WHERE ${w.sql} ORDER BY d.ord LIMIT ? OFFSET ?`,
			[...w.params, q.limit, q.offset]
		)
	]);
	return { total: Number(count?.n ?? 0), rows: rows.map((r) => ({ code: r.indicator, nameZh: r.name_zh, nameEn: r.name_en, category: r.category })) };
}

/** Every current indicator's code and names, in catalog order (a picker's choices: small per row). */
export async function names(db: Sql): Promise<{ code: string; nameZh: string; nameEn: string }[]> {
	const rows = await db.all<{ indicator: string; name_zh: string; name_en: string }>('SELECT indicator, name_zh, name_en FROM derived_indicators ORDER BY ord');
	return rows.map((r) => ({ code: r.indicator, nameZh: r.name_zh, nameEn: r.name_en }));
}
