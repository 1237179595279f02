// What round fifty-two's blind fixtures (751–759) found the reader misreading: [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// B. 只 counts funds (and animals, boats) after a number; it was no unit, so 144只 was read as no figure at all (751).
	// The adverb 只 (只是, 只占, 只有) after a number is never its unit.
	['截至2017年底，全国已有144只旅游产业投资基金', '2018-01-09', '截至2017年底，全国已有144只旅游产业投资基金，总规模超过8000亿元。', [
		{ value: 144, unit: '只', period: '2017', role: 'actual' }, { value: 800000000000, unit: '元', period: '2017', qualifier: '超' }
	]],
	['own wording: 全省共设立文旅产业投资基金12只', '2024-01-15', '截至2023年底，全省共设立文旅产业投资基金12只，总规模320亿元。', [
		{ value: 12, unit: '只', period: '2023' }, { value: 32000000000, unit: '元', period: '2023' }
	]],
	['near miss: 只 as an adverb right after a number is no unit', '2024-01-15', '2023年全县接待游客1.2万只是去年的一半。', [
		{ value: 12000, unit: null }
	]]
];

describe('round fifty-two: units, goal lists, ranges, counts of now and holiday spans', () => {
	readsAs(CASES);
});
