// Roles and what each may do; pure, so routes, pages and the authorization matrix test share one answer.
export const ROLES = ['viewer', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in user as routes see it (never the password hash or a session token). */
export interface SessionUser {
	id: number;
	username: string;
	role: Role;
	mustChangePassword: boolean;
}

/** viewer < analyst < admin: each role may do everything the roles before it may. */
export function hasRole(user: Pick<SessionUser, 'role'> | null | undefined, needed: Role): boolean {
	return !!user && ROLES.indexOf(user.role) >= ROLES.indexOf(needed);
}
