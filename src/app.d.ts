// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Lang } from '$lib/format/messages';
import type { SessionUser } from '$lib/server/auth/roles';

declare global {
	namespace App {
		interface Locals {
			lang: Lang;
			/** The signed-in user, or null (set in hooks.server.ts from the session cookie). */
			user: SessionUser | null;
		}
	}
}

export {};
