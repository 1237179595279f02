// 从通报文本导入: text or file → the extract use case → the analyst confirms rows → the extractor's own CSV writers
// → the upload's dry run (diff) → commit. Every step is a form action, so the page works without JavaScript,
// and every step rebuilds from posted fields validated here: nothing the browser sends is trusted.
import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import {
	correction,
	corrections,
	DATE_RE,
	files,
	forgetSynonym,
	learnedLabels,
	meta,
	namesFor,
	parseJson,
	rememberCorrections,
	review,
	row,
	typedValue,
	type ReviewRow,
	type Row
} from '$lib/server/extract-review';
import { getConfig, getStore } from '$lib/server/app';
import { requireRole } from '$lib/server/auth/guard';
import { bodyLimitBytes } from '$lib/server/config';
import { chosenFile, extractText, fileText, reportTitle } from '$lib/server/extract';
import { DIFF_LIMIT, ingestAs, tooLarge } from '$lib/server/uploads';
import { fill } from '$lib/format/messages';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	requireRole(event, 'analyst');
	return await learnedLabels(getStore(), event.locals.lang);
}) satisfies PageServerLoad;

export const actions = {
	/** Text or file → candidates, shown with the text highlighted and a row each to confirm or reject. */
	read: async (event) => {
		requireRole(event, 'analyst');
		const lang = event.locals.lang;
		const limit = bodyLimitBytes(getConfig().BODY_SIZE_LIMIT);
		const length = Number(event.request.headers.get('content-length'));
		if (Number.isFinite(length) && length > limit) return fail(413, { problem: tooLarge(limit).message });
		let form: FormData;
		try {
			form = await event.request.formData();
		} catch (e) {
			if ((e as { status?: number }).status === 413) return fail(413, { problem: tooLarge(limit).message });
			return fail(400, { problem: fill('extract.noInputPage', lang) });
		}
		const date = form.get('date');
		if (typeof date === 'string' && date !== '' && !DATE_RE.test(date)) return fail(400, { problem: fill('extract.badDate', lang) });
		const file = chosenFile(form.get('file'));
		const given = form.get('text');
		let text: string;
		const named = form.get('title');
		let fallback = fill('extractui.untitled', lang);
		if (file) {
			const read = await fileText(file.name, new Uint8Array(await file.arrayBuffer()));
			if (!read.ok) return fail(422, { problem: lang === 'en' ? read.problem.en : read.problem.zh });
			text = read.text;
			fallback = file.name;
		} else if (typeof given === 'string' && given.trim() !== '') text = given;
		else return fail(400, { problem: fill('extract.noInputPage', lang) });
		const store = getStore();
		const out = await extractText(store, { text, date: typeof date === 'string' && date !== '' ? date : null });
		if (!out.ok) return fail(422, { problem: lang === 'en' ? out.problem.en : out.problem.zh });
		const rows = out.result.candidates.map((c) => ({ row: c as Row, original: c as Row, decision: '' as const }));
		return { stage: 'review' as const, text, title: typeof named === 'string' && named.trim() !== '' ? named.trim().slice(0, 200) : reportTitle(text, fallback), date: out.result.date, rows: review(text, rows, out.catalog, lang) };
	},

	/** The analyst's choices → the rebuilt CSV → a dry run whose diff is shown with a commit form. */
	preview: async (event) => {
		requireRole(event, 'analyst');
		const lang = event.locals.lang;
		const form = await event.request.formData();
		const m = meta.safeParse({ title: form.get('title'), date: form.get('date'), text: form.get('text') ?? '' });
		const n = Number(form.get('n'));
		if (!m.success || !Number.isInteger(n) || n < 0 || n > 10_000) return fail(400, { problem: fill('extractui.badRows', lang) });
		const store = getStore();
		const catalog = await store.indicators();
		const codes = new Set(catalog.map((i) => i.code));
		const all = form.get('all') === '1';
		const posted: { row: Row; original: Row; decision: ReviewRow['decision'] }[] = [];
		const badValues: number[] = [];
		for (let i = 0; i < n; i++) {
			const original = row.safeParse(parseJson(form.get(`c${i}`)));
			if (!original.success) return fail(400, { problem: fill('extractui.badRows', lang) });
			const ind = form.get(`indicator${i}`);
			// A code typed beside the picker (a large catalog offers only likely indicators) wins over the picker.
			const typed = form.get(`code${i}`);
			const code = typeof typed === 'string' && typed.trim() !== '' ? typed.trim() : ind;
			const per = form.get(`period${i}`);
			const d = form.get(`decision${i}`);
			const indicator = typeof code === 'string' && codes.has(code) ? code : null;
			const period = typeof per === 'string' && per.trim() !== '' ? per.trim().slice(0, 100) : null;
			const value = typedValue(form.get(`value${i}`), original.data.unit);
			if (value === 'bad') badValues.push(i + 1);
			const decision = d === 'reject' ? 'reject' : d === 'confirm' || all ? 'confirm' : '';
			posted.push({ row: { ...original.data, indicator, period, value: typeof value === 'number' ? value : original.data.value }, original: original.data, decision });
		}
		const chosen = posted.filter((p) => p.decision === 'confirm');
		const unresolved = chosen.filter((p) => p.row.indicator === null || p.row.period === null).length;
		const again = () => ({ stage: 'review' as const, text: m.data.text, title: m.data.title, date: m.data.date, rows: review(m.data.text, posted, catalog, lang) });
		if (badValues.length > 0) return fail(422, { ...again(), problem: fill('extractui.badValue', lang, { rows: badValues.join(', ') }) });
		if (unresolved > 0) return fail(422, { ...again(), problem: fill('extractui.unresolved', lang, { n: unresolved }) });
		if (chosen.length === 0) return fail(422, { ...again(), problem: fill('extractui.nothingChosen', lang) });
		const rows = chosen.map((p) => p.row);
		const report = await ingestAs(store, files(rows, m.data.title, m.data.date), { dryRun: true, diffLimit: DIFF_LIMIT }, event);
		return {
			stage: 'preview' as const,
			names: namesFor(catalog, rows),
			report: { ok: report.ok, files: report.files.map((f) => ({ ...f, ok: report.ok, dryRun: true })) },
			pending: { title: m.data.title, date: m.data.date, rows: JSON.stringify(rows), learn: JSON.stringify(corrections(posted)) }
		};
	},

	/** The confirmed rows again (validated again) → the same CSV → the commit, with revisions and audit as any upload. */
	commit: async (event) => {
		requireRole(event, 'analyst');
		const lang = event.locals.lang;
		const form = await event.request.formData();
		const m = meta.safeParse({ title: form.get('title'), date: form.get('date') });
		const rows = z.array(row).min(1).max(10_000).safeParse(parseJson(form.get('rows')));
		const learn = z.array(correction).max(10_000).safeParse(parseJson(form.get('learn')) ?? []);
		if (!m.success || !rows.success || !learn.success) return fail(400, { problem: fill('extractui.badRows', lang) });
		const store = getStore();
		// The review makes observations and targets only, so the catalog read here is the one after the commit too.
		const catalog = await store.indicators();
		const codes = new Set(catalog.map((i) => i.code));
		if (rows.data.some((r) => r.indicator === null || !codes.has(r.indicator) || r.period === null)) return fail(400, { problem: fill('extractui.badRows', lang) });
		const report = await ingestAs(store, files(rows.data, m.data.title, m.data.date), { dryRun: false, diffLimit: DIFF_LIMIT }, event);
		const out = { ok: report.ok, files: report.files.map((f) => ({ ...f, ok: report.ok, dryRun: false })) };
		if (!report.ok) return fail(422, { stage: 'preview' as const, names: namesFor(catalog, rows.data), report: out });
		// What the analyst corrected is remembered once it is committed: the next report maps those labels.
		await rememberCorrections(store, event, learn.data, rows.data);
		const revisions = report.files.map((f) => f.revision).filter((r) => r !== null);
		if (revisions.length === 1) redirect(303, `/revisions/${revisions[0]}`);
		return { stage: 'done' as const, names: namesFor(catalog, rows.data), report: out, revisions };
	},

	/** Forgets one learned label: the next report no longer maps it (unless data/extract-synonyms.csv does). */
	forget: async (event) => {
		requireRole(event, 'analyst');
		const term = (await event.request.formData()).get('term');
		if (typeof term !== 'string' || term === '' || term.length > 60) return fail(400, { problem: fill('extractui.badRows', event.locals.lang) });
		if (!(await forgetSynonym(getStore(), event, term))) return fail(404, { problem: fill('extractui.noSuchSynonym', event.locals.lang) });
		return { forgotten: term };
	}
} satisfies Actions;
