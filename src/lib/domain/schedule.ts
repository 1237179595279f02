// When a subscription's digest is due: the newest scheduled moment at or before a given instant, in a
// time zone (Asia/Shanghai unless configured). Pure: wall-clock maths through Intl, no library, so the
// result holds for any zone Intl knows, daylight-saving ones included.

export type Schedule =
	| { kind: 'weekly'; weekday: number /* 1 = Monday … 7 = Sunday */; hour: number /* 0–23 */ }
	| { kind: 'monthly'; day: number /* 1–28 */; hour: number }
	| { kind: 'behind' };

export const DEFAULT_TIMEZONE = 'Asia/Shanghai';

/** True when Intl knows the zone (config validates DIGEST_TIMEZONE with it). */
export function isTimeZone(tz: string): boolean {
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: tz });
		return true;
	} catch {
		return false;
	}
}

interface Wall {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	/** 1 = Monday … 7 = Sunday */
	weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string): Intl.DateTimeFormat {
	let f = formatters.get(tz);
	if (!f) {
		f = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
		formatters.set(tz, f);
	}
	return f;
}

/** The wall clock in `tz` at instant `ms`. */
export function wallClock(ms: number, tz: string): Wall {
	const parts: Record<string, number> = {};
	for (const p of formatter(tz).formatToParts(new Date(ms))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
	const dow = new Date(Date.UTC(parts.year!, parts.month! - 1, parts.day!)).getUTCDay();
	return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, weekday: dow === 0 ? 7 : dow };
}

/** Offset of `tz` from UTC at instant `ms`, in ms. */
function offsetAt(ms: number, tz: string): number {
	const w = wallClock(ms, tz);
	const seconds = new Date(ms).getUTCSeconds();
	return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, seconds) - (ms - (ms % 1000));
}

/**
 * The instant the wall clock in `tz` shows year-month-day hour:00. A time skipped by a daylight-saving
 * jump falls on the instant after the jump; a repeated hour takes its first occurrence.
 */
export function zonedTime(year: number, month: number, day: number, hour: number, tz: string): number {
	const guess = Date.UTC(year, month - 1, day, hour);
	let at = guess - offsetAt(guess, tz);
	const second = guess - offsetAt(at, tz);
	// The two offsets differ only near a transition: take the earlier instant that shows the right wall time.
	if (second !== at) {
		const w = wallClock(Math.min(at, second), tz);
		at = w.hour === hour && w.day === day ? Math.min(at, second) : Math.max(at, second);
	}
	return at;
}

/** One scheduled run: its instant and a key naming it (the same on every instance, for claims). */
export interface DueRun {
	at: number;
	/** e.g. `w1h08:2024-06-17` or `m05h09:2024-06-05` (the local date of the run). */
	key: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function run(s: Exclude<Schedule, { kind: 'behind' }>, year: number, month: number, day: number, tz: string): DueRun {
	const at = zonedTime(year, month, day, s.hour, tz);
	const slot = s.kind === 'weekly' ? `w${s.weekday}h${pad(s.hour)}` : `m${pad(s.day)}h${pad(s.hour)}`;
	return { at, key: `${slot}:${year}-${pad(month)}-${pad(day)}` };
}

/**
 * The newest scheduled run at or before `at` (null for 'behind', which has no timetable). A server that
 * was down for three weeks finds only the latest missed run: it is sent once, not once per week missed.
 */
export function latestRun(s: Schedule, at: number, tz: string): DueRun | null {
	if (s.kind === 'behind') return null;
	const now = wallClock(at, tz);
	if (s.kind === 'weekly') {
		const back = (now.weekday - s.weekday + 7) % 7;
		for (const days of [back, back + 7]) {
			const d = new Date(Date.UTC(now.year, now.month - 1, now.day - days));
			const r = run(s, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), tz);
			if (r.at <= at) return r;
		}
		return null;
	}
	for (const months of [0, 1]) {
		const d = new Date(Date.UTC(now.year, now.month - 1 - months, s.day));
		const r = run(s, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), tz);
		if (r.at <= at) return r;
	}
	return null;
}

/** The next run after `at` (for showing "next digest: …"); null for 'behind'. */
export function nextRun(s: Schedule, at: number, tz: string): DueRun | null {
	if (s.kind === 'behind') return null;
	// One period ahead of the latest run is the next one; probe a little past the period's length.
	const span = s.kind === 'weekly' ? 7 * 86_400_000 : 31 * 86_400_000;
	for (let probe = at + 3_600_000; probe <= at + span + 3 * 86_400_000; probe += 3_600_000) {
		const r = latestRun(s, probe, tz);
		if (r && r.at > at) return r;
	}
	return null;
}
