import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openReader, openWriter, type DB } from './open';

let dir: string | null = null;
const open: DB[] = [];
afterEach(() => {
	for (const db of open.splice(0)) db.close();
	if (dir) rmSync(dir, { recursive: true, force: true });
	dir = null;
});
function writer(): { db: DB; path: string } {
	dir = mkdtempSync(join(tmpdir(), 'ob-open-'));
	const path = join(dir, 'app.db');
	const { db } = openWriter(path);
	open.push(db);
	return { db, path };
}

describe('prepared statements', () => {
	it('are prepared once per SQL text and connection, on the writer and the reader', () => {
		const { db, path } = writer();
		const sql = 'SELECT count(*) AS n FROM revisions';
		expect(db.prepare(sql)).toBe(db.prepare(sql));
		const reader = openReader(path);
		open.push(reader);
		expect(reader.prepare(sql)).toBe(reader.prepare(sql));
		expect(reader.prepare(sql)).not.toBe(db.prepare(sql));
		expect(reader.prepare(sql).get()).toEqual({ n: 0 });
	});

	it('come back without the mode a caller set: a plucked statement returns rows again', () => {
		const { db } = writer();
		const sql = 'SELECT 1 AS one, 2 AS two';
		expect(db.prepare(sql).pluck().get()).toBe(1);
		expect(db.prepare(sql).get()).toEqual({ one: 1, two: 2 });
		expect(db.prepare(sql).raw().get()).toEqual([1, 2]);
		expect(db.prepare(sql).all()).toEqual([{ one: 1, two: 2 }]);
	});

	it('are kept for the most recently used texts only, so SQL built per call cannot grow without end', () => {
		const { db } = writer();
		const first = db.prepare('SELECT 0 AS k');
		for (let i = 1; i <= 300; i++) db.prepare(`SELECT ${i} AS k`);
		const again = db.prepare('SELECT 0 AS k');
		expect(again).not.toBe(first); // evicted, prepared anew
		expect(again.get()).toEqual({ k: 0 });
		expect(db.prepare('SELECT 300 AS k')).toBe(db.prepare('SELECT 300 AS k'));
	});
});
