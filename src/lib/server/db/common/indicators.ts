// Repository: indicator definitions (versioned; the current one has superseded_by NULL).
import type { Indicator } from '../../../domain/model';
import { INDICATOR_COLUMNS, sameDefinition, toIndicator, type IndicatorRow } from '../rows';
import type { Sql } from '../sql';
import type { Changes, StagedChange } from '../store';

export async function listCurrent(db: Sql): Promise<Indicator[]> {
	// In the order they were first defined (the seed lists the headline indicators first); the index
	// indicators_code (code, id) answers each min().
	const rows = await db.all<IndicatorRow>(
		`SELECT ${INDICATOR_COLUMNS} FROM indicators i WHERE i.superseded_by IS NULL ORDER BY (SELECT min(j.id) FROM indicators j WHERE j.code = i.code)`
	);
	return rows.map(toIndicator);
}

/** Writes a new current definition, superseding the old one if any. */
export async function supersede(db: Sql, i: Indicator, revision: number): Promise<void> {
	await db.run('UPDATE indicators SET superseded_by = ? WHERE code = ? AND superseded_by IS NULL', [revision, i.code]);
	await db.run(`INSERT INTO indicators (${INDICATOR_COLUMNS}, revision_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
		i.code,
		i.nameZh,
		i.nameEn,
		i.unit,
		i.kind,
		i.direction,
		i.category,
		i.item,
		i.description,
		revision
	]);
}

export interface DefinitionChange {
	code: string;
	before: Indicator | null;
	after: Indicator | null;
	current: boolean;
}

/** Definitions revision `id` wrote (with the one each superseded) and definitions it withdrew (a revert). */
export async function revisionChanges(db: Sql, id: number, limit: number): Promise<DefinitionChange[]> {
	const written = await db.all<IndicatorRow & { superseded_by: number | null }>(
		`SELECT ${INDICATOR_COLUMNS}, superseded_by FROM indicators WHERE revision_id = ? ORDER BY id LIMIT ?`,
		[id, limit]
	);
	const replaced = new Map(
		(await db.all<IndicatorRow>(`SELECT ${INDICATOR_COLUMNS} FROM indicators WHERE superseded_by = ? ORDER BY id`, [id])).map((r) => [r.code, toIndicator(r)])
	);
	const changes: DefinitionChange[] = written.map((r) => ({ code: r.code, before: replaced.get(r.code) ?? null, after: toIndicator(r), current: r.superseded_by === null }));
	const wrote = new Set(written.map((r) => r.code));
	for (const [code, before] of replaced) if (!wrote.has(code) && changes.length < 2 * limit) changes.push({ code, before, after: null, current: false });
	return changes;
}

/** A staged definition (an indicators file's row) against the current one of its code. */
interface DefinitionDiff {
	def: Indicator;
	line: number;
	before: Indicator | null;
	state: 'added' | 'updated' | 'unchanged';
}

/**
 * An indicators file's definitions (thousands at most), held in memory by either backend's stage and
 * diffed by code against the current ones.
 */
export class StagedDefinitions {
	readonly #staged: (Indicator & { line: number })[] = [];
	#diffs: DefinitionDiff[] = [];

	add(def: Indicator & { line: number }): void {
		this.#staged.push(def);
	}

	async diff(db: Sql): Promise<Changes> {
		const rows = await db.all<IndicatorRow>(`SELECT ${INDICATOR_COLUMNS} FROM indicators WHERE superseded_by IS NULL`);
		const current = new Map(rows.map((r) => [r.code, toIndicator(r)]));
		this.#diffs = this.#staged.map(({ line, ...def }): DefinitionDiff => {
			const before = current.get(def.code) ?? null;
			return { def, line, before, state: !before ? 'added' : sameDefinition(before, def) ? 'unchanged' : 'updated' };
		});
		const count = (s: DefinitionDiff['state']) => this.#diffs.filter((d) => d.state === s).length;
		return { added: count('added'), updated: count('updated'), unchanged: count('unchanged') };
	}

	/** After diff: the definitions that add or update one, in file order, at most `limit`. */
	changes(limit: number): StagedChange[] {
		return this.#diffs
			.filter((d) => d.state !== 'unchanged')
			.slice(0, limit)
			.map((d) => ({ table: 'indicators', indicator: d.def.code, period: null, line: d.line, state: d.state as 'added' | 'updated', before: d.before, after: d.def }));
	}

	/** After diff: the definitions to write, in file order. */
	changed(): Indicator[] {
		return this.#diffs.filter((d) => d.state !== 'unchanged').map((d) => d.def);
	}
}
