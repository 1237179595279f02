// The nasty patterns of issue 14, one row each: what the reader must make of them.
import { describe, expect, it } from 'vitest';
import { extractFigures, type Candidate } from './index';
import { foldForReading } from './fold';
import { findReportDate } from './periods';
import { loadCatalogFromData, loadSynonymsFromData } from '../../../tests/helpers/extract-catalog';

const opts = { date: '2024-06-15', today: '2024-06-15', catalog: loadCatalogFromData(), synonyms: loadSynonymsFromData() };
const read = (text: string, date = opts.date): Candidate[] => extractFigures(text, { ...opts, date }).candidates;

const CASES: [string, string, Partial<Candidate>[]][] = [
	['scaled 人次 with 同比', '一季度全市接待境内外游客149.71万人次,同比增长7.2%', [{ value: 1497100, unit: '人次', period: '2024-Q1', yoy_reported: 7.2, indicator: 'tourist-arrivals' }]],
	['亿元 revenue', '实现旅游总收入1289.21亿元', [{ value: 128921000000, unit: '元', indicator: 'tourism-revenue' }]],
	['亿人次', '全市接待游客1.59亿人次', [{ value: 159000000, unit: '人次' }]],
	['万元', '实现旅游收入41840万元', [{ value: 418400000, unit: '元' }]],
	['约 and 美元', '入境旅游消费约1750.2万美元', [{ value: 17502000, unit: '美元', qualifier: '约', indicator: null }]],
	['超过', '共接待游客超过7万人次', [{ value: 70000, qualifier: '超' }]],
	['近百万 borrows 人次 from the label', '春节全市旅游接待人次近百万', [{ value: 1000000, unit: '人次', qualifier: '近', period: '2024-spring-festival' }]],
	['余', '举办活动200余场', [{ value: 200, unit: '场', qualifier: '余' }]],
	['分别 … 和', '全市接待游客1.59亿人次,旅游总收入1289.21亿元,同比分别增长14.91%和29.12%', [{ yoy_reported: 14.91 }, { yoy_reported: 29.12 }]],
	['分别较上年同期', '接待游客41.3万人次,实现旅游收入41840万元,分别较上年同期增长23%和32.5%', [{ yoy_reported: 23 }, { yoy_reported: 32.5 }]],
	['下降 is negative', '接待游客10万人次,同比下降4.6%', [{ yoy_reported: -4.6 }]],
	['减少 is negative', '接待游客10万人次,同比减少2.1%', [{ yoy_reported: -2.1 }]],
	['percentage points kept apart', '平均客房出租率53.0%,同比提高0.7个百分点', [{ value: 53, unit: '%', yoy_reported: null, yoy_points: 0.7 }]],
	['比2019年同期', '接待游客100万人次,比2019年同期增长27.6%', [{ yoy_reported: null, change: { kind: 'base_growth', base: '2019', value: 27.6 } }]],
	['恢复到2019年同期的81%', '旅游收入38.6亿元,恢复到2019年同期的81%', [{ yoy_reported: null, change: { kind: 'recovery', base: '2019', value: 81 } }]],
	['是去年同期的5.38倍 is never 同比', '接待游客100万人次,是去年同期的5.38倍', [{ yoy_reported: null, change: { kind: 'multiple', base: null, value: 5.38 } }]],
	['Chinese numerals with 点', '接待游客一千五百二十八点一七万人次', [{ value: 15281700, unit: '人次' }]],
	['百分之 …', '接待游客100万人次,同比增长百分之九十五点二九', [{ yoy_reported: 95.29 }]],
	['二〇二三年 as a period', '二〇二三年全市接待游客100万人次', [{ period: '2023' }]],
	['traditional characters', '接待遊客2087.22萬人次,同比增長12.38%,旅遊總收入65.04億元', [{ value: 20872200, yoy_reported: 12.38, indicator: 'tourist-arrivals' }, { value: 6504000000, indicator: 'tourism-revenue' }]],
	['今年上半年', '今年上半年,接待游客100万人次', [{ period: '2024-H1' }]],
	['1至6月 is the first half too', '1至6月,接待游客100万人次', [{ period: '2024-H1' }]],
	['2023年1-2月', '2023年1-2月,接待游客100万人次', [{ period: '2023-YTD02' }]],
	['前三季度', '前三季度,接待游客100万人次', [{ period: '2024-YTD09' }]],
	['截至5月底', '截至5月底,接待游客100万人次', [{ period: '2024-YTD05' }]],
	['目前: the report month for a stock', '目前粉丝数超2.5万人', [{ period: '2024-06', value: 25000, qualifier: '超' }]],
	['春节7天长假', '春节7天长假,全市接待游客41.3万人次', [{ period: '2024-spring-festival', value: 413000 }]],
	['国庆长假期间', '国庆长假期间,全市接待游客1.59亿人次', [{ period: '2024-national-day' }]],
	['10月1日-4日', '10月1日-4日,全市接待游客7万人次', [{ period: '2024-10-01/2024-10-04' }]],
	['去年', '去年全市接待游客100万人次', [{ period: '2023' }]],
	['a count naming the subject of a later figure', '重点监测的12家景区共接待游客超过7万人次', [{ value: 70000, qualifier: '超' }]],
	['a lone day opening a clause', '1月30日全国接待游客6310万人次', [{ period: '2024-01-30/2024-01-30' }]],
	['国庆节当天', '国庆节当天,全省接待游客756.06万人次', [{ period: '2024-10-01/2024-10-01' }]],
	['a date inside a clause is not a period', '一季度,于3月2日召开会议,接待游客100万人次', [{ period: '2024-Q1' }]],
	['a period carries on', '一季度,全市接待游客100万人次。旅游收入10亿元', [{ period: '2024-Q1' }, { period: '2024-Q1' }]],
	['确保 … 、 …: both targets', '确保全年接待游客4200万人次、旅游总收入400亿元', [{ role: 'target', period: '2024' }, { role: 'target', period: '2024' }]],
	['计划', '计划举办3500场次', [{ role: 'target', value: 3500 }]],
	['力争', '力争全年接待游客4200万人次', [{ role: 'target' }]],
	['预计', '预计全年旅游收入400亿元', [{ role: 'target' }]],
	['a scope keeps a figure off the headline indicator', '全市A级景区接待游客320万人次;乡村旅游接待游客12万人次;入境游客1万人次;人均消费3054元', [{ indicator: null }, { indicator: null }, { indicator: null }, { indicator: null }]],
	['one indicator and period never takes two values', '一季度接待游客100万人次。一季度接待游客120万人次', [{ indicator: 'tourist-arrivals' }, { indicator: null, flag: 'conflict' }]]
];

const NOT_FIGURES: [string, string][] = [
	['years and dates', '2023年8月18日至11月24日开展巡察,12月22日进行反馈'],
	['a rank', '旅游收入在全省排第8位'],
	['an article number', '依据第十二条和第3条规定'],
	['5A级', '创建5A级景区'],
	['7天 in a holiday name', '春节7天长假游客众多'],
	['a name in quotes', '“十四五”规划和“两个维护”'],
	['book titles', '编制《2024年度工作要点》'],
	['a threshold describing a noun', '游客接待量超万人次的景区'],
	['phone numbers', '联系电话:0512-53522802']
];

describe('figures from report text', () => {
	it.each(CASES)('%s', (_name, text, expected) => {
		const got = read(text);
		expect(got).toHaveLength(expected.length);
		expected.forEach((e, i) => expect(got[i]).toMatchObject(e));
	});

	it.each(NOT_FIGURES)('%s are not figures', (_name, text) => {
		expect(read(text)).toEqual([]);
	});

	it('gives offsets into the text as given, also for traditional and full-width text', () => {
		const text = '標題\n\n一季度，全市接待遊客１４９.７１萬人次，同比增長７.２％。';
		const [c] = read(text);
		expect(c!.value).toBe(1497100);
		expect(text.slice(c!.start, c!.end)).toBe(c!.quote);
		expect(c!.quote).toBe('一季度，全市接待遊客１４９.７１萬人次，同比增長７.２％');
		expect(c!.line).toBe(3);
		expect(foldForReading(text)).toHaveLength(text.length);
	});

	it('takes the report date from --date, else the title lines or the signature, else today', () => {
		expect(findReportDate('某市通报\n2018年4月20日\n正文')).toBe('2018-04-20');
		expect(findReportDate('某市通报\n发布日期:2015-10-08\n正文')).toBe('2015-10-08');
		expect(findReportDate('2023年1-2月运行情况\n正文')).toBeNull();
		expect(findReportDate('正文。\n某局\n2024年6月15日')).toBe('2024-06-15');
		expect(extractFigures('正文', { ...opts, date: null, today: '2030-01-02' }).date).toBe('2030-01-02');
	});
});
