// The server's one store, opened and seeded at start (hooks `init`); routes get it from here.
// With PostgreSQL the server also starts while the database is away: it answers 503 and keeps trying to
// open (migrate, seed) the store in the background until the database is reachable.
import { dev } from '$app/environment';
import { error } from '@sveltejs/kit';
import { loadConfig, type Config } from './config';
import { openStore } from './db/index';
import { StoreError, type Store } from './db/store';
import { startEventLoopMonitor } from './metrics';
import type { Scheduler } from './scheduler';
import { seedIfEmpty } from './seed';

const RETRY_MS = 2_000;
let store: Store | null = null;
let config: Config | null = null;
let scheduler: Scheduler | null = null;

async function open(config: Config): Promise<Store> {
	const opened = await openStore(config.DATABASE_URL, { poolSize: config.DATABASE_POOL_SIZE });
	try {
		const seeded = await seedIfEmpty(opened, config.SEED_DIR, config.SEED_DEMO === '1');
		if (seeded) {
			const revisions = seeded.files.map((f) => f.revision).filter((r) => r !== null);
			console.log(`数据库已初始化并导入种子数据 / Database created and seeded (revisions ${revisions.join(', ')})`);
		}
		if ((await opened.users.count()) === 0) {
			console.log(
				[
					'尚无用户。请在服务器上创建管理员(密码在提示符下输入,不会显示):',
					'No users yet. Create the administrator on the server (you will be asked for the password):',
					'    npm run user -- add admin --role admin'
				].join('\n')
			);
		}
	} catch (e) {
		await opened.close().catch(() => undefined);
		throw e;
	}
	return opened;
}

export async function initApp(): Promise<void> {
	config = loadConfig();
	startEventLoopMonitor();
	if (!config.ORIGIN && !dev)
		throw new Error(
			'必须设置 ORIGIN(用户访问的地址,例如 http://localhost:3000;npm start 会自动设置)/ ORIGIN must be set to the address users open, e.g. http://localhost:3000 (npm start sets it)'
		);
	// adapter-node's graceful shutdown (SIGTERM/SIGINT): give the database connections back.
	// The scheduler stops first (no new send starts; the one under way ends), then the store closes.
	process.once('sveltekit:shutdown', () => void (scheduler?.stop() ?? Promise.resolve()).finally(() => store?.close().catch(() => undefined)));
	try {
		await serve(await open(config));
	} catch (e) {
		if (!(e instanceof StoreError && e.code === 'unavailable')) throw e;
		console.warn(`${e.message}\n  (${(e.cause as Error | undefined)?.message ?? ''}) — 每 ${RETRY_MS / 1000} 秒重试 / retrying every ${RETRY_MS / 1000} s`);
		const retry = (cfg: Config) =>
			setTimeout(() => {
				open(cfg).then(
					(s) => {
						void serve(s);
						console.log('数据库已连接 / Database reachable: serving');
					},
					(err) => (err instanceof StoreError && err.code === 'unavailable' ? retry(cfg) : console.error(err))
				);
			}, RETRY_MS);
		retry(config);
	}
}

async function serve(opened: Store): Promise<void> {
	const s = (store = available(opened));
	// Before the first request: it would otherwise wait ~1 s for ECharts' first render in the process.
	await import('./dashboard').then(({ warmUp }) => warmUp(s)).catch((e: Error) => console.warn(`图表预热失败 / chart warm-up failed: ${e.message}`));
	// Digests: the first tick sends what came due while the server was down (once), then every DIGEST_TICK_SECONDS.
	const cfg = getConfig();
	if (cfg.DIGEST_TICK_SECONDS > 0 && !scheduler) {
		const { startScheduler } = await import('./scheduler');
		scheduler = startScheduler(opened, {
			tickMs: cfg.DIGEST_TICK_SECONDS * 1000,
			timeZone: cfg.DIGEST_TIMEZONE,
			origin: cfg.ORIGIN ?? `http://localhost:${cfg.PORT}`,
			mail: { smtpUrl: cfg.SMTP_URL, from: cfg.MAIL_FROM }
		});
	}
}

/** The validated configuration (defaults before initApp ran, e.g. in unit tests). */
export function getConfig(): Config {
	return config ?? loadConfig();
}

/** The store, whose "database unavailable" errors reach the client as 503 with the bilingual message. */
export function getStore(): Store {
	if (!store) {
		if (config) error(503, new StoreError('unavailable', '数据库暂时无法访问,请稍后重试 / The database cannot be reached right now; please try again shortly').message);
		throw new Error('store not initialised: hooks.server.ts init() has not run');
	}
	return store;
}

function as503(e: unknown): never {
	if (e instanceof StoreError && e.code === 'unavailable') error(503, e.message);
	throw e;
}

/** Every store method (repositories included): a StoreError('unavailable') becomes error(503). */
function available<T extends object>(target: T): T {
	return new Proxy(target, {
		get(t, prop) {
			const v: unknown = Reflect.get(t, prop, t);
			if (typeof v === 'function')
				return (...args: unknown[]) => {
					const r: unknown = v.apply(t, args);
					return r instanceof Promise ? r.catch(as503) : r;
				};
			return v !== null && typeof v === 'object' ? available(v) : v;
		}
	});
}
