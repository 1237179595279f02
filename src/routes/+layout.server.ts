import type { LayoutServerLoad } from './$types';

export const load = (({ locals }) => ({
	lang: locals.lang,
	user: locals.user ? { username: locals.user.username, role: locals.user.role } : null
})) satisfies LayoutServerLoad;
