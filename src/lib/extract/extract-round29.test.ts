// Patterns the reader missed in round twenty-nine's blind fixtures (429–442): [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// 1. 元旦 named with no dates and no year takes the official span of the report's 元旦 (of the next in late December).
	['元旦假期3天 with no year in a report of 4 January 2024 is 30 December 2023 to 1 January 2024', '2024-01-04', '各地元旦旅游成绩单\n2024年1月4日\n元旦假期3天，全国国内旅游出游1.35亿人次，同比增长155.3%。', [
		{ value: 135000000, period: '2023-12-30/2024-01-01', yoy_reported: 155.3 }
	]],
	['元旦假期 with no year in a report of late December names the coming 元旦 (2012: 1–3 January, before the weekday rule)', '2011-12-30', '元旦假期安排\n2011年12月30日\n预计元旦假期全市接待游客50万人次。', [
		{ value: 500000, period: '2012-01-01/2012-01-03', role: 'target' }
	]],
	['元旦小长假 with no year in a January report of 2025 is 1 January only', '2025-01-02', '元旦文旅\n2025年1月2日\n元旦假期,全市接待游客120万人次。', [
		{ value: 1200000, period: '2025-01-01/2025-01-01' }
	]]
];

describe('round twenty-nine patterns', () => readsAs(CASES));
