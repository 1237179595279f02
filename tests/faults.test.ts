// Faults an operator meets: a backup taken while uploads are being written, and restoring from it.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, signIn } from './helpers/auth';
import { cli, fetchOnce, ROOT, startServer, tempDir } from './helpers/env';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => (tmp = tempDir('ob-faults-')));
afterAll(() => tmp.cleanup());

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

/** A file of `rows` monthly values for `indicators` new indicators (so every run adds). */
function files(run: number, indicators = 20, months = 600): string[] {
	const defs = join(tmp.dir, `defs-${run}.csv`);
	const obs = join(tmp.dir, `obs-${run}.csv`);
	const d = ['代码,名称,英文名称,单位,类型,方向,类别'];
	const o = ['指标,期间,数值,来源'];
	for (let i = 0; i < indicators; i++) {
		d.push(`bk-${run}-${i},备份测试${run}-${i},,人次,flow,up,tourism`);
		for (let m = 0; m < months; m++) o.push(`bk-${run}-${i},${1970 + Math.floor(m / 12)}年${(m % 12) + 1}月,${(i * 13 + m * 7 + run) % 9973},备份测试`);
	}
	writeFileSync(defs, d.join('\n') + '\n');
	writeFileSync(obs, o.join('\n') + '\n');
	return [defs, obs];
}

function ingestAsync(paths: string[], env: Record<string, string>): Promise<number | null> {
	return new Promise((resolve) => {
		const child = spawn(TSX, [join(ROOT, 'src', 'cli', 'ingest.ts'), ...paths], { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore' });
		child.on('exit', (code) => resolve(code));
	});
}

describe('online backup', () => {
	it('taken while uploads are being written, passes integrity_check, holds whole revisions only, and restores', async () => {
		const env = { DATABASE_URL: `file:${join(tmp.dir, 'live.db')}` };
		const server = await startServer(env);
		try {
			// Writers: a chain of ingests (each 12,000 values) running while backups are taken.
			let writing = true;
			const writer = (async () => {
				const codes: (number | null)[] = [];
				for (let run = 1; writing && run <= 8; run++) codes.push(await ingestAsync(files(run), env));
				return codes;
			})();
			const backups: string[] = [];
			for (let i = 0; i < 3; i++) {
				await new Promise((r) => setTimeout(r, 700));
				const dest = join(tmp.dir, `backup-${i}.db`);
				const r = cli('backup', [dest], env);
				expect(r.status, r.stderr).toBe(0);
				expect(r.stdout).toMatch(/integrity_check ok/);
				backups.push(dest);
			}
			writing = false;
			expect((await writer).every((c) => c === 0)).toBe(true);

			for (const path of backups) {
				const db = new Database(path, { readonly: true });
				expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
				// Every revision in the copy is whole: its observations are all there.
				const perRevision = db
					.prepare(
						`SELECT r.id, r.added, (SELECT count(*) FROM observations o WHERE o.revision_id = r.id) AS n
						 FROM revisions r WHERE r.kind = 'observations'`
					)
					.all() as { id: number; added: number; n: number }[];
				for (const r of perRevision) expect(r.n, `revision ${r.id}`).toBe(r.added);
				db.close();
			}

			// Restore: the last backup serves the same figures it holds.
			const last = backups.at(-1)!;
			const expected = new Database(last, { readonly: true });
			const count = (expected.prepare('SELECT count(*) AS n FROM observations WHERE superseded_by IS NULL').get() as { n: number }).n;
			expected.close();
			const restoredEnv = { DATABASE_URL: `file:${last}` };
			addUser(restoredEnv, 'restorer', 'viewer');
			const restored = await startServer(restoredEnv);
			try {
				const cookie = await signIn(restored.url, 'restorer');
				const rows = (await (await fetch(`${restored.url}/api/v1/export.json`, { headers: { cookie } })).json()) as unknown[];
				expect(rows.length).toBe(count);
			} finally {
				await restored.stop();
			}
		} finally {
			await server.stop();
		}
	});

	it('refuses to overwrite an existing file and explains a PostgreSQL URL', () => {
		const env = { DATABASE_URL: `file:${join(tmp.dir, 'live.db')}` };
		const dest = join(tmp.dir, 'exists.db');
		writeFileSync(dest, 'keep me');
		const r = cli('backup', [dest], env);
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/refusing to overwrite/);
		const pg = cli('backup', [join(tmp.dir, 'x.db')], { DATABASE_URL: 'postgres://localhost/x' });
		expect(pg.status).toBe(2);
		expect(pg.stderr).toMatch(/pg_dump/);
	});
});

describe('SIGTERM during an upload', () => {
	it('the server finishes the upload or rolls it back, exits, and starts again on an intact database', async () => {
		const env = { DATABASE_URL: `file:${join(tmp.dir, 'sigterm.db')}`, BODY_SIZE_LIMIT: '50M' };
		const server = await startServer(env);
		addUser(env, 'uploader', 'analyst');
		const cookie = await signIn(server.url, 'uploader');
		const [defs, obs] = files(99, 80, 1200) as [string, string]; // 96,000 values (80 indicators × 100 years of months)
		const post = (path: string) => {
			const body = new FormData();
			body.set('file', new Blob([readFileSync(path)], { type: 'text/csv' }), path.split('/').at(-1)!);
			return fetchOnce(`${server.url}/api/v1/uploads`, { method: 'POST', headers: { origin: server.url, cookie }, body });
		};
		expect((await post(defs)).status).toBe(200);
		const upload = post(obs).then(
			(r) => r.status,
			() => 'connection closed'
		);
		await new Promise((r) => setTimeout(r, 400));
		await server.stop(); // SIGTERM, then wait for the process to exit
		const outcome = await upload;
		expect([200, 'connection closed']).toContain(outcome);
		expect(await server.exited).toBe(0);

		const db = new Database(join(tmp.dir, 'sigterm.db'), { readonly: true });
		expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
		const revision = db.prepare("SELECT id, added FROM revisions WHERE file_name = 'obs-99.csv'").get() as { id: number; added: number } | undefined;
		if (revision) {
			// Committed: wholly.
			expect(revision.added).toBe(96_000);
			expect(db.prepare('SELECT count(*) AS n FROM observations WHERE revision_id = ?').get(revision.id)).toEqual({ n: 96_000 });
		} else {
			// Rolled back: not one of its values is there.
			expect(db.prepare("SELECT count(*) AS n FROM observations WHERE indicator LIKE 'bk-99-%'").get()).toEqual({ n: 0 });
			expect(outcome).toBe('connection closed');
		}
		db.close();

		const again = await startServer(env);
		try {
			const c = await signIn(again.url, 'uploader');
			expect((await fetchOnce(`${again.url}/api/v1/export.json?indicator=bk-99-0`, { headers: { cookie: c } })).status).toBe(200);
		} finally {
			await again.stop();
		}
	});
});
