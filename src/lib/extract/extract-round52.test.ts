// What round fifty-two's blind fixtures (751–759) found the reader misreading: [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// A. A sentence opened by 其中 right after one whose figures are all goals (力争…) breaks that goal into its parts: every
	// figure of it is a goal too, across its semicolons; the sentence after it, or one with a subject of its own, is read by
	// its own words (751).
	['2018年我国力争实现旅游总收入5.98万亿元…。其中，国内旅游人数55亿人次…；…；出境旅游人数1.34亿人次。据测算…', '2018-01-09', '2018年我国力争实现旅游总收入5.98万亿元，同比增长13%。其中，国内旅游人数55亿人次，国内旅游收入5.05万亿元；入境旅游人数达到1.42亿人次，国际旅游收入1273亿美元，分别增长1.4%、2.5%；出境旅游人数1.34亿人次，增长4.5%。据测算，2017年我国旅游总收入达到5.4万亿元。', [
		{ value: 5980000000000, period: '2018', role: 'target', yoy_reported: 13 }, { value: 5500000000, period: '2018', role: 'target' }, { value: 5050000000000, period: '2018', role: 'target' },
		{ value: 142000000, role: 'target', yoy_reported: 1.4 }, { value: 127300000000, unit: '美元', role: 'target', yoy_reported: 2.5 }, { value: 134000000, role: 'target', yoy_reported: 4.5 },
		{ value: 5400000000000, period: '2017', role: 'actual' }
	]],
	['own wording: 确保接待游客1.2亿人次。其中：过夜游客…；入境游客…', '2024-01-10', '2024年全市确保接待游客1.2亿人次。其中：过夜游客3000万人次；入境游客50万人次。', [
		{ value: 120000000, role: 'target' }, { value: 30000000, role: 'target' }, { value: 500000, role: 'target' }
	]],
	['near miss: a sentence after the goal with a subject of its own (no 其中) says what there is', '2024-01-10', '2024年全市力争接待游客1.2亿人次。全市共有A级景区80家；星级饭店35家。', [
		{ value: 120000000, role: 'target' }, { value: 80, unit: '家', role: 'actual' }, { value: 35, unit: '家', role: 'actual' }
	]],
	['near miss: 其中 after what was done breaks down an actual', '2024-01-10', '2023年全市接待游客1.1亿人次。其中，过夜游客2800万人次；入境游客45万人次。', [
		{ value: 110000000, role: 'actual' }, { value: 28000000, role: 'actual' }, { value: 450000, role: 'actual' }
	]],
	// B. 只 counts funds (and animals, boats) after a number; it was no unit, so 144只 was read as no figure at all (751).
	// The adverb 只 (只是, 只占, 只有) after a number is never its unit.
	['截至2017年底，全国已有144只旅游产业投资基金', '2018-01-09', '截至2017年底，全国已有144只旅游产业投资基金，总规模超过8000亿元。', [
		{ value: 144, unit: '只', period: '2017', role: 'actual' }, { value: 800000000000, unit: '元', period: '2017', qualifier: '超' }
	]],
	['own wording: 全省共设立文旅产业投资基金12只', '2024-01-15', '截至2023年底，全省共设立文旅产业投资基金12只，总规模320亿元。', [
		{ value: 12, unit: '只', period: '2023' }, { value: 32000000000, unit: '元', period: '2023' }
	]],
	['near miss: 只 as an adverb right after a number is no unit', '2024-01-15', '2023年全县接待游客1.2万只是去年的一半。', [
		{ value: 12000, unit: null }
	]],
	// C. A range is two bounds, no figure (SOURCES.md): a first bound with its scale and no unit (300亿) was kept for its 约,
	// and a second bound after 至 was kept when the first had a scale (751). 从…到… moves from one level to another.
	['推动设立中国旅游产业基金，总规模大约为300亿-500亿元', '2018-01-09', '国家旅游局表示，将推动设立中国旅游产业基金，总规模大约为300亿-500亿元。全国已有144只旅游产业投资基金。', [
		{ value: 144, unit: '只' }
	]],
	['own wording: 300亿至500亿元 and 约3万到5万人次', '2018-01-09', '基金总规模为300亿至500亿元，景区日接待游客约3万到5万人次，全年接待游客5000万人次。', [
		{ value: 50000000, unit: '人次' }
	]],
	['near miss: 从3000万到5000万人次 is a move to a new level, which stays a figure', '2018-01-09', '全年旅游人数从3000万到5000万人次。', [
		{ value: 50000000, unit: '人次' }
	]],
	// D. Every division of a country counted after a verb of covering (覆盖全国31个省区市) is how far a set reaches, an outcome,
	// not who did something: a figure, and under 截至目前 a count of the report month (752).
	['截至目前，…批准两批共500个…创建单位，覆盖全国31个省区市及新疆生产建设兵团', '2017-08-29', '截至目前，国家旅游局已先后批准两批共500个国家全域旅游示范区创建单位，覆盖全国31个省区市及新疆生产建设兵团。', [
		{ value: 2, unit: '批', period: '2017-08' }, { value: 500, unit: '个', period: '2017-08' }, { value: 31, unit: '个', period: '2017-08', role: 'actual' }
	]],
	['own wording: 遍及全省13个市州', '2017-08-29', '截至目前，全省已建成乡村旅游示范村120个，遍及全省13个市州。', [
		{ value: 120, unit: '个', period: '2017-08' }, { value: 13, unit: '个', period: '2017-08' }
	]],
	['near miss: 全国31个省区市 as the subject of what was done names who did it', '2017-08-29', '上半年，全国31个省区市共接待游客25亿人次。', [
		{ value: 2500000000, unit: '人次', period: '2017-H1' }
	]],
	// E. A bare holiday word (长假期间, 假期期间) after a side span (days of transport that overlap the holiday, named as no
	// holiday) is the holiday named last, spelled out by its days; not the side span, which was carried over (758).
	['9月30日至10月7日中秋、國慶長假期間…。9月29日至10月6日，民航…。\n…長假期間全國公路水路運輸…共運送旅客6.6億人次', '2012-10-08', '通報顯示，9月30日至10月7日中秋、國慶長假期間，全國納入監測的119個直報景區點共接待遊客3424.56萬人次。9月29日至10月6日，鐵路全國累計發送旅客6095萬人次。\n交通方面，長假期間全國公路水路運輸平穩有序，共運送旅客6.6億人次，同比增長8.8%。', [
		{ value: 34245600, period: '2012-09-30/2012-10-07' }, { value: 60950000, period: '2012-09-29/2012-10-06' }, { value: 660000000, period: '2012-09-30/2012-10-07', yoy_reported: 8.8 }
	]],
	['own wording: 4月4日至6日清明假期…。4月3日至5日，全省铁路…。\n假期期间，全省道路运输…', '2024-04-07', '4月4日至6日清明假期，全省共接待游客520万人次。4月3日至5日，全省铁路发送旅客86万人次。\n假期期间，全省道路运输共运送旅客310万人次。', [
		{ value: 5200000, period: '2024-04-04/2024-04-06' }, { value: 860000, period: '2024-04-03/2024-04-05' }, { value: 3100000, period: '2024-04-04/2024-04-06' }
	]],
	['near miss: with no holiday spelled out before, 长假期间 is the span given last', '2012-10-08', '9月29日至10月6日，铁路全国累计发送旅客6095万人次。\n长假期间全国公路水路共运送旅客6.6亿人次。', [
		{ value: 60950000, period: '2012-09-29/2012-10-06' }, { value: 660000000, period: '2012-09-29/2012-10-06' }
	]]
];

describe('round fifty-two: units, goal lists, ranges, counts of now and holiday spans', () => {
	readsAs(CASES);
});
