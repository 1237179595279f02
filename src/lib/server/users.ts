// User administration, once for /admin/users and `npm run user`: input checks, the self and last-active-admin
// rules, ending sessions, and the audit entry. Callers only turn a form or argv into input and an answer into output.
import { z } from 'zod';
import { fill, bilingual, type Lang, type MessageKey } from '../format/messages';
import { audit, type Who } from './auth/audit';
import { hashPassword, passwordRule, usernameRule, type RuleProblem } from './auth/password';
import { ROLES, type Role } from './auth/roles';
import * as usersRepo from './db/common/users';
import type { Sql } from './db/sql';
import { StoreError, type Store, type User, type UserWithHash } from './db/store';

/**
 * Who acts: a request event (its signed-in admin is the audit's actor and may not disable or re-role
 * themselves) or a command line's explicit actor such as `{ actor: 'cli:alice' }`.
 */
export type Actor = { locals: { user: { id: number; username: string } | null }; getClientAddress?: () => string } | Extract<Who, { actor: string }>;

/** A user by row id (a form's hidden field, still unchecked) or by name (the command line's argument). */
export type UserRef = { id: unknown } | { username: string };

export type UserErrorCode = 'bad_id' | 'bad_role' | 'bad_name' | 'bad_password' | 'bad_email' | 'not_found' | 'taken' | 'self' | 'last_admin';

export interface UserError {
	ok: false;
	status: 400 | 404 | 409;
	code: UserErrorCode;
	/** The catalog's message and its placeholders, to show in the reader's language. */
	key: MessageKey;
	params: Record<string, string | number>;
	/** `中文 / English`, for the command line. */
	message: string;
	/** The user it concerns, when known (the admin page marks that row). */
	id: number | null;
}

export type UserAnswer = { ok: true; user: User; before: User | null } | UserError;

export const roleSchema = z.enum(ROLES);
const idSchema = z.coerce.number().int().positive();

function problem(status: UserError['status'], code: UserErrorCode, key: MessageKey, params: UserError['params'] = {}, id: number | null = null): UserError {
	return { ok: false, status, code, key, params, message: bilingual(key, params), id };
}
const broken = (code: 'bad_name' | 'bad_password', p: RuleProblem, id: number | null = null) => problem(400, code, p.key, p.params, id);
const badRole = () => problem(400, 'bad_role', 'user.badRole', { roles: ROLES.join('|') });

/** The error's text in one language (a page); the command line prints `message`. */
export function errorText(e: UserError, lang: Lang): string {
	return fill(e.key, lang, e.params);
}

function publicUser({ passwordHash: _, ...user }: UserWithHash): User {
	return user;
}

/** The user a ref names, or the error to show (bad id, no such user). */
export async function findUser(store: Store, ref: UserRef): Promise<{ ok: true; user: UserWithHash } | UserError> {
	return findUserIn(store.sql, ref);
}

/** findUser on one connection: inside a write transaction it reads what that transaction sees. */
async function findUserIn(db: Sql, ref: UserRef): Promise<{ ok: true; user: UserWithHash } | UserError> {
	let user: UserWithHash | null;
	if ('id' in ref) {
		const id = idSchema.safeParse(ref.id);
		if (!id.success) return problem(400, 'bad_id', 'user.badId');
		user = await usersRepo.byId(db, id.data);
		if (!user) return problem(400, 'bad_id', 'user.badId');
	} else {
		user = await usersRepo.byName(db, ref.username);
		if (!user) return problem(404, 'not_found', 'user.notFound', { name: ref.username });
	}
	return { ok: true, user };
}

/** Checks a new user's name and role before anything else is asked for (the command line then prompts for the password). */
export async function checkNewUser(store: Store, input: { username: unknown; role: unknown }): Promise<{ ok: true; username: string; role: Role } | UserError> {
	const username = typeof input.username === 'string' ? input.username.trim() : '';
	const badName = usernameRule(username);
	if (badName) return broken('bad_name', badName);
	const role = roleSchema.safeParse(input.role);
	if (!role.success) return badRole();
	if (await store.users.byName(username)) return problem(409, 'taken', 'user.taken', { name: username });
	return { ok: true, username, role: role.data };
}

export async function addUser(
	store: Store,
	who: Actor,
	input: { username: unknown; role: unknown; password: unknown; mustChangePassword: boolean }
): Promise<UserAnswer> {
	const checked = await checkNewUser(store, input);
	if (!checked.ok) return checked;
	const { username, role } = checked;
	const password = typeof input.password === 'string' ? input.password : '';
	const weak = passwordRule(password, username);
	if (weak) return broken('bad_password', weak);
	let id: number;
	try {
		id = await store.users.create({ username, role, passwordHash: await hashPassword(password), mustChangePassword: input.mustChangePassword });
	} catch (e) {
		// Someone else took the name between the check and the insert.
		if (e instanceof StoreError && e.code === 'conflict') return problem(409, 'taken', 'user.taken', { name: username });
		throw e;
	}
	await audit(store, who, 'user_create', username, { role });
	return { ok: true, user: publicUser((await store.users.byId(id))!), before: null };
}

function selfId(who: Actor): number | null {
	return 'locals' in who ? (who.locals.user?.id ?? null) : null;
}

/** Would this change leave no enabled administrator? (Disabled admins do not count: they cannot sign in.) */
async function leavesNoAdmin(db: Sql, user: User, change: { role?: Role; disabled?: boolean }): Promise<boolean> {
	if (user.role !== 'admin' || user.disabled) return false;
	if (!change.disabled && (change.role === undefined || change.role === 'admin')) return false;
	const others = (await usersRepo.list(db)).filter((u) => u.role === 'admin' && !u.disabled && u.id !== user.id);
	return others.length === 0;
}

/**
 * Reads the user, checks the rules and writes the change in one write transaction (the store's write lock:
 * SQLite's writer queue and BEGIN IMMEDIATE, PostgreSQL's advisory lock across instances). Two requests that
 * each remove one of the last two admins are then serialised: the second sees the first's change and is refused.
 */
function guarded(
	store: Store,
	ref: UserRef,
	refuse: (user: User, db: Sql) => Promise<UserError | null>,
	write: (user: User, db: Sql) => Promise<User>
): Promise<UserAnswer> {
	return store.transaction(async (tx): Promise<UserAnswer> => {
		const found = await findUserIn(tx.sql, ref);
		if (!found.ok) return found;
		const user = publicUser(found.user);
		const refused = await refuse(user, tx.sql);
		if (refused) return refused;
		// The session and audit writes below run inside this transaction (the store routes them to it).
		return { ok: true, user: await write(user, tx.sql), before: user };
	});
}

/** Gives a user another role; their sessions end so the new role applies at once. */
export async function changeRole(store: Store, who: Actor, ref: UserRef, role: unknown): Promise<UserAnswer> {
	const next = roleSchema.safeParse(role);
	return guarded(
		store,
		ref,
		async (user, db) => {
			if (!next.success) return { ...badRole(), id: user.id };
			if (user.id === selfId(who)) return problem(400, 'self', 'user.selfRole', {}, user.id);
			if (await leavesNoAdmin(db, user, { role: next.data })) return problem(400, 'last_admin', 'user.lastAdmin', { name: user.username }, user.id);
			return null;
		},
		async (user, db) => {
			const to = next.data!;
			await usersRepo.update(db, user.id, { role: to });
			await store.sessions.deleteForUser(user.id);
			await audit(store, who, 'role_change', user.username, { from: user.role, to });
			return { ...user, role: to };
		}
	);
}

/** Disables (ending the user's sessions) or enables a user. */
export async function setDisabled(store: Store, who: Actor, ref: UserRef, disabled: boolean): Promise<UserAnswer> {
	return guarded(
		store,
		ref,
		async (user, db) => {
			if (!disabled) return null;
			if (user.id === selfId(who)) return problem(400, 'self', 'user.selfDisable', {}, user.id);
			if (await leavesNoAdmin(db, user, { disabled })) return problem(400, 'last_admin', 'user.lastAdmin', { name: user.username }, user.id);
			return null;
		},
		async (user, db) => {
			await usersRepo.update(db, user.id, { disabled });
			if (disabled) await store.sessions.deleteForUser(user.id);
			await audit(store, who, disabled ? 'user_disable' : 'user_enable', user.username);
			return { ...user, disabled };
		}
	);
}

const emailSchema = z.email().max(320);

/** Sets the address a user's digests go to; audited. */
export async function setEmail(store: Store, who: Actor, ref: UserRef, email: unknown): Promise<UserAnswer> {
	const parsed = emailSchema.safeParse(typeof email === 'string' ? email.trim() : email);
	if (!parsed.success) return problem(400, 'bad_email', 'user.badEmail', { email: String(email ?? '') });
	const found = await findUser(store, ref);
	if (!found.ok) return found;
	const user = publicUser(found.user);
	await store.users.update(user.id, { email: parsed.data });
	await audit(store, who, 'user_email', user.username, { email: parsed.data });
	return { ok: true, user, before: user };
}

/** Sets a new password an admin typed (never shown back); the user's sessions end. */
export async function resetPassword(
	store: Store,
	who: Actor,
	ref: UserRef,
	input: { password: unknown; mustChangePassword: boolean }
): Promise<UserAnswer> {
	const found = await findUser(store, ref);
	if (!found.ok) return found;
	const user = publicUser(found.user);
	const password = typeof input.password === 'string' ? input.password : '';
	const weak = passwordRule(password, user.username);
	if (weak) return broken('bad_password', weak, user.id);
	await store.users.update(user.id, { passwordHash: await hashPassword(password), mustChangePassword: input.mustChangePassword });
	await store.sessions.deleteForUser(user.id);
	await audit(store, who, 'password_reset', user.username);
	return { ok: true, user: { ...user, mustChangePassword: input.mustChangePassword }, before: user };
}
