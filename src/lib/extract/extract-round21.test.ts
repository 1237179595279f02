// Patterns the reader missed in round twenty-one's blind fixtures (317–330): [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	['a growth column after two year columns (指标 | 2011年 | 2010年 | 增长%) is the later year’s change over the earlier, whatever the column order', '2012-06-30', '指标 | 2011年 | 2010年 | 增长%\n旅游总收入(亿元) | 3736.6 | 3058.8 | 22.1', [{ value: 373660000000, period: '2011', yoy_reported: 22.1 }, { value: 305880000000, period: '2010', yoy_reported: null }]],
	['…and with the years in the usual order (2010年 | 2011年 | 增长%) the later year keeps it', '2012-06-30', '指标 | 2010年 | 2011年 | 增长%\n旅游总收入(亿元) | 3058.8 | 3736.6 | 22.1', [{ value: 305880000000, period: '2010', yoy_reported: null }, { value: 373660000000, period: '2011', yoy_reported: 22.1 }]],
	['a Taiwan county’s report names ROC years with no 民國 (104年的97萬2968人); 萬 before a three-digit group (115萬532) is 1150532', '2018-11-08', '澎湖縣政府旅遊處統計,人數已超越104年的97萬2968人,並逼近105年的108萬2156人,但與106年的115萬532人相比仍少7萬2899人', [{ value: 972968, period: '2015' }, { value: 1082156, period: '2016' }, { value: 1150532, period: '2017' }]],
	['…and 全年 of an ROC year gone by is that year’s actual, not a plan', '2018-11-08', '澎湖縣今年截至10月底累計來到107萬7633人,與105年全年的108萬餘人相去不遠', [{ value: 1077633, period: '2018-YTD10' }, { value: 1080000, period: '2016', role: 'actual', qualifier: '余' }]],
	['a mainland text naming 台北 as a market keeps 100年 as no year', '2021-07-01', '赴台北游客增多;建党100年,全市接待游客648.6万人次', [{ value: 6486000, period: '2021' }]],
	['a five-year plan in corner brackets (「十一五」期間) and 五年來 after it are the plan’s span; 年均21.4%的較高增速 is a growth rate, no figure', '2011-01-07', '「十一五」期間,全省旅遊總收入仍保持了年均21.4%的較高增速,為「十二五」期間實現目標打下了基礎。\n五年來,全省旅遊總收入累計達到6438億元,旅遊總人數累計突破10億人次', [{ value: 643800000000, period: '2006-01-01/2010-12-31', role: 'actual' }, { value: 1000000000, period: '2006-01-01/2010-12-31', qualifier: '超' }]],
	['由2005年的A上升到B in a forecast of 2010: A is the actual of 2005, B the forecast’s; the next 由A上升到B without a year is read the same way', '2011-01-07', '預計2010年全省旅遊總收入超過1800億元,相當於全省GDP的比重由2005年的9.8%上升到10.6%,對全國旅遊總收入的貢獻率由9.38%上升到12.8%', [{ value: 180000000000, period: '2010', role: 'target' }, { value: 9.8, period: '2005', role: 'actual' }, { value: 10.6, period: '2010', role: 'target' }, { value: 9.38, period: '2005', role: 'actual' }, { value: 12.8, period: '2010', role: 'target' }]],
	['淨增 and 再增 are differences; 年增長16%左右 in a goal for a year some years off is a yearly average, no 同比', '2011-01-07', '力爭旅遊總收入到2012年在2009年基礎上淨增1000億元,到2015年再增1000億元、超過3500億元,年增長16%左右', [{ value: 350000000000, period: '2015', role: 'target', qualifier: '超', yoy_reported: null }]],
	['a figure in a clause after 到2015年…達到… is a goal of 2015 too', '2011-01-07', '到2015年,全省旅遊直接從業人數達到100萬人,帶動社會就業約450萬人', [{ value: 1000000, period: '2015', role: 'target' }, { value: 4500000, period: '2015', role: 'target', qualifier: '约' }]],
	['截至昨日 (an hour after it) with 今年 is from 1 January to the day before the report, for the paragraphs after it too', '2025-07-09', '治安警察局昨日表示,截至昨日上午十一時,今年入境旅客已突破二千萬人次,日均十點六萬人次;去年要到八月三日才錄得同一數字,今年提前了二十六日。\n治安警指出,入境旅客中以內地旅客佔比最高,達百分之七十一點六', [{ value: 20000000, period: '2025-01-01/2025-07-08', qualifier: '超' }, { value: 106000, period: '2025-01-01/2025-07-08' }, { value: 71.6, period: '2025-01-01/2025-07-08' }]],
	['a year range inside a quoted title (获“2021—2023年度…之乡”称号) is part of the name: later figures keep the bulletin’s year', '2022-04-20', '2021年末,全县有文化馆1个。黟县获“2021—2023年度安徽省民间文化艺术之乡(摄影)”称号。摄影大展等活动在百余家次全国旅游类平台上报道和直播,累计播放量达5000万人次', [{ value: 1, period: '2021' }, { value: 100, period: '2021', qualifier: '余' }, { value: 50000000, period: '2021' }]],
	['a quoted holiday (“五一”假期) stays a period', '2024-05-06', '2023年全市接待游客1万人次。“五一”假期,全市接待游客5万人次', [{ value: 10000, period: '2023' }, { value: 50000, period: '2024-labour-day' }]],
	['a 的 closing a list of goals (…、旅游投资突破100亿元的年度目标) belongs to 目标: the last item is a goal too (超)', '2017-07-20', '确保实现全年接待游客4200万人次、旅游总收入400亿元、旅游投资突破100亿元的年度目标', [{ value: 42000000, role: 'target' }, { value: 40000000000, role: 'target' }, { value: 10000000000, period: '2017', role: 'target', qualifier: '超' }]],
	['突破了 a round amount, then 達到 the exact one: only the exact figure', '2011-10-31', '今年1至9月,旅遊總收入也突破了1千億元,達到1114.13億元,比增17.9%', [{ value: 111413000000, yoy_reported: 17.9 }]],
	['a rise of a growth rate named as a noun (增幅升至7.8%) is a change, no figure', '2011-10-31', '港澳市場第一、二季度增幅分別為6.3%和2.8%,第三季度增幅升至7.8%', []],
	['a slogan in corner brackets (「春滿三晉 歡樂萬家」) is a name; 三大板塊12類的活動 counts kinds describing the events', '2019-04-26', '並開展以「春滿三晉 歡樂萬家」為主題、分三大板塊12類的文化惠民活動', []],
	['数十亿元乃至上百亿元的项目 are vague bounds describing projects', '2011-08-01', '出现了一批投资数十亿元乃至上百亿元的项目', []],
	['从A年的x提高到y in a forecast sentence reads as 由; an end level naming its own year keeps it', '2011-01-07', '預計2010年全省旅遊總收入超過1800億元,比重从2005年的9.8%提高到10.6%。全市接待游客从2019年的1万人次增长到2023年的5万人次', [{ value: 180000000000, period: '2010', role: 'target' }, { value: 9.8, period: '2005', role: 'actual' }, { value: 10.6, period: '2010', role: 'target' }, { value: 10000, period: '2019', role: 'actual' }, { value: 50000, period: '2023', role: 'actual' }]],
	['a base year with its level right after it (比104年97萬2968人次大幅增加) names that level’s year', '2017-01-09', '澎湖縣政府旅遊處統計,105年度澎湖觀光人數為108萬2156人次,比104年97萬2968人次大幅增加', [{ value: 1082156, period: '2016' }, { value: 972968, period: '2015' }]],
	['截止昨天(8日)下午5時,澳門今年累計… is the same span', '2025-07-09', '截止昨天(8日)下午5時,澳門今年累計入境旅客2000萬人次', [{ value: 20000000, period: '2025-01-01/2025-07-08' }]],
	['…but a clause after it naming a year of its own reports that year', '2019-06-30', '到2020年,全县累计完成投资达到50亿元,其中2019年完成10亿元', [{ value: 5000000000, period: '2020', role: 'target' }, { value: 1000000000, period: '2019', role: 'actual' }]],
	['speech quoted in corner brackets (旅發局表示「首季訪港旅客達1000萬人次」) states its figure', '2024-04-20', '旅發局表示「今年首季訪港旅客達1000萬人次」', [{ value: 10000000, unit: '人次' }]],
];

describe('round twenty-one patterns', () => {
	readsAs(CASES);
});
