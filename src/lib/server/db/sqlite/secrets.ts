// Repository: server secrets (random keys generated on first use and kept in the database).
import type { DB } from './open';

/**
 * The secret called `name`, created from `generate()` when absent. INSERT OR IGNORE first, then read:
 * two processes starting together on one file end up with the same key.
 */
export function getOrCreate(db: DB, name: string, generate: () => Uint8Array): Uint8Array {
	const read = () => db.prepare('SELECT value FROM app_secrets WHERE name = ?').get(name) as { value: Buffer } | undefined;
	let row = read();
	if (!row) {
		const value = generate();
		db.prepare('INSERT OR IGNORE INTO app_secrets (name, value, created_at) VALUES (?, ?, ?)').run(
			name,
			Buffer.from(value.buffer, value.byteOffset, value.byteLength),
			new Date().toISOString()
		);
		row = read();
	}
	return new Uint8Array(row!.value);
}
