// Two admins, two concurrent requests each removing one of them: the last-active-admin check and the write
// are one transaction, so exactly one request wins and one enabled admin remains. SQLite: one store (one app
// process) serving both requests from a real file; PostgreSQL: two stores (two app instances) on one database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Role } from '../src/lib/server/auth/roles';
import { openStore } from '../src/lib/server/db/index';
import type { Store } from '../src/lib/server/db/store';
import { changeRole, setDisabled, type Actor, type UserAnswer } from '../src/lib/server/users';
import { describePostgres, freshDatabase } from './helpers/postgres';

const CLI: Actor = { actor: 'cli:ops' };
const ROUNDS = 5;

async function make(store: Store, username: string, role: Role): Promise<number> {
	return store.users.create({ username, role, passwordHash: 'x', mustChangePassword: false });
}

type Move = (store: Store, name: string) => Promise<UserAnswer>;
const demote: Move = (store, name) => changeRole(store, CLI, { username: name }, 'analyst');
const disable: Move = (store, name) => setDisabled(store, CLI, { username: name }, true);

/** Races `first` on boss (through store a) against `second` on deputy (through store b); checks the outcome. */
async function race(a: Store, b: Store, round: number, first: Move, second: Move): Promise<void> {
	const boss = `boss${round}`;
	const deputy = `deputy${round}`;
	// Earlier rounds' admins are demoted, so these two are the only enabled admins.
	for (const u of await a.users.list()) if (u.role === 'admin' && !u.disabled) await a.users.update(u.id, { role: 'viewer' });
	await make(a, boss, 'admin');
	await make(a, deputy, 'admin');
	const answers = await Promise.all([first(a, boss), second(b, deputy)]);
	const won = answers.filter((x) => x.ok);
	const refused = answers.filter((x) => !x.ok);
	expect(won).toHaveLength(1);
	expect(refused.map((x) => !x.ok && x.code)).toEqual(['last_admin']);
	const admins = (await a.users.list()).filter((u) => u.role === 'admin' && !u.disabled).map((u) => u.username);
	expect(admins).toHaveLength(1);
	expect([boss, deputy]).toContain(admins[0]);
	// The refused one is the admin that remains, and only the winner's change is in the audit log.
	expect(!refused[0]!.ok && refused[0]!.params.name).toBe(admins[0]);
	const audited = (await a.audit.list({ limit: 5 })).filter((e) => e.target === boss || e.target === deputy);
	expect(audited).toHaveLength(1);
}

function races(open: () => Promise<[Store, Store]>, close: () => Promise<void>) {
	let a: Store;
	let b: Store;
	afterAll(close);
	it('two demotions of the last two admins at once: one is refused, one admin remains', async () => {
		[a, b] = await open();
		for (let round = 0; round < ROUNDS; round++) await race(a, b, round, demote, demote);
	});
	it('a demotion and a disable at once, and two disables at once: the same', async () => {
		for (let round = ROUNDS; round < 2 * ROUNDS; round++) await race(a, b, round, demote, disable);
		for (let round = 2 * ROUNDS; round < 3 * ROUNDS; round++) await race(a, b, round, disable, disable);
	});
}

describe('the last admin under concurrent requests: SQLite file', () => {
	const dir = mkdtempSync(join(tmpdir(), 'ob-admin-race-'));
	let store: Store | null = null;
	races(
		async () => {
			// One app process has one store; two requests are served by it concurrently.
			store = await openStore(`file:${join(dir, 'race.db')}`);
			return [store, store];
		},
		async () => {
			await store?.close();
			rmSync(dir, { recursive: true, force: true });
		}
	);
});

describePostgres('the last admin under concurrent requests: PostgreSQL, two app instances', () => {
	let db: Awaited<ReturnType<typeof freshDatabase>> | null = null;
	const stores: Store[] = [];
	races(
		async () => {
			db = await freshDatabase();
			stores.push(await openStore(db.url), await openStore(db.url));
			return [stores[0]!, stores[1]!];
		},
		async () => {
			for (const s of stores) await s.close();
			await db?.drop();
		}
	);
});
