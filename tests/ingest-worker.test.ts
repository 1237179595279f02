// Large files are read on a worker thread while the main thread writes (src/lib/server/ingest-worker.ts).
// That must change nothing but speed: every case here ingests the same files into two fresh SQLite files,
// once read on this thread and once through the worker, and requires the same report (rows, errors at
// their lines, warnings, changes, diff) and the same stored rows. Then the built server takes a file
// large enough for the worker over HTTP.
import Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/lib/server/db/index';
import { ingestFiles, type DiskFile, type FileReport, type IngestFile, type IngestOptions, type IngestReport } from '../src/lib/server/ingest';
import { signInAs } from './helpers/auth';
import { ROOT, startServer, tempDir } from './helpers/env';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => (tmp = tempDir('ob-worker-')));
afterAll(() => tmp.cleanup());
let n = 0;

const enc = (s: string) => new TextEncoder().encode(s);
const seed = (name: string): IngestFile => ({ name, bytes: new Uint8Array(readFileSync(join(ROOT, 'data', name))) });

function rows(url: string) {
	const db = new Database(url.slice('file:'.length), { readonly: true });
	try {
		const all = (sql: string) => db.prepare(sql).all();
		return {
			observations: all('SELECT indicator, period, value, qualifier, provenance, yoy_reported, yoy_decimals, source, note, revision_id, superseded_by FROM observations ORDER BY id'),
			targets: all('SELECT indicator, period, value, qualifier, basis, owner, department, deadline, source, note, revision_id, superseded_by FROM targets ORDER BY id'),
			indicators: all('SELECT code, name_zh, name_en, unit, revision_id, superseded_by FROM indicators ORDER BY id'),
			revisions: all('SELECT kind, file_name, sha256, size, encoding, rows, added, updated, unchanged FROM revisions ORDER BY id'),
			// The kept copy of each file, as it reads back (gzipped or not, depending on how it was read).
			files: (all('SELECT content, compression FROM revision_files ORDER BY revision_id') as { content: Buffer; compression: string | null }[]).map((f) =>
				createHash('sha256')
					.update(f.compression === 'gzip' ? gunzipSync(f.content) : f.content)
					.digest('hex')
			)
		};
	} finally {
		db.close();
	}
}

/** The files written to disk, as the command line passes them (the worker then reads them a chunk at a time). */
function onDisk(files: IngestFile[]): DiskFile[] {
	const dir = join(tmp.dir, `disk-${++n}`);
	mkdirSync(dir);
	return files.map((f, i) => {
		const path = join(dir, `${i}-${f.name}`);
		writeFileSync(path, f.bytes);
		return { name: f.name, path };
	});
}

/**
 * Runs the same uploads, in order, on this thread, through the worker, and through the worker reading them
 * from disk; all three must agree. Returns the worker's side.
 */
async function both(uploads: { files: IngestFile[]; options?: IngestOptions }[]) {
	const out: { reports: IngestReport[]; stored: ReturnType<typeof rows> }[] = [];
	for (const [workerMinBytes, disk] of [[Infinity, false], [0, false], [0, true]] as const) {
		const url = `file:${join(tmp.dir, `w-${++n}.db`)}`;
		const store = await openStore(url);
		const reports: IngestReport[] = [];
		for (const u of uploads) reports.push(await ingestFiles(store, disk ? onDisk(u.files) : u.files, { ...u.options, workerMinBytes }));
		await store.close();
		out.push({ reports, stored: rows(url) });
	}
	const [inThread, inWorker, fromDisk] = out as [(typeof out)[0], (typeof out)[0], (typeof out)[0]];
	expect(inWorker.reports).toEqual(inThread.reports);
	expect(inWorker.stored).toEqual(inThread.stored);
	expect(fromDisk.reports, 'read from disk').toEqual(inThread.reports);
	expect(fromDisk.stored, 'read from disk').toEqual(inThread.stored);
	return inWorker;
}

const base = [{ files: [seed('indicators.csv')] }];

describe('reading on a worker thread gives exactly what reading on the main thread gives', () => {
	it('the seed: indicators, then observations and targets in one batch', async () => {
		const r = await both([{ files: [seed('indicators.csv'), seed('observations.csv'), seed('observations-derived.csv'), seed('targets.csv')] }]);
		expect(r.reports[0]!.ok).toBe(true);
		expect(r.stored.observations.length).toBeGreaterThan(20);
		expect(r.stored.targets.length).toBeGreaterThan(3);
	});

	it('a file with bad rows: every error at its physical line (after a quoted multi-line field), nothing stored', async () => {
		const csv = [
			'指标,期间,数值,单位,来源',
			'tourist-arrivals,2025年1月,12,万人次,"第一行',
			'第二行"',
			'tourist-arrivals,2025年2月,abc,万人次,x',
			'tourist-arrivals,2025年13月,5,万人次,x',
			'no-such-indicator,2025年3月,5,万人次,x',
			'tourist-arrivals,2025年4月,近100万,人次,x',
			'tourist-arrivals,2025年4月,99万,人次,x',
			'合计,,200万,,'
		].join('\r\n');
		const r = await both([...base, { files: [{ name: 'bad.csv', bytes: enc(csv) }] }]);
		const report = r.reports[1]!;
		expect(report.ok).toBe(false);
		expect(report.files[0]!.errors.map((e) => [e.line, e.code])).toEqual([
			[4, 'bad_number'],
			[5, 'bad_period'],
			[6, 'unknown_indicator'],
			[8, 'duplicate_row']
		]);
		expect(r.stored.observations).toEqual([]);
	});

	it('a new indicator defined by the first file is named by the second file of the same batch', async () => {
		const defs = '代码,名称,英文名称,单位,类型,方向,类别,整改事项\nlibrary-visits,图书馆到馆人次,Library visits,人次,flow,up,culture,5\n';
		const obs = '指标,期间,数值,单位\n图书馆到馆人次,2025年1月,3.2万,人次\nlibrary-visits,2025年2月,2.9万,人次\n';
		const r = await both([...base, { files: [{ name: 'defs.csv', bytes: enc(defs) }, { name: 'obs.csv', bytes: enc(obs) }] }]);
		expect(r.reports[1]!.ok).toBe(true);
		expect(r.stored.observations.map((o) => (o as { value: number }).value)).toEqual([32000, 29000]);
	});

	it('GB18030 and UTF-16 files, a wide layout, a targets file, then an update with its diff', async () => {
		const tidy = '指标,期间,数值,同比,数据性质\ntourist-arrivals,2023年1月,100万,,demo\ntourist-arrivals,2024年1月,120万,20%,demo\n';
		const wide = '指标,2023年2月,2024年2月\n旅游接待人次,90万,99万\n旅游收入,10亿元,\n';
		const targets = '指标,期间,目标值,依据,牵头部门\ntourist-arrivals,2025年,1500万,年度计划,市文体广旅局\n';
		const update = '指标,期间,数值,数据性质\ntourist-arrivals,2024年1月,125万,demo\ntourist-arrivals,2024年3月,130万,demo\n';
		const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(wide, 'utf16le')]);
		const r = await both([
			...base,
			{ files: [{ name: 'gbk.csv', bytes: new Uint8Array(iconv.encode(tidy, 'gb18030')) }] },
			{ files: [{ name: 'wide.csv', bytes: new Uint8Array(utf16) }] },
			{ files: [{ name: 'targets.csv', bytes: enc(targets) }] },
			{ files: [{ name: 'update.csv', bytes: enc(update) }], options: { diffLimit: 10 } }
		]);
		expect(r.reports.map((x) => x.ok)).toEqual([true, true, true, true, true]);
		expect(r.reports[1]!.files[0]!.encoding).toBe('gb18030');
		expect(r.reports[2]!.files[0]!.layout).toBe('wide');
		expect(r.reports[4]!.files[0]!.changes).toEqual({ added: 1, updated: 1, unchanged: 0 });
		expect(r.reports[4]!.files[0]!.diff!.rows.map((d) => [d.line, d.state])).toEqual([
			[2, 'updated'],
			[3, 'added']
		]);
	});

	it('a file of many batches (the reader waits for the writer) with a dry run first, then the commit', async () => {
		const lines = ['代码,名称,英文名称,单位,类型,方向,类别,整改事项'];
		for (let i = 0; i < 30; i++) lines.push(`w-${i},批量指标${i},Batch ${i},人次,flow,up,tourism,6`);
		const obs = ['指标,期间,数值,单位,来源,备注'];
		// Notes long enough that the file spans several of the chunks a file is read from disk in (1 MiB), with a BOM.
		for (let i = 0; i < 30; i++) for (let m = 0; m < 600; m++) obs.push(`${i % 2 ? `批量指标${i}` : `w-${i}`},${1980 + Math.floor(m / 12)}年${(m % 12) + 1}月,${(i * 7 + m) / 10}万,人次,来源${m % 3},${m % 5 ? '' : `备注${'说明'.repeat(m % 23)}`}`);
		const file = { name: 'many.csv', bytes: enc(`\ufeff${obs.join('\n')}`) };
		expect(file.bytes.length).toBeGreaterThan(2 ** 20);
		const r = await both([{ files: [{ name: 'defs.csv', bytes: enc(lines.join('\n')) }] }, { files: [file], options: { dryRun: true, diffLimit: 5 } }, { files: [file] }]);
		expect(r.reports[1]!.files[0]!.changes.added).toBe(18_000);
		expect(r.reports[1]!.files[0]!.revision).toBeNull();
		expect(r.reports[2]!.files[0]!.accepted).toBe(18_000);
		expect(r.stored.observations).toHaveLength(18_000);
	});

	it('GB18030 and UTF-16BE files of many chunks read from disk in pieces, and one with a bad byte deep inside', async () => {
		const defs = ['代码,名称,英文名称,单位,类型,方向,类别,整改事项'];
		for (let i = 0; i < 40; i++) defs.push(`g-${i},编码指标${i},Encoded ${i},人次,flow,up,tourism,6`);
		const obs = ['指标,期间,数值,单位,来源,备注'];
		// 4-byte GB18030 characters (U+2000B) and surrogate pairs in UTF-16 fall across the 1 MiB chunk ends somewhere.
		for (let i = 0; i < 40; i++) for (let m = 0; m < 600; m++) obs.push(`g-${i},${1980 + Math.floor(m / 12)}年${(m % 12) + 1}月,${(i * 7 + m) / 10}万,人次,来源${m % 3},${m % 4 ? '' : `备注𠀋€${'说明'.repeat(m % 61)}`}`);
		const text = obs.join('\r\n');
		const gb = new Uint8Array(iconv.encode(text, 'gb18030'));
		const be = new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
		expect(gb.length).toBeGreaterThan(1.5 * 2 ** 20);
		const defsFile = { files: [{ name: 'defs.csv', bytes: enc(defs.join('\n')) }] };
		const r = await both([defsFile, { files: [{ name: 'gbk.csv', bytes: gb }] }, { files: [{ name: 'be.csv', bytes: be }] }]);
		expect(r.reports.map((x) => x.files[0]!.encoding)).toEqual(['utf-8', 'gb18030', 'utf-16be']);
		expect(r.reports[1]!.files[0]!.accepted).toBe(24_000);
		expect(r.reports[2]!.files[0]!.changes).toEqual({ added: 0, updated: 0, unchanged: 24_000 });
		// 0xFF is neither UTF-8 nor GB18030: the file is refused whole, at the line of that byte.
		const at = gb.indexOf(0x0a, 1_500_000) + 1;
		const bad = new Uint8Array([...gb.subarray(0, at), 0xff, ...gb.subarray(at)]);
		const refused = await both([defsFile, { files: [{ name: 'bad.csv', bytes: bad }] }]);
		const line = 1 + gb.subarray(0, at).filter((b) => b === 0x0a).length;
		expect(refused.reports[1]!.files[0]!.errors.map((e) => [e.code, e.line])).toEqual([['bad_encoding', line]]);
		expect(refused.stored.observations).toEqual([]);
	});
});

describe('the built server reads a large upload on a worker thread', () => {
	it('commits a 6 MB file of 72,000 rows over HTTP, in one revision, with every row added', async () => {
		const dir = tempDir('ob-worker-http-');
		const env = { DATABASE_URL: `file:${join(dir.dir, 'app.db')}`, SEED_DEMO: '0', BODY_SIZE_LIMIT: '50M' };
		const server = await startServer(env);
		try {
			const analyst = await signInAs(server, env, 'analyst');
			const post = async (name: string, text: string) => {
				const form = new FormData();
				form.set('file', new File([enc(text)], name, { type: 'text/csv' }));
				const res = await server.fetch('/api/v1/uploads', { method: 'POST', body: form, headers: { cookie: analyst, origin: server.url, accept: 'application/json' } });
				const body = (await res.json()) as FileReport & { ok: boolean };
				expect(res.status, JSON.stringify(body).slice(0, 500)).toBe(200);
				return body;
			};
			const defs = ['代码,名称,英文名称,单位,类型,方向,类别,整改事项'];
			for (let i = 0; i < 60; i++) defs.push(`big-${i},大文件指标${i},Large file ${i},人次,flow,up,tourism,6`);
			expect((await post('defs.csv', defs.join('\n'))).ok).toBe(true);
			const obs = ['指标,期间,数值,单位,来源'];
			for (let i = 0; i < 60; i++) for (let m = 0; m < 1200; m++) obs.push(`big-${i},${1900 + Math.floor(m / 12)}年${(m % 12) + 1}月,${i * 1000 + m + 0.5},人次,市统计局《统计月报》(大文件测试)`);
			const text = obs.join('\n');
			expect(enc(text).byteLength).toBeGreaterThan(4 * 2 ** 20); // read on the worker
			const body = await post('large.csv', text);
			expect(body.ok).toBe(true);
			expect(body.encoding).toBe('utf-8');
			expect(body.changes).toEqual({ added: 72_000, updated: 0, unchanged: 0 });
			const revision = body.revision!;
			const listed = await server.fetch(`/api/v1/revisions/${revision}`, { headers: { cookie: analyst, accept: 'application/json' } });
			expect(listed.status).toBe(200);
			expect(JSON.stringify(await listed.json())).toContain('large.csv');
		} finally {
			await server.stop();
			dir.cleanup();
		}
	});
});
