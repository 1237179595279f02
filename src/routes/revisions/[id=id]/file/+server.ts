import { error } from '@sveltejs/kit';
import { getStore } from '$lib/server/app';
import { requireRole } from '$lib/server/auth/guard';
import type { RequestHandler } from './$types';

/** The uploaded file exactly as it was received (its bytes are what the revision's SHA-256 covers). */
export const GET: RequestHandler = async (event) => {
	requireRole(event, 'analyst');
	const store = getStore();
	const id = Number(event.params.id);
	const [revision, content] = await Promise.all([store.revision(id), store.revisionContent(id)]);
	if (!revision || !content) error(404, `修订 ${id} 没有原始文件 / Revision ${id} has no original file`);
	const name = revision.fileName ?? `revision-${id}`;
	return new Response(content as BodyInit, {
		headers: {
			'content-type': 'application/octet-stream',
			'content-disposition': `attachment; filename="revision-${id}${/\.[a-z]+$/i.exec(name)?.[0] ?? ''}"; filename*=UTF-8''${encodeURIComponent(name)}`,
			'x-content-sha256': revision.sha256 ?? ''
		}
	});
};
