// Repository: server secrets (random keys generated on first use and kept in the database).
import type { Sql } from '../sql';

/** BLOB in SQLite and bytea in PostgreSQL: both drivers hand back a Buffer. */
interface Row {
	value: Uint8Array;
}

const read = (db: Sql, name: string) => db.get<Row>('SELECT value FROM app_secrets WHERE name = ?', [name]);

/**
 * The secret called `name`, created from `generate()` when absent. Insert-if-absent first, then read:
 * processes starting together on one database (a file or a server) all end up with the same key.
 */
export async function getOrCreate(db: Sql, name: string, generate: () => Uint8Array): Promise<Uint8Array> {
	let row = await read(db, name);
	if (!row) {
		const value = generate();
		await db.run('INSERT INTO app_secrets (name, value, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING', [
			name,
			Buffer.from(value.buffer, value.byteOffset, value.byteLength),
			new Date().toISOString()
		]);
		row = await read(db, name);
	}
	return new Uint8Array(row!.value);
}
