// Patterns the reader missed in round thirty-nine's blind fixtures (569–582): [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// 1. Items written in one scale take the unit written once after the last (A万、B万和C万人次); a holiday's days counted
	// (小长假三天, 三天) before a 分别 list are its days from the first, one for each figure, over every such list (569).
	['小长假三天，黄山…分别接待游客A万、B万和C万人次，同比分别下降…；天柱山…分别接待…', '2015-04-07', '清明小长假，全省景区客流下滑。\n小长假三天，黄山风景区分别接待游客1.0482万、2.1842万和0.4751万人次，同比分别下降46.79%、47.25%和52.60%；天柱山景区分别接待游客0.4776万、0.8844万和0.1674万人次，同比分别下降86.7%、85.5%和90.2%。', [
		{ value: 10482, unit: '人次', period: '2015-04-04/2015-04-04', yoy_reported: -46.79 }, { value: 21842, unit: '人次', period: '2015-04-05/2015-04-05', yoy_reported: -47.25 },
		{ value: 4751, unit: '人次', period: '2015-04-06/2015-04-06', yoy_reported: -52.6 }, { value: 4776, unit: '人次', period: '2015-04-04/2015-04-04', yoy_reported: -86.7 },
		{ value: 8844, unit: '人次', period: '2015-04-05/2015-04-05', yoy_reported: -85.5 }, { value: 1674, unit: '人次', period: '2015-04-06/2015-04-06', yoy_reported: -90.2 }
	]],
	['端午假期…西湖景区三天分别接待游客A万、B万和C万人次。…分别实现门票收入…', '2024-06-12', '今年端午假期，杭州游客量创新高。西湖景区三天分别接待游客12.5万、15.1万和9.8万人次。灵隐寺分别实现门票收入36万、41万和29万元。', [
		{ value: 125000, unit: '人次', period: '2024-06-08/2024-06-08' }, { value: 151000, unit: '人次', period: '2024-06-09/2024-06-09' },
		{ value: 98000, unit: '人次', period: '2024-06-10/2024-06-10' }, { value: 360000, unit: '元', period: '2024-06-08/2024-06-08' },
		{ value: 410000, unit: '元', period: '2024-06-09/2024-06-09' }, { value: 290000, unit: '元', period: '2024-06-10/2024-06-10' }
	]],
	['三天小长假期间…共接待…,同比分别增长…: no list of days, the holiday', '2015-04-07', '清明小长假，全省景区客流下滑。三天小长假期间，合肥市共接待游客598万人次、实现旅游收入6.3亿元，同比分别增长5%和6%。', [
		{ value: 5980000, unit: '人次', period: '2015-qingming', yoy_reported: 5 }, { value: 630000000, unit: '元', period: '2015-qingming', yoy_reported: 6 }
	]],
	['接待游客1.5万、1.8亿元: a list of other measures, no unit shared', '2024-03-01', '去年全镇接待游客1.5万、1.8亿元旅游收入。', [
		{ value: 15000, unit: null }, { value: 180000000, unit: '元' }
	]],
	// 4. 当日/当天 goes back to the day named earlier (the headline's day across paragraphs), also after the clause's subject
	// right before its verb, and a paragraph opened by 当天 stays on that day (572).
	['信息(2月17日)…前三天…全国铁路当日预计发送…。\n当天游客接待量…约占…;…占比分别为…', '2018-02-18', '2018年春节假日旅游市场信息（2月17日）\n2018年2月18日\n2月17日全国旅游接待总人数0.87亿人次。春节假日前三天，全国旅游接待总人数累计2.14亿人次。交通客流快速回升，全国铁路当日预计发送旅客689万人次。截至当天下午4时，全国电影票房达8.14亿元。\n当天游客接待量排名前十的省份合计约占全国游客接待量的63.75%。东、中、西部游客接待占比分别为37.44%、32.58%和29.98%。', [
		{ value: 87000000, period: '2018-02-17/2018-02-17' }, { value: 214000000, period: '2018-02-15/2018-02-17' },
		{ value: 6890000, period: '2018-02-17/2018-02-17' }, { value: 814000000, period: '2018-02-17/2018-02-17' },
		{ value: 63.75, period: '2018-02-17/2018-02-17' }, { value: 37.44, period: '2018-02-17/2018-02-17' },
		{ value: 32.58, period: '2018-02-17/2018-02-17' }, { value: 29.98, period: '2018-02-17/2018-02-17' }
	]],
	['10月3日…假期前三天…,全市景区当日共接待…', '2024-10-04', '10月3日，全市旅游市场持续火热。国庆假期前三天，全市累计接待游客120万人次；全市景区当日共接待游客35万人次。', [
		{ value: 1200000, period: '2024-10-01/2024-10-03' }, { value: 350000, period: '2024-10-03/2024-10-03' }
	]],
	['当日往返的游客…: a trip, no day', '2024-10-04', '10月3日，全市旅游市场持续火热。国庆假期前三天，全市累计接待游客120万人次，全市当日往返游客48万人次。', [
		{ value: 1200000, period: '2024-10-01/2024-10-03' }, { value: 480000, period: '2024-10-01/2024-10-03' }
	]],
	// 5. A title's N年度 fixes 全年 to N, not the year the report was published in; 上年结转结余 is a label (money carried into
	// the year), no period of its own or of the clauses after it (574).
	['2018年度整体支出绩效评价报告 (2020): 全年…,上年结转结余…;全年…', '2020-03-26', '丽水市文化馆2018年度整体支出绩效评价报告\n2020年3月26日\n（二）人员结构：2018年，市文化馆实有事业人员32名。\n（三）年度财政收支：全年实际收入1699.12万元，其中财政拨款收入1435.22万元，上年结转结余263.90万元；全年实际支出1595.59万元，其中基本支出890.4万元。', [
		{ value: 32, period: '2018' }, { value: 16991200, period: '2018' }, { value: 14352200, period: '2018' }, { value: 2639000, period: '2018' },
		{ value: 15955900, period: '2018' }, { value: 8904000, period: '2018' }
	]],
	['某县图书馆2022年度工作总结 (2023): 全年…', '2023-02-10', '某县图书馆2022年度工作总结\n2023年2月10日\n全年接待读者8.6万人次，上年结余经费12万元。', [
		{ value: 86000, period: '2022' }, { value: 120000, period: '2022' }
	]],
	['no 年度 in the title: 全年 stays the report year; 上年接待 is last year', '2023-06-10', '某县图书馆工作情况\n2023年6月10日\n全年接待读者8.6万人次，上年接待读者7.9万人次。', [
		{ value: 86000, period: '2023' }, { value: 79000, period: '2022' }
	]],
	// 7. 1億4207萬 (亿 between digit groups, the lower in 万), 旅次 a unit, 負成長 a fall, N成M a share of N×10+M %; a lead
	// ending its paragraph takes the year the next paragraph's first sentence names (576).
	['9成8的民眾…滿意。\n2012年…1億4207萬旅次，較2010年成長14.6%，但較2011年負成長6.7%…總旅次可達1億6483萬旅次', '2013-07-11', '國內明星旅遊地\n2013年7月11日\n交通部觀光局的調查指出，9成8的民眾對國內旅遊地點整體表示滿意。\n調查顯示，2012年國人國內旅遊次數為1億4207萬旅次，較2010年成長14.6%，但較2011年負成長6.7%。觀光局推估，總旅次可達1億6483萬旅次。', [
		{ value: 98, unit: '%', period: '2012' }, { value: 142070000, unit: '旅次', period: '2012', yoy_reported: -6.7, change: { kind: 'base_growth', base: '2010', value: 14.6 } },
		{ value: 164830000, unit: '旅次', period: '2012' }
	]],
	['2億0350萬人次，較上年負增長3.2%；7成5的受訪者', '2024-03-01', '去年全縣遊客達2億0350萬人次，較上年負增長3.2%。7成5的受訪者願意再來。', [
		{ value: 203500000, unit: '人次', yoy_reported: -3.2 }, { value: 75, unit: '%' }
	]],
	['成長8.5%: still a rise; 8成 alone a share', '2024-03-01', '去年全縣遊客較上年成長8.5%，達120萬人次，8成的遊客來自省內。', [
		{ value: 1200000, yoy_reported: 8.5 }, { value: 80, unit: '%' }
	]],
	// 7 (cont.). A result achieved (憑藉/以…的成績) is a level even over a bound (超); 去年 with a holiday's days (七天) in a text
	// about one holiday is last year's holiday (581).
	['去年黃山憑藉七天超過3000萬元的成績…春節期間', '2015-02-26', '去年黃山憑藉七天超過3000萬元的成績，成為省內「攬金王」。\n春節期間全省累計接待遊客2104.98萬人次。', [
		{ value: 30000000, unit: '元', qualifier: '超', period: '2014-spring-festival' }, { value: 21049800, period: '2015-spring-festival' }
	]],
	['上年古城以五天近80萬人次的業績…國慶假期', '2024-10-08', '上年古城以五天近80萬人次的業績位居全省第一。國慶假期全市接待遊客300萬人次。', [
		{ value: 800000, qualifier: '近', period: '2023-national-day' }, { value: 3000000, period: '2024-national-day' }
	]],
	['超萬人次的景區: a threshold describing a noun stays none', '2024-10-08', '國慶假期，接待超萬人次的景區有12家。', [{ value: 12, unit: '家' }]],
	// 8. A bound a group named in its sentence each passed (均超過) is no figure; the count of places meeting a bound is the
	// figure, also after 等 (等5市, in 市) and before a described kind (18個旅遊景區); a number in a quoted club's name is none
	// (579, 581).
	['依次是廣東、江蘇…和四川，國內旅遊收入均超過4000億元: no figure', '2016-08-24', '國內旅遊收入排名前五位的省份依次是廣東、江蘇、浙江、山東和四川，國內旅遊收入均超過4000億元。', []],
	['前三名的城市接待遊客均突破500萬人次: no figure', '2024-03-01', '去年全省接待遊客排名前三名的城市分別是甲市、乙市和丙市，接待遊客均突破500萬人次。', []],
	['話劇和音樂劇演出均超過6000場: a count stays', '2024-03-01', '去年全市話劇和音樂劇演出均超過6000場。', [{ value: 6000, unit: '场', qualifier: '超' }]],
	['池州、合肥…等5市超過10億元;18個旅遊景區接待量突破5萬人次;「…10億元俱樂部」', '2015-02-26', '春節期間，全省7個市旅遊總收入超過5億元，其中池州、合肥、黃山、安慶、蕪湖等5市超過10億元。18個旅遊景區接待量突破5萬人次。合肥競逐「省內旅遊城市10億元俱樂部」。', [
		{ value: 7, unit: '个' }, { value: 5, unit: '市' }, { value: 18, unit: '个' }
	]],
	['甲、乙等3縣超過20億元;12個重點景區門票收入突破百萬元', '2024-03-01', '去年，甲縣、乙縣等3縣旅遊收入超過20億元，12個重點景區門票收入突破100萬元。', [
		{ value: 3, unit: '县' }, { value: 12, unit: '个' }
	]],
	['陝西、江蘇、浙江等省份接待觀眾均超300萬人次: an open list in its own clause, a figure', '2025-05-06', '五一假期，陝西、江蘇、浙江等省份接待觀眾均超300萬人次。', [{ value: 3000000, qualifier: '超' }]],
	// 2. Last year's level inside 与去年(公布)的X相比 is keyed a year back, and the 同比 after it is the figure's before it (571).
	['共实现门票收入16.04亿元，与去年公布的16.6亿元相比，同比下降了2.43%', '2014-10-10', '今年十一黄金周期间，全国直报景区共实现门票收入16.04亿元，与去年公布的16.6亿元相比，同比下降了2.43%。', [
		{ value: 1604000000, period: '2014-national-day', yoy_reported: -2.43 }, { value: 1660000000, period: '2013-national-day', yoy_reported: null }
	]],
	['上半年接待游客320万人次，和去年同期的298万人次相比，增长7.4%', '2024-07-20', '今年上半年全县接待游客320万人次，和去年同期的298万人次相比，增长7.4%。', [
		{ value: 3200000, period: '2024-H1', yoy_reported: 7.4 }, { value: 2980000, period: '2023-H1', yoy_reported: null }
	]],
	['与去年的水平相比 with no level: the change stays', '2024-07-20', '今年上半年全县接待游客320万人次，与去年同期相比，增长7.4%。', [
		{ value: 3200000, period: '2024-H1', yoy_reported: 7.4 }
	]],
	// 6. A numbered item's opening YYYY年M月 holds: a year opening the name of what was held (举办2023年…培训会), a holiday said
	// to be coming (即将到来) or welcomed in an event's name (迎国庆庆中秋, “迎中秋 庆国庆…”) set no period; open hours 在N小时以上
	// are a level with 超, and 截至 the report's own day is 截至目前 (575).
	['举办2023年…培训会 · 中秋国庆即将到来 · 迎国庆庆中秋 · 开放时间在60小时以上', '2023-09-27', '（一）截至2023年9月27日，文化馆每星期免费开放时间在60小时以上。\n1. 2023年7月，区文化馆举办2023年五华区非物质文化遗产代表性传承人培训会，参与人数76人。\n5. 2023年9月，中秋国庆即将到来，区文化馆联合举办“迎中秋 庆国庆 送温暖 暖民心”文艺演出，惠民人数800余人。\n6. 2022年9月，区文化馆举办迎国庆庆中秋“四季村晚”文化活动，惠民人数2000余人。', [
		{ value: 60, unit: '小时', qualifier: '超', period: '2023-09' }, { value: 76, unit: '人', period: '2023-07' },
		{ value: 800, unit: '人', qualifier: '余', period: '2023-09' }, { value: 2000, unit: '人', qualifier: '余', period: '2022-09' }
	]],
	['召开2024年全县文旅工作推进会 · 春节即将来临', '2024-01-20', '1. 2024年1月，县文旅局召开2024年全县文旅工作推进会，参会人员120人。\n2. 2024年1月，春节即将来临，县图书馆开展送春联活动，送出春联3000副。', [
		{ value: 120, unit: '人', period: '2024-01' }
	]],
	['国庆假期,全县接待…;入住率在90%以上: a holiday and a bound stay', '2023-10-08', '国庆假期，全县接待游客50万人次，重点酒店入住率在90%以上。', [
		{ value: 500000, period: '2023-national-day' }
	]],
	// 9. 较去年(略)增x% after a share is its 同比, with 略 as with 小幅/微 (580).
	['女性佔比68.8%，較去年略增0.7%', '2025-08-04', '上半年，劇場類演出購票觀眾中女性佔比68.8%，較去年略增0.7%。', [{ value: 68.8, unit: '%', yoy_reported: 0.7 }]],
	['過夜遊客佔比41%，較去年略降1.2%', '2024-07-20', '上半年，全縣遊客中過夜遊客佔比41%，較去年略降1.2%。', [{ value: 41, unit: '%', yoy_reported: -1.2 }]],
	['佔全省的30%，較去年略增2%: a share of a named whole leaves the change', '2024-07-20', '上半年，全縣遊客佔全省的30%，較去年略增2%。', [{ value: 30, unit: '%', yoy_reported: null }]],
	// 3. A 总人数 label counts people (571, as 50's 从业总人数); only 人次 labels give 人次.
	['接待游客总人数82.97万，同比增长23.16%: 人', '2014-10-08', '国庆假期，黄山风景区接待游客总人数82.97万，同比增长23.16%。', [
		{ value: 829700, unit: '人', yoy_reported: 23.16 }
	]],
	['參觀總人數為4.5萬: 人 in other words', '2024-03-01', '去年全市博物館參觀總人數為4.5萬。', [{ value: 45000, unit: '人' }]],
	['接待游客总人次82.97万: still 人次', '2014-10-08', '国庆假期，黄山风景区接待游客总人次82.97万。', [{ value: 829700, unit: '人次' }]]
];

describe('round thirty-nine patterns', () => readsAs(CASES));
