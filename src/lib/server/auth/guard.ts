// The one check every protected route calls: anonymous page views go to /login, other anonymous
// requests get 401, a signed-in user without the role gets 403.
import { error, redirect } from '@sveltejs/kit';
import { hasRole, type Role, type SessionUser } from './roles';

interface GuardEvent {
	locals: App.Locals;
	url: URL;
	request: Request;
}

/** Where /login sends the user afterwards: only a path on this site, never another origin. */
export function safeNext(next: string | null | undefined): string {
	if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
	return next;
}

export function requireRole(event: GuardEvent, role: Role): SessionUser {
	const user = event.locals.user;
	if (!user) {
		const isPage = event.request.method === 'GET' && (event.request.headers.get('accept') ?? '').includes('text/html');
		if (isPage) redirect(303, `/login?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
		error(401, '请先登录 / Sign-in required');
	}
	if (!hasRole(user, role)) error(403, '无权执行此操作 / You do not have permission to do this');
	return user;
}
