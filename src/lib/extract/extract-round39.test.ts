// Patterns the reader missed in round thirty-nine's blind fixtures (569–582): [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// 3. A 总人数 label counts people (571, as 50's 从业总人数); only 人次 labels give 人次.
	['接待游客总人数82.97万，同比增长23.16%: 人', '2014-10-08', '国庆假期，黄山风景区接待游客总人数82.97万，同比增长23.16%。', [
		{ value: 829700, unit: '人', yoy_reported: 23.16 }
	]],
	['參觀總人數為4.5萬: 人 in other words', '2024-03-01', '去年全市博物館參觀總人數為4.5萬。', [{ value: 45000, unit: '人' }]],
	['接待游客总人次82.97万: still 人次', '2014-10-08', '国庆假期，黄山风景区接待游客总人次82.97万。', [{ value: 829700, unit: '人次' }]]
];

describe('round thirty-nine patterns', () => readsAs(CASES));
