// Words that look like a plan or a goal but name what was done: the role a figure's wording gives it.
// 计划投资完成率31.5% · “双百”计划项目计划投资完成率: the rate at which a plan was carried out is measured, not planned.
const PLAN_RATE_RE = /计划[^,;。!?]{0,10}?(?:完成|执行|兑现)率/g;
// 单个项目计划总投资最高为80亿元,50亿—80亿元的项目3个: planned investment (a noun) is a target in its own clause only;
// it does not make the counts in the clauses after it plans. 计划开工项目5个,总投资350.6亿元: nor do projects planned to start
// or finish (a group named by its plan) make the investment stated of them a plan.
const PLAN_NOUN_RE = /计划(?:总)?投资|计划(?:新?开工|竣工|投产)(?:的)?(?:重点)?项目/g;

// 1—7月份完成全年计划投资额的项目有6个: a plan inside a clause describing a noun (完成…计划…的项目) says which things are
// counted; the count is what was done (完成年计划2536万人次的48.62% has a figure there, and is read as a share).
const PLAN_DONE_RE = /完成[^,;。!?\d]{0,6}?计划[^,;。!?的\d]{0,8}的(?=[\u4e00-\u9fff])/g;
// 发布的《2023年中国旅游经济运行分析与2024年发展预测》显示,…超过1.9亿人次: a plan or forecast word inside a title in
// 《》 names the report a figure is quoted from, not a plan of the figure.
const TITLE_RE = /《[^《》\n\r]*》/g;

// 入境旅游创汇预测247.08万美元,去年同期为105.32万美元: 预测 right after a measure's name and right before its number names
// an estimated value (创汇预测, an estimate of a past month), not a forecast; the verb (据预测, 预测全年…) is one (fixture 628).
// The words before a figure end at its number, so the name may end the words read.
const ESTIMATE_NAME_RE = /(?<=[\u4e00-\u9fff])(?<![据经将再又并])预测(?=(?:数|值)?(?:为|是)?(?:$|(?!\d{4}年)[\d零〇一二两三四五六七八九十]))/g;

/** The words before a figure with the plan words that name no plan of this figure blanked out (same length). */
export function withoutPlanRates(s: string): string {
	return withoutTitles(s).replace(PLAN_RATE_RE, blank).replace(PLAN_DONE_RE, blank).replace(ESTIMATE_NAME_RE, blank);
}
const blank = (x: string): string => ' '.repeat(x.length);

/** `s` with the titles in 《》 blanked out (same length). */
export function withoutTitles(s: string): string {
	return s.replace(TITLE_RE, (x) => ' '.repeat(x.length));
}

/** The words from a sentence's start to its first figure, as they can make the whole sentence a plan. */
export function sentencePlanWords(s: string): string {
	return withoutPlanRates(s).replace(PLAN_NOUN_RE, (x) => ' '.repeat(x.length));
}

// 公共服务上,要高质量做好…,新建标准化图书馆分馆1处: 要 opening a clause (after a subject of a few words at most) sets
// the tasks of a work plan; all the figures of its sentence are what is to be done, not what was done.
const DIRECTIVE_RE = /(?:^|[,:;])\s*[\u4e00-\u9fff]{0,6}?(?<![主重需只必纲首概摘提])要(?![求素点是闻])/;

/** Whether the words from a sentence's start to its first figure make the sentence a list of tasks set (要…). */
export function setsTasks(s: string): boolean {
	return DIRECTIVE_RE.test(s);
}

// 我国旅游业的预期目标是实现总收入1.44万亿元,增长12%;新增旅游就业50万人 (fixture 481): a goal stated with 目标是 (为)
// sets the role of the whole sentence, across its semicolons, as 目标是: does (fixture 34); a clause after it that says
// what was done already (实际完成, 已) is not one of its goals.
const GOAL_IS_RE = /目标(?:是|为)([^。!?\n\r]*)$/;

/** Whether the words from a sentence's start to a figure set a goal (…目标是…) that the figure is one of. */
export function goalSentence(s: string): boolean {
	const m = GOAL_IS_RE.exec(s);
	return m !== null && !/实际|已经|已|完成了|达成|超额/.test(m[1]!);
}

// 会议提出,2021年是…。公共服务上,要…。品牌上,…完成…3个国家3A级景区创建工作: a paragraph that opens with what a
// meeting called for (提出, 要求, 部署) lists the tasks it set, sentence after sentence.
const TASK_PARAGRAPH_RE = /^\s*(?:[\u4e00-\u9fff]{0,8}?会议|会上)[\u4e00-\u9fff]{0,6}?(?:提出|要求|部署)[,:]/;

/** Whether a paragraph (its text up to a figure) is the list of tasks a meeting set. */
export function taskParagraph(paragraph: string): boolean {
	return TASK_PARAGRAPH_RE.test(paragraph);
}

// 到2027年全市接待游客数量达到3.2亿人次: a level said to be reached by a year still to come is a goal.
// 到2015年,从业人数达到100万人,带动社会就业约450万人: the clauses after it in its sentence set goals of that year too,
// unless one says what is done already.
const BY_YEAR_RE = /(?:^|[^\u4e00-\u9fff]|[,;:])到(\d{4})年(?:底|末)?[^。;!?]*?(?:达到|突破)(?:[^。;!?,]*,)*[^。;!?,]*$/;
// 从今年到2017年,全省建成旅游强县20个: whatever a span running to a year still to come says is to be done is a goal.
const SPAN_TO_YEAR_RE = /从(?:今|本|\d{4})年(?:起)?到(\d{4})年(?:底|末)?[^。;!?]*$/;

/** Whether the words of a sentence up to a figure's end (达到 is read with the figure) set a level to be reached by a year after the report's (到2027年…达到). */
export function reachedByLaterYear(s: string, reportYear: number): boolean {
	const last = s.slice(s.lastIndexOf(',') + 1);
	const by = /已|目前|现有|实际/.test(last) ? null : BY_YEAR_RE.exec(s);
	// …,其中2019年完成10亿元: a later clause naming a year of its own is not the goal's.
	const m = (by && (!/\d{4}年/.test(last) || last.includes(`${by[1]}年`)) ? by : null) ?? SPAN_TO_YEAR_RE.exec(s);
	return m !== null && +m[1]! > reportYear;
}

// “双百”计划中的…项目,截至6月底实际完成投资419亿元,年度计划投资完成率89.1%: a rate of a plan carried out, named in
// the figure's own clause, is measured even where a plan named earlier in the sentence makes its other figures plans.
const OWN_PLAN_RATE_RE = /计划[^,;。!?]{0,10}?(?:完成|执行|兑现)率(?:为|达到?|是)?$/;

/** Whether the figure's clause (its words up to the figure) names the rate at which a plan was carried out. */
export function measuresPlanRate(clause: string): boolean {
	return OWN_PLAN_RATE_RE.test(clause);
}

// 将加快推进109个2017年旅游在建项目 · 优先支持列入省“十三五”旅游重点项目的19个项目建设: a count of projects that
// exist already (under construction, or listed in a plan before) is counted, whatever is planned for them (fixture 328).
const UNDER_WAY_AFTER_RE = /^(?:\d{4}年)?[\u4e00-\u9fff]{0,8}?在建(?:重点)?项目/;
const LISTED_BEFORE_RE = /(?:列入|纳入)[^,;。!?]{1,24}的$/;

/** Whether the count at [start, end) is of projects that exist already (在建项目, 列入…的N个项目). */
export function existingProjects(s: string, start: number, end: number): boolean {
	if (!/个$/.test(s.slice(start, end))) return false;
	const after = s.slice(end, end + 16);
	return UNDER_WAY_AFTER_RE.test(after) || (/^[\u4e00-\u9fff]{0,4}项目/.test(after) && LISTED_BEFORE_RE.test(s.slice(Math.max(0, start - 30), start)));
}

// …接待观众3万人次,完成了3867件文物的录入,达到国家文物局要求的藏品录入目标。: a later clause saying a goal was reached
// (达到…目标, 完成…目标, 实现…目标) tells what was done; the figures before it are actual.
// 有13个市县的旅游接待同比增幅达到或超过全省10%的目标: so does a count of those whose measure met it.
export function goalReachedAfter(after: string): boolean {
	return /[,;](?:已|均|全部|提前)?(?:达到|完成|实现|超额完成)了?[^,;。]*目标/.test(after) || /^[\u4e00-\u9fff]{1,8}的[^,;。!?\d]{1,10}?(?:达到|超过)[^,;。]*目标/.test(after);
}

// 重点项目共14个,规划总投资307.5亿元: a planned total (规划总投资, 规划投资) is a target, as 计划总投资 is (fixtures 209, 408).
export const PLANNED_TOTAL_RE = /规划(?:总)?投资(?:额|总额)?(?:为|是|达|约)?$/;
export const plannedTotal = (clauseText: string): boolean => PLANNED_TOTAL_RE.test(clauseText);

// 今年计划完成投资8亿元,…,重点推进七大工程59个子项目: a count of the projects something comprises is counted, not planned,
// where only another clause of its sentence names the plan.
const PROJECTS_AFTER_RE = /^[\u4e00-\u9fff]{0,2}项目/;

/** Whether the count at [start, end) is of projects and its own clause (`clause`, its words up to it) names no plan. */
export function projectsCounted(s: string, start: number, end: number, clause: string, planWords: RegExp): boolean {
	return /个$/.test(s.slice(start, end)) && PROJECTS_AFTER_RE.test(s.slice(end, end + 8)) && !planWords.test(clause);
}

// 4个省重点项目今年的投资安排是:A完成投资1.11亿元,B完成1.5亿元 · 11个其他重点项目中,C完成投资0.82亿元 (a report of
// March): what each project is to complete in the year the text names as its own (今年), in a report of the year's first
// quarter, is its plan; hardly any of the year is done by then (已完成 · 累计完成 · 完成了 say what was done so far).
const COMPLETES_RE = /(?<!已|累计|实际|共)完成(?:投资)?$/;

/** Whether a figure (its own words `own`, its clause `clause`) is the completion of the year named, in a report of the year's first quarter. */
export function completesYearEarly(own: string, clause: string, key: string | null, date: string): boolean {
	return +date.slice(5, 7) <= 3 && key === date.slice(0, 4) && COMPLETES_RE.test(own.trim()) && !/已|了|累计|以来|截[至止]/.test(clause);
}

// 今年我市将迎来游客3200万人次,实现旅游收入约345亿元: 将 before a verb of reaching a level says what is to come; the
// sentence's figures are its goal (将近, 将其 and 将 + a noun, as in 将五个方面共44个问题…, are no such verb).
// 本届阅读季将为市民读者带来45项主题、近200场阅读活动 (fixture 787): so does 将 (为 whom) 带来, what an event is to bring.
// 2014年,云南将继续深入实施文化惠民工程,建设60个…;…送戏下乡1万场: adverbs (继续, 深入, 进一步) may stand between 将 and a
// verb of carrying out a programme, which sets the sentence's figures as its plan.
const FUTURE_LEVEL_RE = /(?<![即])将(?:会)?(?:为[\u4e00-\u9fff]{1,8}?)?(?:迎来|带来|接待|吸引|突破|超过|超出|达到|增至|增加到|提高到|提升到|带动|实现|完成|(?:继续|进一步|深入|全面|大力|着力)+(?:实施|推进|开展|建设))/;

// 6月至10月将演出54台 · 将举办 · 将接待: 将 right before a verb of doing makes a figure a plan (TARGET_RE in index.ts);
// 州广播电视局将借此次活动,组织…81支…,深入全州12个县(市)…和1079个行政村: 将 + a verb (or 于/在/借, opening how or when)
// heading a clause, after its subject, makes every figure of its sentence (to the full stop or semicolon) a plan.
// (将近 is "near"; 将 + a noun, as in 将整改情况…, is no verb of doing.)
// 今年抚州市将投入1.04亿元资金,对…列入计划的59个…进行维修保护 (812): money the year will put in is planned too, though it
// was handed down already (下拨 is not spending); 将投入使用 (put into use) is no spending.
export const WILL_DO = '将(?:实现|达到|完成|举办|举行|开展|新增|打造|建设|推出|演出|上演|展演|展出|放映|接待|组织|投入(?!使用|运营|运行|试运))';
const WILL_DO_HEAD_RE = new RegExp(`(?:^|[,:;])[\u4e00-\u9fff]{0,10}?(?:${WILL_DO}|将(?:借|于|在|继续|进一步|陆续))`);

// 2010年全省旅游总收入将突破3000亿元 (in a round-up of 2010): the verb of reaching is read with the figure it opens (突破 as
// 超), so 将 may stand right before the figure (fixture 682; 已突破 stays done).
const REACHING_LEAD_RE = /^(?:突破了?|超过了?|超出|达到)/;

/**
 * Whether the words from a sentence's start to its first figure (`figure`, as written) say a level is to be reached (将迎来…)
 * or a thing to be done (…将借此次活动,组织…).
 */
export function futureLevel(s: string, figure = ''): boolean {
	return FUTURE_LEVEL_RE.test(s + (REACHING_LEAD_RE.exec(figure)?.[0] ?? '')) || WILL_DO_HEAD_RE.test(s);
}

/** 接待游客3.2亿人次,旅游总收入将突破3000亿元: 将 right before a figure opened by a verb of reaching makes that figure a forecast. */
export function willReach(before: string, figure: string): boolean {
	return /(?<!即)将(?:会|要)?$/.test(before) && REACHING_LEAD_RE.test(figure);
}

// 观光署去年订下的九百万人次国际旅客目标确定落空: a figure whose noun phrase ends in 目标 names a goal (missed or not).
const GOAL_AFTER_RE = /^[\u4e00-\u9fff]{0,6}?目标/;

/** Whether the words right after a figure make it a goal (九百万人次国际旅客目标). */
export function goalNamedAfter(after: string): boolean {
	return GOAL_AFTER_RE.test(after);
}

// 圆满完成年度141场送戏进万村任务 (fixture 587, as 207's 任务是900场 and 38's 年计划2536万人次): a figure between 年度 (全年)
// and the 任务 it sizes is the year's task, a target, whether or not it was done; what was done is stated apart (163场次).
/** Whether the words around a figure make it the size of the year's task. */
export function taskSized(before: string, after: string): boolean {
	return /(?:年度|全年)$/.test(before) && /^[\u4e00-\u9fff]{0,10}?任务/.test(after);
}
