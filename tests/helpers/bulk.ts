// Many stored values, written straight into a SQLite file (as one revision) for tests and measurements
// of large exports: the ingest path is tested elsewhere, and loading this many rows through it is slow.
import Database from 'better-sqlite3';

/** `indicators` × `months` current values (months from 1950-01 on), each with a source and a note of `noteChars` characters. */
export function insertBulkValues(path: string, indicators: number, months: number, noteChars = 0): void {
	const note = '统计说明'.repeat(Math.ceil(noteChars / 4)).slice(0, noteChars);
	const db = new Database(path);
	try {
		db.transaction(() => {
			const rev = Number(
				db
					.prepare(`INSERT INTO revisions (batch, kind, file_name, created_at, rows, added) VALUES ('bulk', 'observations', 'bulk.csv', ?, ?, ?)`)
					.run(new Date().toISOString(), indicators * months, indicators * months).lastInsertRowid
			);
			const indicator = db.prepare(`INSERT INTO indicators (code, name_zh, name_en, unit, kind, direction, category, revision_id) VALUES (?, ?, ?, '人次', 'flow', 'up', 'tourism', ?)`);
			const value = db.prepare(`INSERT INTO observations (indicator, period, value, provenance, source, note, revision_id) VALUES (?, ?, ?, 'reported', ?, ?, ?)`);
			for (let i = 0; i < indicators; i++) {
				const code = `bulk-${String(i).padStart(5, '0')}`;
				indicator.run(code, `批量指标${i}`, `Bulk ${i}`, rev);
				for (let m = 0; m < months; m++) {
					const period = `${1950 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
					value.run(code, period, 1000 + ((i * 7919 + m * 104729) % 100000) / 7, `生成的数据 ${code} ${period} / generated row`, note, rev);
				}
			}
		})();
	} finally {
		db.close();
	}
}
