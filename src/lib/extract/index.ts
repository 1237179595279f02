// Reads the figures a report states (label · value · unit · qualifier · period · role · stated change) out of its text, with quotes
// and offsets into the text as given, and maps each to a catalog indicator where the wording and unit allow.
import { foldForReading } from './fold';
import { findChanges, findFigures, type Change, type RawFigure } from './figures';
import { HOLIDAY_START, findPeriods, findReportDate, type PeriodMention } from './periods';
import { mapIndicator, type CatalogEntry, type Synonym } from './map';
import { findTables } from './tables';
import { monthsCovered, parsePeriod } from '../domain/period';

export type { CatalogEntry, Synonym };
export { findReportDate };

export interface Candidate {
	line: number;
	start: number;
	end: number;
	quote: string;
	label: string;
	indicator: string | null;
	period: string | null;
	value: number;
	unit: string | null;
	qualifier: string | null;
	role: 'actual' | 'target';
	yoy_reported: number | null;
	/** 同比 in percentage points (for rates), kept apart from yoy_reported. */
	yoy_points: number | null;
	/** A change against another base: growth over 2019, recovery to a share of 2019, or a multiple of last year. */
	change: { kind: 'base_growth' | 'recovery' | 'multiple'; base: string | null; value: number } | null;
	/** Why the candidate is left unmapped although its wording matched: 'scope' or 'conflict'. */
	flag: 'scope' | 'conflict' | null;
}

export interface Extraction {
	date: string;
	candidates: Candidate[];
}

export interface ExtractOptions {
	/** Report date, ISO; else found in the title lines or signature, else `today`. */
	date?: string | null;
	today: string;
	catalog: readonly CatalogEntry[];
	synonyms: readonly Synonym[];
}

const SENTENCE_END = /[。!?;\n\r]/;
const CLAUSE_END = /[。!?;,:\n\r]/;
// A new enumerated point (一是…, (二)…) starts a new context: a period stated earlier no longer applies.
const GROUP_LABEL_RE = /^(?:已|计划|拟|新)?(?:新?开工|竣工|签约|投产|续建|开业|落地)(?:的)?(?:重点)?项目/;
const RESET_RE = /[一二三四五六七八九十]是|\([一二三四五六七八九十]+\)|其[一二三]是/g;
// 五年累计争取…1.2亿元: funds secured (累计/已/共争取) are an actual figure.
const TARGET_RE = /加快推进|计划|力争|力保|确保|目标|预计|预估|预测|前(?:的)?估计|(?<!累计|已|共)争取|预期|拟|(?:年度|全年|年)任务|将(?:实现|达到|完成|举办|开展|新增|打造|建设|推出)|(?<![主重需只必纲首概])要(?![求素点是])/;
// Words that open a forecast or a goal for a whole sentence (预计共接待游客约212万人,实现旅游消费约19.34亿元).
const SENTENCE_TARGET_RE = /预计|预估|预测|力争|确保|力保|(?<!累计|已|共)争取|计划/;
// A forecast (预计…;…;…) runs to the full stop; a plan word may be a noun (培训计划) and holds to a semicolon only.
// 力争/确保/力保 are verbs only, never a noun like 计划: a goal opened with them runs to the full stop too
// (力争旅居人数达到600万;建成340个…;对…85个…).
const FORECAST_RE = /预计|预估|预测|力争|确保|力保/;
// …but a clause saying what was done is an actual figure even there.
const ACTUAL_RE = /实际|已经|已|完成了|达成/;
// 完成年计划2536万人次的48.62% · 占年度任务4.62亿元的110.4%: the share of a plan that was done is an actual figure.
const SHARE_OF_PLAN_RE = /(?:计划|任务|目标)[^,;。]*的$/;
// 年计划2536万人次 · 年度任务4.62亿元 · 当年计划投资98.51亿元: a plan for the year counts for the year, not for the half
// year being reported, also with what is planned (投资, 接待) between the plan and its figure.
const YEAR_PLAN_RE = /(?:年|年度|全年)(?:计划|任务|目标)(?:[投接实完举新建开][\u4e00-\u9fff]{1,3}?)?(?:为|是|达)?$/;
const MEASURE_UNITS = new Set(['人次', '人天', '元', '美元', '%']);
// Verbs that make a count the subject of the next figure (12家景区共接待游客…); a conjunction alone joins two figures.
const SUBJECT_VERB_RE = /接待|实现|完成|共|累计|达|为|占|有|吸引|带动|开放|举办|参观|投资|收入|营业/;
// Counts of things that can describe a group (N个X的Y); never amounts (人次, 元) or shares.
const GROUP_UNITS = new Set(['个', '家', '支', '人', '名', '座', '所', '处', '项']);
// …的 followed by a noun; not 的目标/任务/计划 (a goal's figure), 的同时, 的基础上, or a share (的5.4%).
const DESCRIBES_RE = /^[\u4e00-\u9fff]{0,10}?的(?!目标|任务|计划|基础|同时|水平|规模|比例|[\d.]+(?:%|成)|[一二三四五六七八九十]成|百分之)[\u4e00-\u9fff\d]/;
const RANGE_RE = /^(?:至|到|-|—|~)$/;
// A figure left blank in a draft: XX亿元 · ××万人次 · *个.
const BLANK_AFTER_RE = new RegExp(`^[A-Za-z\u4e00-\u9fff]{1,14}?(?:${SUBJECT_VERB_RE.source})[\u4e00-\u9fff]{0,4}?(?:XX|xx|××|Ｘ+|\\*+)`);

export function extractFigures(text: string, opts: ExtractOptions): Extraction {
	const date = opts.date ?? findReportDate(text) ?? opts.today;
	const whole = foldForReading(text);
	// Tables are read by columns; the sentence reader sees their lines as blank.
	const tables = findTables(whole, date);
	let folded = whole;
	for (const [a, b] of tables.spans) folded = folded.slice(0, a) + whole.slice(a, b).replace(/[^\n\r]/g, ' ') + folded.slice(b);
	const changes = findChanges(folded);
	const inChange = (at: number): boolean => changes.some((c) => at >= c.start && at < c.end);
	// Periods are read with the change phrases blanked out, so 比2019年同期 never becomes a period.
	const chars = folded.split('');
	for (const c of changes) chars.fill(' ', c.start, c.end);
	const blanked = chars.join('');
	const bodyStart = titleEnd(folded);
	// 与今年“五一”假日第一天相比: the period named in a comparison is its base, not the period of what follows.
	// 2021年的假期放3天,今年放5天,上述增幅是拿今年假期的前3天与去年的3天相比。: a sentence of no amounts that ends in
	// the comparison explains how one was made; no period it names (今年, 前3天) is the period of what follows.
	const compared = blanked
		.replace(/[^。!?\n\r]*?(?:与|和|同)[^,;。!?与和同\n\r]{1,20}?相比(?=[。;!?\n\r])/g, (x) => (/%|人次|元/.test(x) ? x : ' '.repeat(x.length)))
		.replace(/(?:与|和|同)[^,;。与和同]{1,20}?相比/g, (x) => ' '.repeat(x.length));
	// 一季度开工项目完成投资38.6% · 二季度计划开工项目: a quarter or month naming a group of projects (those started in it)
	// is the group's label, not the period of the figure.
	const found0 = findPeriods(compared, date);
	const periods = found0.filter(
		(p, k) =>
			!(p.day && p.start < bodyStart) &&
			!(p.key && /^\d{4}-(?:Q\d|\d{2})$/.test(p.key) && GROUP_LABEL_RE.test(compared.slice(p.end, p.end + 10))) &&
			!yearSoFar(compared, p, found0[k - 1])
	);
	// A headline repeats figures of the body in round words (逾三亿人次): the title lines are not read for figures.
	const found = findFigures(folded, inChange).filter((f) => f.start >= bodyStart && !periods.some((p) => f.start >= p.start && f.start < p.end));
	const figures = found.filter((f, i) => {
		// 超万人次的景区: a threshold describing a noun, not a figure.
		if (f.qualifier !== null && folded[f.end] === '的') return false;
		const after = folded.slice(f.end, f.end + 16);
		// 出租率在90%以上的有73家 · 300公里以上的跨市游: a bound describing a noun, not a figure.
		if (/^(?:及|或)?(?:以上|以下|以内)的/.test(after)) return false;
		// 入住率达到80%至90%: a range is two bounds, neither of them the figure.
		const prevF = found[i - 1], nextF = found[i + 1];
		if ((nextF && RANGE_RE.test(folded.slice(f.end, nextF.start))) || (prevF && RANGE_RE.test(folded.slice(prevF.end, f.start)))) return false;
		// 19个国家和地区的32支方队 · 26个地区的填报率 · 一个300人的小村: a count of things before 的 says whose the
		// next words are (a group's size or scope); the figure, if any, is what follows.
		if (f.unit !== null && GROUP_UNITS.has(f.unit) && f.qualifier === null && DESCRIBES_RE.test(after)) return false;
		// 全省4个5A级旅游景区接待人数分别为:A、B…: a count naming the subject of the list after 分别.
		const stop = forwardTo(folded, f.end, /[,;。!?、:\n\r]/);
		const tail = folded.slice(f.end, stop);
		if (f.unit !== null && !MEASURE_UNITS.has(f.unit)) {
			if (/^[^,;。!?、\n\r]{1,20}分别(?:为|是|接待|实现|达到?)?:?$/.test(tail)) return false;
			// 增速在两位数以上的4个行业是:… · 重点监测的51个旅游景区中,…: a count naming the subject of a list or of a choice.
			// 在全省21个市州中排第一: the group a rank is taken within.
			if ((/^[\u4e00-\u9fff]{1,10}(?:是|为|有)$/.test(tail) && folded[stop] === ':') || /^[\u4e00-\u9fff]{1,10}中(?:$|排|居|位列|列)/.test(tail)) return false;
			// 558家乡村旅游市场主体投资XX亿元: a count naming the subject of a figure left blank in a draft (XX, ××, *).
			if (BLANK_AFTER_RE.test(folded.slice(f.end, forwardTo(folded, f.end, /[,;。!?\n\r]/)))) return false;
		}
		// (二)在2.54亿人次旅游者中,… · 1166亿元旅游收入中,…: a figure stated before, restated as the whole that a
		// breakdown is taken from, is no new figure.
		if (/^[\u4e00-\u9fff]{1,10}中$/.test(tail) && found.slice(0, i).some((g) => g.value === f.value && g.unit === f.unit)) return false;
		// 重点监测的12家景区共接待游客7万人次: a count naming the subject of a later figure in the same clause.
		const next = found[i + 1];
		// 194部6736集: two counts written side by side are both figures.
		if (!(next && next.start > f.end && !/[,;。!?:、\n\r]/.test(folded.slice(f.end, next.start)) && next.start - f.end <= 20)) return true;
		// Only a count of things (12家, 39个) can name a subject; 36.94万人次(其中…1482人) is a figure and its breakdown.
		if (f.unit === null || MEASURE_UNITS.has(f.unit) || /^[(]/.test(folded.slice(f.end, next.start))) return true;
		// 85.1%及82.5% · 17.238亩土地租赁及13.828亩: joined by a conjunction without a verb, both are figures.
		const between = folded.slice(f.end, next.start);
		// 完成年计划2536万人次的48.62%: the plan and the share of it done are both figures.
		if (between === '的' && next.unit === '%') return true;
		return /[及和与或]/.test(between) && !SUBJECT_VERB_RE.test(between);
	});
	const resets = [...blanked.matchAll(RESET_RE)].map((m) => m.index);
	// A period inside a breakdown (分季度看,一季度…;二季度… · 其中一季度…) holds to the end of its paragraph only.
	const local = new Set<PeriodMention>();
	for (const p of periods) {
		const ls = text.lastIndexOf('\n', p.start - 1) + 1;
		const ss = backTo(blanked, p.start, /[。!?;\n\r]/, ls);
		if (/分季度|分月|分地区|分区域/.test(blanked.slice(ls, p.start)) || /其中/.test(blanked.slice(ss, p.start))) local.add(p);
	}

	// 上半年…;2月11日更录得30,671人次…;莲花口岸…: a day inside the period stated before it is a point of that period,
	// and holds for its own clause only.
	const pointIn = new Set<PeriodMention>();
	periods.forEach((p, k) => {
		if (!p.day || !p.key) return;
		const outer = periods.slice(0, k).findLast((q) => q.key !== null && !q.day);
		if (outer && contains(outer.key!, p.key)) pointIn.add(p);
		// 截至10月7日21时,已有25个省份公布假期数据: the hour the data were published, not the period of what follows.
		if (/^[^。!?;\n\r]*?(?:公布|发布)/.test(folded.slice(p.end, forwardTo(folded, p.end, /[。!?;\n\r]/)))) pointIn.add(p);
	});
	// 春节黄金周期间,…。截至2月15日,全市共接待游客79万人次: a day the data run to, shortly after a holiday named earlier in
	// its paragraph, is that holiday's last day; the figures are the holiday's.
	const holidayEnd = new Map<PeriodMention, PeriodMention>();
	periods.forEach((p, k) => {
		if (!p.day || !p.key || !/(?:截至|截止到?)$/.test(blanked.slice(Math.max(0, p.start - 3), p.start))) return;
		const ls = folded.lastIndexOf('\n', p.start - 1) + 1;
		const hol = periods.slice(0, k).findLast((q) => q.start >= ls && q.key !== null && /^\d{4}-[a-z-]+$/.test(q.key));
		const start = hol && HOLIDAY_START[hol.key!.slice(5)];
		// 国庆假期第三天,截至10月3日15时: a day of the holiday named, or an hour, is that day's count so far.
		if (!hol || !start || hol.key!.slice(0, 4) !== p.key.slice(0, 4) || /^(?:第|首日|当[天日])/.test(blanked.slice(hol.end, hol.end + 2)) || /日\d{1,2}(?:时|点)/.test(blanked.slice(p.start, p.end + 3))) return;
		const days = (Date.parse(p.key.slice(0, 10)) - Date.UTC(+p.key.slice(0, 4), start[0] - 1, start[1])) / 864e5;
		if (days >= 0 && days <= 45) holidayEnd.set(p, hol);
	});
	// (2019年国庆7天全国共接待国内游客7.82亿人次): a period inside a bracketed remark holds inside it only; a bracket
	// that is only a span (元旦假期(12月30日至1月1日)) spells out the period before it and holds on.
	const closeOf = new Map<PeriodMention, number>();
	for (const p of periods) {
		const open = folded.lastIndexOf('(', p.start);
		const close = open >= 0 ? folded.indexOf(')', open) : -1;
		if (close >= p.end && !(open === p.start - 1 && close === p.end)) closeOf.set(p, close);
	}
	// 今年全市在建项目94个,总投资…;一季度完成投资34.32亿元…。这批项目中…: a part of the year named inside a sentence
	// that opened with the year holds to the full stop; the sentences after it are the year's again.
	const inner = new Set<PeriodMention>();
	periods.forEach((p, k) => {
		if (!p.key || !/^\d{4}-(?:Q\d|H\d|\d{2}|YTD\d{2})$/.test(p.key)) return;
		const fs = backTo(blanked, p.start, /[。!?\n\r]/, 0);
		for (let j = k - 1; j >= 0 && periods[j]!.start >= fs; j--) {
			const q = periods[j]!;
			if (q.key !== null && /^\d{4}$/.test(q.key) && p.key.startsWith(`${q.key}-`) && /[,;]/.test(blanked.slice(q.end, p.start))) inner.add(p);
		}
	});
	// 依观光署113年的调查,国人每出国一趟平均花费5万5541元,据此推估去年…: the year of a survey a figure is taken from
	// holds for the clause after it only, not for the estimates made from it.
	const sourced = new Set<PeriodMention>();
	for (const p of periods) {
		const cs = backTo(blanked, p.start, /[,;。!?\n\r]/, 0);
		if (/(?:依|据|根据|按照|按)[^,;。]{0,10}$/.test(blanked.slice(cs, p.start)) && /^[^,;。]{0,6}(?:调查|统计|普查|抽样|监测)/.test(blanked.slice(p.end, p.end + 12))) sourced.add(p);
	}
	// 12月6日反馈了巡察意见。…\n一、整改工作组织情况\n…共指出4项12个问题: a day or span of days (when something was
	// done) does not carry past a numbered heading into the next section.
	const sectionStarts = [...folded.matchAll(/(?<=^|[\n\r])[ \t\u3000]*[一二三四五六七八九十]+、/g)].map((m) => m.index);
	const dated = (p: PeriodMention): boolean => p.key !== null && p.key.includes('/') && !p.key.endsWith('-12-31');
	const reaches = (at: number) => (p: PeriodMention) =>
		(!dated(p) || !sectionStarts.some((h) => h > p.end && h < at)) &&
		(!p.clause || !/[,;。!?\n\r]/.test(folded.slice(p.end, at))) &&
		(!sourced.has(p) || !/[;。!?\n\r]|,[^,]*,/.test(folded.slice(p.end, at))) &&
		(!local.has(p) || !/[\n\r]/.test(folded.slice(p.end, at))) &&
		(!inner.has(p) || !/[。!?\n\r]/.test(folded.slice(p.end, at))) &&
		(!pointIn.has(p) || !/[;。!?\n\r]/.test(folded.slice(p.end, at))) &&
		(!closeOf.has(p) || at < closeOf.get(p)!);
	// 一、2023年工作完成情况 (a heading line): its period holds over the numbered points under it.
	const headings = new Set<PeriodMention>();
	for (const p of periods) {
		const ls = folded.lastIndexOf('\n', p.start - 1) + 1;
		const le = forwardTo(folded, p.start, /[\n\r]/);
		if (le - ls <= 40 && /^\s*[一二三四五六七八九十]+、/.test(folded.slice(ls, le)) && !/[。,;!?:]/.test(folded.slice(ls, le))) headings.add(p);
	}
	// 2010年“十一”黄金周旅游统计报告 (the title) …(二)在…中: a period the title names holds over every numbered point
	// that names none of its own.
	// 2023年工作总结和2024年工作打算 (the title): the body reports the year summed up; the year planned for is not the
	// period of its numbered points.
	const planned = (p: PeriodMention): boolean =>
		/^(?:年度)?(?:的)?(?:工作|重点工作)?(?:打算|计划|安排|思路|要点)/.test(folded.slice(p.end, p.end + 8)) && periods.some((q) => q !== p && q.start < p.start && q.key !== null);
	const heading = (p: PeriodMention): boolean => headings.has(p) || (p.start < bodyStart && p.key !== null && !p.day && !planned(p));
	// 春节假日(1月28日至2月4日)期间…。今年是…第一个春节…乡村旅游接待游客…: once a holiday's span is spelled out in
	// brackets, the holiday named again later is that span.
	const spelled = new Map<string, PeriodMention>();
	const spanOf = new Map<PeriodMention, PeriodMention>();
	periods.forEach((p, k) => {
		const next = periods[k + 1];
		if (p.key && /^\d{4}-[a-z-]+$/.test(p.key) && next?.key?.includes('/') && /^(?:假日|假期|长假|小长假|黄金周)?\s*\($/.test(folded.slice(p.end, next.start))) spelled.set(p.key, next);
		else if (p.key && spelled.has(p.key)) spanOf.set(p, spelled.get(p.key)!);
	});
	const periodOf = figures.map((f) => {
		const p = periodFor(periods, resets, f.start, reaches(f.start), heading);
		return (p && (holidayEnd.get(p) ?? spanOf.get(p))) ?? p;
	});
	// 1879个场馆免费开放,…3100余场……记者获悉,2024年全省…: a lead before any period takes the year its sentence names.
	const firstBody = periods.find((p) => p.start >= bodyStart);
	figures.forEach((f, i) => {
		if (periodOf[i] !== null || (firstBody && firstBody.start < f.start)) return;
		const end = forwardTo(folded, f.end, /[。!?\n\r]/);
		const later = periods.find((p) => p.start > f.end && p.start < end && p.key !== null && /^\d{4}$/.test(p.key));
		if (later) periodOf[i] = later;
	});
	// 一、二季度居民出游意愿分别为83.0%、84.8%: the figures of the list take the listed periods in order.
	const listKey = new Map<number, string>();
	for (const p of periods) {
		if (!p.keys) continue;
		const end = forwardTo(folded, p.end, /[。!?;\n\r]/);
		const list = figures.map((f, i) => i).filter((i) => periodOf[i] === p && figures[i]!.start < end);
		if (list.length === p.keys.length && /分别/.test(folded.slice(p.end, figures[list[0]!]!.start))) list.forEach((i, k) => listKey.set(i, p.keys![k]!));
	}
	// 比2014年国庆节增长 · 与2023年同期持平 in a report on 2024 is a plain 同比; only another base year stays apart.
	const lastYearOf = (i: number): string => String(+(periodOf[i]?.key ?? date).slice(0, 4) - 1);
	const assigned = assignChanges(folded, figures, changes, lastYearOf);
	const lineStarts = [0];
	for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);

	const seen = new Map<string, number>();
	const candidates: Candidate[] = [];
	const codes: (string | null)[] = [];
	figures.forEach((f, i) => {
		const lineIdx = upperBound(lineStarts, f.start) - 1;
		const lineStart = lineStarts[lineIdx]!;
		const sentStart = backTo(folded, f.start, SENTENCE_END, lineStart);
		const clauseStart = backTo(folded, f.start, CLAUSE_END, lineStart);
		const period = periodOf[i]!;
		const slots = assigned.get(i) ?? {};
		let yoy = slots.yoy ?? null;
		let other = slots.other ?? null;
		// 比2014年国庆节增长 in a 2015 report is a plain 同比; only another base year stays apart.
		if (!yoy && other?.kind === 'base_growth' && other.base !== null && +other.base === +(period?.key ?? date).slice(0, 4) - 1) {
			yoy = { ...other, kind: 'yoy', base: null };
			other = null;
		}
		const changeEnd = Math.max(yoy?.end ?? 0, other?.end ?? 0);
		const scopeText = folded.slice(targetScope(folded, f.start, sentStart), f.start);
		const clauseText = folded.slice(clauseStart, f.start);
		// A forecast word before the sentence's first figure governs the whole sentence, unless a clause says what was done.
		// 预计上半年接待…;…;…: a forecast's items are often set apart by semicolons, so it runs to the full stop.
		const fullStart = backTo(folded, f.start, /[。!?\n\r]/, lineStart);
		const firstInSentence = figures.find((g) => g.start >= fullStart)?.start ?? f.start;
		const firstInClauses = figures.find((g) => g.start >= sentStart)?.start ?? f.start;
		// …652场次,…,预计全年举办活动780场,惠及群众200余万人次: a forecast opened mid-sentence runs on over the commas after it.
		const forecastMid = /(?:预计|预估|预测)[^;。!?]*$/.test(folded.slice(fullStart, f.start));
		const sentenceTarget =
			(SENTENCE_TARGET_RE.test(folded.slice(sentStart, firstInClauses)) || FORECAST_RE.test(folded.slice(fullStart, firstInSentence)) || forecastMid) && !ACTUAL_RE.test(clauseText);
		const shareOfPlan = f.unit === '%' && SHARE_OF_PLAN_RE.test(clauseText);
		// A report dated before December cannot state a whole year's actual: 全年… there is the plan.
		const wholeYear = /全年/.test(scopeText) && (period === null || period.key === date.slice(0, 4)) && date.slice(5, 7) !== '12';
		// 目标是:接待游客…,旅游收入…;… — a stated goal runs to the end of its sentence, across clauses.
		const lineHead = folded.slice(lineStart, f.start);
		const goal = lineHead.search(/(?:目标|任务)(?:是|为)?:[^。]*$/) >= 0;
		// 力保实现“…220万人次,…6.5亿元”的奋斗目标: the goal is named after its figures.
		const sentEnd = forwardTo(folded, f.end, /[。!?\n\r]/);
		// 完成…下达的2025年新增1万间、2027年新增2万间“平急两用”旅游居住设施目标: so is a clause that ends in 目标.
		const clauseTail = folded.slice(f.end, forwardTo(folded, f.end, /[,;。!?\n\r]/));
		const named = (/的[\u4e00-\u9fff]{0,4}目标/.test(folded.slice(f.end, sentEnd)) || /目标(?:任务)?$/.test(clauseTail)) && !/了|已/.test(folded.slice(sentStart, f.start));
		const role = !shareOfPlan && (TARGET_RE.test(scopeText) || wholeYear || goal || named || sentenceTarget) ? 'target' : 'actual';
		const prefix = folded.slice(clauseStart, f.start);
		// The words naming this figure start after the figure before it in the clause (门票收入7500万元、综合收入17.2亿元).
		const prev = i > 0 ? figures[i - 1]! : null;
		const ownPrefix = prev && prev.end > clauseStart && prev.end <= f.start ? folded.slice(prev.end, f.start).replace(/^[、和及与,\s]+/, '') : prefix;
		const clauseEnd = forwardTo(folded, f.end, /[。!?;,:、\n\r]/);
		const suffix = folded.slice(f.end, clauseEnd);
		let unit = f.unit;
		if (unit === null && /人次$/.test(prefix.trim())) unit = '人次';
		// 其中… narrows the sentence to a part of the whole (其中,昆明市接待游客…): never the headline indicator.
		// A bracketed 其中 (…人次(其中国外游客1482人),实现…) narrows only what is inside the brackets.
		const part = /其中/.test(folded.slice(sentStart, f.start).replace(/[(][^()]*[)]/g, ''));
		// 西江景区共接待游客19.02万人次,…,实现旅游综合收入6057.11万元: a clause that opens with 实现/完成 has the
		// sentence's subject, and that subject's scope.
		const firstFig = figures.find((g) => g.start >= sentStart);
		// 97个旅游景区共接待游客254.72万人次,门票收入4184.35万元,综合收入16.85亿元: so does a clause that is a bare label,
		// naming no place of its own.
		const subject = firstFig && firstFig.start < clauseStart && (/^[\s,]*(?:实现|完成)/.test(prefix) || !/[全省市县区州国镇乡村]/.test(prefix)) ? folded.slice(sentStart, firstFig.start) : '';
		const mapped = mapIndicator(part ? `其中${subject}${ownPrefix}` : subject + ownPrefix, suffix, unit, opts.catalog, opts.synonyms);
		const entry = mapped.code ? opts.catalog.find((c) => c.code === mapped.code) : undefined;
		let key = listKey.get(i) ?? period?.key ?? null;
		if (key !== null && role === 'target' && YEAR_PLAN_RE.test(prefix)) key = key.slice(0, 4);
		if (period?.asOf) key = entry && entry.kind === 'flow' ? date.slice(0, 4) : date.slice(0, 7);
		// No period stated: a stock or rate is as of the report's month, a flow counts for the report's year.
		if (key === null && !period?.none) key = entry && entry.kind !== 'flow' && role === 'actual' ? date.slice(0, 7) : date.slice(0, 4);
		// Always in the base unit (人次, 元, %), as the store keeps values.
		const value = f.value;
		// A quote starts at the period phrase that opens the sentence when it does (一季度,全市…), else at the clause.
		let qStart = clauseStart;
		const lead = periods.find((p) => p.start >= sentStart && p.end <= clauseStart && p.start < f.start);
		if (lead && /^[\s,]*$/.test(folded.slice(lead.end, clauseStart).replace(/[,]/g, ''))) qStart = lead.start;
		while (qStart < f.start && /[\s,]/.test(folded[qStart]!)) qStart++;
		// The words after the number belong in the quote when they name what is counted (53个农文旅重点项目建设).
		const qEnd = Math.max(f.end, changeEnd, mapped.side === 'suffix' || !/[\u4e00-\u9fff]{2}/.test(stripVerbs(prefix)) ? clauseEnd : 0);
		let indicator = mapped.code;
		// 完成年计划2536万人次: a plan named by no term of its own is the plan of the figure before it in the sentence.
		if (indicator === null && !mapped.scoped && role === 'target' && YEAR_PLAN_RE.test(prefix)) {
			for (let j = i - 1; j >= 0 && figures[j]!.start >= sentStart; j--) {
				if (figures[j]!.unit === unit && codes[j]) {
					indicator = codes[j]!;
					break;
				}
			}
		}
		codes[i] = mapped.code;
		let flag: Candidate['flag'] = mapped.scoped ? 'scope' : null;
		if (indicator !== null) {
			const k = `${indicator}|${key}|${role}`;
			const prior = seen.get(k);
			if (prior !== undefined && prior !== value) {
				indicator = null;
				flag = 'conflict';
			} else seen.set(k, value);
		}
		candidates.push({
			line: lineIdx + 1,
			start: qStart,
			end: qEnd,
			quote: text.slice(qStart, qEnd),
			label: cleanLabel(mapped.side === 'suffix' || !/[\u4e00-\u9fff]{2}/.test(stripVerbs(ownPrefix)) ? suffix : ownPrefix.slice(ownPrefix.lastIndexOf('、') + 1)),
			indicator,
			period: key,
			value,
			unit,
			qualifier: f.qualifier,
			role,
			yoy_reported: yoy?.kind === 'yoy' ? yoy.value : null,
			yoy_points: yoy?.kind === 'yoy_points' ? yoy.value : null,
			change: other && (other.kind === 'base_growth' || other.kind === 'recovery' || other.kind === 'multiple') ? { kind: other.kind, base: other.base, value: other.value } : null,
			flag
		});
	});
	for (const t of tables.figures) {
		const mapped = mapIndicator(t.part ? `其中${t.label}` : t.label, '', t.unit, opts.catalog, opts.synonyms);
		let indicator = mapped.code;
		let flag: Candidate['flag'] = mapped.scoped ? 'scope' : null;
		if (indicator !== null) {
			const k = `${indicator}|${t.period}|actual`;
			const prior = seen.get(k);
			if (prior !== undefined && prior !== t.value) {
				indicator = null;
				flag = 'conflict';
			} else seen.set(k, t.value);
		}
		candidates.push({
			line: upperBound(lineStarts, t.start),
			start: t.start,
			end: t.end,
			quote: text.slice(t.start, t.end),
			label: t.label,
			indicator,
			period: t.period,
			value: t.value,
			unit: t.unit,
			qualifier: null,
			role: 'actual',
			yoy_reported: t.yoy,
			yoy_points: null,
			change: null,
			flag
		});
	}
	if (tables.figures.length) candidates.sort((a, b) => a.start - b.start);
	return { date, candidates };
}

/**
 * 截至6月底,在建项目827个,本年完成投资195.21亿元,占全年投资计划的61.0%: 本年 after a span from January in its sentence
 * is that span (the year so far), and 占全年…计划 is a share of the year's plan; neither is a period of its own.
 */
function yearSoFar(s: string, p: PeriodMention, before: PeriodMention | undefined): boolean {
	if (!p.key || !/^\d{4}$/.test(p.key)) return false;
	const word = s.slice(p.start, p.end);
	if (word === '全年' && s[p.start - 1] === '占' && /^[\u4e00-\u9fff]{0,4}计划/.test(s.slice(p.end, p.end + 8))) return true;
	return (
		word === '本年' &&
		!!before?.key &&
		/^\d{4}-(?:H1|YTD\d{2}|Q1)$/.test(before.key) &&
		before.key.startsWith(p.key) &&
		!/[。!?\n\r]/.test(s.slice(before.end, p.start))
	);
}

/** End of the title lines: leading lines without sentence punctuation (a headline, a date line). */
function titleEnd(s: string): number {
	let at = 0;
	for (let k = 0; k < 3; k++) {
		const nl = s.indexOf('\n', at);
		if (nl < 0) return at;
		const line = s.slice(at, nl).trim();
		// A headline may shout (9.84亿人次!重点村…): only a full stop or a semicolon makes a line body text.
		// 2019年上半年逾9,600万人次出入境: a thousands separator is no clause comma.
		if (line.length > 60 || /[。;]/.test(line) || (/,(?!\d{3})/.test(line) && line.length > 30)) return at;
		at = nl + 1;
	}
	return at;
}

/** The day key (YYYY-MM-DD/YYYY-MM-DD) falls inside the months of a year, half, quarter, month or year-to-date key. */
function contains(outer: string, day: string): boolean {
	const p = parsePeriod(outer);
	if (!p.ok) return false;
	if (p.value.kind === 'interval') return day.slice(0, 10) >= p.value.start! && day.slice(0, 10) <= p.value.end!;
	if (+day.slice(0, 4) !== p.value.year) return false;
	const months = monthsCovered(p.value);
	return months !== null && months.includes(+day.slice(5, 7));
}

function upperBound(xs: number[], v: number): number {
	let lo = 0, hi = xs.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (xs[mid]! <= v) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
function backTo(s: string, at: number, re: RegExp, floor: number): number {
	let i = at;
	while (i > floor && !re.test(s[i - 1]!)) i--;
	return i;
}
function forwardTo(s: string, at: number, re: RegExp): number {
	let i = at;
	while (i < s.length && !re.test(s[i]!)) i++;
	return i;
}
/** A target word governs the figures after it in its clause and in clauses joined to it by 、 (确保…4200万人次、…400亿元). */
function targetScope(s: string, at: number, sentStart: number): number {
	return backTo(s, at, /[。!?;\n\r]/, sentStart) === sentStart ? Math.max(sentStart, backTo(s, at, /[,;]/, sentStart) - 0) : sentStart;
}

const VERB_RE = /^(?:[,、\s]|全市|全省|全县|全区|全州|全国|我市|我省|我县|我区|共计|共|累计|总计|合计|实现|完成|达到|达|为|约|近|超过|超|了)+|(?:共计|共|累计|达到|达|为|约|近|超过|超|了)+$/g;
function stripVerbs(s: string): string {
	return s.replace(VERB_RE, '');
}
// 增加1.7倍至 · 分别为 at the end of a label is the change or the list word, not the name.
const LABEL_TAIL_RE = /(?:同比|按年)?(?:增加|减少|增长|下降|上升|下跌)[^,;]*?至$|分别(?:为|是)?$/;
function cleanLabel(s: string): string {
	return stripVerbs(stripVerbs(s.trim()).replace(LABEL_TAIL_RE, '')).trim();
}

function periodFor(periods: PeriodMention[], resets: number[], at: number, reaches: (p: PeriodMention) => boolean, heading: (p: PeriodMention) => boolean): PeriodMention | null {
	let floor = 0;
	for (const r of resets) if (r <= at && r > floor) floor = r;
	let best: PeriodMention | null = null;
	for (const p of periods) {
		if (p.start >= at) break;
		if ((p.start >= floor || heading(p)) && reaches(p)) best = p;
	}
	return best;
}

interface Assigned {
	kind: Change['kind'];
	value: number;
	base: string | null;
	end: number;
}
/** A figure's stated changes: one against last year (同比, or points), one against another base (2019, a multiple). */
interface Slots {
	yoy?: Assigned;
	other?: Assigned;
}
const slotOf = (k: Change['kind']): keyof Slots => (k === 'yoy' || k === 'yoy_points' ? 'yoy' : 'other');

/**
 * Each change goes to the nearest figure before it in its sentence that has no change of that kind yet (a figure can
 * carry a 同比 and a recovery to 2019); 分别 A 和 B goes to the last figures before it, in order. A figure that only
 * describes a noun (两千两百万人次的纪录) gives way to the subject of the sentence.
 */
function assignChanges(text: string, figures: RawFigure[], changes: Change[], lastYearOf: (i: number) => string): Map<number, Slots> {
	const out = new Map<number, Slots>();
	for (const change of changes) {
		if (change.kind === 'masked') continue;
		let c = change;
		// 增加23.5%至4.7万间 · 同比增加17.7%,达443万人次: the figure right after 至 (or 达), unless 达 follows a figure of
		// the same clause (接待游客100万人次,同比增长5%,达…), whose change it is.
		const reach = c.forward && text[c.end] !== '至';
		const ahead = c.forward ? figures.findIndex((f) => f.start > c.end && f.start <= c.end + (reach ? 4 : 2)) : -1;
		if (c.forward && !(reach && (ahead < 0 || figures.some((f) => f.end <= c.start && f.start >= backTo(text, c.start, /[。!?;\n\r]/, 0))))) {
			const slot = slotOf(c.kind);
			if (ahead >= 0 && (figures[ahead]!.unit !== '%' || c.kind === 'yoy_points') && !out.get(ahead)?.[slot]) {
				out.set(ahead, { ...(out.get(ahead) ?? {}), [slot]: { kind: c.kind, value: c.values[0]!, base: c.base, end: c.end } });
			}
			continue;
		}
		const sentStart0 = backTo(text, c.start, /[。!?;\n\r]/, 0);
		const near = figures.findLastIndex((f) => f.end <= c.start && f.start >= sentStart0);
		if (c.kind === 'base_growth' && near >= 0 && c.base === lastYearOf(near)) c = { ...c, kind: 'yoy', base: null };
		// 恢复到2021年同期的64.46% in 2022 is a recovery to last year's level, which keeps no base year.
		if (c.kind === 'recovery' && near >= 0 && c.base === lastYearOf(near)) c = { ...c, base: null };
		const slot = slotOf(c.kind);
		const sentStart = backTo(text, c.start, /[。!?;\n\r]/, 0);
		// A figure keeps one change against another base; one against last year displaces one against an older year
		// (…恢复到2020年同期的A、2021年同期的B in 2022: B), as the board compares with last year.
		const taken = (i: number): boolean => {
			const o = out.get(i)?.[slot];
			return !!o && !(slot === 'other' && c.base === null && o.base !== null && o.kind === c.kind);
		};
		let before: number[] = [];
		figures.forEach((f, i) => {
			if (f.end > c.start || f.start < sentStart || taken(i)) return;
			if (f.unit === '%' && c.kind !== 'yoy_points') return;
			before.push(i);
		});
		// 外联236.98万人次、…;与上年同期相比,四项指标分别持平、增长…: a list of changes with no figures in its sentence
		// belongs to the figures of the sentence before the semicolon.
		// It must match them one to one: 外港码头及氹仔码头…分别下降A及B names figures the text does not give.
		if (before.length === 0 && c.distributive) {
			const wide = backTo(text, c.start, /[。!?\n\r]/, 0);
			figures.forEach((f, i) => {
				if (f.end <= c.start && f.start >= wide && !taken(i) && (f.unit !== '%' || c.kind === 'yoy_points')) before.push(i);
			});
			if (before.length < c.values.length) before = [];
		}
		const subjects = before.filter((i) => text[figures[i]!.end] !== '的');
		if (subjects.length > 0 && !c.distributive) before = subjects;
		if (before.length === 0) continue;
		// 游客量和旅游收入均比去年同期增长60%: each figure since the sentence's last change takes it.
		if (c.all) {
			const prevEnd = Math.max(sentStart, ...changes.filter((o) => o.end <= c.start).map((o) => o.end));
			const covered = before.filter((i) => figures[i]!.start >= prevEnd);
			for (const fi of covered.length ? covered : before.slice(-1)) {
				out.set(fi, { ...(out.get(fi) ?? {}), [slot]: { kind: c.kind, value: c.values[0]!, base: c.base, end: c.end } });
			}
			continue;
		}
		const n = c.distributive ? c.values.length : 1;
		const take = before.slice(-n);
		take.forEach((fi, k) => {
			const v = c.values[c.distributive ? k + (n - take.length) : 0];
			if (v === undefined) return;
			const slots = out.get(fi) ?? {};
			slots[slot] = { kind: c.kind, value: v, base: c.base, end: c.end };
			out.set(fi, slots);
		});
	}
	return out;
}
