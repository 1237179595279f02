import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { templateFile } from '$lib/server/templates';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	requireRole(event, 'analyst');
	const file = await templateFile(event.params.file);
	if (!file) error(404, '没有这个模板 / No such template');
	return new Response(file.body as BodyInit, {
		headers: { 'content-type': file.type, 'content-disposition': `attachment; filename="${file.filename}"`, 'cache-control': 'private, max-age=3600' }
	});
};
