// Shared bits of the command-line tools: configuration, the store, and exit codes.
import { loadConfig } from '../lib/server/config';
import { openStore } from '../lib/server/db/index';
import { StoreError, type Store } from '../lib/server/db/store';

export const EXIT_OK = 0;
export const EXIT_DATA = 1;
export const EXIT_USAGE = 2;
/** The database could not be reached (PostgreSQL down or unreachable); nothing was written. */
export const EXIT_UNAVAILABLE = 3;

export function fatal(message: string, code = EXIT_USAGE): never {
	process.stderr.write(`${message}\n`);
	process.exit(code);
}

export async function withStore<T>(fn: (store: Store) => Promise<T>): Promise<T> {
	let store: Store;
	try {
		const config = loadConfig();
		store = await openStore(config.DATABASE_URL, { poolSize: config.DATABASE_POOL_SIZE });
	} catch (e) {
		fatal((e as Error).message, e instanceof StoreError && e.code === 'unavailable' ? EXIT_UNAVAILABLE : EXIT_USAGE);
	}
	return fn(store)
		.catch((e: unknown) => {
			if (e instanceof StoreError && e.code === 'unavailable') fatal(e.message, EXIT_UNAVAILABLE);
			throw e;
		})
		.finally(() => store.close().catch(() => undefined));
}
