// Admin: user accounts. Every action re-checks the admin role; passwords are typed by the admin and
// never shown back. The rules (self, last active admin, sessions, audit) live in $lib/server/users.
import { fail } from '@sveltejs/kit';
import { getStore } from '$lib/server/app';
import { requireRole } from '$lib/server/auth/guard';
import { ROLES } from '$lib/server/auth/roles';
import { addUser, changeRole, errorText, resetPassword, setDisabled, type UserAnswer } from '$lib/server/users';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load = (async (event) => {
	const me = requireRole(event, 'admin');
	return { users: await getStore().users.list(), me: me.id, roles: ROLES };
}) satisfies PageServerLoad;

/** The page shows an error in the reader's language, or the name of the user that was changed. */
function answer(event: RequestEvent, a: UserAnswer) {
	if (!a.ok) return fail(a.status, { error: errorText(a, event.locals.lang), id: a.id });
	return { done: a.user.username };
}

/** Every action is an admin's, on the form's fields. */
async function admin(event: RequestEvent) {
	requireRole(event, 'admin');
	return event.request.formData();
}

export const actions = {
	create: async (event) => {
		const form = await admin(event);
		const input = { username: form.get('username'), role: form.get('role'), password: form.get('password'), mustChangePassword: true };
		return answer(event, await addUser(getStore(), event, input));
	},
	role: async (event) => {
		const form = await admin(event);
		return answer(event, await changeRole(getStore(), event, { id: form.get('id') }, form.get('role')));
	},
	disable: async (event) => {
		const form = await admin(event);
		return answer(event, await setDisabled(getStore(), event, { id: form.get('id') }, true));
	},
	enable: async (event) => {
		const form = await admin(event);
		return answer(event, await setDisabled(getStore(), event, { id: form.get('id') }, false));
	},
	reset: async (event) => {
		const form = await admin(event);
		return answer(event, await resetPassword(getStore(), event, { id: form.get('id') }, { password: form.get('password'), mustChangePassword: true }));
	}
} satisfies Actions;
