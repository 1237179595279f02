// Accounts for integration tests: users are created with the real CLI and signed in through the real
// /login form, so every test exercises the same path a person does.
import { expect } from 'vitest';
import type { Role } from '../../src/lib/server/auth/roles';
import { cli, fetchOnce, type RunningServer } from './env';

export const PASSWORD = 'correct-horse-battery-9';

export function addUser(env: Record<string, string>, username: string, role: Role, password = PASSWORD): void {
	const r = cli('user', ['add', username, '--role', role, '--password-stdin'], env, `${password}\n`);
	if (r.status !== 0) throw new Error(`npm run user failed (${r.status}): ${r.stderr}`);
}

/** Signs in through the form; returns the `cookie` header value for later requests. */
export async function signIn(base: string, username: string, password = PASSWORD): Promise<string> {
	const res = await fetchOnce(`${base}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: base, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ username, password })
	});
	expect(res.status, `sign-in of ${username}`).toBe(303);
	const cookie = res.headers.getSetCookie().find((c) => c.startsWith('ob_session='));
	if (!cookie) throw new Error('no session cookie after sign-in');
	return cookie.split(';')[0]!;
}

/** The three roles, created in the database at `env.DATABASE_URL`. */
export const TEST_USERS = { viewer: 'vera', analyst: 'ana', admin: 'adam' } as const satisfies Record<Role, string>;

export function addTestUsers(env: Record<string, string>): void {
	for (const [role, name] of Object.entries(TEST_USERS)) addUser(env, name, role as Role);
}

export async function signInAll(base: string): Promise<Record<Role, string>> {
	return {
		viewer: await signIn(base, TEST_USERS.viewer),
		analyst: await signIn(base, TEST_USERS.analyst),
		admin: await signIn(base, TEST_USERS.admin)
	};
}

/** Creates `username` with `role` in the server's database (once) and signs the server's `fetch` in as them. */
export async function signInAs(server: RunningServer, env: Record<string, string>, role: Role, username: string = TEST_USERS[role]): Promise<string> {
	const exists = cli('user', ['list'], env).stdout.split('\n').some((l) => l.split('\t')[0] === username);
	if (!exists) addUser(env, username, role);
	server.cookie = await signIn(server.url, username);
	return server.cookie;
}
