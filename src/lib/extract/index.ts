// Reads the figures a report states (label · value · unit · qualifier · period · role · stated change) out of its text, with quotes
// and offsets into the text as given, and maps each to a catalog indicator where the wording and unit allow.
import { foldForReading } from './fold';
import { findFigures } from './figures';
import { labelledFigures } from './label-units';
import { placeCounts } from './place-counts';
import { noteRowFigures } from './note-rows';
import { findChanges, relativeBases } from './change-phrases';
import { findReportDate } from './report-date';
import { indicatorMapper, type CatalogEntry, type Synonym } from './map';
import { findTables, tablesInContext } from './tables';
import { readPeriods, periodsOfFigures } from './context';
import type { PeriodMention } from './periods';
import { keepFigures } from './keep';
import { assignChanges, yoyToCompared } from './changes';
import { assignThisYearLists } from './this-year-lists';
import { assignChangesAhead, assignLabelledChanges, assignLaterMeasures, assignLoneChanges, assignSubjectChanges, assignNextSentenceBases, assignNextSentenceLists, assignRateChanges } from './late-changes';
import { brokenDownSpan } from './breakdowns';
import { backTo, firstFrom, forwardTo, sentenceEnd, upperBound } from './scan';
import { completesYearEarly, existingProjects, futureLevel, WILL_DO, goalNamedAfter, goalReachedAfter, goalSentence, taskSized, measuresPlanRate, willReach, plannedTotal, projectsCounted, reachedByLaterYear, sentencePlanWords, setsTasks, taskParagraph, withoutPlanRates } from './roles';
import { targetListSpans, taskTableSpans } from './target-lists';
import { countsListPlaces } from './rankings';
import { fromToLevels } from './from-to';
import { noticeMonth, sanctionedCount, campaignYear } from './notice-counts';
import { mergeRestated } from './restated';
import { goalTitle } from './goal-title';
import { namedPartChanges } from './named-part-change';
import { isYearsTime } from './month-lists';
import { baseLevelChanges } from './base-level-change';
import { fromToGrowth } from './from-to-growth';
import { headChanges } from './head-changes';

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
// 五年累计争取…1.2亿元 · 全省争取到位资金7.58亿元: funds secured (累计/已/共争取, 争取到, 争取了) are an actual figure. 演出任务是900场: a task set is a target.
// 纳入建设计划的8座厕所: the plan something was put into is a noun, not a plan for the figure.
// 6月至10月将演出54台、168场次 · 将举办 · 将接待: 将 right before the verb of a figure makes it a plan (WILL_DO, roles.ts).
// 《广东省2021年重点建设项目计划》,计划共列入项目1395个,总投资7.28万亿元 (814): 计划 then 共 and a verb of listing is the
// plan as a document, counting what it lists (actuals, as fixtures 701 and 722 read a key-project list); 40个项目计划列入
// 市级调控 (779, no 共) still plans the listing.
const PLAN = '(?<!(?:纳入|列入)[\u4e00-\u9fff]{0,4})计划(?!共(?:列入|纳入|安排|包括|包含))';
const TARGET_RE = new RegExp(`加快推进|${PLAN}|力争|力保|确保|目标|预计|预估|预测|前(?:的)?估计|(?<!累计|已|共|为)争取(?!到|了)|预期|拟|(?:年度|全年|年)任务|任务(?:数)?(?:是|为)$|${WILL_DO}|(?<![主重需只必纲首概])要(?![求素点是])`);
// Words that open a forecast or a goal for a whole sentence (预计共接待游客约212万人,实现旅游消费约19.34亿元).
const SENTENCE_TARGET_RE = new RegExp(`预计|预估|预测|力争|确保|力保|(?<!累计|已|共|为)争取(?!到|了)|${PLAN}`);
// A forecast (预计…;…;…) runs to the full stop; a plan word may be a noun (培训计划) and holds to a semicolon only.
// 力争/确保/力保 are verbs only, never a noun like 计划: a goal opened with them runs to the full stop too
// (力争旅居人数达到600万;建成340个…;对…85个…).
const FORECAST_RE = /预计|预估|预测|力争|确保|力保/;
// …but a clause saying what was done is an actual figure even there.
// A clause that opens with a subject of its own: the whole country or region, a mode of transport, a sector or office.
const OWN_SUBJECT_RE = /^\s*(?:全国|全省|全市|全县|全区|全州|我省|我市|我县|我区|民航|铁路|公路|道路|水路|水运|航空|[\u4e00-\u9fff]{1,6}(?:方面|部门|机场|口岸|景区|车站))/;
const ACTUAL_RE = /实际|已经|已|完成了|达成/;
// 完成年计划2536万人次的48.62% · 占年度任务4.62亿元的110.4%: the share of a plan that was done is an actual figure.
// 分别完成全年计划的83.8%和84.7%: each share in a list after 的 is one.
// 完成投资2010.95万元,占年度计划92.8% · 占全年计划62%: the share right after the plan, with no 的, is one too.
const SHARE_OF_PLAN_RE = /(?:计划|任务|目标)[^,;。]*的(?:\d+(?:\.\d+)?%[和、及与])*$|(?:占|完成)(?:全年|年度|当年|年)?(?:计划|任务|目标)(?:任务)?(?:的)?$/;
// 年计划2536万人次 · 年度任务4.62亿元 · 当年计划投资98.51亿元: a plan for the year counts for the year, not for the half
// year being reported, also with what is planned (投资, 接待) between the plan and its figure.
const YEAR_PLAN_RE = /(?:年|年度|全年)(?:计划|任务|目标)(?:[投接实完举新建开][\u4e00-\u9fff]{1,3}?)?(?:为|是|达)?$/;

// 计划总投资额14298.31亿元: the planned total of projects is no plan of the months being reported; it counts for the year.
const FLOW_UNITS = new Set(['人次', '人天', '元', '美元']);
const PROJECT_TOTAL_RE = /计划总投资(?:额|总额)?(?:为|是|达)?$/;

/** `text` with every character marked in `marks` (1) turned into a space: a run at a time, not an array of characters. */
function blankOut(text: string, marks: Uint8Array): string {
	let out = '';
	for (let i = 0; i < text.length; ) {
		let j = i;
		while (j < text.length && marks[j] !== 1) j++;
		out += text.slice(i, j);
		i = j;
		while (j < text.length && marks[j] === 1) j++;
		out += ' '.repeat(j - i);
		i = j;
	}
	return out;
}

export function extractFigures(text: string, opts: ExtractOptions): Extraction {
	const date = opts.date ?? findReportDate(text) ?? opts.today;
	const whole = foldForReading(text);
	const mapIndicator = indicatorMapper(opts.catalog, opts.synonyms);
	// Tables are read by columns; the sentence reader sees their lines as blank.
	const tables = findTables(whole, date);
	let folded = whole;
	for (const [a, b] of tables.spans) folded = folded.slice(0, a) + whole.slice(a, b).replace(/[^\n\r]/g, ' ') + folded.slice(b);
	const changes = findChanges(folded);
	relativeBases(changes, date);
	// The characters a change phrase covers, marked once (asked of every number the readers meet).
	const changed = new Uint8Array(folded.length + 1);
	for (const c of changes) changed.fill(1, c.start, c.end);
	const inChange = (at: number): boolean => changed[at] === 1;
	// Periods are read with the change phrases blanked out, so 比2019年同期 never becomes a period.
	const blanked = blankOut(folded, changed);
	const { periods, bodyStart } = readPeriods(folded, blanked, date);
	tablesInContext(tables.figures, periods);
	// The characters a period's words cover (a number inside 2024年1-5月 is no figure), marked once.
	const inPeriod = new Uint8Array(folded.length + 1);
	for (const p of periods) inPeriod.fill(1, p.start, p.end);
	// A headline repeats figures of the body in round words (逾三亿人次): the title lines are not read for figures.
	const found = [...findFigures(folded, inChange), ...labelledFigures(folded, inChange), ...placeCounts(folded, inChange), ...noteRowFigures(folded, inChange)].sort((a, b) => a.start - b.start).filter((f) => f.start >= bodyStart && !inPeriod[f.start]);
	// 排行榜(旅游总收入,同比;…):…530.42亿元,10%: a row's bare percentage is its figure's 同比, no figure.
	const { figures, changes: rowChanges } = headChanges(folded, keepFigures(folded, found));
	const goalText = goalTitle(folded, bodyStart, date);
	const { periodOf, listKey } = periodsOfFigures(text, folded, blanked, periods, bodyStart, figures, date);
	const fromLevels = fromToLevels(folded, figures, periodOf, listKey, date);
	// 比2014年国庆节增长 · 与2023年同期持平 in a report on 2024 is a plain 同比; only another base year stays apart.
	const lastYearOf = (i: number): string => String(+(periodOf[i]?.key ?? date).slice(0, 4) - 1);
	const assigned = assignChanges(folded, figures, changes, lastYearOf);
	yoyToCompared(folded, figures, assigned, (i) => listKey.get(i) ?? periodOf[i]?.key ?? null);
	figures.forEach((f, i) => {
		const c = rowChanges.get(f);
		if (c && !assigned.get(i)?.yoy) assigned.set(i, { ...assigned.get(i), yoy: { kind: 'yoy', value: c.value, base: null, end: c.end } });
	});
	assignRateChanges(folded, figures, changes, assigned);
	// A list of this year's changes after last year's figures is this year's figures', never last year's.
	const thisYears = assignThisYearLists(folded, figures, changes, assigned, (i) => listKey.get(i) ?? periodOf[i]?.key ?? null, date);
	const open = thisYears.size ? changes.filter((c) => !thisYears.has(c)) : changes;
	assignNextSentenceBases(folded, figures, open, assigned, lastYearOf);
	assignNextSentenceLists(folded, figures, open, assigned, lastYearOf);
	assignLaterMeasures(folded, figures, open, assigned);
	assignLabelledChanges(folded, figures, open, assigned);
	assignChangesAhead(folded, figures, open, assigned);
	assignLoneChanges(folded, figures, open, assigned);
	assignSubjectChanges(folded, figures, open, assigned);
	baseLevelChanges(folded, figures, periodOf, listKey, assigned, date);
	fromToGrowth(folded, figures, fromLevels, periodOf, listKey, assigned);
	const partChanges = namedPartChanges(folded, figures, assigned);
	const lineStarts = [0];
	for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
	const targetLists = [...targetListSpans(folded), ...taskTableSpans(folded)];

	// Where the changes said per year (年增长16%) end: a stated 同比 ending there is such a rate.
	const yearlyEnds = new Set(changes.filter((c) => folded[c.start] === '年').map((c) => c.end));
	const seen = new Map<string, number>();
	const candidates: Candidate[] = [];
	const roles: Candidate['role'][] = [];
	const codes: (string | null)[] = [];
	figures.forEach((f, i) => {
		if (partChanges.has(i)) return;
		const lineIdx = upperBound(lineStarts, f.start) - 1;
		const lineStart = lineStarts[lineIdx]!;
		const sentStart = backTo(folded, f.start, SENTENCE_END, lineStart);
		let clauseStart = backTo(folded, f.start, CLAUSE_END, lineStart);
		// 接待游客(万人次):1520.3: the label before the colon, its unit in brackets, names the number after it.
		if (/^\s*$/.test(folded.slice(clauseStart, f.start)) && folded.slice(clauseStart - 2, clauseStart) === '):') clauseStart = backTo(folded, clauseStart - 1, CLAUSE_END, lineStart);
		const period = periodOf[i]!;
		const slots = assigned.get(i) ?? {};
		let yoy = slots.yoy ?? null;
		let other = slots.other ?? null;
		// 比2014年国庆节增长 in a 2015 report is a plain 同比; only another base year stays apart.
		if (!yoy && other?.kind === 'base_growth' && other.base !== null && +other.base === +(period?.key ?? date).slice(0, 4) - 1) {
			yoy = { ...other, kind: 'yoy', base: null };
			other = null;
		}
		// 是2023年的6.29倍 in a report on 2024: a multiple of last year, as 是去年的N倍 is.
		if (other?.kind === 'multiple' && other.base !== null && +other.base === +(period?.key ?? date).slice(0, 4) - 1) other = { ...other, base: null };
		// 到2015年…超过3500亿元,年增长16%左右: a yearly rate in a goal for a year some years off is an average over the years to it, no 同比.
		if (yoy && +(listKey.get(i) ?? period?.key ?? date).slice(0, 4) > +date.slice(0, 4) + 1 && yearlyEnds.has(yoy.end)) yoy = null;
		const changeEnd = Math.max(yoy?.end ?? 0, other?.end ?? 0);
		const scopeText = withoutPlanRates(folded.slice(targetScope(folded, f.start, sentStart), f.start));
		const clauseText = folded.slice(clauseStart, f.start);
		// A forecast word before the sentence's first figure governs the whole sentence, unless a clause says what was done.
		// 预计上半年接待…;…;…: a forecast's items are often set apart by semicolons, so it runs to the full stop.
		const fullStart = backTo(folded, f.start, /[。!?\n\r]/, lineStart);
		const firstInSentence = figures[firstFrom(figures, fullStart)]?.start ?? f.start;
		const firstFig = figures[firstFrom(figures, sentStart)];
		const firstInClauses = firstFig?.start ?? f.start;
		// …652场次,…,预计全年举办活动780场,惠及群众200余万人次: a forecast opened mid-sentence runs on over the commas after it.
		const forecastMid = /(?:预计|预估|预测)[^;。!?]*$/.test(withoutPlanRates(folded.slice(fullStart, f.start)));
		// 全国铁路首日预计发送旅客1619万人次;民航首日运送旅客183万人次: a forecast made by a subject of its own stops at the
		// semicolon where another subject reports what it did.
		const forecast = FORECAST_RE.exec(withoutPlanRates(folded.slice(fullStart, firstInSentence)));
		const leadAt = forecast ? fullStart + forecast.index : -1;
		// 预计国内旅游人数…;预计入境旅游人数…;出境旅游人数约8129万人次 (fixture 736): a forecast word said again at the head of
		// each item leaves the item that lacks it stated, not forecast.
		// (Goal words, 力争 · 确保, and 届时 (by then) carry on: only an estimate, 预计, is said of each item it covers.)
		const itemsRepeat = forecast !== null && sentStart > leadAt && /;(?:预计|预估|预测)/.test(folded.slice(fullStart, sentStart)) && !/预计|预估|预测|届时|将|力争|确保/.test(folded.slice(sentStart, f.start));
		const ownForecast = itemsRepeat || forecast !== null && sentStart > leadAt && /[\u4e00-\u9fff]{2}$/.test(folded.slice(backTo(folded, leadAt, /[,;]/, fullStart), leadAt)) && OWN_SUBJECT_RE.test(folded.slice(sentStart));
		const sentenceTarget =
			(SENTENCE_TARGET_RE.test(sentencePlanWords(folded.slice(sentStart, firstInClauses))) || futureLevel(folded.slice(sentStart, firstInClauses), firstFig ? folded.slice(firstFig.start, firstFig.end) : '') || futureList(folded, fullStart, sentStart, firstInSentence) || (forecast !== null && !ownForecast) || forecastMid || setsTasks(folded.slice(fullStart, firstInSentence)) || taskParagraph(folded.slice(lineStart, f.start))) && !ACTUAL_RE.test(clauseText) && !(measuresPlanRate(clauseText) && forecast === null && !forecastMid);
		const shareOfPlan = f.unit === '%' && SHARE_OF_PLAN_RE.test(clauseText);
		// A report dated before December cannot state a whole year's actual: 全年… there is the plan.
		const wholeYear = /全年/.test(scopeText) && (period === null || period.key === date.slice(0, 4)) && date.slice(5, 7) !== '12';
		// 目标是:接待游客…,旅游收入…;… — a stated goal runs to the end of its sentence, across clauses.
		const lineHead = folded.slice(lineStart, f.start);
		// 今年的投资安排是:A完成投资1.11亿元,… · 计划如下:…: so does the plan a sentence announces with a colon.
		// (资金安排:A县500万元 allocates, with no 是: what was allotted; so does 这笔专项资金的安排是:A工程120万元 (811), the
		// sharing out of money granted.)
		const goal = lineHead.search(/(?:(?:目标|任务|计划)(?:是|为|如下)?|(?<!(?:资金|经费|款项)的?)安排(?:是|为|如下)):[^。]*$/) >= 0 || goalSentence(folded.slice(fullStart, f.start));
		// 力保实现“…220万人次,…6.5亿元”的奋斗目标: the goal is named after its figures.
		const sentEnd = sentenceEnd(folded, f.end);
		// 完成…下达的2025年新增1万间、2027年新增2万间“平急两用”旅游居住设施目标: so is a clause that ends in 目标.
		const clauseTail = folded.slice(f.end, forwardTo(folded, f.end, /[,;。!?\n\r]/));
		const named = (/的[\u4e00-\u9fff]{0,4}目标/.test(folded.slice(f.end, sentEnd)) || /目标(?:任务)?$/.test(clauseTail) || goalNamedAfter(clauseTail) || taskSized(folded.slice(Math.max(0, f.start - 2), f.start), clauseTail)) && !/了|已/.test(folded.slice(sentStart, f.start)) && !goalReachedAfter(folded.slice(f.end, sentEnd));
		const listed = targetLists.some(([a, b]) => f.start >= a && f.start < b) || reachedByLaterYear(folded.slice(fullStart, f.end), +date.slice(0, 4));
		const counted = projectsCounted(folded, f.start, f.end, clauseText, TARGET_RE);
		const early = completesYearEarly(folded.slice(i > 0 && figures[i - 1]!.end > clauseStart ? figures[i - 1]!.end : clauseStart, f.start), clauseText, listKey.get(i) ?? period?.key ?? null, date);
		// 到“十二五”末,全省人均文化事业费将达到…;…;全省广播和电视人口综合覆盖率分别达到90%和95% (fixture 723, of 2011): a
		// sentence opened by 到 a time still ahead sets goals for it in every item, across its semicolons.
		const byThen = period !== null && period.key !== null && period.start >= fullStart && +period.key.slice(0, 4) > +date.slice(0, 4) && /(?:^|[,:])(?:到|至)[“"]?$/.test(folded.slice(Math.max(0, period.start - 3), period.start)) && !ACTUAL_RE.test(clauseText);
		// 其中,… (or ;按…看,…) after figures that are all goals: the parts of that goal (brokenDownSpan, breakdowns.ts).
		const brokenDown = brokenDownSpan(folded, fullStart, sentStart, lineStart);
		const before = brokenDown === null ? [] : roles.slice(firstFrom(figures, brokenDown[0]), firstFrom(figures, brokenDown[1]));
		const goalParts = before.includes('target') && !before.includes('actual') && !ACTUAL_RE.test(clauseText);
		const role = !shareOfPlan && !fromLevels.has(i) && !existingProjects(folded, f.start, f.end) && (byThen || goalParts || (goalText !== null && (listKey.get(i) ?? period?.key ?? goalText).slice(0, 4) >= goalText && !ACTUAL_RE.test(clauseText)) || TARGET_RE.test(scopeText) || willReach(scopeText, folded.slice(f.start, f.end)) || wholeYear || goal || named || (sentenceTarget && !counted) || listed || early || (period !== null && isYearsTime(folded, period.start)) || plannedTotal(clauseText)) ? 'target' : 'actual';
		roles[i] = role;
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
		// 97个旅游景区共接待游客254.72万人次,门票收入4184.35万元,综合收入16.85亿元: so does a clause that is a bare label,
		// naming no place of its own.
		const subject = firstFig && firstFig.start < clauseStart && (/^[\s,]*(?:实现|完成)/.test(prefix) || !/[全省市县区州国镇乡村]/.test(prefix)) ? folded.slice(sentStart, firstFig.start) : '';
		const mapped = mapIndicator(part ? `其中${subject}${ownPrefix}` : subject + ownPrefix, suffix, unit);
		const entry = mapped.code ? opts.catalog.find((c) => c.code === mapped.code) : undefined;
		let key = listKey.get(i) ?? period?.key ?? null;
		if (key !== null && role === 'target' && (YEAR_PLAN_RE.test(prefix) || PROJECT_TOTAL_RE.test(prefix) || plannedTotal(prefix))) key = key.slice(0, 4);
		// 截至目前…已惠及群众20000余人。活动将持续到12月底,预计惠及群众10万人次: a forecast in a sentence after the 截至目前 one
		// looks ahead to the end of the campaign, not at now: the year, as a flow's (fixture 641).
		if (period?.asOf) key = (entry && entry.kind === 'flow') || (role === 'target' && (forecast !== null || forecastMid) && period.start < sentStart) ? date.slice(0, 4) : date.slice(0, 7);
		// 截至9月,全市接待游客1200万人次 in an October report: a flow counted to a month gone by runs from January; a stock
		// (截至今年6月,2674个县…) stays that month's.
		// 截至11月,…累计入境旅游人数…达12372.23万人: people counted in a running total (累计) are a flow too.
		const flowUnit = FLOW_UNITS.has(unit ?? '') || (unit === '人' && /累计/.test(folded.slice(sentStart, f.start)));
		if (period?.ytd && !listKey.has(i) && (entry ? entry.kind === 'flow' : flowUnit && !/总投资|计划|规模/.test(prefix))) key = period.ytd;
		// A notice's sanctions (10家…作出处理, 2家被摘牌) count places as of the notice: its month (also when the notice's
		// day is named), unless a month is stated.
		if (role === 'actual' && (key === null || key === date.slice(0, 4) || /^(\d{4}-\d{2}-\d{2})\/\1$/.test(key)) && sanctionedCount(folded, f.end, f.unit) && !(period && campaignYear(folded, fullStart, period.start, period.key))) key = noticeMonth(folded, fullStart, f.start, date);
		// 报告显示,去年…。…浙江占34席;四川有11个县市上榜: a year stated in an earlier sentence is not the ranking's.
		if (period && period.start < sentStart && key !== null && /^\d{4}$/.test(key) && countsListPlaces(f.unit, suffix)) key = date.slice(0, 4);
		// Under a title announcing the goals of a later year (a five-year plan's last), a figure naming no period is set for it.
		if (key === null && !period?.none && goalText !== null && goalText > date.slice(0, 4)) key = goalText;
		// No period stated: a stock or rate is as of the report's month, a flow counts for the report's year.
		if (key === null && !period?.none) key = entry && entry.kind !== 'flow' && role === 'actual' ? date.slice(0, 7) : date.slice(0, 4);
		// Always in the base unit (人次, 元, %), as the store keeps values.
		const value = f.value;
		// A quote starts at the period phrase that opens the sentence when it does (一季度,全市…), else at the clause.
		let qStart = clauseStart;
		let lead: PeriodMention | undefined;
		for (let k = firstFrom(periods, sentStart); !lead && k < periods.length && periods[k]!.start < f.start; k++) if (periods[k]!.end <= clauseStart) lead = periods[k];
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
		const mapped = mapIndicator(t.part ? `其中${t.label}` : t.label, '', t.unit);
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
	return { date, candidates: mergeRestated(candidates) };
}
/** A target word governs the figures after it in its clause and in clauses joined to it by 、 (确保…4200万人次、…400亿元). */
// 2015年全省将实现接待国内游客6.4亿人次,增长8%;接待入境游客460万人次,…;实现旅游消费总额6850亿元: 将实现 before the
// sentence's first figure carries to every item of its list set apart by semicolons, as a forecast does, unless an item
// names a subject of its own.
function futureList(s: string, fullStart: number, partStart: number, firstInSentence: number): boolean {
	return partStart > fullStart && futureLevel(s.slice(fullStart, firstInSentence)) && !OWN_SUBJECT_RE.test(s.slice(partStart));
}

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
