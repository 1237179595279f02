// The one rule for "the same user name" on every backend: the name's key is its Unicode compatibility
// normalisation (NFKC: full-width ａ is a, ﬁ is fi) lower-cased by Unicode rules, so Ärger, ärger and
// ÄRGER are one user on SQLite and PostgreSQL alike (neither database's own lower() or NOCASE agrees
// with the other, or with Unicode). The column users.name_key holds it, under a unique index.
import { bilingual } from '../../../format/store-messages';
import type { Param, Sql } from '../sql';

/** The key user names are compared by. */
export function nameKey(username: string): string {
	return username.normalize('NFKC').toLowerCase();
}

export interface NameKeyRow {
	id: number;
	username: string;
	name_key: string;
}

export const NAME_KEY_ROWS = 'SELECT id, username, name_key FROM users ORDER BY id';
export const SET_NAME_KEY = 'UPDATE users SET name_key = ? WHERE id = ?';

export interface NameKeyPlan {
	/** `SET_NAME_KEY` parameters, in order. */
	updates: [key: string, id: number][];
	/** Users re-keyed now whose name folds equal to an older user's (the older one keeps the name). */
	clashes: { name: string; other: string }[];
}

/**
 * What to change so that every user's key is `nameKey(username)`, for users written before the key
 * existed or by a Node whose Unicode tables differ. Two names that fold equal (allowed before: SQLite's
 * NOCASE folds ASCII only) cannot both have that key: the older user keeps it, the newer gets
 * `key#id`, which no valid name folds to (names hold no '#'), so it stays unique and cannot be
 * reached by name. Changed rows first move to `#id` (free for the same reason), then to their key, so
 * no step collides with a key that is about to move.
 */
export function planNameKeys(rows: readonly NameKeyRow[]): NameKeyPlan {
	const owner = new Map<string, NameKeyRow>();
	const wanted: [string, NameKeyRow][] = [];
	const clashes: NameKeyPlan['clashes'] = [];
	for (const row of [...rows].sort((a, b) => a.id - b.id)) {
		let key = nameKey(row.username);
		const older = owner.get(key);
		if (older) {
			key = `${key}#${row.id}`;
			if (key !== row.name_key) clashes.push({ name: row.username, other: older.username }); // told once, when re-keyed
		} else owner.set(key, row);
		if (key !== row.name_key) wanted.push([key, row]);
	}
	return {
		updates: [...wanted.map(([, r]): [string, number] => [`#${r.id}`, r.id]), ...wanted.map(([key, r]): [string, number] => [key, r.id])],
		clashes
	};
}

/** Tells the operator about names that now mean an older user (the store itself never refuses to open for it). */
export function warnClashes(clashes: NameKeyPlan['clashes']): void {
	for (const c of clashes) console.warn(bilingual('store.nameKeyClash', c));
}

/** Brings every user's key up to date; run inside the migrating transaction (PostgreSQL's; SQLite's is synchronous, in sqlite/open.ts). */
export async function rekeyUsers(db: Sql): Promise<void> {
	const plan = planNameKeys(await db.all<NameKeyRow>(NAME_KEY_ROWS));
	for (const params of plan.updates) await db.run(SET_NAME_KEY, params as Param[]);
	warnClashes(plan.clashes);
}
