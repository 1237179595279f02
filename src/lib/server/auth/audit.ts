// Writes the audit log: who did what to what, from where. Never a password, token or file content.
import type { Store } from '../db/store';

export type AuditAction =
	| 'sign_in'
	| 'sign_in_failed'
	| 'sign_in_throttled'
	| 'sign_out'
	| 'password_change'
	| 'password_reset'
	| 'user_create'
	| 'user_disable'
	| 'user_enable'
	| 'role_change'
	| 'upload'
	| 'revert'
	| 'link_create'
	| 'link_revoke'
	| 'public_flag';

export const AUDIT_ACTIONS: readonly AuditAction[] = [
	'sign_in',
	'sign_in_failed',
	'sign_in_throttled',
	'sign_out',
	'password_change',
	'password_reset',
	'user_create',
	'user_disable',
	'user_enable',
	'role_change',
	'upload',
	'revert',
	'link_create',
	'link_revoke',
	'public_flag'
];

interface Who {
	locals?: { user: { username: string } | null };
	getClientAddress?: () => string;
}

/** `who` is a request event (actor = signed-in user, ip = client) or an explicit actor such as `cli`. */
export async function audit(
	store: Store,
	who: Who | { actor: string; ip?: string | null },
	action: AuditAction,
	target: string | null,
	detail: Record<string, unknown> = {}
): Promise<void> {
	let actor: string | null;
	let ip: string | null = null;
	if ('actor' in who) ({ actor, ip = null } = who);
	else {
		actor = who.locals?.user?.username ?? null;
		try {
			ip = who.getClientAddress?.() ?? null;
		} catch {
			ip = null;
		}
	}
	await store.audit.add({ actor, action, target, detail: Object.keys(detail).length ? JSON.stringify(detail) : '', ip });
}
