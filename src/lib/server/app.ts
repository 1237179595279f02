// The server's one store, opened and seeded at start (hooks `init`); routes get it from here.
import { dev } from '$app/environment';
import { loadConfig, type Config } from './config';
import { openStore } from './db/index';
import type { Store } from './db/store';
import { startEventLoopMonitor } from './metrics';
import { seedIfEmpty } from './seed';

let store: Store | null = null;
let config: Config | null = null;

export async function initApp(): Promise<void> {
	config = loadConfig();
	startEventLoopMonitor();
	if (!config.ORIGIN && !dev)
		throw new Error(
			'必须设置 ORIGIN(用户访问的地址,例如 http://localhost:3000;npm start 会自动设置)/ ORIGIN must be set to the address users open, e.g. http://localhost:3000 (npm start sets it)'
		);
	store = openStore(config.DATABASE_URL);
	const seeded = await seedIfEmpty(store, config.SEED_DIR, config.SEED_DEMO === '1');
	if (seeded) {
		const revisions = seeded.files.map((f) => f.revision).filter((r) => r !== null);
		console.log(`数据库已初始化并导入种子数据 / Database created and seeded (revisions ${revisions.join(', ')})`);
	}
	if ((await store.users.count()) === 0) {
		console.log(
			[
				'尚无用户。请在服务器上创建管理员(密码在提示符下输入,不会显示):',
				'No users yet. Create the administrator on the server (you will be asked for the password):',
				'    npm run user -- add admin --role admin'
			].join('\n')
		);
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
