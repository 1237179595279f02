// Patterns the reader missed in round thirty-one's blind fixtures (457–470): [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// 1. A change in the sentence after the figures, naming the measures it is of.
	['同2020年同期同口径相比,接待人次、门票收入分别增长…,分别恢复到2019年同期的…: both lists go to the two figures before', '2021-10-07', '国庆假期全省702家A级旅游景区合计接待游客2574.04万人次,取得门票收入3.45亿元。同2020年同期同口径相比,接待人次、门票收入分别增长13.04%和15.21%,分别恢复到2019年同期的75.56%和95.02%。', [
		{ value: 25740400, yoy_reported: 13.04, change: { kind: 'recovery', base: '2019', value: 75.56 } },
		{ value: 345000000, yoy_reported: 15.21, change: { kind: 'recovery', base: '2019', value: 95.02 } }
	]],
	['其中接待游客量按可比口径同比增长6.8%,较2019年增长5.1%;日均…: a later clause naming one measure, before a semicolon', '2023-10-07', '假期全省共接待游客4372.4万人次,实现旅游收入486.4亿元,游客人均消费1113元。其中接待游客量按可比口径同比增长6.8%,较2019年增长5.1%,比全国平均高1个百分点;日均旅游收入60.9亿元,同比增长8.2%,较2019年增长0.5%。', [
		{ value: 43724000, yoy_reported: 6.8, change: { kind: 'base_growth', base: '2019', value: 5.1 } },
		{ value: 48640000000, yoy_reported: null },
		{ value: 1113, yoy_reported: null },
		{ value: 6090000000, yoy_reported: 8.2, change: { kind: 'base_growth', base: '2019', value: 0.5 } }
	]],
	// 2. Days listed for a 分别 list: each figure its own day, and the list holds for its own sentence only.
	['4月3日、4日、5日,…接待量分别为A、B、C: one day each; the next paragraph is the holiday again', '2021-04-06', '清明假期文旅市场\n2021年4月6日\n清明节假期,全省A级旅游景区共接待游客875.84万人次。\n4月3日、4日、5日,全省A级旅游景区接待量分别为253.8万人次、326.46万人次、295.58万人次,第二天较第一天增加28.63%。\n三星堆博物馆假期参观总人数4.53万人次。全省各大博物馆共接待游客19.53万人次。', [
		{ value: 8758400, period: '2021-qingming' },
		{ value: 2538000, period: '2021-04-03/2021-04-03' }, { value: 3264600, period: '2021-04-04/2021-04-04' }, { value: 2955800, period: '2021-04-05/2021-04-05' },
		{ value: 45300, period: '2021-qingming' }, { value: 195300, period: '2021-qingming' }
	]],
	['10月1日、2日和3日的客流分别为…: a list of days closed by 和 too', '2023-10-05', '国庆假期客流\n2023年10月5日\n10月1日、2日和3日,全市景区分别接待游客12万人次、15万人次、14万人次。', [
		{ value: 120000, period: '2023-10-01/2023-10-01' }, { value: 150000, period: '2023-10-02/2023-10-02' }, { value: 140000, period: '2023-10-03/2023-10-03' }
	]],
	// 3. A side span that covers the holiday's first day: 小长假首日 is still the holiday's first day.
	['4月2日至4日全省铁路…,其中小长假首日发送27.3万人次: 首日 is 3 April, the holiday\'s, not 2 April', '2021-04-07', '清明假期云南\n2021年4月7日\n4月3日至5日清明节假期,全省共接待游客826.6万人次。\n交通方面,4月2日至4日全省铁路发送旅客64.31万人次,其中小长假首日发送27.3万人次,为今年以来单日最高。', [
		{ value: 8266000, period: '2021-04-03/2021-04-05' }, { value: 643100, period: '2021-04-02/2021-04-04' }, { value: 273000, period: '2021-04-03/2021-04-03' }
	]],
	// 4. 将实现 before a list set apart by semicolons: every item is a target.
	['2015年全省将实现接待国内游客6.4亿人次,增长8%;接待入境游客460万人次,…;实现旅游消费总额6850亿元: all targets', '2015-02-16', '山东旅游工作要点\n2015年2月16日\n按照要点,2015年全省将实现接待国内游客6.4亿人次,增长8%;接待入境游客460万人次,增长4%,其中过夜游客320万人次;实现旅游消费总额6850亿元,增长12%。', [
		{ value: 640000000, role: 'target', yoy_reported: 8 }, { value: 4600000, role: 'target', yoy_reported: 4 }, { value: 3200000, role: 'target' }, { value: 685000000000, role: 'target', yoy_reported: 12 }
	]],
	// 5. Counts of places that say who (除…外, 等N个, N个 + a measure that went some way), with no figure of their own.
	['除德宏州3家4A级景区因疫情闭园外 · 昆明、丽江、普洱等9个州(市)游客量超过2019年同期水平: no figures', '2021-04-07', '清明假期云南\n2021年4月7日\n假期中,除德宏州3家4A级景区因疫情闭园外,全省110家4A级以上景区共接待游客152.72万人次。昆明、丽江、普洱等9个州(市)游客量超过2019年同期水平,其中昆明市接待游客211.6万人次。', [
		{ value: 1527200 }, { value: 2116000 }
	]],
	['16个州市游客接待量均保持两位数以上增长 · 瑞丽、腾冲、景洪等19个陆地边境口岸城市增势明显: no figures; 299家景区的接待量达到…水平 stays', '2023-01-28', '春节假期云南\n2023年1月28日\n全省16个州市游客接待量均保持两位数以上增长,瑞丽、腾冲、景洪等19个陆地边境口岸城市增势明显。已有299家景区的接待量达到或超过去年同期水平。', [
		{ value: 299, unit: '家' }
	]],
	// 6. A recovery with no level of its own, after a change against a year: no figure.
	['部分重点景区接待人次较2019年增长11.73%,门票收入恢复至98.31%: the recovery is no level', '2021-04-06', '清明假期四川\n2021年4月6日\n全省709家A级旅游景区共接待游客875.84万人次,实现门票收入8648.95万元。部分重点景区接待人次较2019年增长11.73%,门票收入恢复至98.31%;重点景区接待人次和门票收入较2020年分别增长159.83%和297.57%。全省博物馆合计接待群众96.97万人次。', [
		{ value: 8758400, change: null, yoy_reported: null }, { value: 86489500, change: null, yoy_reported: null }, { value: 969700 }
	]]
];

describe('round thirty-one blind patterns', () => readsAs(CASES));
