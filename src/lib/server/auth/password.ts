// Password hashing with scrypt at OWASP's parameters (N=2^17, r=8, p=1), through node:crypto's thread
// pool so a sign-in never blocks the event loop. Stored as `scrypt$N$r$p$salt$hash` (base64url).
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
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

/** Why a new password is refused (zh / en), or null when it is acceptable. */
export function passwordProblem(password: string, username: string): string | null {
	if ([...password].length < PASSWORD_MIN) return `密码至少 ${PASSWORD_MIN} 个字符 / The password needs at least ${PASSWORD_MIN} characters`;
	if (password.length > PASSWORD_MAX) return `密码最多 ${PASSWORD_MAX} 个字符 / The password may have at most ${PASSWORD_MAX} characters`;
	if (nameKey(password.trim()) === nameKey(username.trim())) return '密码不能与用户名相同 / The password must differ from the user name';
	return null;
}

/** User names: letters (any script), digits, `.`, `_`, `-`; 2–64 characters. */
export function usernameProblem(name: string): string | null {
	if (!/^[\p{L}\p{N}._-]{2,64}$/u.test(name))
		return '用户名须为 2–64 个字母、数字、点、下划线或连字符 / A user name is 2–64 letters, digits, dots, underscores or hyphens';
	return null;
}
