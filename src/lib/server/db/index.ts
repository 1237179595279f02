// Chooses the storage backend from DATABASE_URL.
import { sqlitePath } from '../config';
import { createSqliteStore } from './sqlite/store';
import { StoreError, type Store } from './store';

export function openStore(databaseUrl: string): Store {
	if (databaseUrl.startsWith('file:')) return createSqliteStore(sqlitePath(databaseUrl));
	throw new StoreError('unavailable', `尚不支持的数据库:${databaseUrl.split(':')[0]} / Unsupported database URL scheme: ${databaseUrl.split(':')[0]} (PostgreSQL support is planned)`);
}

export type { Store } from './store';
