// Patterns the reader missed in round forty-one's blind fixtures (597–610): [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// A. The base year of a comparison with its own level (与2019年的X) names X only: a 全年 after it, past a semicolon, is the
	// year stated before it (600).
	['與2019年的3263.51萬冊次大體相當;全年舉辦…18258場: 全年 is 2021', '2022-04-19', '2021年全市外借文獻量為3272.21萬冊次，與2019年的3263.51萬冊次大體相當；全年舉辦讀者活動18258場。', [
		{ value: 32722100, period: '2021' }, { value: 32635100, period: '2019' }, { value: 18258, unit: '场', period: '2021' }
	]],
	['与2019年的86万人次基本持平;全年接待…: 全年 is 2023', '2024-02-01', '2023年全馆接待观众90万人次，与2019年的86万人次基本持平；全年开展讲解服务3200场。', [
		{ value: 900000, period: '2023' }, { value: 860000, period: '2019' }, { value: 3200, period: '2023' }
	]],
	['2019年全市…;全年…: a year stated plainly still gives 全年 its year', '2024-02-01', '2023年全馆接待观众90万人次；2019年接待观众86万人次；全年开展讲解服务3200场。', [
		{ value: 900000, period: '2023' }, { value: 860000, period: '2019' }, { value: 3200, period: '2019' }
	]],
	// A. A year inside a deadline clause (将于…年…完成的有N项) is a due date: the count is of the things now (609).
	['將於2018年底或2019年基本完成的有11項: as of the report month', '2018-10-30', '目前，已解決的有12項；已取得明顯進展、將於2018年底或2019年基本完成的有11項；需要一定時間才能解決的有3項。', [
		{ value: 12, period: '2018-10' }, { value: 11, period: '2018-10' }, { value: 3, period: '2018-10' }
	]],
	['拟于2025年建成的项目有8个: a due date, no period', '2024-06-15', '目前全市在建项目20个，其中拟于2025年建成的项目有8个。', [
		{ value: 20, period: '2024-06' }, { value: 8, period: '2024-06' }
	]],
	['计划在2025年完成投资5亿元: a plan for the year keeps its year', '2024-06-15', '目前该项目计划在2025年完成投资5亿元。', [{ value: 500000000, period: '2025', role: 'target' }]],
	// C. 当前和今后一个时期 (now and for a while to come) is no as-of: the count after it takes the report year (609, as 160).
	['作為當前和今後一個時期的突出任務…梳理出26項具體問題: the report year', '2018-10-30', '部黨組把巡視整改作為當前和今後一個時期的突出政治任務。針對巡視指出的問題，部黨組進一步梳理出26項具體問題。', [
		{ value: 26, unit: '项', period: '2018' }
	]],
	['当前全市共有景区45家: 当前 alone is still as of the report month', '2018-10-30', '当前全市共有A级景区45家。', [{ value: 45, period: '2018-10' }]],
	// A. A 元旦 named without a year in a late-December report is the coming one (it starts that December) (599).
	['元旦假期首日…铁路预计当日发送旅客1060万人次 (30 December 2017): 2017-12-30', '2017-12-30', '元旦假期首日，全国铁路预计当日发送旅客1060万人次。', [
		{ value: 10600000, period: '2017-12-30/2017-12-30', role: 'target' }
	]],
	['元旦假期第二天 in a report of 31 December 2023: 2023-12-31', '2023-12-31', '元旦假期第二天，全市景区接待游客12万人次。', [{ value: 120000, period: '2023-12-31/2023-12-31' }]],
	['元旦假期首日 in a report of 2 January: that January\'s', '2018-01-02', '元旦假期首日，全国铁路发送旅客1060万人次。', [{ value: 10600000, period: '2017-12-30/2017-12-30' }]],
	// B. A count no period reaches (a numbered point starts afresh) takes the year of a later period in its sentence, as a lead
	// before any period does (610).
	['二是…全市8個文化館、95個文化站實行免費開放,全年接待…: 2019', '2020-01-14', '2019年以来，我市大力实施文化惠民工程，专题部署2019年文化惠民工程。\n二是深化阵地建设。全市8个文化馆、95个乡镇综合文化站实行免费开放，全年接待参观人数达95.7万人次。', [
		{ value: 8, unit: '个', period: '2019' }, { value: 95, unit: '个', period: '2019' }, { value: 957000, period: '2019' }
	]],
	['(二)…12家博物馆…,2023年接待观众…: the year its sentence names', '2024-01-20', '今年以来，全县文旅工作稳步推进。\n(二)场馆建设。全县12家博物馆全部免费开放，2023年接待观众31万人次。', [
		{ value: 12, unit: '家', period: '2023' }, { value: 310000, period: '2023' }
	]],
	['…免费开放。全年接待…: a year in the next sentence is no period of the count', '2020-01-14', '2019年以来，我市大力实施文化惠民工程。\n二是深化阵地建设。全市8个文化馆实行免费开放。全年接待参观人数达95.7万人次。', [
		{ value: 8, unit: '个', period: '2020' }, { value: 957000, period: '2019' }
	]],
	['二是…推出主题线路超20条;…计划全年开展…: a plan\'s year past a semicolon is not the count\'s', '2024-06-15', '今年以来，全市文旅工作稳步推进。\n二是突出文化惠民实效。推出各类特色主题线路超20条；计划全年开展公共文化资源配送3500场次。', [
		{ value: 20, unit: '条', period: '2024-06' }, { value: 3500, role: 'target' }
	]],
	// E. A count to a month's end after the day its event opened, in the same sentence, is the span from that day (601).
	['3月18日開幕的杏花節,截至3月底共接待…,實現收入…: the span', '2023-04-12', '一季度全区旅游持续升温。3月18日开幕的吐鲁番杏花节，截至3月底共接待游客167.98万人次，实现旅游收入5.86亿元。', [
		{ value: 1679800, period: '2023-03-18/2023-03-31' }, { value: 586000000, period: '2023-03-18/2023-03-31' }
	]],
	['5月20日启动的…,截至5月末累计接待…', '2024-06-15', '5月20日正式启动的湖畔音乐节，截至5月末累计接待观众12万人次。', [{ value: 120000, period: '2024-05-20/2024-05-31' }]],
	['3月18日开幕…。截至3月底…: another sentence keeps January to the month', '2023-04-12', '3月18日开幕的吐鲁番杏花节吸引了各地游客。截至3月底，全区共接待游客3522万人次。', [{ value: 35220000, period: '2023-Q1' }]],
	// D. A bare 初N opening a clause before 达到 (游客, 客流) in a Spring Festival text is that lunar day (606).
	['正月初一…;初三、初四开始回升,初五达到5.11万人次: 7 February 2011', '2011-02-09', '春节黄金周期间，正月初一九华山游客量达到3.2万人次；初三、初四开始回升，初五达到5.11万人次。', [
		{ value: 32000, period: '2011-02-03/2011-02-03' }, { value: 51100, period: '2011-02-07/2011-02-07' }
	]],
	['大年初一…,初二游客2.4万人次', '2024-02-18', '春节期间，大年初一景区接待3.1万人次，初二游客2.4万人次。', [
		{ value: 31000, period: '2024-02-10/2024-02-10' }, { value: 24000, period: '2024-02-11/2024-02-11' }
	]],
	['年初达到…: no 初N day', '2024-02-18', '春节期间景区持续火爆。年初达到的客流峰值为3.1万人次。', [{ value: 31000 }]],
	// F. A unit of times with its alternative measure in brackets (篇(册)次) is one unit; a Chinese numeral counting rooms by 间
	// is a figure (600, 602).
	['瀏覽量達15840.60萬篇（冊）次 · 人均8.42篇（冊）次', '2022-04-19', '2021年數字資源下載量達15840.60萬篇（冊）次，人均利用數字資源8.42篇（冊）次。', [
		{ value: 158406000, unit: '篇（册）次' }, { value: 8.42, unit: '篇（册）次' }
	]],
	['借阅图书120万册(件)次', '2024-06-15', '上半年全馆借阅图书120万册（件）次。', [{ value: 1200000, unit: '册（件）次', period: '2024-H1' }]],
	['120万册次: the plain unit stays', '2024-06-15', '上半年全馆借阅图书120万册次。', [{ value: 1200000, unit: '册次' }]],
	['家中八間客房全部住滿: 8 间', '2023-10-06', '国庆假期，家中八間客房全部住滿。', [{ value: 8, unit: '间' }]],
	['新装修了五间客房', '2024-06-15', '今年民宿新装修了五间客房。', [{ value: 5, unit: '间', period: '2024' }]],
	['三间房子 · 一间客房: no room named, or one, stays wording', '2024-06-15', '老屋有三间房子，还留出一间客房。', []]
];

describe('round forty-one patterns', () => readsAs(CASES));
