// Password hashing with scrypt at OWASP's parameters (N=2^17, r=8, p=1), through node:crypto's thread
// pool so a sign-in never blocks the event loop. Stored as `scrypt$N$r$p$salt$hash` (base64url).
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { bilingual, type MessageKey } from '../../format/messages';
import { nameKey } from '../db/common/name-key';

const N = 2 ** 17;
const R = 8;
const P = 1;
const KEYLEN = 32;

function scrypt(password: string, salt: Buffer, keylen: number, o: ScryptOptions): Promise<Buffer> {
	return new Promise((res, rej) => scryptCb(password.normalize('NFC'), salt, keylen, o, (e, key) => (e ? rej(e) : res(key))));
}
const options = (n: number, r: number, p: number): ScryptOptions => ({ N: n, r, p, maxmem: 256 * n * r + 1024 * 1024 });

export async function hashPassword(password: string): Promise<string> {
	const salt = randomBytes(16);
	const key = await scrypt(password, salt, KEYLEN, options(N, R, P));
	return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
	const [scheme, n, r, p, salt, hash] = stored.split('$');
	if (scheme !== 'scrypt' || !salt || !hash) return false;
	const expected = Buffer.from(hash, 'base64url');
	const key = await scrypt(password, Buffer.from(salt, 'base64url'), expected.length, options(Number(n), Number(r), Number(p)));
	return timingSafeEqual(key, expected);
}

let dummy: Promise<string> | null = null;
/** A hash to check unknown user names against, so they take as long as known ones. */
export function dummyHash(): Promise<string> {
	return (dummy ??= hashPassword(randomBytes(18).toString('base64url')));
}

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256;

/** A rule a name or password breaks: a message key of the catalog and what fills its placeholders. */
export interface RuleProblem {
	key: MessageKey;
	params: Record<string, number>;
}

/** Why a new password is refused, or null when it is acceptable. */
export function passwordRule(password: string, username: string): RuleProblem | null {
	if ([...password].length < PASSWORD_MIN) return { key: 'user.passwordShort', params: { min: PASSWORD_MIN } };
	if (password.length > PASSWORD_MAX) return { key: 'user.passwordLong', params: { max: PASSWORD_MAX } };
	if (nameKey(password.trim()) === nameKey(username.trim())) return { key: 'user.passwordIsName', params: {} };
	return null;
}

/** User names: letters (any script), digits, `.`, `_`, `-`; 2–64 characters. */
export function usernameRule(name: string): RuleProblem | null {
	return /^[\p{L}\p{N}._-]{2,64}$/u.test(name) ? null : { key: 'user.badName', params: {} };
}

/** Why a new password is refused (zh / en), or null when it is acceptable. */
export function passwordProblem(password: string, username: string): string | null {
	const p = passwordRule(password, username);
	return p && bilingual(p.key, p.params);
}
