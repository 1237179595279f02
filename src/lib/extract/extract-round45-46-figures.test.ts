// Units, which numbers are figures, and bounds: what round forty-five and forty-six's blind fixtures (653–680) found the reader
// missing or over-reading: [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// A. Volumes (立方米) and stored data (TB, GB) are units of a level (660, 671).
	['对外服务的数字资源总量达1181.5TB', '2022-12-31', '2022年，对外服务的数字资源总量达1181.5TB。', [
		{ value: 1181.5, unit: 'TB', period: '2022' }
	]],
	['电子书库容量扩充到640GB · 完成土方12.5万立方米', '2021-12-31', '2021年，馆内电子书库容量扩充到640GB，园区完成土方12.5万立方米。', [
		{ value: 640, unit: 'GB' }, { value: 125000, unit: '立方米' }
	]],
	['下载速率2GBps · 型号5TBX: Latin letters running on are no unit (unchanged)', '2021-12-31', '2021年，网络下载速率2GBps，选用型号5TBX的设备。', []],
	// B. 新增加 is 新增, what was newly added, a level; a bare 增加 stays a difference (653).
	['用户82.45万户,当年新增加23.53万户', '2011-12-31', '年末全市移动电话用户82.45万户，当年新增加23.53万户。', [
		{ value: 824500, unit: '户', period: '2011' }, { value: 235300, unit: '户', period: '2011' }
	]],
	['全年新增加宽带用户1.2万户', '2018-12-31', '2018年，全县新增加宽带用户1.2万户。', [
		{ value: 12000, unit: '户', period: '2018' }
	]],
	['比上年增加1.2万户: a difference (unchanged)', '2018-12-31', '2018年末，全县宽带用户8.6万户，比上年增加1.2万户。', [
		{ value: 86000, unit: '户' }
	]],
	// C. A 人数 label counts people (人, fixture 50); a scaled number right after the people it counts, as the 其中 part of a
	// total, ending its clause, is a figure with no unit word (666, as fixture 431's 接待游客1447.9万).
	['参观人数30万(外地参观者),其中未成年观众9万', '2016-12-31', '2016年，佛像艺术展参观人数30万（外地参观者），其中未成年观众9万；', [
		{ value: 300000, unit: '人', period: '2016' }, { value: 90000, unit: null, period: '2016' }
	]],
	['游园人数达4.5万,其中外地游客1.2万。', '2019-12-31', '2019年，灯会游园人数达4.5万，其中外地游客1.2万。', [
		{ value: 45000, unit: '人' }, { value: 12000, unit: null }
	]],
	['其中观众3万参与了活动 · 游客2万人次: people before a number that runs on, or one with its unit (unchanged)', '2019-12-31', '2019年，其中观众3万参与了活动，外地游客2万人次。', [
		{ value: 20000, unit: '人次' }
	]],
	// D. 迈入 (邁入) N 大关 is N passed (超), as 突破…大关 is, when nothing restates it; 票房 before the amount gives 元 (680).
	['2019年中国演出票房迈入200亿大关,同比增长7.29%', '2020-01-10', '报告显示，2019年中国演出票房迈入200亿大关，同比增长7.29%，增速赶超电影市场。', [
		{ value: 20000000000, unit: '元', qualifier: '超', period: '2019', yoy_reported: 7.29 }
	]],
	['全縣過夜遊客邁入百萬人次大關', '2019-12-31', '2019年，全縣過夜遊客邁入百萬人次大關。', [
		{ value: 1000000, unit: '人次', qualifier: '超', period: '2019' }
	]],
	['迈入千万人次大关。全年共接待游客1020万人次: restated, the exact figure only', '2019-12-31', '2019年全市接待游客迈入千万人次大关。全年共接待游客1020万人次。', [
		{ value: 10200000, unit: '人次', qualifier: null }
	]],
	['迈入高质量发展新阶段,接待游客300万人次: 迈入 no milestone (unchanged)', '2019-12-31', '2019年旅游业迈入高质量发展新阶段，接待游客300万人次。', [
		{ value: 3000000, unit: '人次', qualifier: null }
	]],
	// E. 次之 (次於) after 人 ranks the place next: the unit is 人, not 人次 (672); 人次之多 stays 人次.
	['馬來西亞44,586人、新加坡39,008人次之', '2019-05-10', '4月東南亞旅客中，馬來西亞44,586人、新加坡39,008人次之。', [
		{ value: 44586, unit: '人' }, { value: 39008, unit: '人' }
	]],
	['泰国游客1.2万人最多,越南游客8,600人次之', '2019-05-10', '4月，泰国游客1.2万人最多，越南游客8,600人次之。', [
		{ value: 12000, unit: '人' }, { value: 8600, unit: '人' }
	]],
	['参观者达10万人次之多: 人次 (unchanged)', '2019-05-10', '4月，展览参观者达10万人次之多。', [
		{ value: 100000, unit: '人次' }
	]],
	// F. 多了 N in the clause right after a rate of change is what the change came to, a difference (672).
	['香港澳門成長49.57%最高,多了60,770人次;中國大陸成長34.95%居次,增加79,605人次', '2019-05-10', '4月若以增幅來看，香港澳門成長49.57%最高，多了60,770人次；中國大陸成長34.95%居次，增加79,605人次。', []],
	['全市游客增长12.5%,多了3.2万人次', '2019-05-10', '4月全市游客增长12.5%，多了3.2万人次。', []],
	['增长12.5%,多了一些新面孔,共接待3.2万人次: 多了 not before the number (unchanged)', '2019-05-10', '4月全市游客增长12.5%，多了一些新面孔，共接待3.2万人次。', [
		{ value: 32000, unit: '人次' }
	]],
	// G. A sum over a count of places passed (超, an amount of three significant digits or more) is a figure, the count its
	// subject; counts of who published, or who met a level of comparison, and bounds or rates each of several places met give
	// no row (674, 670, 669).
	['16个省份接待游客总量超过3.31亿人次,15个省份实现旅游总收入约2443.99亿元', '2023-05-04', '2023年五一假期，从已披露的数据看，16个省份接待游客总量超过3.31亿人次，15个省份实现旅游总收入约2443.99亿元。', [
		{ value: 331000000, unit: '人次', qualifier: '超', period: '2023-labour-day' }, { value: 244399000000, unit: '元', qualifier: '约' }
	]],
	['12个城市旅游收入合计超过586.4亿元', '2023-10-07', '2023年国庆假期，全省12个市州旅游收入超过586.4亿元。', [
		{ value: 58640000000, unit: '元', qualifier: '超' }
	]],
	['3个省份旅游总收入超过100亿元: a round bound, the count is the figure (unchanged)', '2023-10-07', '2023年国庆假期，3个省份旅游总收入超过100亿元。', [
		{ value: 3, unit: '个' }
	]],
	['已披露接待游客总量的13个省区市…;已披露旅游总收入的13个省区市中,有12个超过2019年同期', '2023-05-04', '2023年五一假期，已披露接待游客总量的13个省区市该项数据均超过2019年同期；已披露旅游总收入的13个省区市中，有12个超过2019年同期。', []],
	['已公布客流数据的9个城市中,有7个高于去年同期', '2024-02-18', '2024年春节假期，已公布客流数据的9个城市中，有7个高于去年同期。', []],
	['平均房價高於全國平均水平的省份有9個', '2019-08-30', '分地區看，2019年上半年平均房價高於全國平均水平的省份有9個，前5位依次為上海、北京、海南、廣東、天津。', []],
	['人均消费低于全省平均水平的县有5个', '2023-12-30', '2023年，人均消费低于全省平均水平的县有5个。', []],
	['超过5亿元的市州有10个: a bound in a number, the count is the figure (unchanged)', '2023-12-30', '2023年，旅游收入超过5亿元的市州有10个。', [
		{ value: 10, unit: '个' }
	]],
	['广西、福建和甘肃接待游客总量均超过2000万人次', '2023-05-04', '2023年五一假期，广西、福建和甘肃接待游客总量均超过2000万人次，辽宁、上海、湖南和天津均超过1000万人次。', []],
	['云南和贵州接待过夜游客均突破500万人次', '2023-10-07', '2023年国庆假期，云南和贵州接待过夜游客均突破500万人次。', []],
	['话剧和音乐剧演出均超过6000场: kinds, no places (unchanged)', '2023-12-30', '2023年，话剧和音乐剧演出均超过6000场。', [
		{ value: 6000, unit: '场', qualifier: '超' }
	]],
	['18個地區的審核完成率超過90%,江西、山東、湖南、海南的審核完成率達到100%', '2019-10-30', '截至2019年9月30日，18個地區的審核完成率超過90%，江西、山東、湖南、海南的審核完成率達到100%。', []],
	['5个县的达标率超过95% · 甲县、乙县、丙县的覆盖率达到100%', '2023-12-30', '2023年，5个县的达标率超过95%，甲县、乙县、丙县的覆盖率达到100%。', []],
	['以休闲、体验、度假为目的的游客占比达到77.8% · 全省的审核完成率达到96%: a share of people, one place (unchanged)', '2015-07-30', '2015年上半年以休闲、体验、度假为目的的游客占比达到77.8%；全省的审核完成率达到96%。', [
		{ value: 77.8, unit: '%' }, { value: 96, unit: '%' }
	]],
];

describe('round forty-five and forty-six: units, figures and bounds', () => {
	readsAs(CASES);
});
