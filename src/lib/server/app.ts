// The server's one store, opened and seeded at start (hooks `init`); routes get it from here.
import { loadConfig, type Config } from './config';
import { openStore } from './db/index';
import type { Store } from './db/store';
import { seedIfEmpty } from './seed';

let store: Store | null = null;
let config: Config | null = null;

export async function initApp(): Promise<void> {
	config = loadConfig();
	store = openStore(config.DATABASE_URL);
	const seeded = await seedIfEmpty(store, config.SEED_DIR, config.SEED_DEMO === '1');
	if (seeded) {
		const revisions = seeded.files.map((f) => f.revision).filter((r) => r !== null);
		console.log(`数据库已初始化并导入种子数据 / Database created and seeded (revisions ${revisions.join(', ')})`);
	}
}

/** The validated configuration (defaults before initApp ran, e.g. in unit tests). */
export function getConfig(): Config {
	return config ?? loadConfig();
}

export function getStore(): Store {
	if (!store) throw new Error('store not initialised: hooks.server.ts init() has not run');
	return store;
}
