import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../db/sqlite/store';
import type { Store } from '../db/store';
import { checkSignIn } from './login';
import { hashPassword } from './password';
import { FREE_FAILURES } from './throttle';

let store: Store;
beforeEach(() => {
	store = createSqliteStore(':memory:');
});
afterEach(() => store.close());

describe('checkSignIn', () => {
	it('signs in by the name in any Unicode case or width', { timeout: 30_000 }, async () => {
		await store.users.create({ username: 'Ärger', role: 'viewer', passwordHash: await hashPassword('richtig-1234'), mustChangePassword: false });
		expect(await checkSignIn(store, 'ÄＲＧＥＲ', 'richtig-1234', '10.0.0.1')).toMatchObject({ ok: true, user: { username: 'Ärger' } });
		expect(await checkSignIn(store, ' ärger ', 'richtig-1234', '10.0.0.1')).toMatchObject({ ok: true });
	});

	// Each failure costs a full scrypt (unknown names too), hence the long timeouts.
	it('counts failures for one user together however the name is typed, so changing case or width does not escape the lock', { timeout: 60_000 }, async () => {
		const now = 1_790_000_000_000;
		const spellings = ['Ärger', 'ärger', 'ÄRGER', 'ä\uff32\uff27\uff25\uff32', 'A\u0308rger'];
		for (let i = 0; i < FREE_FAILURES.user; i++) {
			expect(await checkSignIn(store, spellings[i % spellings.length]!, 'wrong-password', `10.0.0.${i}`, now + i)).toEqual({ ok: false, reason: 'invalid' });
		}
		expect(await checkSignIn(store, 'ärger', 'wrong-password', '10.0.1.1', now + FREE_FAILURES.user)).toMatchObject({ ok: false, reason: 'throttled' });
	});
});
