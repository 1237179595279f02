// The built app for benchmarks: started on a free port with ORIGIN set, with a viewer, an analyst and an
// admin created through `npm run user` and signed in through /login (so a bench measures what a
// signed-in person gets, not the login page).
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIfNeeded } from '../src/cli/build-if-needed.js';
import { freePort } from '../tests/helpers/env';

const root = process.cwd();
const PASSWORD = 'bench-password-2026';
const ROLES = ['viewer', 'analyst', 'admin'] as const;
export type BenchRole = (typeof ROLES)[number];

export interface BenchServer {
	url: string;
	cookies: Record<BenchRole, string>;
	/** The server's process id (its CPU time is in /proc/PID/stat). */
	pid: number;
	stop: () => void;
}

export async function startBenchServer(databaseUrl: string, env: Record<string, string> = {}): Promise<BenchServer> {
	const entry = buildIfNeeded(root);
	for (const role of ROLES) {
		const r = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'src', 'cli', 'user.ts'), 'add', `bench-${role}`, '--role', role, '--password-stdin'], {
			env: { ...process.env, DATABASE_URL: databaseUrl },
			input: `${PASSWORD}\n`,
			encoding: 'utf8'
		});
		if (r.status !== 0 && !/already taken/.test(r.stderr)) throw new Error(`npm run user failed: ${r.stderr}`);
	}
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [entry], {
		env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', ORIGIN: url, BODY_SIZE_LIMIT: '50M', ...env },
		stdio: 'ignore'
	});
	for (let i = 0; ; i++) {
		try {
			if ((await fetch(url + '/api/v1/health')).ok) break;
		} catch {
			/* not up yet */
		}
		if (i > 300) throw new Error('the server did not start');
		await new Promise((r) => setTimeout(r, 100));
	}
	const cookies = {} as Record<BenchRole, string>;
	for (const role of ROLES) {
		const r = await fetch(url + '/login', {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: url, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ username: `bench-${role}`, password: PASSWORD })
		});
		const cookie = r.headers.getSetCookie().find((c) => c.startsWith('ob_session='));
		if (r.status !== 303 || !cookie) throw new Error(`sign-in as ${role} failed: ${r.status}`);
		cookies[role] = cookie.split(';')[0]!;
	}
	return { url, cookies, pid: child.pid!, stop: () => child.kill() };
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); null elsewhere. */
export function processCpu(pid: number): number | null {
	try {
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
		return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
	} catch {
		return null;
	}
}

/**
 * A memory figure of a running process in bytes, from /proc/PID/status (Linux): `VmRSS` now, or `VmHWM`,
 * the peak resident set since it started. Null when it cannot be read (process gone, not Linux).
 */
export function processMemory(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
	try {
		const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return m ? Number(m[1]) * 1024 : null;
	} catch {
		return null;
	}
}

/** One file through POST /api/v1/uploads (as the signed-in `cookie`), timed to the end of the answer. */
export async function upload(url: string, cookie: string, name: string, text: string): Promise<{ status: number; ms: number; body: string }> {
	const body = new FormData();
	body.set('file', new Blob([text], { type: 'text/csv' }), name);
	const t = performance.now();
	const r = await fetch(`${url}/api/v1/uploads`, { method: 'POST', headers: { origin: url, cookie }, body });
	const answer = await r.text();
	return { status: r.status, ms: performance.now() - t, body: answer };
}
