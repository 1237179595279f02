// Repository: server secrets (random keys generated on first use and kept in the database).
import type { PG } from './open';

/** The secret called `name`, created from `generate()` when absent; every instance ends up with the same one. */
export async function getOrCreate(db: PG, name: string, generate: () => Uint8Array): Promise<Uint8Array> {
	const read = async () => (await db.query<{ value: Buffer }>('SELECT value FROM app_secrets WHERE name = $1', [name])).rows[0];
	let row = await read();
	if (!row) {
		const value = generate();
		await db.query('INSERT INTO app_secrets (name, value, created_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING', [
			name,
			Buffer.from(value.buffer, value.byteOffset, value.byteLength),
			new Date().toISOString()
		]);
		row = await read();
	}
	return new Uint8Array(row!.value);
}
