// Which numbers are figures, units, roles and restated figures: what round forty-seven's blind fixtures (681–694) found the
// reader missing or over-reading: [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// C. A count after its noun and 共/有, ending its clause, whose next clause opens on the visitors those places received,
	// names the subject of that figure (690).
	['全省纳入假日统计监测的单位共953家,当日接待游客297.38万人次', '2023-04-30', '全省纳入假日统计监测的单位共953家，当日接待游客297.38万人次，同比增长282.45%。', [
		{ value: 2973800, unit: '人次', yoy_reported: 282.45 }
	]],
	['文化和旅游新业态单位有108家,当日接待游客47.57万人次', '2023-04-30', '在监测单位中，文化和旅游新业态单位有108家，当日接待游客47.57万人次。', [
		{ value: 475700, unit: '人次' }
	]],
	['全市重点乡村旅游点共有36个,假期累计接待游客8.2万人次', '2024-05-06', '五一假期，全市重点乡村旅游点共有36个，假期累计接待游客8.2万人次。', [
		{ value: 82000, unit: '人次' }
	]],
	['在建项目共有794个,完成投资154.31亿元: projects and their investment are both figures (unchanged)', '2015-07-11', '上半年全省在建项目共有794个，完成投资154.31亿元。', [
		{ value: 794, unit: '个' }, { value: 15431000000, unit: '元' }
	]],
	['全市A级景区共有45家,比上年增加5家: a stock with its difference (unchanged)', '2024-05-06', '全市A级景区共有45家，比上年增加5家。', [
		{ value: 45, unit: '家' }
	]],
];

describe('round forty-seven: figures, units, roles, restated figures', () => {
	readsAs(CASES);
});
