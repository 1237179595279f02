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
	| 'user_email'
	| 'upload'
	| 'revert'
	| 'link_create'
	| 'link_revoke'
	| 'public_flag'
	| 'synonym_learn'
	| 'synonym_forget'
	| 'subscription_save'
	| 'subscription_delete'
	| 'robot_add'
	| 'robot_remove';

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
	'user_email',
	'upload',
	'revert',
	'link_create',
	'link_revoke',
	'public_flag',
	'synonym_learn',
	'synonym_forget',
	'subscription_save',
	'subscription_delete',
	'robot_add',
	'robot_remove'
];

interface RequestWho {
	locals?: { user: { username: string } | null };
	getClientAddress?: () => string;
}

/** Who acts: a request event (actor = signed-in user, ip = client) or an explicit actor such as `cli:alice`. */
export type Who = RequestWho | { actor: string; ip?: string | null };

/** The name that acts (and authors a revision): the explicit actor, else the signed-in user. */
export function actorName(who: Who): string | null {
	return 'actor' in who ? who.actor : (who.locals?.user?.username ?? null);
}

export async function audit(store: Store, who: Who, action: AuditAction, target: string | null, detail: Record<string, unknown> = {}): Promise<void> {
	let ip: string | null = null;
	if ('actor' in who) ip = who.ip ?? null;
	else {
		try {
			ip = who.getClientAddress?.() ?? null;
		} catch {
			ip = null;
		}
	}
	await store.audit.add({ actor: actorName(who), action, target, detail: Object.keys(detail).length ? JSON.stringify(detail) : '', ip });
}
