import { json } from '@sveltejs/kit';
import { getConfig, getStore } from '$lib/server/app';
import { requireRole } from '$lib/server/auth/guard';
import { bodyLimitBytes } from '$lib/server/config';
import { chosenFile, extractText, fileText } from '$lib/server/extract';
import { tooLarge } from '$lib/server/uploads';
import { bilingual, fill } from '$lib/format/messages';
import type { RequestHandler } from './$types';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

function bad(key: 'extract.noInput' | 'extract.badDate') {
	return json({ error: { code: 'bad_request', zh: fill(key, 'zh-CN'), en: fill(key, 'en'), message: bilingual(key) } }, { status: 400 });
}

/** Form field `text` or multipart `file`, optional `date` (YYYY-MM-DD) → { date, candidates } as `npm run extract -- --json`. */
export const POST: RequestHandler = async (event) => {
	requireRole(event, 'analyst');
	const limit = bodyLimitBytes(getConfig().BODY_SIZE_LIMIT);
	const length = Number(event.request.headers.get('content-length'));
	if (Number.isFinite(length) && length > limit) return json({ error: tooLarge(limit) }, { status: 413 });
	let form: FormData;
	try {
		form = await event.request.formData();
	} catch (e) {
		if ((e as { status?: number }).status === 413) return json({ error: tooLarge(limit) }, { status: 413 });
		return bad('extract.noInput');
	}
	const date = form.get('date');
	if (typeof date === 'string' && date !== '' && !DATE_RE.test(date)) return bad('extract.badDate');
	const file = chosenFile(form.get('file'));
	const given = form.get('text');
	let text: string;
	if (file) {
		const read = await fileText(file.name, new Uint8Array(await file.arrayBuffer()));
		if (!read.ok) return json({ error: read.problem }, { status: 422 });
		text = read.text;
	} else if (typeof given === 'string') text = given;
	else return bad('extract.noInput');
	const out = await extractText(getStore(), { text, date: typeof date === 'string' && date !== '' ? date : null });
	if (!out.ok) return json({ error: out.problem }, { status: 422 });
	return json(out.result);
};
