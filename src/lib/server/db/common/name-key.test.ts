import { describe, expect, it } from 'vitest';
import { nameKey, planNameKeys } from './name-key';

describe('nameKey', () => {
	it('folds case by Unicode rules, not ASCII only', () => {
		expect(nameKey('Ärger')).toBe('ärger');
		expect(nameKey('ÄRGER')).toBe(nameKey('ärger'));
		expect(nameKey('ΟΔΥΣΣΕΑΣ')).toBe('οδυσσεας'); // toLowerCase writes the final sigma ς
		expect(nameKey('Ана')).toBe('ана');
	});

	it('normalises compatibility forms first: full-width letters, ligatures, composed and decomposed accents', () => {
		expect(nameKey('ＡＮＡ')).toBe('ana');
		expect(nameKey('ﬁona')).toBe('fiona');
		expect(nameKey('A\u0308rger')).toBe(nameKey('\u00c4rger'));
	});

	it('leaves names that differ apart', () => {
		expect(nameKey('ana')).not.toBe(nameKey('anna'));
		expect(nameKey('arger')).not.toBe(nameKey('ärger'));
		expect(nameKey('张伟')).toBe('张伟');
	});
});

describe('planNameKeys', () => {
	it('re-keys only what changed, through a free key first, and keeps the name for the older of two that fold equal', () => {
		const plan = planNameKeys([
			{ id: 3, username: 'ärger', name_key: 'ärger' },
			{ id: 1, username: 'ana', name_key: 'ana' },
			{ id: 2, username: 'Ärger', name_key: 'Ärger' }
		]);
		expect(plan.updates).toEqual([
			['#2', 2],
			['#3', 3],
			['ärger', 2],
			['ärger#3', 3]
		]);
		expect(plan.clashes).toEqual([{ name: 'ärger', other: 'Ärger' }]);
	});

	it('changes nothing, and tells of no clash again, when every key is right', () => {
		const rows = [
			{ id: 1, username: 'Bob', name_key: 'bob' },
			{ id: 2, username: 'BOB', name_key: 'bob#2' }
		];
		expect(planNameKeys(rows)).toEqual({ updates: [], clashes: [] });
	});
});
