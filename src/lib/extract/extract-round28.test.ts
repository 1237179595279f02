// Patterns the reader missed in round twenty-eight's blind fixtures (415–428): [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CAMPAIGN_SPANS: DatedCase[] = [
	['今年5月份起…为期3个月 is the three months from May, not the month of May', '2018-09-30', '暑期旅游市场整治\n2018年9月30日\n今年5月份起在全国开展、为期3个月的暑期旅游市场秩序专项整治已经结束。各地共检查旅游企业24390家,立案1103件。', [
		{ value: 24390, period: '2018-05-01/2018-07-31' }, { value: 1103, period: '2018-05-01/2018-07-31' }
	]],
	['自6月15日起…为期两个月 from a day runs to the day before the same day two months on', '2020-09-01', '夏季专项行动\n2020年9月1日\n自6月15日起,全省开展为期两个月的专项行动,共检查景区320家。', [
		{ value: 320, period: '2020-06-15/2020-08-14' }
	]],
	['今年3月专项行动启动以来 (words between the month and 以来) runs from March 1 to the report day', '2021-06-21', '文旅部持续整治旅游市场\n2021年6月21日\n记者近日获悉,今年3月专项行动启动以来,全国共检查各类旅游市场经营单位1.9万余家次,立案调查354件。', [
		{ value: 19000, period: '2021-03-01/2021-06-21', qualifier: '余' }, { value: 354, period: '2021-03-01/2021-06-21' }
	]],
	['兩年來 after 2017年4月…至今 in a 2019 report: from April 2017 to the report day', '2019-04-22', '云南两年查处涉旅案件\n2019年4月22日\n2017年4月,云南省政府出台旅游市场秩序整治措施,至今整治效果明显。\n两年来,全省各级各部门共查处涉旅案件3755件,罚款1.299亿元。', [
		{ value: 3755, period: '2017-04-01/2019-04-22' }, { value: 129900000, period: '2017-04-01/2019-04-22' }
	]],
	// (round thirty-seven, fixture 549: the calendar years ending with the report's, as 用三年时间 is, not a rolling span)
	['三年来 with no month named before: the three calendar years ending with the report\'s', '2019-04-22', '三年来\n2019年4月22日\n三年来,全省共查处涉旅案件3755件。', [
		{ value: 3755, period: '2017-01-01/2019-12-31' }
	]],
	['自2月2日…开展…“利剑行动—1”以来 (a public report: a day, then the act named at length with quotes) runs from that day to the report day', '2018-04-01', '利剑行动\n2018年4月1日\n自2月2日我省开展旅游市场秩序专项整治“利剑行动—1”以来,相关部门共出动检查人员2100余人次,检查旅行社及分支机构727家。', [
		{ value: 2100, period: '2018-02-02/2018-04-01' }, { value: 727, period: '2018-02-02/2018-04-01' }
	]],
	['自4月15日…“22条”措施施行以来 after 4月15日至7月31日 stated before: the span from that day already given is the one meant', '2017-08-10', '云南整治\n2017年8月10日\n4月15日至7月31日,全省共受理旅游有效投诉279起。\n自4月15日云南旅游市场秩序整治“22条”措施施行以来,全省收回166家旅游定点购物场所的等级牌匾。', [
		{ value: 279, period: '2017-04-15/2017-07-31' }, { value: 166, period: '2017-04-15/2017-07-31' }
	]],
	['今年3月份以来 · 2020年3月以来 (a year before the month, nothing between) run from that month to the report day', '2021-06-21', '检查\n2021年6月21日\n今年3月份以来,全省共检查旅游企业1200家。\n2020年3月以来,全市共检查旅行社300家。', [
		{ value: 1200, period: '2021-03-01/2021-06-21' }, { value: 300, period: '2020-03-01/2021-06-21' }
	]],
	['今年4月起…为期半年 is six months', '2021-12-21', '整治\n2021年12月21日\n今年4月起,全省开展为期半年的专项整治,共检查旅游企业1200家。', [
		{ value: 1200, period: '2021-04-01/2021-09-30' }
	]],
	['3月份的一个月份 count stays the month (a month with no 以来/起 is no span)', '2021-06-21', '月报\n2021年6月21日\n3月份,全省接待游客300万人次。', [
		{ value: 3000000, period: '2021-03' }
	]]
];

describe('campaign spans keyed to one month (起…为期N个月, N月…以来, N年来)', () => readsAs(CAMPAIGN_SPANS));

const OCCASION_LISTS: DatedCase[] = [
	['元旦、春节和“两会”期间 is a list of occasions the work went with, not the period; 新年伊始 runs from January 1 to the report day', '2018-03-08', '大理市整治新年旅游市场\n2018年3月8日\n领导组结合元旦、春节和“两会”期间的工作,开展拉网式整治。\n新年伊始,全市累计出动执法人员140人次,检查旅游车441辆。', [
		{ value: 140, period: '2018-01-01/2018-03-08' }, { value: 441, period: '2018-01-01/2018-03-08' }
	]],
	['保障元旦和春节期间…平稳有序 (a verb of the work governs the holidays): they are the occasion, not the period of the counts after', '2018-02-08', '文化市场检查\n2018年2月8日\n为保障元旦和春节期间全市文化市场平稳有序,全市开展集中检查。全市共检查网吧140家。', [
		{ value: 140, period: '2018' }
	]],
	['春节期间 on its own stays the holiday', '2018-02-23', '春节旅游\n2018年2月23日\n春节期间,全市接待游客140万人次。', [
		{ value: 1400000, period: '2018-spring-festival' }
	]],
	['中秋、国庆期间 (two holidays, no other occasion) stays a holiday period', '2023-10-07', '双节旅游\n2023年10月7日\n中秋、国庆期间,全市接待游客140万人次。', [
		{ value: 1400000 }
	]]
];

describe('a holiday in a list of occasions (元旦、春节和“两会”期间) and 新年伊始', () => readsAs(OCCASION_LISTS));

const NOW_CARRIES: DatedCase[] = [
	['目前 inside a later paragraph of a campaign (3月份以来…) holds for its own sentence; the next sentence is the campaign\'s again', '2020-05-15', '整治不合理低价游\n2020年5月15日\n3月份以来,全国共检查各类旅游市场经营单位8453家次,立案调查68件。\n专项整治中,文旅部加强对旅行社自建网站的检查。目前,各地已责令376家旅行社自查整改。根据线索,文旅部已分两批部署查处69家涉嫌违法网站。', [
		{ value: 8453, period: '2020-03-01/2020-05-15' }, { value: 68, period: '2020-03-01/2020-05-15' }, { value: 376, period: '2020-05' }, { value: 69, period: '2020-03-01/2020-05-15' }
	]],
	['目前 opening a report with no period before it holds on', '2020-05-15', '网站整治\n2020年5月15日\n目前,各地已责令376家旅行社自查整改。文旅部已部署查处69家涉嫌违法网站。', [
		{ value: 376, period: '2020-05' }, { value: 69, period: '2020-05' }
	]]
];

describe('目前 in a later paragraph holds for its own sentence', () => readsAs(NOW_CARRIES));

const LABEL_UNITS: DatedCase[] = [
	['从业人员845万: people employed (人员) are people', '2017-04-20', '全国休闲农业\n2017年4月20日\n2016年全国休闲农业和乡村旅游营业收入超过5700亿元,从业人员845万。', [
		{ value: 570000000000, unit: '元' }, { value: 8450000, unit: '人', period: '2016' }
	]],
	['旅游总消费将突破1.01万亿: a money label gives 元 also after 将突破', '2019-11-28', '广西旅游\n2019年11月28日\n预计今年旅游总消费将突破1.01万亿,同比增长约33%。', [
		{ value: 1010000000000, unit: '元', qualifier: '超', role: 'target' }
	]],
	['终端用户数达25.4亿: users (用户数) count in 户', '2024-11-23', '智慧旅游\n2024年11月23日\n截至今年7月,我国移动物联网终端用户数达25.4亿。', [
		{ value: 2540000000, unit: '户', period: '2024-07' }
	]]
];

describe('a scaled count whose unit is only in its label (人员, 消费, 用户数)', () => readsAs(LABEL_UNITS));

const FROM_TO_GROWTH: DatedCase[] = [
	['从2019年的A增长到2023年的B,5年间增长了1.4倍: B grew 140% over 2019 (no 同比); the forecast after keeps its 同比', '2024-11-23', '智慧旅游\n2024年11月23日\n我国智慧旅游经济总体规模从2019年的4329亿元增长到2023年的10382亿元,5年间增长了1.4倍。预计2024年规模将达到12500亿元,同比增长20%左右。', [
		{ value: 432900000000, period: '2019', change: null }, { value: 1038200000000, period: '2023', yoy_reported: null, change: { kind: 'base_growth', base: '2019', value: 140 } },
		{ value: 1250000000000, period: '2024', yoy_reported: 20 }
	]],
	['从2015年的A增长到2020年的B,增长50%: growth over 2015, not a 同比', '2021-03-01', '旅游收入\n2021年3月1日\n全市旅游收入从2015年的100亿元增长到2020年的150亿元,增长50%。', [
		{ value: 10000000000, period: '2015' }, { value: 15000000000, period: '2020', yoy_reported: null, change: { kind: 'base_growth', base: '2015', value: 50 } }
	]]
];

describe('growth stated after a move from one year\'s level to another\'s is growth over the first year', () => readsAs(FROM_TO_GROWTH));

const NOT_FIGURES: DatedCase[] = [
	['111个县(市、区)中有93个: the count before 中有 names the whole set, the count after it is the figure', '2019-01-20', '广西旅游\n2019年1月20日\n全区111个县(市、区)中有93个参与旅游“双创”,占比达83.78%。', [
		{ value: 93, unit: '个' }, { value: 83.78, unit: '%' }
	]],
	['一批百亿元重大旅游项目: a round amount naming a kind of project is no figure', '2019-01-20', '广西旅游\n2019年1月20日\n重点推进一批百亿元重大旅游项目,全年完成投资120亿元。', [
		{ value: 12000000000, unit: '元' }
	]],
	['收回全省166家旅游定点购物场所的等级牌匾: the places an act was done to are counted, with no figure after 的', '2017-08-10', '云南整治\n2017年8月10日\n4月15日至7月31日,全省取消定点购物,收回全省166家旅游定点购物场所的等级牌匾和证书。', [
		{ value: 166, unit: '家', period: '2017-04-15/2017-07-31' }
	]],
	['来自19个国家和地区的32支方队 stays as settled: the count before 的 says whose the figure after it is', '2019-01-20', '文化活动\n2019年1月20日\n来自19个国家和地区的32支方队参加巡游。', [
		{ value: 32, unit: '支' }
	]]
];

describe('counts that name a whole set or a kind, and a count that is the object of an act', () => readsAs(NOT_FIGURES));

const STOCK_AS_OF_DAY: DatedCase[] = [
	['[judgement] 截至9月20日,各地已设立…437家: a stock said to exist by a day (已设立, as 已有) takes that month', '2018-09-30', '整治\n2018年9月30日\n截至9月20日,各地已设立旅游警察机构437家、工商旅游分局344家。', [
		{ value: 437, period: '2018-09' }, { value: 344, period: '2018-09' }
	]],
	['such a stock holds for its own sentence, as 目前 does: the next sentence goes back to the campaign', '2018-09-30', '整治\n2018年9月30日\n今年5月份起在全国开展、为期3个月的专项整治已经结束,各地共检查旅游企业24390家。\n整治期间,累计下架产品5832条。截至9月20日,各地已设立旅游警察机构437家。文化和旅游部还组织全国100多个城市开展活动。', [
		{ value: 24390, period: '2018-05-01/2018-07-31' }, { value: 5832, period: '2018-05-01/2018-07-31' }, { value: 437, period: '2018-09' }, { value: 100, period: '2018-05-01/2018-07-31', qualifier: '余' }
	]],
	['截至12月27日,全省累计签约项目1198个: a running total to a day stays from January 1 (fixture 385)', '2022-01-01', '年终\n2022年1月1日\n截至2021年12月27日,全省累计签约项目1198个。', [
		{ value: 1198, period: '2021-01-01/2021-12-27' }
	]]
];

describe('a stock said to exist by a day takes that month', () => readsAs(STOCK_AS_OF_DAY));

const LIST_NOTICE_DAY: DatedCase[] = [
	['[judgement] 8月2日,文化和旅游部公示拟入选…名单。…共5个乡村拟入选: the day a list is published for comment is no period of its counts (the report year, as a day findings are handed over)', '2021-08-11', '海南乡村游\n2021年8月11日\n8月2日,文化和旅游部公示拟入选第三批全国乡村旅游重点村名单。海南留客村、七里村、大庙村共3个乡村拟入选重点村。', [
		{ value: 3, period: '2021' }
	]]
];

describe('the day a list is published for comment (公示)', () => readsAs(LIST_NOTICE_DAY));
