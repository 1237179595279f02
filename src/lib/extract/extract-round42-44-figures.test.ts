// Tables, units, bounds and which numbers are figures: what round forty-two to forty-four's blind fixtures (611–652) found the
// reader missing or over-reading: [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// A. A column head with a unit in brackets (接待遊客總人數（萬人次）) gives its cells that unit and scale, of the period the
	// text has in force above the table; the 同比增長 column after it is its change, an empty cell none (637).
	['名次 | 省區市 | 接待遊客總人數（萬人次） | 同比增長 | 旅遊總收入（億元） | 同比增長: figures of the holiday', '2012-01-12', '2012年元旦小長假各省區市旅遊收入排行榜\n2012年1月12日\n記者對各省區市公佈的數據作了統計。\n名次 | 省區市 | 接待遊客總人數（萬人次） | 同比增長 | 旅遊總收入（億元） | 同比增長\n1 | 山東 | 501 | 16.2% | 41.5 | 19.6%\n3 | 安徽 | 865.85 | 90.57% | 21.24 |', [
		{ value: 5010000, unit: '人次', period: '2012-01-01/2012-01-03', yoy_reported: 16.2 },
		{ value: 4150000000, unit: '元', period: '2012-01-01/2012-01-03', yoy_reported: 19.6 },
		{ value: 8658500, unit: '人次', yoy_reported: 90.57 },
		{ value: 2124000000, unit: '元', yoy_reported: null }
	]],
	['排名 | 城市 | 接待游客(万人次) | 增幅 | 旅游收入(亿元) | 增幅: a falling change too', '2023-10-07', '各市国庆假期旅游数据\n2023年10月7日\n2023年国庆假期，各市文旅数据如下。\n排名 | 城市 | 接待游客（万人次） | 增幅 | 旅游收入（亿元） | 增幅\n1 | 甲市 | 120.5 | 8.2% | 9.6 | -3.5%', [
		{ value: 1205000, unit: '人次', period: '2023-national-day', yoy_reported: 8.2 },
		{ value: 960000000, unit: '元', period: '2023-national-day', yoy_reported: -3.5 }
	]],
	['排名 | 城市 | 接待游客 | 增幅 with no unit: the % cells are changes, no figures', '2023-10-07', '2023年国庆假期，各市文旅数据如下。\n排名 | 城市 | 接待游客 | 增幅\n1 | 甲市 | 120.5 | 8.2%\n2 | 乙市 | 80 | 12%', []],
	['the same in prose: a level with its change (unchanged)', '2023-10-07', '2023年国庆假期，甲市接待游客120.5万人次，增长8.2%。', [
		{ value: 1205000, unit: '人次', period: '2023-national-day', yoy_reported: 8.2 }
	]],
	// B. Tenths opening a quoted sentence (“九成遊客來自本市…) are a share, as they are opening a clause; a bound not passed
	// (沒有超過最大承載量的30%) is a limit, no figure (630).
	['每天都沒有超過最大承載量的30%。“九成遊客來自本市…”: 90 %, no 30 %', '2020-05-05', '五一假期，景區每天都沒有超過最大承載量的30%。“九成遊客來自本市，主要來玩戶外娛樂項目。”', [
		{ value: 90, unit: '%', period: '2020-labour-day' }
	]],
	['说:“八成游客是回头客,…” · 均未超过核定容量的75%', '2023-10-07', '国庆假期，景区负责人说：“八成游客是回头客，主要来自本市。”各景区客流均未超过核定容量的75%。', [
		{ value: 80, unit: '%' }
	]],
	['达到最大承载量的30% · “九成新的设备”: a level reached stays, tenths of no people are no share (unchanged)', '2023-10-07', '国庆假期，景区日接待量达到最大承载量的30%。负责人说：“这是九成新的设备。”', [
		{ value: 30, unit: '%' }
	]],
	// C. 幅 counts pictures and couplets (余 kept); troupes and the places they went to (7支演出隊伍走進30個鄉鎮) are both
	// counts (641).
	['全縣7支演出隊伍走進30個鄉鎮…免費送出春聯2000餘幅', '2023-12-11', '2023年，全縣7支演出隊伍走進30個鄉鎮。截至目前，免費送出春聯2000餘幅。', [
		{ value: 7, unit: '支', period: '2023' }, { value: 30, unit: '个', period: '2023' }, { value: 2000, unit: '幅', qualifier: '余', period: '2023-12' }
	]],
	['展出书画作品120幅 · 5支服务队深入12个村', '2024-06-15', '今年以来，展览展出书画作品120幅；5支文艺服务队深入12个村。', [
		{ value: 120, unit: '幅' }, { value: 5, unit: '支' }, { value: 12, unit: '个' }
	]],
	['增长幅度 · 3支队伍接待游客: 幅度 is no unit, a troupe before a measure is its subject (unchanged)', '2024-06-15', '今年以来，收入增长幅度较大；3支导游队伍接待游客1.2万人次。', [
		{ value: 12000, unit: '人次' }
	]],
	// D. A bound each of a closed list of named places passed (均超过, 也都超过了) gives no row; 首次突破 N in a clause naming a
	// measure of its own is N with 超, whatever other measures stand before it (646, 648).
	['…景区门票总收入首次突破1亿元 · 朱德故里、邓小平故里景区接待游客均超过20万人次', '2024-05-06', '五一假期全省实现旅游消费总额211.48亿元，全省5A级景区门票总收入首次突破1亿元。朱德故里、邓小平故里景区接待游客均超过20万人次。', [
		{ value: 21148000000, unit: '元', qualifier: null }, { value: 100000000, unit: '元', qualifier: '超', period: '2024-labour-day' }
	]],
	['湖北和辽宁两省的旅游收入也都超过了百亿元 · 甲市…首次突破50万人次', '2022-02-08', '2022年春节假期，上海以177.21亿元的旅游总收入排在第一，湖北和遼寧兩省的旅遊收入也都超過了百億元。甲市实现旅游收入3.2亿元，过夜游客首次突破50万人次。', [
		{ value: 17721000000, unit: '元' }, { value: 320000000, unit: '元' }, { value: 500000, unit: '人次', qualifier: '超' }
	]],
	['…接待游客145.7万人次,…接待量首次越过百万人次 (the same measure: a milestone) · 话剧和音乐剧演出均超过6000场 (kinds, a figure) (unchanged)', '2012-10-08', '今年国庆黄金周，全区接待游客145.7万人次，黄金周接待量首次越过百万人次大关。话剧和音乐剧演出均超过6000场。', [
		{ value: 1457000, unit: '人次' }, { value: 6000, unit: '场', qualifier: '超' }
	]],
	// E. Counts that only name a subject: places summed by 等 that have published (已公布); the count of places just named
	// one by one before 的 and their measure; 纳入…的北京等39个…城市 and …125个旅游景区(点) before 假期共接待. 已有 before
	// a published count holds for its clause only: the count after 其中 is of the holiday (646, 614).
	['已有16個省份公布…,其中5個省份… · 寧夏等16個省份已公布 · 廣西、湖北、遼寧、四川4個省份的…', '2022-02-08', '2022年春節假期已經結束。據統計，已有16個省份公布了今年春節假期的旅遊收入，其中5個省份旅遊收入超過百億元人民幣。截至2月7日20時，上海、河南、寧夏等16個省份已公布相關數據。廣西、湖北、遼寧、四川4個省份的接待總數也超過了2千萬人次。', [
		{ value: 5, unit: '个', period: '2022-spring-festival' }
	]],
	['已有20个省份发布… · 甲、乙、丙等20个省份已发布 · 北京等39个重点城市,假期共接待 · 125个旅游景区(点),假期共接待', '2023-10-08', '2023年国庆假期结束。已有20个省份发布了假期数据，其中8个省份接待游客超过5000万人次。甲、乙、丙等20个省份已发布数据。纳入统计的北京等39个重点城市，假期共接待游客1.2亿人次。纳入统计的125个旅游景区（点），假期共接待3125万人次。', [
		{ value: 8, unit: '个', period: '2023-national-day' }, { value: 120000000, unit: '人次' }, { value: 31250000, unit: '人次' }
	]],
	['…安徽5个省份接待游客人次也均超5000万 (no 的: a count meeting a bound) · 已有30个景区完成… (no publishing: the whole sentence is by now) (unchanged)', '2023-10-08', '2023年国庆假期结束。江西、山西、湖北、贵州、安徽5个省份接待游客人次也均超5000万。全省已有30个景区完成提升改造，其中5个景区接待游客增长超过10%。', [
		{ value: 5, unit: '个', period: '2023-national-day' }, { value: 30, period: '2023-10' }, { value: 5, period: '2023-10' }
	]],
	// E. Counts of places among the data published so far (已公布数据中,12省…超过2000亿) are of a sample still growing: no
	// rows, nor the bounds after them (618, as 6省 in 409).
	['已公布数据中,12省总收入超过2000亿,14省总收入超过1000亿', '2014-01-20', '记者近日统计了2013年全国各省区市的旅游总收入。已公布数据中，12省总收入超过2000亿，14省总收入超过1000亿。', []],
	['已经发布的数据中,8省旅游收入均超过5000亿元', '2024-01-10', '2023年各省旅游收入陆续公布。已经发布的数据中，8省旅游收入均超过5000亿元。', []],
	['全国有8省旅游收入超过5000亿元: a count meeting a bound (unchanged)', '2024-01-10', '2023年各省旅游收入陆续公布。全国有8省旅游收入超过5000亿元。', [{ value: 8, unit: '省', period: '2023' }]],
	// G. A word before the number and 余 after it (近15万余人次) say the same twice: the word before is kept; the count of
	// stations before 共接待 names the subject (622).
	['31个乡镇综合文化站共接待群众近15万余人次: 150000 with 近', '2017-01-10', '2016年，31个乡镇综合文化站共接待群众近15万余人次。', [
		{ value: 150000, unit: '人次', qualifier: '近', period: '2016' }
	]],
	['约3万余人次 · 超200余场', '2024-01-10', '2023年，全县图书馆接待读者约3万余人次，开展活动超200余场。', [
		{ value: 30000, qualifier: '约' }, { value: 200, unit: '场', qualifier: '超' }
	]],
	['3万余人次 · 近200场: one word each (unchanged)', '2024-01-10', '2023年，全县图书馆接待读者3万余人次，开展活动近200场。', [
		{ value: 30000, qualifier: '余' }, { value: 200, qualifier: '近' }
	]],
	// G. In N家X中,有M家…(占比p%), M is a count: the share in brackets is of it, not a figure it is the subject of (623); after
	// 目前全省 (全县), N is the whole the place has now, a figure too (fixture 623's table).
	['目前全省211家博物館中,有202家實行免費開放(占比95.7%)', '2018-05-18', '目前全省211家博物館中，有202家實行免費開放（占比95.7%）。', [
		{ value: 211, unit: '家', period: '2018-05' }, { value: 202, unit: '家', period: '2018-05' }, { value: 95.7, unit: '%', period: '2018-05' }
	]],
	['全县45家景区中,有30家实行门票减免(占比66.7%)', '2024-01-10', '目前全县45家景区中，有30家实行门票减免（占比66.7%）。', [
		{ value: 45, unit: '家' }, { value: 30, unit: '家' }, { value: 66.7, unit: '%' }
	]],
	['45家A级景区共接待游客(占全市的30%)120万人次: the count names the subject (unchanged)', '2024-01-10', '目前全县45家A级景区共接待游客（占全市的30%）120万人次。', [
		{ value: 30, unit: '%' }, { value: 1200000, unit: '人次' }
	]],
	// F. More non-figures (613, 619, 621, 622): the growth rates of those ranked lowest (增幅最低的分别是…,分别为a%和b%); a
	// share each of a group passed (比重均超过70%); batches of a piece of work before 的 (已完成两批景区的复核); the parts of
	// a rulebook a check follows (依据…等8项内容); an illustration of a concept (他是一个游客,却是5个人次); items whose
	// records were worked on (完成馆藏521件…的逐条审核和73件…的信息采集).
	['增幅最低的分别是上海和重庆,分别为16.94%和17.75% · 比重均超过70%', '2012-10-11', '旅游总收入和游客接待总人数同比增幅最低的分别是上海和重庆，分别为16.94%和17.75%。贵州自驾车游客占接待总人数的55%，其中4A级以上景区的自驾车游客比重均超过70%。', [
		{ value: 55, unit: '%' }
	]],
	['增速最快的是甲县和乙县,依次为35.2%、30.1% · 出租率均超过80%', '2024-12-30', '各县中门票收入增速最快的是甲县和乙县，依次为35.2%、30.1%。全市星级饭店平均出租率均超过80%。', []],
	['收入最高的是甲县,为3.2亿元 · 出租率为80%: levels (unchanged)', '2024-12-30', '各县中门票收入最高的是甲县，为3.2亿元。全市星级饭店平均出租率为80%。', [
		{ value: 320000000, unit: '元' }, { value: 80, unit: '%' }
	]],
	['已完成兩批景區的復核 · 依據《…細則》中的…等8項內容', '2016-09-20', '目前已完成兩批景區的復核。依據《服務質量與環境質量評分細則》中的旅遊交通、遊覽、衛生、資源和環境保護等8項內容，並結合遊客意見進行檢查。', []],
	['已开展三轮景区的暗访 · 对照《评定标准》中的…等5项要求', '2024-12-30', '今年已开展三轮景区的暗访。对照《评定标准》中的安全、卫生、服务等5项要求逐一打分。', []],
	['开展景区暗访3轮 · 举办演出、展览等8项活动: counts (unchanged)', '2024-12-30', '今年共开展景区暗访3轮。全年举办演出、展览等8项活动。', [
		{ value: 3, unit: '轮' }, { value: 8, unit: '项' }
	]],
	['人次和人不是一個概念:…「他是一個遊客,卻是5個人次」', '2014-04-08', '楊明全解釋，人次和人不是一個概念：一名遊客一天去了五個景區，「他是一個遊客，卻是5個人次」。', []],
	['打个比方,一位游客一天游览3个景区,就计为3人次', '2024-12-30', '打个比方，一位游客一天游览3个景区，就计为3人次。', []],
	['完成館藏521件可移動文物信息的逐條審核和73件新藏品的信息採集', '2016-12-30', '文管所完成館藏521件可移動文物信息的逐條審核和73件新藏品的信息採集。', []],
	['完成馆藏120件古籍的修复和30件书画的数字化 · 新征集藏品120件 (a count, unchanged)', '2024-12-30', '全年完成馆藏120件古籍的修复和30件书画的数字化。全年新征集藏品120件。', [
		{ value: 120, unit: '件' }
	]],
];

describe('round forty-two to forty-four: tables, units, bounds and non-figures', () => {
	readsAs(CASES);
});
