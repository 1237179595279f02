// Chooses the storage backend from DATABASE_URL: file:… is the embedded SQLite file, postgres://… a shared server.
import { sqlitePath } from '../config';
import { createPostgresStore } from './postgres/store';
import { createSqliteStore } from './sqlite/store';
import { StoreError, type Store } from './store';

export interface OpenOptions {
	/** Largest number of PostgreSQL connections this process opens (DATABASE_POOL_SIZE). */
	poolSize?: number;
}

/** Opens the store and runs its migrations. PostgreSQL rejects with StoreError('unavailable') when unreachable. */
export async function openStore(databaseUrl: string, options: OpenOptions = {}): Promise<Store> {
	if (databaseUrl.startsWith('file:')) return createSqliteStore(sqlitePath(databaseUrl));
	if (/^postgres(ql)?:\/\//.test(databaseUrl)) return createPostgresStore(databaseUrl, options.poolSize);
	const scheme = databaseUrl.split(':')[0];
	throw new StoreError('not_ours', `不支持的数据库地址:${scheme} / Unsupported database URL scheme: ${scheme} (use file:PATH or postgres://…)`);
}

export type { Store } from './store';
