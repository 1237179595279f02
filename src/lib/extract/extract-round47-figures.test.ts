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
	// G. A milestone's unit may be only in its label, with 首次 between (观众人次首次突破1000万); the milestones passed after it
	// in its sentence, in the same scale, take that unit too (687).
	['2009年故宮年度接待觀眾人次首次突破1000萬,…2012年度突破1500萬,2016年突破1600萬', '2018-12-16', '2009年故宮年度接待觀眾人次首次突破1000萬，此後參觀人數每年以百萬計持續增長：2012年度突破1500萬，2016年突破1600萬。', [
		{ value: 10000000, unit: '人次', qualifier: '超', period: '2009' },
		{ value: 15000000, unit: '人次', qualifier: '超', period: '2012' },
		{ value: 16000000, unit: '人次', qualifier: '超', period: '2016' }
	]],
	['2015年全市游客人次首度突破500万,2018年又突破800万', '2019-01-10', '2015年全市游客人次首度突破500万，2018年又突破800万。', [
		{ value: 5000000, unit: '人次', qualifier: '超', period: '2015' },
		{ value: 8000000, unit: '人次', qualifier: '超', period: '2018' }
	]],
	['全市常住人口突破500万,2018年突破600万: no unit in any label, no figure (unchanged)', '2019-01-10', '2015年全市常住人口突破500万，2018年突破600万。', []],
	// K. A lead's figure restated later with its change is one row, the later one with the change; the days or holiday a
	// mention names (三天, 小长假期间) and its adverbs (又, 首次) name no other subject (684, 687).
	['三天共接待游客214.7万人次 … 小长假期间全市接待游客214.7万人次,同比增长21.5%', '2014-04-08', '清明小长假期间，我市三天共接待游客214.7万人次，实现旅游业总收入7.35亿元。\n小长假期间全市接待游客214.7万人次，同比增长21.5%；旅游业总收入7.35亿元，同比增长23.6%。', [
		{ value: 2147000, unit: '人次', period: '2014-qingming', yoy_reported: 21.5, line: 2 },
		{ value: 735000000, unit: '元', period: '2014-qingming', yoy_reported: 23.6, line: 2 }
	]],
	['今年接待观众已突破1700万人次 … 今年又首次突破1700万', '2018-12-16', '故宫今年接待观众数量已突破1700万人次。\n2009年年度接待观众人次首次突破1000万，今年又首次突破1700万。', [
		{ value: 17000000, unit: '人次', period: '2018' }, { value: 10000000, unit: '人次', period: '2009' }
	]],
	['灵山景区接待游客2.5万人次 … 鼋头渚景区接待游客2.5万人次: two subjects, two rows (unchanged)', '2024-10-08', '国庆假期，灵山景区接待游客2.5万人次。\n鼋头渚景区接待游客2.5万人次，同比增长8%。', [
		{ value: 25000, yoy_reported: null }, { value: 25000, yoy_reported: 8 }
	]],
	// H. A scaled count of residents (villagers) named right after it, with no unit word, is a count with unit null (693).
	['全省旅行社共组织67.41万居民出境旅游,同比增长13.8%', '2013-12-20', '2013年1-11月，全省旅行社共组织67.41万居民出境旅游，同比增长13.8%。', [
		{ value: 674100, unit: null, yoy_reported: 13.8 }
	]],
	['乡村旅游带动3.5万村民增收', '2023-12-31', '2023年，全县乡村旅游带动3.5万村民增收。', [
		{ value: 35000, unit: null, period: '2023' }
	]],
	['组织5000居民出游: no scale, no unit word, no figure (unchanged)', '2023-12-31', '2023年，社区组织5000居民出游。', []],
	// I. 节 counts lessons where lessons are named around it (691); holidays and festivals named by 节 are no count.
	['授课480余节', '2024-12-31', '这一年，我们开办培训班30余个，授课480余节，培训群众文艺爱好者600余名。', [
		{ value: 30, unit: '个', qualifier: '余' }, { value: 480, unit: '节', qualifier: '余' }, { value: 600, unit: '名', qualifier: '余' }
	]],
	['送课下乡,共上20节公益课', '2024-12-31', '2024年，文化馆送课下乡，共上20节公益课。', [
		{ value: 20, unit: '节', period: '2024' }
	]],
	['中秋、国庆两节相连 · 张掖文旅36节活动: holidays and festivals, no count (unchanged)', '2024-12-31', '2024年中秋、国庆两节相连，策划开展张掖文旅36节活动。', []],
	// J. A round hundred or thousand in words that several places reached is a bound each met (686); a count of terms right
	// after the names of those terms restates the list (691).
	['多个郊区场馆一年演出达到百场', '2017-01-04', '2016年，多个郊区场馆一年演出达到百场，郊区居民的文化生活更加丰富。', []],
	['不少乡村书屋全年借阅超过千次', '2024-12-31', '2024年，不少乡村书屋全年借阅超过千次。', []],
	['全年开展送戏下乡活动千场: one actor\'s round count stays a figure (unchanged)', '2024-12-31', '2024年，市文化馆开展送戏下乡活动千场。', [
		{ value: 1000, unit: '场' }
	]],
	['开办春、秋两期全民艺术普及培训班30余个', '2024-12-31', '这一年，我们开办春、秋两期全民艺术普及培训班30余个。', [
		{ value: 30, unit: '个', qualifier: '余' }
	]],
	['上、下半年两次开展安全检查,检查景区56家', '2024-12-31', '2024年，上、下半年两次开展安全检查，检查景区56家。', [
		{ value: 56, unit: '家' }
	]],
	['全年开办培训班两期: the terms are not named, a count of what was done (unchanged)', '2024-12-31', '2024年，全年开办培训班两期，培训学员120名。', [
		{ value: 2, unit: '期' }, { value: 120, unit: '名' }
	]],
	// M. 将 right before a figure opened by a verb of reaching (将突破, 将超过, 将达到) is a forecast, a target, though the
	// verb is read as the figure's qualifier (682); 已突破 and 将 + an object stay actual.
	['2010年全省旅游总收入将突破3000亿元', '2011-01-20', '2009年全省实现旅游总收入2643.7亿元。2010年全省旅游总收入将突破3000亿元。', [
		{ value: 264370000000, role: 'actual', period: '2009' }, { value: 300000000000, unit: '元', role: 'target', qualifier: '超', period: '2010' }
	]],
	['接待游客3.2亿人次,旅游总收入将超过3000亿元', '2011-01-20', '2010年，全省接待游客3.2亿人次，旅游总收入将超过3000亿元。', [
		{ value: 320000000, role: 'actual' }, { value: 300000000000, role: 'target', qualifier: '超' }
	]],
	['已突破3000亿元 · 将12个景区纳入监测: done, and 将 + an object (unchanged)', '2011-01-20', '2010年全省旅游总收入已突破3000亿元。全市将12个景区纳入监测，接待游客突破500万人次。', [
		{ value: 300000000000, role: 'actual', qualifier: '超' }, { value: 12, unit: '个', role: 'actual' }, { value: 5000000, role: 'actual', qualifier: '超' }
	]],
];

describe('round forty-seven: figures, units, roles, restated figures', () => {
	readsAs(CASES);
});
