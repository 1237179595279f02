// What blind rounds fifty-five (788–801) and fifty-six (802–815) found the reader misreading in periods:
// [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const EVENT_DAYS: DatedCase[] = [
	// A. A bare day right after a news dateline (9月27日讯　22日…) opens the report's first clause: the figures of that
	// sentence are the day's (790); a day opening only a sentence that says an event was held leaves the year (226).
	['华声在线9月27日讯　22日举行的…签约会上，16个项目集中签约，签约金额94.8亿元', '2023-09-27', '华声在线9月27日讯　22日举行的张家界市文旅融合发展项目推介暨招商签约会上，16个项目集中签约，签约金额94.8亿元。', [
		{ value: 16, unit: '个', period: '2023-09-22/2023-09-22' }, { value: 9480000000, unit: '元', period: '2023-09-22/2023-09-22' }
	]],
	['own wording: 中新网…电 then a bare day', '2024-05-20', '中新网5月20日电 18日举行的文旅招商大会上，共签约项目12个，签约金额30亿元。', [
		{ value: 12, unit: '个', period: '2024-05-18/2024-05-18' }, { value: 3000000000, unit: '元', period: '2024-05-18/2024-05-18' }
	]],
	['near miss: a day opening only the sentence saying the fair was held', '2020-10-28', '27日，湖北省文化和旅游产业招商引资推介会在上海举行。会上，全省11个市州共签订22个实体项目，签约金额达622.24亿元。', [
		{ value: 22, unit: '个', period: '2020' }, { value: 62224000000, unit: '元', period: '2020' }
	]]
];

const YEARS_AHEAD: DatedCase[] = [
	// B. What is to be summed (累计) over the years ahead (未来三年) is a flow over their span, from next January, not a
	// level of the last year (800, as 用3年时间 in 398).
	['未来三年上述合作伙伴将累计为湖北引客不低于3.38亿人次', '2020-10-28', '按照协议，未来三年上述合作伙伴将累计为湖北引客不低于3.38亿人次。', [
		{ value: 338000000, unit: '人次', period: '2021-01-01/2023-12-31', role: 'target' }
	]],
	['own wording: 今后五年…共计', '2024-03-01', '今后五年全市共计新增床位2万张。', [
		{ value: 20000, unit: '张', period: '2025-01-01/2029-12-31', role: 'target' }
	]],
	['near miss: a level to be reached 未来三年 stays the last year (680)', '2020-03-30', '截至今年1月，上海市演艺新空间已达50家，未来三年这一数字将增至200家。', [
		{ value: 50, unit: '家' }, { value: 200, unit: '家', period: '2023', role: 'target' }
	]]
];

const COUNTS_TO_NOW: DatedCase[] = [
	// C. What has been summed (累计) since the year a programme began (自2015年起) is a count to now: the report month (801,
	// as 累計至今 in 709).
	['玉田县自2015年起把“送戏下乡”列入…，…累计开展各类惠民演出800余场次，惠及群众200多万人次', '2023-04-11', '玉田县自2015年起把“送戏下乡”列入民生实事工程，在全县21个乡镇和街道累计开展各类惠民演出800余场次，惠及群众200多万人次。', [
		{ value: 800, unit: '场次', period: '2023-04' }, { value: 2000000, unit: '人次', period: '2023-04' }
	]],
	['own wording: 从2018年起…累计', '2024-06-20', '从2018年起，全市累计建成城市书房120个。', [
		{ value: 120, unit: '个', period: '2024-06' }
	]],
	['near miss: 自2015年起 with no sum is that year', '2023-04-11', '自2015年起，玉田县全年开展各类惠民演出80余场次。', [
		{ value: 80, unit: '场次', period: '2015' }
	]]
];

const REMARKS: DatedCase[] = [
	// D. A year in a remark on what a figure is a first of (這是今年…首次…) names no period: the 其中 part after it keeps the
	// running total's period (809).
	['今年首10個月，訪港旅客累計5007.5萬人次…，這是今年累計訪港旅客人次首次錄得負增長；其中內地旅客3944.88萬人次', '2019-11-29', '今年首10個月，訪港旅客累計5007.5萬人次，按年下跌4.7%，這是今年累計訪港旅客人次首次錄得負增長；其中內地旅客3944.88萬人次，按年下跌4.4%。', [
		{ value: 50075000, period: '2019-YTD10' }, { value: 39448800, period: '2019-YTD10' }
	]],
	['own wording: 这也是今年…第一次', '2024-08-05', '1至7月全市接待游客1200万人次，这也是今年客流第一次超过去年同期；其中过夜游客500万人次。', [
		{ value: 12000000, period: '2024-YTD07' }, { value: 5000000, period: '2024-YTD07' }
	]],
	['near miss: 这是 with no first after it leaves the year', '2024-08-05', '1至7月全市接待游客1200万人次。这是今年全市接待游客最多的时段；其中过夜游客500万人次。', [
		{ value: 12000000, period: '2024-YTD07' }, { value: 5000000, period: '2024' }
	]]
];

const FROM_LEVELS: DatedCase[] = [
	// E. The year of a starting level (由/从N年的A增加到B) is that level's only: it does not carry to the figures of the
	// clauses and paragraphs after it, which take the report's year (813, 814).
	['…专项资金由2011年的1.5亿元增加到2012年的10亿元；福建省各地投入文物保护经费合计约4.5亿元', '2012-12-22', '北京文物保护修缮专项资金由2011年的1.5亿元增加到2012年的10亿元；福建省各地投入文物保护经费合计约4.5亿元，其中民间捐资约1.5亿元。', [
		{ value: 150000000, period: '2011' }, { value: 1000000000, period: '2012' }, { value: 450000000, period: '2012' }, { value: 150000000, period: '2012' }
	]],
	['own wording: 从…的 then a new paragraph', '2021-04-10', '沿海城市接待游客从2015年的2.8亿人次增加到2019年的3.67亿人次。\n广东海岛岸线总长度2000多公里，拥有海岛1963个。', [
		{ value: 280000000, period: '2015' }, { value: 367000000, period: '2019' }, { value: 2000, unit: '公里', period: '2021' }, { value: 1963, unit: '个', period: '2021' }
	]],
	['near miss: a year opening its clause (2015年,…) still carries', '2021-04-10', '2015年，沿海城市接待游客2.8亿人次，拥有海岛1963个。', [
		{ value: 280000000, period: '2015' }, { value: 1963, unit: '个', period: '2015' }
	]]
];

const DAY_SPANS: DatedCase[] = [
	// F. A bracket naming the lunar day after the first end of a span of days (2月9日(除夕)至15日(初六)) does not cut the
	// span (803).
	['2月9日（除夕）至15日（初六），全国假日办共收到一般性投诉38件', '2013-02-16', '2月9日（除夕）至15日（初六），全国假日办共收到一般性投诉38件，其中涉及交通的2件。', [
		{ value: 38, unit: '件', period: '2013-02-09/2013-02-15' }, { value: 2, unit: '件', period: '2013-02-09/2013-02-15' }
	]],
	['own wording: across two months, 大年三十 to 正月初五', '2024-02-15', '2月9日（大年三十）至2月14日（正月初五），全市接待游客38万人次。', [
		{ value: 380000, period: '2024-02-09/2024-02-14' }
	]],
	['under a holiday named before, the span holds for its own sentence (803)', '2013-02-20', '今年春节黄金周期间，全国共接待游客2.03亿人次。2月9日（除夕）至15日（初六），全国假日办共收到一般性投诉38件。\n北京地坛庙会共接待游人102.4万人次。', [
		{ value: 203000000, period: '2013-spring-festival' }, { value: 38, period: '2013-02-09/2013-02-15' }, { value: 1024000, period: '2013-spring-festival' }
	]],
	['near miss: a lone day with its lunar day in brackets stays that day', '2013-02-16', '2月9日（除夕），全市接待游客38万人次。', [
		{ value: 380000, period: '2013-02-09/2013-02-09' }
	]]
];

const NEW_YEAR: DatedCase[] = [
	// G. 新年伊始 in a sentence that states no number is a remark on the season, no period: the 元旦 holiday named before holds
	// for the figures after it (788, 元旦 2018 as fixture 335).
	['元旦小长假期间…。新年伊始，群众出游热情不减。…假日期间共接待游客11.68万人次', '2018-01-02', '元旦小长假期间全国旅游市场平稳运行。\n新年伊始，群众出游热情不减。以哈尔滨冰雪大世界为例，假日期间共接待游客11.68万人次，实现收入2991.4万元。', [
		{ value: 116800, period: '2017-12-30/2018-01-01' }, { value: 29914000, period: '2017-12-30/2018-01-01' }
	]],
	['own wording: 开年以来 as a remark', '2024-01-02', '元旦假期全市旅游市场平稳有序。开年以来，市民出游热情高涨。假期中全市共接待游客52万人次。', [
		{ value: 520000, period: '2023-12-30/2024-01-01' }
	]],
	['near miss: 新年伊始 stating counts is from January 1 to the report day (423)', '2018-01-05', '新年伊始，全市累计出动执法人员140人次。', [
		{ value: 140, unit: '人次', period: '2018-01-01/2018-01-05' }
	]]
];

const PURPOSES: DatedCase[] = [
	// H. A sentence opened by a purpose (為爭取…,) says what was done to that end: no period of an earlier sentence, nor the
	// title's, reaches it, and its undated counts take the report's year (781, as 129 and 760).
	['2019年來台旅客…。…日本市場在去年12月9日首度突破200萬人次。為爭取更多元的客源，觀光局透過新設…2個駐外辦事處', '2020-01-06', '2019年來台旅客約1,184萬人次\n2020年1月6日\n觀光局指出，日本市場在去年12月9日首度突破200萬人次。為爭取更多元的客源，觀光局透過新設胡志明市及倫敦2個駐外辦事處。', [
		{ value: 2000000, period: '2019' }, { value: 2, unit: '个', period: '2020' }
	]],
	['own wording: 为了…, then counts', '2024-01-10', '2023年全市接待游客1200万人次。为了吸引更多游客，市文旅局新开通旅游专线5条。', [
		{ value: 12000000, period: '2023' }, { value: 5, unit: '条', period: '2024' }
	]],
	['near miss: 为 naming a beneficiary is no purpose, the year carries', '2024-01-10', '2023年全市接待游客1200万人次。为游客新开通旅游专线5条。', [
		{ value: 12000000, period: '2023' }, { value: 5, unit: '条', period: '2023' }
	]]
];

describe('rounds fifty-five and fifty-six: purposes', () => {
	readsAs(PURPOSES);
});

describe('rounds fifty-five and fifty-six: new year', () => {
	readsAs(NEW_YEAR);
});

describe('rounds fifty-five and fifty-six: day spans', () => {
	readsAs(DAY_SPANS);
});

describe('rounds fifty-five and fifty-six: from-levels', () => {
	readsAs(FROM_LEVELS);
});

describe('rounds fifty-five and fifty-six: remarks', () => {
	readsAs(REMARKS);
});

describe('rounds fifty-five and fifty-six: counts to now', () => {
	readsAs(COUNTS_TO_NOW);
});

describe('rounds fifty-five and fifty-six: event days', () => {
	readsAs(EVENT_DAYS);
});

describe('rounds fifty-five and fifty-six: years ahead', () => {
	readsAs(YEARS_AHEAD);
});
