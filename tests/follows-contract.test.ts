// The follows contract on both backends (SQLite always; PostgreSQL when TEST_DATABASE_URL names a server):
// following is per user and idempotent, unfollowing says whether it removed anything, and the overview
// puts a user's followed indicators first and filters to them in SQL.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/lib/server/db/index';
import type { Store } from '../src/lib/server/db/store';
import { overview, type OverviewQuery } from '../src/lib/server/dashboard';
import { seedIfEmpty } from '../src/lib/server/seed';
import { ROOT, tempDir } from './helpers/env';
import { describePostgres, freshDatabase } from './helpers/postgres';

const ALL: OverviewQuery = { year: 2024, category: null, item: null, q: null, status: null, group: 'category', sort: 'default', page: 1, lang: 'zh-CN', publicOnly: false, userId: null, followedOnly: false };

function contract(fresh: () => Promise<{ url: string; drop: () => Promise<void> }>) {
	let store: Store;
	let drop: () => Promise<void>;
	let alice: number;
	let bob: number;
	beforeAll(async () => {
		const db = await fresh();
		drop = db.drop;
		store = await openStore(db.url);
		await seedIfEmpty(store, join(ROOT, 'data'), true);
		alice = await store.users.create({ username: 'alice', role: 'viewer', passwordHash: 'h', mustChangePassword: false });
		bob = await store.users.create({ username: 'bob', role: 'viewer', passwordHash: 'h', mustChangePassword: false });
	}, 60_000);
	afterAll(async () => {
		await store?.close();
		await drop?.();
	});

	it('stores follows per user, idempotently, and unfollow reports whether it removed one', async () => {
		await store.follows.follow(alice, 'tourism-revenue');
		await store.follows.follow(alice, 'tourism-revenue');
		await store.follows.follow(alice, 'culture-deliveries');
		expect(await store.follows.list(alice)).toEqual(['culture-deliveries', 'tourism-revenue']);
		expect(await store.follows.list(bob)).toEqual([]);
		expect(await store.follows.isFollowing(alice, 'tourism-revenue')).toBe(true);
		expect(await store.follows.isFollowing(bob, 'tourism-revenue')).toBe(false);
		expect(await store.follows.unfollow(alice, 'culture-deliveries')).toBe(true);
		expect(await store.follows.unfollow(alice, 'culture-deliveries')).toBe(false);
		expect(await store.follows.list(alice)).toEqual(['tourism-revenue']);
	});

	it('puts followed indicators first, marks them, and filters to them (and the cache sees a new follow)', async () => {
		const before = await overview(store, { ...ALL, userId: alice });
		expect(before.cards[0]).toMatchObject({ code: 'tourism-revenue', followed: true });
		expect(before.cards.slice(1).every((c) => !c.followed)).toBe(true);
		await store.follows.follow(alice, 'culture-deliveries');
		const after = await overview(store, { ...ALL, userId: alice });
		expect(after.cards.slice(0, 2).map((c) => c.code).sort()).toEqual(['culture-deliveries', 'tourism-revenue']);
		const only = await overview(store, { ...ALL, userId: alice, followedOnly: true });
		expect(only.cards.map((c) => c.code).sort()).toEqual(['culture-deliveries', 'tourism-revenue']);
		expect(only.total).toBe(2);
		// Another user's overview is untouched by alice's follows.
		const other = await overview(store, { ...ALL, userId: bob });
		expect(other.cards.some((c) => c.followed)).toBe(false);
		expect((await overview(store, { ...ALL, userId: bob, followedOnly: true })).total).toBe(0);
	});

	it('keeps the email column users get in migration 7', async () => {
		expect(await store.sql.get('SELECT email FROM users WHERE id = ?', [alice])).toEqual({ email: null });
	});
}

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => (tmp = tempDir('ob-follows-')));
afterAll(() => tmp.cleanup());

describe('Follows contract: SQLite', () => contract(async () => ({ url: `file:${join(tmp.dir, 'store.db')}`, drop: async () => undefined })));
describePostgres('Follows contract: PostgreSQL', () => contract(() => freshDatabase()));
