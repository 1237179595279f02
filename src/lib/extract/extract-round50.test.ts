// What round fifty's blind fixtures (723–736) found the reader missing or misreading: a bulletin of one holiday day, tables
// with units only in their header, weekday spans, roles and numbers that are no figures: [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// A. A title naming a holiday and closing on one of its days in brackets is that day's bulletin: every figure, and the
	// holiday named again in the body (节日里, 春节大庙会), is of that day (725).
	['2015年春节旅游市场信息（2月18日）: the bulletin of 除夕', '2015-02-20', '2015年春节旅游市场信息（2月18日）\n2015年2月20日\n除夕到了，家家团聚。\n北京：全市重点监测的130家景区累计接待游客39.83万人次。\n哈尔滨：节日里冰雪主题景区吸引了大批游客，其中太阳岛风景区接待游客0.43万人次。\n深圳：锦绣中华民俗村举办春节大庙会，安排了20多项活动。', [
		{ value: 398300, unit: '人次', period: '2015-02-18/2015-02-18' }, { value: 4300, unit: '人次', period: '2015-02-18/2015-02-18' },
		{ value: 20, unit: '项', period: '2015-02-18/2015-02-18', qualifier: '余' }
	]],
	['own wording: 2019年国庆假日旅游简报（10月3日）', '2019-10-04', '2019年国庆假日旅游简报（10月3日）\n全市纳入监测的景区共接待游客52.6万人次，同比增长8.1%。', [
		{ value: 526000, unit: '人次', period: '2019-10-03/2019-10-03', yoy_reported: 8.1 }
	]],
	['near miss: a dateline on its own line under the holiday\'s title stays the publication date', '2015-02-18', '2015年春节旅游市场信息\n2015年2月18日\n北京：全市重点景区累计接待游客39.83万人次。', [
		{ value: 398300, unit: '人次', period: '2015-spring-festival' }
	]],
	// B. A ranking whose cells are set apart by single spaces, its units only in the head (旅游总收入(亿元) · 接待游客总数(万人次)):
	// each number is a figure of the period above the table in its column's unit, / is none, the rank is no figure, and the
	// province's figure said in the text before (山东省以72.3亿元) is the same row (735).
	['名次 省区市 旅游总收入（亿元） 同比增长 接待游客总数（万人次） 同比增长, single-spaced rows with /', '2013-09-23', '2013年中秋节各省份旅游收入排行榜\n2013年9月23日\n在已公布数据的省区市中，山东省以72.3亿元位居旅游总收入排行榜第一。\n2013年中秋节各省份旅游收入排行榜（统计中）\n名次 省区市 旅游总收入（亿元） 同比增长 接待游客总数（万人次） 同比增长\n1 山东 72.3 / 985.5 /\n2 湖北 / / 786.21 /', [
		{ value: 7230000000, unit: '元', period: '2013-mid-autumn' }, { value: 9855000, unit: '人次', period: '2013-mid-autumn' }, { value: 7862100, unit: '人次', period: '2013-mid-autumn' }
	]],
	['own wording: 排名 城市 接待游客（万人次） 旅游收入（亿元） under 2020年', '2021-01-20', '2020年各市旅游接待排名\n排名 城市 接待游客（万人次） 旅游收入（亿元）\n1 甲市 1250.5 98.6\n2 乙市 860 45.2', [
		{ value: 12505000, unit: '人次', period: '2020' }, { value: 9860000000, unit: '元', period: '2020' },
		{ value: 8600000, unit: '人次', period: '2020' }, { value: 4520000000, unit: '元', period: '2020' }
	]],
	['near miss: single-spaced words with no unit in the head give no figure', '2021-01-20', '2020年各市旅游接待排名\n排名 城市 接待游客 旅游收入\n1 甲市 1250 98\n2 乙市 860 45', []],
];

describe('round fifty: bulletins of a day, header units, weekday spans, roles and non-figures', () => {
	readsAs(CASES);
});
