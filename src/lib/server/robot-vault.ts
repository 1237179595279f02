// Robot URLs and secrets are credentials (the URL's token lets anyone post to the group): they are kept
// sealed with AES-256-GCM under a server-held key (app_secrets, created on first use), and only a short
// hint such as `qyapi.weixin.qq.com/…a1b2` is ever shown again.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Store } from './db/store';

const KEY_NAME = 'robot-credentials-key';
const AAD = Buffer.from('outcome-board robot v1');

export interface RobotCredentials {
	url: string;
	secret: string | null;
}

async function key(store: Store): Promise<Buffer> {
	return Buffer.from(await store.secret(KEY_NAME, () => randomBytes(32)));
}

/** `v1.<iv>.<tag>.<ciphertext>`, base64url parts. */
export async function seal(store: Store, c: RobotCredentials): Promise<string> {
	const iv = randomBytes(12);
	const cipher = createCipheriv('aes-256-gcm', await key(store), iv);
	cipher.setAAD(AAD);
	const body = Buffer.concat([cipher.update(JSON.stringify({ url: c.url, secret: c.secret }), 'utf8'), cipher.final()]);
	return ['v1', iv, cipher.getAuthTag(), body].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
}

/** Throws when the text was not sealed with this database's key (or was altered). */
export async function unseal(store: Store, sealed: string): Promise<RobotCredentials> {
	const [v, iv, tag, body] = sealed.split('.');
	if (v !== 'v1' || !iv || !tag || body === undefined) throw new Error('robot credentials: unknown format');
	const decipher = createDecipheriv('aes-256-gcm', await key(store), Buffer.from(iv, 'base64url'));
	decipher.setAAD(AAD);
	decipher.setAuthTag(Buffer.from(tag, 'base64url'));
	const plain = Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
	return JSON.parse(plain) as RobotCredentials;
}

/** Host and the last four characters of the URL's token (`key`, `access_token`, or the last path part). */
export function robotHint(url: string): string {
	const u = new URL(url);
	const token = u.searchParams.get('key') ?? u.searchParams.get('access_token') ?? u.pathname.split('/').filter(Boolean).at(-1) ?? '';
	return `${u.host}/…${token.slice(-4)}`;
}
