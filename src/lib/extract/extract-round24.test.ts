// Patterns the reader missed in round twenty-four's blind fixtures (359–372): [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// 1. A holiday named once carries on; days and 节前 said of events with no figures do not replace it.
	['节前 in a sentence of no figures (节前宣传) does not replace the holiday for the paragraphs after it', '2016-04-05', '清明三天假期里,全市共接待游客80.7万人次。\n为迎接小长假,景区提前安排了节前宣传。据统计,全市景区共接待游客24.2万人次。\n各县区方面,凤县接待游客4.8万人次。', [
		{ value: 807000, period: '2016-qingming' }, { value: 242000, period: '2016-qingming' }, { value: 48000, period: '2016-qingming' }
	]],
	['days of events with no figures (4月4日…公祭, 3月31日…开幕) do not replace the holiday for the next paragraph', '2017-04-05', '今年清明三天小长假,全省共接待游客1334.57万人次。\n4月4日,清明公祭典礼在桥山举行;4月3日,联谊会在西安召开;3月31日,旅游文化周开幕。\n从各市数据看,西安市共接待游客274.21万人次。', [
		{ value: 13345700, period: '2017-qingming' }, { value: 2742100, period: '2017-qingming' }
	]],
	['a day that states figures of its own still holds for them', '2017-04-05', '今年清明三天小长假,全省共接待游客1334.57万人次。\n4月4日,全省接待游客500万人次。', [
		{ value: 13345700, period: '2017-qingming' }, { value: 5000000, period: '2017-04-04/2017-04-04' }
	]],
	// 2. A change with no verb, and a named part's change in a clause of its own.
	['同比 with no verb (营业收入341.1万元,同比36.8%) is the 同比 of the figure before it; 同比-5% a fall', '2016-02-09', '乡村旅游点共接待游客6.8万人次,同比增长60.4%,营业收入341.1万元,同比36.8%。客房收入120万元,同比-5%。', [
		{ value: 68000, yoy_reported: 60.4 }, { value: 3411000, yoy_reported: 36.8 }, { value: 1200000, yoy_reported: -5 }
	]],
	['a named part\'s 同比 in a clause of its own (其中A景区的同比增幅为全省最高,达117.60%) is the 同比 of that part\'s figure in the list', '2016-10-08', '泸西阿庐古洞、元谋土林、西双版纳原始森林等景区增长较快,分别接待游客5.05万人次、4.19万人次和3.23万人次,其中泸西阿庐古洞景区的同比增幅为全省最高,达117.60%。', [
		{ value: 50500, yoy_reported: 117.6 }, { value: 41900, yoy_reported: null }, { value: 32300, yoy_reported: null }
	]],
	// 3. A statistics table as text: 同期对比% columns, ordinal brackets before the unit, a qualifier in brackets.
	['同期对比% and 同期累计对比% are the 同比 of the column before each; (一) before the label and (外汇) inside it are no units', '2017-05-17', '旅游接待情况表(2017年4月)\n项目 | 本月 | 同期对比% | 本月止累计 | 同期累计对比%\n(一)过夜游客(万人次) | 405.18 | 12.6 | 1831.59 | 12.3\n国际旅游(外汇)收入(万美元) | 6157.19 | 132.2 | 21581.41 | 120.9', [
		{ value: 4051800, unit: '人次', period: '2017-04', yoy_reported: 12.6 }, { value: 18315900, unit: '人次', period: '2017-YTD04', yoy_reported: 12.3 },
		{ value: 61571900, unit: '美元', period: '2017-04', yoy_reported: 132.2 }, { value: 215814100, unit: '美元', period: '2017-YTD04', yoy_reported: 120.9 }
	]],
	// 4. Units and qualifiers.
	['投诉10件次 is counted in 件次; 直接惠及群众190万人次以上 (惠及 is a verb, not 及 joining names) is a figure with 超', '2019-06-08', '假期里,累计举办文化惠民活动380余场,直接惠及群众190万人次以上;全省共有264家博物馆开放。共受理各类投诉10件次。', [
		{ value: 380, qualifier: '余' }, { value: 1900000, unit: '人次', qualifier: '超' }, { value: 264, unit: '家' }, { value: 10, unit: '件次' }
	]],
	['不少于100场 · 不低于5件 (a task\'s minimum) is at least the figure: 超', '2019-03-01', '全年组织开展惠民演出不少于100场,查办案件不低于5件。', [
		{ value: 100, unit: '场', qualifier: '超' }, { value: 5, unit: '件', qualifier: '超' }
	]],
	// 5. A table of tasks: every row's figures are targets, whether or not they say 全年.
	['the rows of a task table (工作任务 | 完成时限 | 责任股室) are targets', '2019-03-01', '2019年工作任务分解表\n2019年3月1日\n序号 | 工作任务 | 完成时限 | 责任股室\n1 | 新建、改建旅游厕所6座 | 5月底 | 旅游股\n2 | 全年接待游客140万人次,旅游综合收入6.8亿元 | 12月底前 | 旅游股\n全县去年接待游客120万人次。', [
		{ value: 6, unit: '座', role: 'target' }, { value: 1400000, role: 'target' }, { value: 680000000, role: 'target' }, { value: 1200000, role: 'actual' }
	]],
	['a task table headed 工作任务 | 责任单位 | 时间进度 (a city\'s division of tasks) is one too', '2016-01-05', '重点任务分工表\n2016年1月5日\n序号 | 工作任务 | 责任单位 | 时间进度\n1 | 每月组织联合执法行动不少于8次 | 市旅游局 | 持续实施', [
		{ value: 8, unit: '次', role: 'target', qualifier: '超' }
	]],
	// 6. A span whose ends give their hours.
	['从2018年12月1日0时至2019年1月31日24时止 is the span of those days', '2019-02-20', '另外,从2018年12月1日0时至2019年1月31日24时止,全区共接待游客6083232人,较去年同期增长22.52%。', [
		{ value: 6083232, unit: '人', period: '2018-12-01/2019-01-31', yoy_reported: 22.52 }
	]],
	// 7. A count of people in a numeral with 位; a count naming whom an act addresses.
	['三位员工 (a numeral counting people by 位) is a figure, as 3位员工 is; 第3位 stays a rank', '2017-09-20', '暗访中发现,景区只在售票处见到三位员工,其他岗位无人值守。该景区排名第3位。', [
		{ value: 3, unit: '位' }
	]],
	['面向13个省(直辖市)开展促销 names whom the act addresses, not a figure', '2019-02-20', '2018年,全区面向13个省(直辖市)开展促销活动,共接待这13个省的游客6083232人。', [
		{ value: 6083232, unit: '人' }
	]],
];

describe('round twenty-four patterns', () => {
	readsAs(CASES);
});
