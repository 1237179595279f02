// The command line as an analyst uses it: npm run ingest / export / revert against a real SQLite file.
import iconv from 'iconv-lite';
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ingestJson, ROOT, tempDir } from './helpers/env';

const SEED = ['indicators.csv', 'targets.csv', 'observations.csv', 'observations-derived.csv', 'demo-observations.csv'].map((f) => join(ROOT, 'data', f));

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => (tmp = tempDir()));
afterAll(() => tmp.cleanup());

/** A fresh database seeded with the report's indicators, for one test. */
function seededDb(name: string, files = SEED.slice(0, 1)) {
	const env = { DATABASE_URL: `file:${join(tmp.dir, name, 'db.sqlite')}` };
	const r = ingestJson(files, env);
	expect(r.status).toBe(0);
	return env;
}

function write(name: string, content: string | Uint8Array): string {
	const path = join(tmp.dir, name);
	writeFileSync(path, content);
	return path;
}

function exported(env: Record<string, string>, ...indicators: string[]) {
	const r = cli('export', ['--format', 'json', ...indicators.flatMap((i) => ['--indicator', i])], env);
	expect(r.status).toBe(0);
	return JSON.parse(r.stdout) as { indicator: string; period: string; value: number; qualifier: string | null; provenance: string; revision: number }[];
}

describe('npm run ingest', () => {
	it('stores 210 with unit 万人次 as 2,100,000 人次 and 38.2亿元 as 3,820,000,000 元', () => {
		const env = seededDb('units');
		const file = write('units.csv', '指标,期间,数值,单位\n旅游接待人次,2024年一季度,210,万人次\ntourism-revenue,2024Q1,38.2亿元,\n');
		const r = ingestJson([file], env);
		expect(r.status).toBe(0);
		expect(r.report.files[0]).toMatchObject({ kind: 'observations', rows: 2, accepted: 2, changes: { added: 2, updated: 0, unchanged: 0 } });
		expect(typeof r.report.files[0].revision).toBe('number');
		const rows = exported(env);
		expect(rows.find((x) => x.indicator === 'tourist-arrivals')).toMatchObject({ period: '2024-Q1', value: 2_100_000 });
		expect(rows.find((x) => x.indicator === 'tourism-revenue')).toMatchObject({ period: '2024-Q1', value: 3_820_000_000 });
	});

	it('reads the same file saved as UTF-8 with BOM, UTF-16 and GB18030 into identical values', () => {
		const text = '指标,期间,数值,来源\r\n旅游接待人次,2024年一季度,210万,“通报”原文\r\n旅游收入,2024年一季度,38.2亿元,（六）\r\n旅游接待人次,2024年春节,近百万,春节\r\n';
		const variants: [string, Uint8Array, string][] = [
			['utf8-bom.csv', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text, 'utf8')]), 'utf-8'],
			['utf16.csv', new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]), 'utf-16le'],
			['gbk.csv', new Uint8Array(iconv.encode(text, 'gb18030')), 'gb18030']
		];
		const results = variants.map(([name, bytes, encoding]) => {
			const env = seededDb(`enc-${name}`);
			const r = ingestJson([write(name, bytes)], env);
			expect(r.status).toBe(0);
			expect(r.report.files[0].encoding).toBe(encoding);
			return exported(env).map(({ revision: _r, ...rest }) => rest);
		});
		expect(results[0]).toHaveLength(3);
		expect(results[0]).toContainEqual(expect.objectContaining({ period: '2024-spring-festival', value: 1_000_000, qualifier: '近' }));
		expect(results[1]).toEqual(results[0]);
		expect(results[2]).toEqual(results[0]);
	});

	it('rejects a file with bad rows: exit 1, every bad row at its physical line, nothing written', () => {
		const env = seededDb('bad', SEED);
		const before = exported(env);
		const file = write(
			'bad.csv',
			[
				'指标,期间,数值,备注',
				'旅游接待人次,2024年二季度,230万,"多行备注', // a quoted field over three physical lines (2-4)
				'第二行',
				'第三行"',
				'旅游接待人次,2024Q5,12,', // line 5: bad period
				'旅游收入,2024年二季度,abc,', // line 6: bad number
				'不存在的指标,2024年二季度,1,', // line 7: unknown indicator
				'旅游接待人次,2024年三季度,38.2亿元,', // line 8: unit mismatch
				'旅游接待人次,2024年二季度,231万,' // line 9: duplicate of line 2 with another value
			].join('\n')
		);
		const r = ingestJson([file], env);
		expect(r.status).toBe(1);
		const errors = r.report.files[0].errors.map((e: { line: number; code: string; column: string | null }) => [e.line, e.code, e.column]);
		expect(errors).toEqual([
			[5, 'bad_period', '期间'],
			[6, 'bad_number', '数值'],
			[7, 'unknown_indicator', '指标'],
			[8, 'unit_mismatch', '数值'],
			[9, 'duplicate_row', null]
		]);
		for (const e of r.report.files[0].errors) expect(e.zh.length > 0 && e.en.length > 0).toBe(true);
		expect(r.report.files[0].revision).toBeNull();
		expect(exported(env)).toEqual(before);
	});

	it('re-ingesting identical content reports 0 added, 0 updated and no revision', () => {
		const env = seededDb('again', SEED);
		const r = ingestJson([SEED[2]!], env);
		expect(r.status).toBe(0);
		expect(r.report.files[0].changes).toEqual({ added: 0, updated: 0, unchanged: 24 });
		expect(r.report.files[0].revision).toBeNull();
	});

	it('export then re-import changes nothing', () => {
		const env = seededDb('roundtrip', SEED);
		const csv = cli('export', [], env);
		expect(csv.status).toBe(0);
		expect(csv.stdout.startsWith('\uFEFF')).toBe(true);
		const r = ingestJson([write('export.csv', csv.stdout)], env);
		expect(r.status).toBe(0);
		expect(r.report.files[0].changes.added + r.report.files[0].changes.updated).toBe(0);
		expect(r.report.files[0].changes.unchanged).toBe(exported(env).length);
	});

	it('--dry-run reports the changes and writes nothing', () => {
		const env = seededDb('dry', SEED);
		const before = exported(env);
		const file = write('dry.csv', '指标,期间,数值\n旅游接待人次,2024年一季度,211万\n旅游接待人次,2024年二季度,250万\n');
		const r = ingestJson([file], env, ['--dry-run']);
		expect(r.status).toBe(0);
		expect(r.report.files[0].changes).toEqual({ added: 1, updated: 1, unchanged: 0 });
		expect(r.report.files[0].revision).toBeNull();
		expect(exported(env)).toEqual(before);
	});

	it('commits several files together or not at all; a later file may use an earlier file’s indicators', () => {
		const env = { DATABASE_URL: `file:${join(tmp.dir, 'multi', 'db.sqlite')}` };
		const ind = write('m-ind.csv', 'code,name_zh,name_en,unit,kind,direction,category\nvisits,参观人次,Visits,人次,flow,up,culture\n');
		const good = write('m-good.csv', 'indicator,period,value\n参观人次,2024-03,1.5万\n');
		const bad = write('m-bad.csv', 'indicator,period,value\nvisits,2024-04,#VALUE!\n');
		const failed = ingestJson([ind, good, bad], env);
		expect(failed.status).toBe(1);
		expect(failed.report.files.map((f: { revision: number | null }) => f.revision)).toEqual([null, null, null]);
		const db = new Database(join(tmp.dir, 'multi', 'db.sqlite'), { readonly: true });
		expect(db.prepare('SELECT count(*) AS n FROM revisions').get()).toEqual({ n: 0 });
		expect(db.prepare('SELECT count(*) AS n FROM indicators').get()).toEqual({ n: 0 });
		db.close();
		const ok = ingestJson([ind, good], env);
		expect(ok.status).toBe(0);
		expect(exported(env)).toEqual([expect.objectContaining({ indicator: 'visits', period: '2024-03', value: 15_000 })]);
	});

	it('exits 2 for usage errors and unreadable files', () => {
		const env = { DATABASE_URL: `file:${join(tmp.dir, 'usage', 'db.sqlite')}` };
		expect(cli('ingest', [], env).status).toBe(2);
		expect(cli('ingest', ['--kind', 'nonsense', SEED[0]!], env).status).toBe(2);
		const missing = cli('ingest', [join(tmp.dir, 'no-such-file.csv')], env);
		expect(missing.status).toBe(2);
		expect(missing.stderr).toContain('ENOENT');
		const folder = cli('ingest', [tmp.dir], env);
		expect(folder.status).toBe(2);
		expect(folder.stderr).toContain('无法读取文件 / cannot read');
		expect(folder.stderr).toContain('EISDIR');
	});

	it('refuses a database file that is corrupt or not ours, and leaves it untouched', () => {
		const junk = write('junk.db', 'this is not a database at all, just text');
		const r = cli('ingest', [SEED[0]!], { DATABASE_URL: `file:${junk}` });
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/not a SQLite database/);
		const foreignPath = join(tmp.dir, 'foreign.db');
		const foreign = new Database(foreignPath);
		foreign.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES (\'x\')');
		foreign.close();
		const f = cli('ingest', [SEED[0]!], { DATABASE_URL: `file:${foreignPath}` });
		expect(f.status).toBe(2);
		expect(f.stderr).toMatch(/another application/);
		const check = new Database(foreignPath, { readonly: true });
		expect(check.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all()).toEqual([{ name: 'customers' }]);
		check.close();
	});
});

describe('npm run revert', () => {
	it('restores what a revision superseded and records the revert; a second revert of it is refused', () => {
		const env = seededDb('revert', SEED);
		const file = write('rev.csv', '指标,期间,数值\n旅游接待人次,2024年一季度,250万\n旅游接待人次,2024年二季度,260万\n');
		const up = ingestJson([file], env);
		expect(up.status).toBe(0);
		const rev = up.report.files[0].revision as number;
		expect(exported(env, 'tourist-arrivals').find((x) => x.period === '2024-Q1')?.value).toBe(2_500_000);
		const r = cli('revert', [String(rev), '--json'], env);
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout)).toMatchObject({ restored: 1, withdrawn: 2, keptLater: 0 });
		const after = exported(env, 'tourist-arrivals');
		expect(after.find((x) => x.period === '2024-Q1')).toMatchObject({ value: 2_100_000, provenance: 'reported' });
		expect(after.find((x) => x.period === '2024-Q2')).toBeUndefined();
		const again = cli('revert', [String(rev)], env);
		expect(again.status).toBe(1);
		expect(again.stderr).toMatch(/already reverted/);
		// The same use cases as the upload and revision pages: the CLI's upload and revert are audited like theirs.
		const db = new Database(join(tmp.dir, 'revert', 'db.sqlite'), { readonly: true });
		const log = db.prepare("SELECT actor, action, target FROM audit_log WHERE target IN ('rev.csv', ?) ORDER BY id").all(`#${rev}`);
		db.close();
		const cliActor = expect.stringMatching(/^cli:/);
		expect(log).toEqual([
			{ actor: cliActor, action: 'upload', target: 'rev.csv' },
			{ actor: cliActor, action: 'revert', target: `#${rev}` }
		]);
	});
});

describe('npm run user', () => {
	it('adds a user with the password from stdin, and refuses a password of more than one line, adding no one', () => {
		const env = { DATABASE_URL: `file:${join(tmp.dir, 'users.db')}` };
		const twice = cli('user', ['add', 'twice', '--role', 'admin', '--password-stdin'], env, 'Twice-Pass-1234\nTwice-Pass-1234\n');
		expect(twice.status).toBe(1);
		expect(twice.stderr).toContain('--password-stdin 只接受一行密码 / --password-stdin takes the password on one line');
		const once = cli('user', ['add', 'once', '--role', 'admin', '--password-stdin'], env, 'Once-Pass-12345\n');
		expect(once.status, once.stderr).toBe(0);
		const list = cli('user', ['list'], env).stdout;
		expect(list).toMatch(/^once\tadmin\b/m);
		expect(list).not.toContain('twice');
	});

	it('refuses to disable or demote the last enabled admin (exit 1, zh/en message, nothing changed), as the admin page does', () => {
		const env = { DATABASE_URL: `file:${join(tmp.dir, 'last-admin.db')}` };
		for (const name of ['boss', 'deputy']) expect(cli('user', ['add', name, '--role', 'admin', '--password-stdin'], env, `${name}-password-1\n`).status).toBe(0);
		const ok = cli('user', ['disable', 'deputy'], env);
		expect(ok.status, ok.stderr).toBe(0);
		for (const args of [
			['disable', 'boss'],
			['role', 'boss', 'analyst']
		]) {
			const r = cli('user', args, env);
			expect(r.status, args.join(' ')).toBe(1);
			expect(r.stderr).toMatch(/至少需要保留一名启用的管理员.*boss.* \/ At least one active administrator must remain: boss is the last one/);
			expect(r.stdout).toBe('');
		}
		expect(cli('user', ['list'], env).stdout).toMatch(/^boss\tadmin\n/m);
		const db = new Database(join(tmp.dir, 'last-admin.db'), { readonly: true });
		const audited = db.prepare("SELECT action, target FROM audit_log WHERE action IN ('user_disable', 'role_change') ORDER BY id").all();
		db.close();
		expect(audited).toEqual([{ action: 'user_disable', target: 'deputy' }]);
		// With deputy enabled again, boss may step down.
		expect(cli('user', ['enable', 'deputy'], env).status).toBe(0);
		const stepDown = cli('user', ['role', 'boss', 'analyst'], env);
		expect([stepDown.status, stepDown.stdout]).toEqual([0, 'boss:admin → analyst,其登录会话已失效 / boss: admin → analyst; their sessions were ended\n']);
	});
});
