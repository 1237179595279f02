// Numbers in report text that are not figures (years, ranks, bounds, ranges, prices, counts naming a subject…):
// the reader must give no candidate for any of them.
import { describe, expect, it } from 'vitest';
import { read } from '../../../tests/helpers/extract-catalog';

const NOT_FIGURES: [string, string][] = [
	['years and dates', '2023年8月18日至11月24日开展巡察,12月22日进行反馈'],
	['a rank', '旅游收入在全省排第8位'],
	['an article number', '依据第十二条和第3条规定'],
	['5A级', '创建5A级景区'],
	['7天 in a holiday name', '春节7天长假游客众多'],
	['a name in quotes', '“十四五”规划和“两个维护”'],
	['book titles', '编制《2024年度工作要点》'],
	['a threshold describing a noun', '游客接待量超万人次的景区'],
	['phone numbers', '联系电话:0512-53522802'],
	['a change with no figure of its own', '其中中國大陸旅客增幅達48.3%,香港旅客上升15.4%。去年入境旅客較前年上升百分之十七點六'],
	['a difference is not a level', '比上年同期增加2.03亿人次,比全省人均花费低174.19元'],
	['a bare change verb before a count is a difference', '酒店场所按年增加19间;今年预估成长4美金;留宿时间减少0.1晚'],
	['每万人 is a denominator', '平均每万人博物馆建筑'],
	['a recovery with no figure of its own', '九华山、天柱山门票收入分别恢复至2019年的142%、144%'],
	['提前3个月 is a span of time', '黄山风景区提前3个月超过2019年全年接待量'],
	['points of an index', '综合指数分别为119.11和115.93,分别较去年同期提升3.11个点和下降2.73个点'],
	['a gap between two figures', '观光逆差达一〇三六万九八八九人次;实现旅游顺差102亿美元'],
	['a range of change', '今年一月国际旅客成长十一至十二%'],
	['two neighbouring numerals are a rough range, not digits', '新开三四个景区,签约五六万元项目'],
	['a bound (以内) and a rate per so many days', '多数游客出游距离在300公里以内;平均每2天新增1家博物馆'],
	['a bound describing a noun (N以上的)', '300公里以上的跨市游比重上升;其中出租率在90%以上的'],
	['what two figures differ by, a bound most of a group lies in, and a difference with the verb of what was counted', '来台旅客只有857万人次,两者相差1036万9889人次;大部分高星级酒店入住率在90%以上;比去年同期多运送20万人次'.slice(12)],
	['a range is two bounds, neither the figure', '多地民宿入住率达到80%至90%'],
	['a count of things before 的 describes a group (its size or scope)', '来自19个国家和地区的游客;26个地区的填报率在九成以上;一个300人的小村'],
	['a count naming the subject of a figure left blank in a draft', '全市558家乡村旅游市场主体投资XX亿元'],
	['a price of one item, and the price it was changed to', '旅遊年卡由每張100元降至80元;每人50元'],
	['figures left blank in a draft (××亿元, XX万人次), and a count naming their subject with a letter in it (37家A级景区)', '合同金额××亿元;全市37家A级景区共接待游客××万人次,实现门票收入XX亿元'],
	['the group a rank is taken within (在全省21个市州中排第一)', '成都市旅游总收入在全省21个市州中排第一'],
	['every division of a country or region (全国31个省、自治区、直辖市, 31个省(区、市), 全市6个县市区) names who did something', '全国31个省、自治区、直辖市分别进行了统计调查;31个省(区、市)公布了数据;市文旅局对全市6个县市区开展督查'],
	['a bound that two places or months named right before it each passed (湖南和广东突破千万人次, 11月及12月连续两个月突破100万人次)', '其中湖南和广东突破千万人次;非内地旅客在11月及12月连续两个月突破100万人次'],
	['a count before 的 that says whose the next words are, even with a verb after them (对15个滑雪场的雪道进行了升级)', '对15个滑雪场的雪道和配套设施进行了升级'],
	['tenths that are a change, a bound or a share of a task done (高约一成, 在九成以上, 完成全年任务的一半以上, 其中八成以上)', '较五一黄金周高约一成;填报率在九成以上;均完成全年任务的一半以上;其中八成以上'],
	['a list of changes after a bare verb (分别增长15%、14%) has no level in it', '预计接待旅游总人数和实现旅游总花费分别增长15%、14%;确保分别增长16%、14%以上'],
	['a scale and unit in brackets after a label (万人次, 万元)', '总流通人次(万人次)\n总支出(万元)'],
	['a count of things before 的 with a grade in Latin letters (184家A级旅游景区的客流)', '省文化和旅游厅对全省184家A级旅游景区的客流进行监测;12家5A级景区的游客'],
	['what one voucher or ticket is worth (每份含50元, 每份额度50元, 每张票面价值50元) is a price', '每份含50元通用券;每份额度50元;每张票面价值50元'],
	['a milestone passed by several at once or early, or a round number passed with no unit (均提前突破百万人次, 提前11天突破百万)', '两大雪场接待游客量均提前突破百万人次;比上一雪季提前11天突破百万;接待量都突破千万人次'],
	['a change on the period before (环比增长均超过300%, 环比二季度增长47.2%)', '接待人次和收入逐步回升,环比增长均超过300%;三季度,市场持续向好,环比二季度增长47.2%'],
	['the rate of a rise named as a noun (增速分别为35.6%、32.1%和10.8%, 升幅明显,约为18.7%, 升幅较大,为16.7%) is a change with no figure', '太姥山、武夷山等景区的游客增速分别为35.6%、32.1%和10.8%;旅客升幅明显,约为18.7%;机场人次的升幅较大,为16.7%'],
	['a number of months (限期6个月, 为期3个月) is a length of time, as a day count is', '被要求限期6个月完成整改;开展为期3个月的专项行动'],
	['a rate of growth kept at a level or describing a trend (增速预计维持在4%左右, 延续4%左右的良好增长势头) is a change with no figure', '入境旅游有望延续4%左右的良好增长势头,出境旅游增速预计维持在4%左右'],
	['at least so many (至少25个省份) is a lower bound of an unknown count', '截至10月8日,至少25个省份公布了国庆假期旅游收入情况'],
	['a count of places whose rate is set against the whole (有27个地区的审核完成率高于全国水平, 12个城市的游客满意度高于全省平均水平)', '有27个地区的审核完成率高于全国水平;有12个城市的游客满意度高于全省平均水平'],
	['the indicators a share or score is worked out from (按…3项指标计算, 从6个维度进行评价)', '按国内组织人次、入境外联人次、出境组织人次3项指标计算;从服务、价格、环境等6个维度进行评价'],
	['a count of kinds numbering the kinds listed right before it (3个行业中类, 等8类)', '其中,景区游览服务、娱乐服务、休闲观光游览服务3个行业中类增速较快。文化传播渠道、新闻信息服务、文化投资运营3个大类增速都在两位数以上。内蒙古推出文旅节庆、美食体验、体育赛事、演艺等8类活动'],
];

describe('numbers that are not figures', () => {
	it.each(NOT_FIGURES)('%s are not figures', (_name, text) => {
		expect(read(text)).toEqual([]);
	});
});
