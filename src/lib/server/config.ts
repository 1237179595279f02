// Environment configuration, validated once with zod; defaults make `npm start` work with no configuration.
import { z } from 'zod';
import { DEFAULT_TIMEZONE, isTimeZone } from '../domain/schedule';

const schema = z.object({
	DATABASE_URL: z
		.string()
		.default('file:data/outcome-board.db')
		.refine((v) => v.startsWith('file:') || /^postgres(ql)?:\/\//.test(v), {
			message: 'DATABASE_URL must be file:PATH (SQLite) or postgres://… / must be file:PATH or postgres://…'
		}),
	DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(10),
	PORT: z.coerce.number().int().min(1).max(65535).default(3000),
	SEED_DEMO: z.enum(['0', '1']).default('1'),
	SEED_DIR: z.string().default('data'),
	// adapter-node's own default when unset (npm start sets 50M): the 413 message must name the limit that applies.
	BODY_SIZE_LIMIT: z.string().default('512K'),
	// Sites allowed to show /embed pages in an iframe (a CSP source list); every other page refuses framing.
	EMBED_FRAME_ANCESTORS: z
		.string()
		.trim()
		.regex(/^[\w\s:/.*'\-[\]]+$/, {
			message: "EMBED_FRAME_ANCESTORS must be a CSP source list such as 'self' https://intranet.example / 应为 CSP 来源列表"
		})
		.default("'self'"),
	// The site's public origin. adapter-node builds every request URL from it, and SvelteKit's CSRF
	// check compares browsers' Origin header with it; without it the Host header would decide.
	ORIGIN: z
		.string()
		.url({ error: 'ORIGIN must be a URL such as https://board.example.gov.cn / ORIGIN 必须是网址' })
		.refine((v) => new URL(v).origin === v.replace(/\/$/, ''), { message: 'ORIGIN is an origin only: scheme, host and port, no path / ORIGIN 只含协议、主机和端口' })
		.optional(),
	// Digests by e-mail: smtp://user:pass@host:port or smtps://… (credentials in the URL), and the sender.
	SMTP_URL: z
		.string()
		.refine((v) => /^smtps?:\/\/[^/]+/.test(v), { message: 'SMTP_URL must be smtp://USER:PASS@HOST:PORT or smtps://… / SMTP_URL 应为 smtp:// 或 smtps:// 地址' })
		.optional(),
	MAIL_FROM: z.string().trim().min(3).max(320).optional(),
	// Subscriptions' weekly and monthly hours are wall-clock times in this zone (an IANA name).
	DIGEST_TIMEZONE: z
		.string()
		.trim()
		.refine(isTimeZone, { message: 'DIGEST_TIMEZONE must be an IANA time zone such as Asia/Shanghai / 应为时区名称,例如 Asia/Shanghai' })
		.default(DEFAULT_TIMEZONE),
	// How often the digest scheduler looks for due digests (seconds); 0 turns it off on this instance.
	DIGEST_TICK_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60)
});

export type Config = z.infer<typeof schema>;

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
	const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
	if (!parsed.success) {
		const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
		throw new Error(`配置错误 / Invalid configuration:\n${lines.join('\n')}`);
	}
	return parsed.data;
}

/** `file:var/x.db` → `var/x.db`; `file::memory:` → `:memory:`. */
export function sqlitePath(url: string): string {
	return url.replace(/^file:(\/\/)?/, '');
}

/** BODY_SIZE_LIMIT read exactly as adapter-node reads it (`512K`, `50M`, `1G`, bytes, `Infinity`), in bytes. */
export function bodyLimitBytes(value: string): number {
	const multiplier = ({ K: 1024, M: 1024 ** 2, G: 1024 ** 3 } as Record<string, number>)[value.at(-1)?.toUpperCase() ?? ''] ?? 1;
	return Number(multiplier !== 1 ? value.slice(0, -1) : value) * multiplier;
}
