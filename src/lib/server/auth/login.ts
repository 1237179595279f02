// Checking a sign-in: throttled per user name and per client address; unknown names take as long as
// known ones (the password is always checked against some hash).
import { nameKey } from '../db/common/name-key';
import type { Store, UserWithHash } from '../db/store';
import { dummyHash, verifyPassword } from './password';
import { FREE_FAILURES, lockedFor, THROTTLE_WINDOW_MS } from './throttle';

export type SignInResult = { ok: true; user: UserWithHash } | { ok: false; reason: 'invalid' } | { ok: false; reason: 'throttled'; retryAfterMs: number };

/** One counter per user, however the name is typed (case, full-width forms): as the store finds users. */
const userKey = (name: string) => `user:${nameKey(name.trim())}`;
const ipKey = (ip: string) => `ip:${ip}`;

export async function checkSignIn(store: Store, username: string, password: string, ip: string, now = Date.now()): Promise<SignInResult> {
	const name = username.trim();
	const wait = Math.max(
		lockedFor(await store.throttle.get(userKey(name)), now, FREE_FAILURES.user),
		lockedFor(await store.throttle.get(ipKey(ip)), now, FREE_FAILURES.ip)
	);
	if (wait > 0) return { ok: false, reason: 'throttled', retryAfterMs: wait };
	const user = name ? await store.users.byName(name) : null;
	const matches = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
	if (user && matches && !user.disabled) {
		await store.throttle.clear(userKey(name));
		return { ok: true, user };
	}
	await store.throttle.fail(userKey(name), now, THROTTLE_WINDOW_MS);
	await store.throttle.fail(ipKey(ip), now, THROTTLE_WINDOW_MS);
	return { ok: false, reason: 'invalid' };
}
