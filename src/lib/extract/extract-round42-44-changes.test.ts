// Stated changes and roles the reader missed in rounds forty-two to forty-four's blind fixtures (611–652):
// [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// A. 较/比 last year's same occasion (a holiday then 同期, or the same sample 同口径) is 同比 (640, 642).
	['較去年春節同期增長6.3%: 同比', '2025-02-06', '今年春節假期，全國邊檢機關共保障中外人員出入境1436.6萬人次，較去年春節同期增長6.3%。其中，內地居民出入境767.1萬人次，較去年春節同期增長5%。', [
		{ value: 14366000, yoy_reported: 6.3 }, { value: 7671000, yoy_reported: 5 }
	]],
	['比2021年同口徑分別增長9.52%和17.64% in 2022: 同比 of each', '2022-01-04', '元旦假期，131家A級旅遊景區累計接待遊客46.78萬人次，實現門票收入300.80萬元，比2021年同口徑分別增長9.52%和17.64%。', [
		{ value: 467800, yoy_reported: 9.52 }, { value: 3008000, yoy_reported: 17.64 }
	]],
	['较上年国庆同期下降 · 较上年国庆同口径增长: 同比 too', '2024-10-08', '国庆假期全市景区接待游客86万人次，较上年国庆同期下降3.5%，门票收入2100万元，较上年国庆同口径增长4%。', [
		{ value: 860000, yoy_reported: -3.5 }, { value: 21000000, yoy_reported: 4 }
	]],
	['比2019年春节同期增长10% in 2025: growth over 2019, no 同比', '2025-02-06', '春节假期全市接待游客120万人次，比2019年春节同期增长10%。', [
		{ value: 1200000, yoy_reported: null, change: { kind: 'base_growth', base: '2019', value: 10 } }
	]],
	['与2021年同口径景区数量相同: no change stated', '2022-01-04', '元旦假期全省景区接待游客46.78万人次，与2021年同口径景区数量相同。', [{ value: 467800, yoy_reported: null, change: null }]],
	// B. A level in brackets right after 比/较 a base year is that year's own; the change after the bracket is the figure's
	// before 比 (644).
	['比2021年（3215個）增長2.7%: 3303 has the 同比, 3215 is 2021', '2023-06-01', '2022年我国共有公共图书馆3303个，比2021年（3215个）增长2.7%；图书总藏量135959.18万册/件，比2021年（126178万册/件）增长7.8%。', [
		{ value: 3303, period: '2022', yoy_reported: 2.7 }, { value: 3215, period: '2021', yoy_reported: null },
		{ value: 1359591800, period: '2022', yoy_reported: 7.8 }, { value: 1261780000, period: '2021', yoy_reported: null }
	]],
	['较上年（41家）增加9.8%: 上年 is the year before the figure\'s', '2024-01-10', '2023年全市共有博物馆45家，较上年（41家）增加9.8%，接待观众320万人次，比2022年（280万人次）增长14.3%。', [
		{ value: 45, period: '2023', yoy_reported: 9.8 }, { value: 41, period: '2022', yoy_reported: null },
		{ value: 3200000, period: '2023', yoy_reported: 14.3 }, { value: 2800000, period: '2022', yoy_reported: null }
	]],
	['比2021年（3215个）多88个: the bracketed level is still 2021', '2023-06-01', '2022年我国共有公共图书馆3303个，比2021年（3215个）多88个。', [
		{ value: 3303, period: '2022' }, { value: 3215, period: '2021' }
	]],
	['比2021年（统计口径调整后）: words in the bracket name no level', '2023-06-01', '2022年我国共有公共图书馆3303个，比2021年（统计口径调整后）增长2.7%。', [{ value: 3303, period: '2022' }]],
	// C. 分别回复至2019年同期的A、B及C after figures of named subjects is a recovery of each, in order, never a share; so is a
	// bare 恢复至x% right after a bracketed figure, following a recovery to a year (643, 652).
	['分別回復至2019年同期的85%、92.8%及78.4%: each subject\'s figure recovers', '2024-08-20', '按客源分析，7月中國內地旅客按年增加14﹒3%至218﹒34萬人次，香港旅客（58﹒9萬人次）同比減少10﹒9%，台灣地區旅客（7﹒58萬人次）則上升29﹒5%。7月中國內地、香港及台灣地區旅客分別回復至2019年同期的85%、92﹒8%及78﹒4%。', [
		{ value: 2183400, yoy_reported: 14.3, change: { kind: 'recovery', base: '2019', value: 85 } },
		{ value: 589000, yoy_reported: -10.9, change: { kind: 'recovery', base: '2019', value: 92.8 } },
		{ value: 75800, yoy_reported: 29.5, change: { kind: 'recovery', base: '2019', value: 78.4 } }
	]],
	['日本、韩国和美国游客分别恢复到2019年同期的…: by the subjects\' names', '2024-05-10', '一季度全市接待入境游客中，日本游客3.2万人次，韩国游客2.1万人次，美国游客0.8万人次。日本、韩国和美国游客分别恢复到2019年同期的60%、75%和52%。', [
		{ value: 32000, change: { kind: 'recovery', base: '2019', value: 60 } },
		{ value: 21000, change: { kind: 'recovery', base: '2019', value: 75 } },
		{ value: 8000, change: { kind: 'recovery', base: '2019', value: 52 } }
	]],
	['subjects with no figures of their own: no recovery, no shares', '2024-05-10', '一季度全市接待入境游客6.1万人次。日本、韩国和美国游客分别恢复到2019年同期的60%、75%和52%。', [{ value: 61000, change: null }]],
	['國際旅客（134.16萬人次）恢復至68.1%: a recovery to 2019, no share', '2024-08-20', '今年首七個月的入境旅客共1974﹒12萬人次，按年上升37﹒0%，恢復至2019年同期的82﹒9%；國際旅客（134﹒16萬人次）恢復至68﹒1%。', [
		{ value: 19741200, change: { kind: 'recovery', base: '2019', value: 82.9 } }, { value: 1341600, change: { kind: 'recovery', base: '2019', value: 68.1 } }
	]],
	// D. 维持不变 · 保持不变 is a change of 0 for each figure it covers, as 持平 is (643, 652).
	['留宿旅客（2.2日）及不過夜旅客（0.3日）的平均逗留時間維持不變: 0 for both', '2024-03-20', '旅客平均逗留時間為1.1日，按年縮短0.2日；留宿旅客（2.2日）及不過夜旅客（0.3日）的平均逗留時間維持不變。', [
		{ value: 1.1, yoy_reported: null }, { value: 2.2, yoy_reported: 0 }, { value: 0.3, yoy_reported: 0 }
	]],
	['留宿旅客的（2.3日）則維持不變: 0 for that one only', '2024-08-20', '不過夜旅客平均逗留時間（0﹒2日）減少0﹒1日，留宿旅客的（2﹒3日）則維持不變。', [
		{ value: 0.2, yoy_reported: null }, { value: 2.3, yoy_reported: 0 }
	]],
	['散客（1.8晚）与团队游客（1.2晚）的人均停留时间保持不变: 0 for both', '2024-03-20', '散客（1.8晚）与团队游客（1.2晚）的人均停留时间保持不变。', [
		{ value: 1.8, yoy_reported: 0 }, { value: 1.2, yoy_reported: 0 }
	]],
	['门票价格维持不变 after plain figures: no change of theirs', '2024-03-20', '全市共有A级景区45家，接待游客100万人次，门票价格维持不变。', [
		{ value: 45, yoy_reported: null }, { value: 1000000, yoy_reported: null }
	]],
	// E. 预测 between a measure's name and its number names an estimate (创汇预测), not a forecast; the verb still is one (628).
	['入境旅游创汇预测247.08万美元，去年同期为105.32万美元: actual', '2018-03-14', '2月份，入境旅游创汇预测247.08万美元，去年同期为105.32万美元，同比增长134.60%。', [
		{ value: 2470800, period: '2018-02', role: 'actual', yoy_reported: 134.6 }, { value: 1053200, period: '2017-02', role: 'actual' }
	]],
	['旅游综合收入预测数为1.2亿元 for a past month: actual', '2024-04-10', '3月份，全县旅游综合收入预测数为1.2亿元，同比增长8%。', [{ value: 120000000, period: '2024-03', role: 'actual', yoy_reported: 8 }]],
	['据预测…将达到500万人次: a forecast', '2024-04-10', '据预测，全年全县接待游客将达到500万人次。', [{ value: 5000000, role: 'target' }]],
	['我们预测全年接待游客500万人次: the verb is a forecast', '2024-04-10', '我们预测全年接待游客500万人次。', [{ value: 5000000, role: 'target' }]],
	// F. A forecast (预计) in a sentence after a 截至目前 one is a target of the campaign's year, not of now's month (641).
	['截至目前…。活動將持續到12月底，預計惠及群眾10萬人次: a target of 2023', '2023-12-11', '截至目前，這次文化惠民活動已惠及群眾20000餘人。活動將一直持續到12月底，預計惠及群眾10萬人次。', [
		{ value: 20000, period: '2023-12', role: 'actual', qualifier: '余' }, { value: 100000, period: '2023', role: 'target' }
	]],
	['目前…。预计到月底观众将达到5万人次: the year too', '2024-06-15', '目前书展已接待观众3万人。书展将持续到月底，预计观众将达到5万人次。', [
		{ value: 30000, period: '2024-06', role: 'actual' }, { value: 50000, period: '2024', role: 'target' }
	]],
	['目前…。…计划总投资2万亿元 (a plan, no forecast): as of now', '2022-08-10', '目前全省在库文旅项目1292个。各州新策划文旅项目600个，计划总投资2万亿元。', [
		{ value: 1292, period: '2022-08' }, { value: 600, period: '2022-08' }, { value: 2000000000000, period: '2022-08', role: 'target' }
	]],
];

describe('stated changes and roles of rounds forty-two to forty-four', () => readsAs(CASES));
