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
	]],
	// C. A range is two bounds, no figure (SOURCES.md): a first bound with its scale and no unit (300亿) was kept for its 约,
	// and a second bound after 至 was kept when the first had a scale (751). 从…到… moves from one level to another.
	['推动设立中国旅游产业基金，总规模大约为300亿-500亿元', '2018-01-09', '国家旅游局表示，将推动设立中国旅游产业基金，总规模大约为300亿-500亿元。全国已有144只旅游产业投资基金。', [
		{ value: 144, unit: '只' }
	]],
	['own wording: 300亿至500亿元 and 约3万到5万人次', '2018-01-09', '基金总规模为300亿至500亿元，景区日接待游客约3万到5万人次，全年接待游客5000万人次。', [
		{ value: 50000000, unit: '人次' }
	]],
	['near miss: 从3000万到5000万人次 is a move to a new level, which stays a figure', '2018-01-09', '全年旅游人数从3000万到5000万人次。', [
		{ value: 50000000, unit: '人次' }
	]]
];

describe('round fifty-two: units, goal lists, ranges, counts of now and holiday spans', () => {
	readsAs(CASES);
});
