// The reader's duplicate check rests on KeySlots: every (indicator, period) pair keeps the slot it first got,
// whatever the order and however many pairs, so a repeated row is found and compared with its first line.
import { describe, expect, it } from 'vitest';
import { KeySlots } from './key-slots';

/** Pairs in the given order; checks every answer against a Map of "indicator␟period" keys. */
function agree(pairs: [string, string][]) {
	const slots = new KeySlots();
	const model = new Map<string, number>();
	for (const [i, p] of pairs) {
		const key = `${i}\u001f${p}`;
		const expected = model.get(key) ?? model.size;
		if (!model.has(key)) model.set(key, expected);
		expect(slots.slot(i, p), key).toBe(expected);
		expect(slots.size).toBe(model.size);
	}
	return slots;
}

describe('KeySlots', () => {
	const CASES: [string, [string, string][]][] = [
		['one pair twice', [['tourist-arrivals', '2024-01'], ['tourist-arrivals', '2024-01']]],
		['the same period under two indicators, and two periods under one', [['a', '2024-01'], ['b', '2024-01'], ['a', '2024-02'], ['b', '2024-01'], ['a', '2024-01']]],
		['names that join to the same text are still two pairs', [['ab', 'c'], ['a', 'bc'], ['ab', 'c']]],
		['empty strings and Chinese names', [['', ''], ['旅游接待人次', '2024年1月'], ['', ''], ['旅游接待人次', '2024年1月']]]
	];
	it.each(CASES)('%s', (_name, pairs) => {
		agree(pairs);
	});

	it('keeps every slot through many rehashes: a file by indicator, then the same pairs again in another order', () => {
		const pairs: [string, string][] = [];
		for (let i = 0; i < 300; i++) for (let m = 0; m < 120; m++) pairs.push([`m${i}`, `${2016 + Math.floor(m / 12)}-${m % 12}`]);
		const slots = agree(pairs);
		expect(slots.size).toBe(36_000);
		// Repeats, by period first: each gets the slot its pair first had.
		for (let m = 0; m < 120; m += 7) for (let i = 0; i < 300; i += 11) expect(slots.slot(`m${i}`, `${2016 + Math.floor(m / 12)}-${m % 12}`)).toBe(i * 120 + m);
		expect(slots.size).toBe(36_000);
	});

	it('agrees with a Map on pairs in random order, with repeats', () => {
		let seed = 7;
		const rnd = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
		agree(Array.from({ length: 20_000 }, () => [`指标${rnd(500)}`, `P${rnd(60)}`] as [string, string]));
	});
});
