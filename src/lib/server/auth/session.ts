// Server-side sessions: the cookie holds a random token; the database holds only its SHA-256.
// New token at every sign-in, deleted at sign-out, sliding expiry.
import { createHash, randomBytes } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';
import type { Store } from '../db/store';
import type { SessionUser } from './roles';

export const SESSION_COOKIE = 'ob_session';
/** Idle time after which a session ends. */
export const SESSION_IDLE_MS = 12 * 60 * 60_000;
/** However active, a session ends after this long (then sign in again). */
export const SESSION_MAX_MS = 7 * 24 * 60 * 60_000;
/** Extend the expiry at most this often (saves a write per request). */
const EXTEND_EVERY_MS = 10 * 60_000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
/** `Secure` everywhere except plain-HTTP loopback during development and tests. */
export const secureCookie = (url: URL) => url.protocol === 'https:' || !LOOPBACK.has(url.hostname);

function setCookie(cookies: Cookies, url: URL, token: string) {
	cookies.set(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: secureCookie(url), maxAge: SESSION_MAX_MS / 1000 });
}

/** Starts a fresh session (dropping the one the browser had, if any) and sets the cookie. */
export async function startSession(store: Store, cookies: Cookies, url: URL, userId: number, now = Date.now()): Promise<void> {
	const old = cookies.get(SESSION_COOKIE);
	if (old) await store.sessions.delete(hashToken(old));
	const token = randomBytes(32).toString('base64url');
	await store.sessions.create(hashToken(token), userId, now, now + SESSION_IDLE_MS);
	setCookie(cookies, url, token);
}

export async function endSession(store: Store, cookies: Cookies): Promise<void> {
	const token = cookies.get(SESSION_COOKIE);
	if (token) await store.sessions.delete(hashToken(token));
	cookies.delete(SESSION_COOKIE, { path: '/' });
}

/** The user of the request's session, or null (unknown, expired, or disabled user). */
export async function currentUser(store: Store, cookies: Cookies, now = Date.now()): Promise<SessionUser | null> {
	const token = cookies.get(SESSION_COOKIE);
	if (!token || token.length > 100) return null;
	const hash = hashToken(token);
	const found = await store.sessions.find(hash);
	if (!found || found.expiresAt <= now || now - found.createdAt > SESSION_MAX_MS || found.user.disabled) {
		if (found) await store.sessions.delete(hash);
		cookies.delete(SESSION_COOKIE, { path: '/' });
		return null;
	}
	if (found.expiresAt - SESSION_IDLE_MS < now - EXTEND_EVERY_MS) {
		// Sliding expiry; not awaited so a queued upload never delays a page view.
		store.sessions.extend(hash, now + SESSION_IDLE_MS).catch(() => undefined);
	}
	const { id, username, role, mustChangePassword } = found.user;
	return { id, username, role, mustChangePassword };
}
