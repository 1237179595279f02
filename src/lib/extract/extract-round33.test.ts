// Patterns the reader missed in round thirty-three's blind fixtures (485–498): [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// E. 批次 is a unit of its own, as 人次 and 场次 are (490).
	['提供社会教育服务共计1380批次、47478人次: 批次, not 批', '2023-05-18', '全年提供社會教育服務共計1380批次、47478人次。', [
		{ value: 1380, unit: '批次' }, { value: 47478, unit: '人次' }
	]],
	['接待研学团队260批次: 批次 after a count of groups', '2024-06-15', '上半年全馆共接待研学团队260批次。', [{ value: 260, unit: '批次', period: '2024-H1' }]],
	['第二批3个项目 · 推出两批: 批 alone stays 批', '2024-06-15', '今年已推出两批共40个重点村。', [{ value: 2, unit: '批' }, { value: 40, unit: '个' }]],
	// H. A share that two or more named items each passed (均超过N%) is a bound, as 均在N%以上 is (485, 456).
	['洲际酒店、佳悦酒店客房出租率均超过90%: no figure', '2025-04-07', '清明假期\n2025年4月7日\n假期全市酒店客房出租率达到78.6%,鲁能贵和洲际酒店、银座佳悦酒店客房出租率均超过90%。', [{ value: 78.6, unit: '%' }]],
	['城南古镇和湖畔民宿群的预订率都超过85%: 都 as 均, no figure', '2024-10-08', '城南古镇和湖畔民宿群的预订率都超过85%。', []],
	['话剧和音乐剧演出均超过6000场: a count each passed stays a figure (46)', '2023-04-20', '一季度话剧和音乐剧演出均超过6000场。', [{ value: 6000, unit: '场', qualifier: '超' }]],
	['两家酒店入住率均为92%: a level of each stays', '2025-04-07', '洲际酒店、佳悦酒店客房入住率均为92%。', [{ value: 92, unit: '%' }]],
	// F. A threshold passed, then the figure in the next clause (超过A,达到B): only B (495).
	['旅游消费已超过4500亿元,达到4537.5亿元: only the figure', '2016-10-07', '10月1日至6日,国庆假期旅游消费已超过4500亿元,达到4537.5亿元。', [{ value: 453750000000, unit: '元', qualifier: null }]],
	['游客量逾300万人次,为312.6万人次: 逾 and 为 too', '2024-06-15', '上半年全县游客量逾300万人次,为312.6万人次。', [{ value: 3126000, unit: '人次', period: '2024-H1' }]],
	['超过4500亿元,同比增长12%: a bound with no figure after it stays', '2016-10-07', '国庆假期旅游消费超过4500亿元,同比增长12%。', [{ value: 450000000000, qualifier: '超', yoy_reported: 12 }]],
	// C. 将 right before the verb of a figure makes it a plan (486).
	['广州还启动了艺术季,将演出54台、168场次优秀剧目: targets', '2023-06-25', '廣州還啟動了2023年廣州藝術季,將演出54臺、168場次優秀劇目。', [
		{ value: 54, unit: '台', role: 'target' }, { value: 168, unit: '场次', role: 'target' }
	]],
	['下半年剧院将上演新排剧目120场: a target', '2024-06-15', '下半年市大剧院将上演新排剧目120场。', [{ value: 120, unit: '场', period: '2024-H2', role: 'target' }]],
	['已演出54台 · 将近3000人次观看: what was done, and 将近 (near), stay actual', '2024-06-15', '上半年艺术季已演出54台,将近3000人次观看。', [
		{ value: 54, role: 'actual' }, { value: 3000, qualifier: '近', role: 'actual' }
	]],
	// D. 自…以来已 (since an event, no date of this year): a count to now, keyed as 已有 is, to the report month (493).
	['美术馆自免费开放以来已接待观众300多万人次, after a year named: the report month', '2012-12-29', '美术馆迎来观众\n2012年12月29日\n12月20日,省美术馆迎来了2012年的第100万名观众。\n据介绍,省美术馆自免费开放以来已接待观众300多万人次。今年全馆共举办展览63次。', [
		{ value: 3000000, period: '2012-12', qualifier: '余' }, { value: 63, period: '2012' }
	]],
	['图书馆开馆以来已累计借出图书120万册: the report month', '2024-06-15', '2024年上半年,市图书馆接待读者35万人次。新馆开馆以来已累计借出图书120万册。', [
		{ value: 350000, period: '2024-H1' }, { value: 1200000, period: '2024-06' }
	]],
	['2019年以来 · 今年以来 keep their spans', '2024-06-15', '今年以来,全市接待游客1200万人次。自2019年以来已建成旅游厕所80座。', [
		{ value: 12000000, period: '2024-01-01/2024-06-15' }, { value: 80, period: '2019-01-01/2024-06-15' }
	]],
	// A. Days said after a subject (X从…, X在…) are that subject's, to the semicolon; 从X起 names no day; 春节期间 named again
	// is the holiday, not three of its days (487, 497).
	['志愿服务队从正月初一到初三…演出;…从大年初一起…,20多支队伍…;春节期间…27项: the holiday throughout', '2024-02-19', '含山县春节文旅\n2024年2月19日\n春节假日期间,全县共接待游客62万人次。\n志愿服务队从正月初一到初三,一连三天走进景区为游客演出;三个镇从大年初一起舞起非遗柴龙,20多支队伍轮番登场,累计观看人数超10万人次。\n春节期间,县文化馆、图书馆集中开展了27项文化活动,参与人数近4万人。', [
		{ value: 620000, period: '2024-spring-festival' }, { value: 20, unit: '支', period: '2024-spring-festival' }, { value: 100000, period: '2024-spring-festival' },
		{ value: 27, unit: '项', period: '2024-spring-festival' }, { value: 40000, unit: '人', period: '2024-spring-festival' }
	]],
	['西藏在假期前7天共接待…;新疆共接待…: the span is Tibet\'s only', '2020-10-10', '国庆假期旅游\n2020年10月10日\n国庆中秋八天假期,各地旅游复苏。西藏在假期前7天共接待游客177.46万人次,同比增长11.45%;新疆共接待国内游客1535.43万人次,按可比口径同比增长10.78%。', [
		{ value: 1774600, period: '2020-10-01/2020-10-07', yoy_reported: 11.45 }, { value: 15354300, period: '2020-national-day', yoy_reported: 10.78 }
	]],
	['古镇自正月初一起免费开放,…接待游客: from day one on is no day', '2024-02-18', '春节假期\n2024年2月18日\n春节假期,古镇自正月初一起免费开放,共接待游客8.2万人次。', [{ value: 82000, period: '2024-spring-festival' }]],
	['10月1日至7日,全市接待…;实现收入…: days opening the clause carry on over the semicolon', '2023-10-08', '国庆假期\n2023年10月8日\n国庆假期,10月1日至7日,全市接待游客320万人次;实现旅游收入21亿元。', [
		{ value: 3200000, period: '2023-10-01/2023-10-07' }, { value: 2100000000, period: '2023-10-01/2023-10-07' }
	]],
	['春节(除夕至正月初六)…春节期间: a week spelled in lunar days is still the holiday named again', '2019-02-11', '春节假期\n2019年2月11日\n春节假期除夕至正月初六,全市接待游客120万人次。春节期间,全市博物馆接待观众8万人次。', [
		{ value: 1200000, period: '2019-02-04/2019-02-10' }, { value: 80000, period: '2019-02-04/2019-02-10' }
	]],
	// B. An amount in 亿 with no 元 takes it from a money label after it (N亿的旅游收入), from a 分别 list it opens, or from the
	// money amounts it is listed with; X年和Y年…分别为A、B gives each year, with its clause's holiday, to a value (497).
	['江苏以512.55亿的旅游收入暂居榜首,江西以398.81亿紧随其后,贵州367.21亿位列第三: three amounts in 元', '2020-10-10', '国庆假期旅游收入\n2020年10月10日\n国庆假期,江苏以512.55亿的旅游收入暂居榜首,江西以398.81亿紧随其后,贵州367.21亿位列第三。', [
		{ value: 51255000000, unit: '元', period: '2020-national-day' }, { value: 39881000000, unit: '元', period: '2020-national-day' }, { value: 36721000000, unit: '元', period: '2020-national-day' }
	]],
	['2018年和2019年江苏国庆假期旅游收入也居首位,分别为578.62亿、631.27亿: each year its holiday', '2020-10-10', '国庆假期旅游收入\n2020年10月10日\n国庆假期,江苏旅游收入512.55亿元。2018年和2019年江苏国庆假期旅游收入也居首位,分别为578.62亿、631.27亿。河南接待游客7234.98万人次。', [
		{ value: 51255000000, period: '2020-national-day' }, { value: 57862000000, unit: '元', period: '2018-national-day' }, { value: 63127000000, unit: '元', period: '2019-national-day' },
		{ value: 72349800, period: '2020-national-day' }
	]],
	['2022年和2023年春节假期全市旅游消费分别为12.3亿、15.6亿: in order', '2024-02-18', '2022年和2023年春节假期全市旅游消费分别为12.3亿、15.6亿。', [
		{ value: 1230000000, unit: '元', period: '2022-spring-festival' }, { value: 1560000000, unit: '元', period: '2023-spring-festival' }
	]],
	['旅游收入86亿,游客1.2亿: another measure named between takes no 元', '2024-06-15', '上半年全市旅游收入86亿,游客1.2亿。', [{ value: 8600000000, unit: '元' }]],
	['2018年和2019年全市接待游客…(no 分别): the years stay as they were', '2024-06-15', '2018年和2019年全市接待游客1200万人次。', [{ value: 12000000, period: '2019' }]],
	// G. 已有N个省份公布… names who published, no figure (431, 497).
	['截至10月9日22时,已有25个省份公布国庆假期旅游收入: no figure', '2020-10-10', '假期旅游收入\n2020年10月10日\n截至10月9日22时,据不完全统计,已有25个省份公布国庆假期旅游收入,其中15个省份旅游收入超百亿。', [{ value: 15, unit: '个' }]],
	['全国已有12个城市发布了春节文旅消费数据: no figure', '2024-02-18', '全国已有12个城市发布了春节文旅消费数据。', []],
	['已有25家景区恢复开放: a count of what exists by now stays', '2024-02-18', '全省已有25家景区恢复开放。', [{ value: 25, unit: '家', period: '2024-02' }]]
];

describe('round thirty-three blind patterns', () => readsAs(CASES));
