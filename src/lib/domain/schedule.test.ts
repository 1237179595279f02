import { describe, expect, it } from 'vitest';
import { isTimeZone, latestRun, nextRun, wallClock, zonedTime, type Schedule } from './schedule';

const SH = 'Asia/Shanghai';
const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());

describe('latestRun', () => {
	const weekly: Schedule = { kind: 'weekly', weekday: 1, hour: 8 }; // Monday 08:00
	const monthly: Schedule = { kind: 'monthly', day: 5, hour: 9 };
	// [schedule, now, expected run key, expected instant (UTC)]
	const table: [string, Schedule, string, string, string, string][] = [
		['weekly: exactly at the hour', weekly, SH, '2024-06-17T08:00:00+08:00', 'w1h08:2024-06-17', '2024-06-17T00:00:00.000Z'],
		['weekly: a minute before is last week', weekly, SH, '2024-06-17T07:59:00+08:00', 'w1h08:2024-06-10', '2024-06-10T00:00:00.000Z'],
		['weekly: later in the week', weekly, SH, '2024-06-20T23:00:00+08:00', 'w1h08:2024-06-17', '2024-06-17T00:00:00.000Z'],
		// 2024-06-16T23:30Z is already Monday 07:30 in Shanghai: still last week's run.
		['weekly: UTC Sunday, Shanghai Monday before 08:00', weekly, SH, '2024-06-16T23:30:00Z', 'w1h08:2024-06-10', '2024-06-10T00:00:00.000Z'],
		// 2024-06-17T00:00Z is Monday 08:00 in Shanghai: due, although UTC says midnight.
		['weekly: Shanghai Monday 08:00 is UTC midnight', weekly, SH, '2024-06-17T00:00:00Z', 'w1h08:2024-06-17', '2024-06-17T00:00:00.000Z'],
		['weekly: Sunday 23:00, hour 23', { kind: 'weekly', weekday: 7, hour: 23 }, SH, '2024-06-23T23:00:00+08:00', 'w7h23:2024-06-23', '2024-06-23T15:00:00.000Z'],
		['weekly: midnight across a year', { kind: 'weekly', weekday: 1, hour: 0 }, SH, '2025-01-01T10:00:00+08:00', 'w1h00:2024-12-30', '2024-12-29T16:00:00.000Z'],
		['monthly: on the day', monthly, SH, '2024-06-05T09:00:00+08:00', 'm05h09:2024-06-05', '2024-06-05T01:00:00.000Z'],
		['monthly: before the day is last month', monthly, SH, '2024-06-04T12:00:00+08:00', 'm05h09:2024-05-05', '2024-05-05T01:00:00.000Z'],
		['monthly: January, before the day, is December', monthly, SH, '2024-01-05T08:59:59+08:00', 'm05h09:2023-12-05', '2023-12-05T01:00:00.000Z'],
		['monthly: the 28th in February', { kind: 'monthly', day: 28, hour: 0 }, SH, '2024-02-29T00:00:00+08:00', 'm28h00:2024-02-28', '2024-02-27T16:00:00.000Z'],
		// Another zone: New York's Monday 08:00 in summer (EDT, UTC−4) and winter (EST, UTC−5).
		['weekly in New York, summer', weekly, 'America/New_York', '2024-06-17T12:00:00Z', 'w1h08:2024-06-17', '2024-06-17T12:00:00.000Z'],
		['weekly in New York, winter', weekly, 'America/New_York', '2024-01-15T13:00:00Z', 'w1h08:2024-01-15', '2024-01-15T13:00:00.000Z'],
		// The Monday after the spring-forward Sunday (2024-03-10): the offset changed within the week.
		['weekly in New York, across the DST change', weekly, 'America/New_York', '2024-03-11T11:59:00Z', 'w1h08:2024-03-04', '2024-03-04T13:00:00.000Z']
	];
	it.each(table)('%s', (_, schedule, tz, now, key, instant) => {
		const r = latestRun(schedule, Date.parse(now), tz);
		expect(r?.key).toBe(key);
		expect(iso(r?.at)).toBe(instant);
		expect(r!.at).toBeLessThanOrEqual(Date.parse(now));
	});

	it('finds only the latest missed run however long the server was down (sent once at start)', () => {
		const down = Date.parse('2024-05-01T00:00:00+08:00');
		const up = Date.parse('2024-06-19T12:00:00+08:00');
		const runs = new Set<string>();
		// Whatever moment after the outage is asked, there is one run to send, the last one.
		for (let t = up; t < up + 3_600_000; t += 60_000) runs.add(latestRun({ kind: 'weekly', weekday: 1, hour: 8 }, t, SH)!.key);
		expect([...runs]).toEqual(['w1h08:2024-06-17']);
		expect(latestRun({ kind: 'weekly', weekday: 1, hour: 8 }, up, SH)!.at).toBeGreaterThan(down);
	});

	it('has no timetable for "behind"', () => {
		expect(latestRun({ kind: 'behind' }, Date.now(), SH)).toBeNull();
		expect(nextRun({ kind: 'behind' }, Date.now(), SH)).toBeNull();
	});

	it('nextRun is the run after the latest one', () => {
		expect(nextRun({ kind: 'weekly', weekday: 1, hour: 8 }, Date.parse('2024-06-17T08:00:00+08:00'), SH)!.key).toBe('w1h08:2024-06-24');
		expect(nextRun({ kind: 'monthly', day: 5, hour: 9 }, Date.parse('2024-12-06T00:00:00+08:00'), SH)!.key).toBe('m05h09:2025-01-05');
	});
});

describe('zone arithmetic', () => {
	it('reads the wall clock and weekday in a zone', () => {
		expect(wallClock(Date.parse('2024-06-16T23:30:00Z'), SH)).toEqual({ year: 2024, month: 6, day: 17, hour: 7, minute: 30, weekday: 1 });
		expect(wallClock(Date.parse('2024-06-16T23:30:00Z'), 'UTC')).toMatchObject({ day: 16, weekday: 7 });
	});
	it('maps a wall-clock hour to its instant, also in a skipped DST hour', () => {
		expect(iso(zonedTime(2024, 6, 17, 8, SH))).toBe('2024-06-17T00:00:00.000Z');
		// 02:00 does not exist in New York on 2024-03-10: the instant after the jump (03:00 EDT).
		expect(iso(zonedTime(2024, 3, 10, 2, 'America/New_York'))).toBe('2024-03-10T07:00:00.000Z');
		// 01:00 happens twice on 2024-11-03: the first (EDT).
		expect(iso(zonedTime(2024, 11, 3, 1, 'America/New_York'))).toBe('2024-11-03T05:00:00.000Z');
	});
	it('knows time zone names', () => {
		expect(isTimeZone('Asia/Shanghai')).toBe(true);
		expect(isTimeZone('Mars/Olympus')).toBe(false);
	});
});
