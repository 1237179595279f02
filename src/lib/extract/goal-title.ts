// 庆元县2018年旅游工作目标:接待游客超386万人次 (fixture 729, published in April 2018): a text whose title announces the goals of
// the report's year (or a later one) sets targets throughout; what it says will be built, invested or finished that year
// (新增A级景区村庄24个, 年内完成投资14亿元, 100%的工程量) is planned, not done. A review (总结, 回顾, 完成情况) is not such a text.
const GOAL_TITLE_RE = /((?:19|20)\d{2})年[^\n\r。]{0,20}?(?:工作)?(?:目标|目标任务|工作要点|工作计划)(?![^\n\r]*(?:总结|回顾|完成情况|实现|完成))/;
// “十三五”旅游业发展规划确定四大目标 (fixture 780, published in 2016): the goals of a five-year plan are those of its last year
// (十一五 ends in 2010, 十三五 in 2020); the figures of such a text that name no period of their own are set for that year.
const PLAN_TITLE_RE = /[“"「『]?十([一二三四])五[”"」』]?[^\n\r。]{0,20}?目标(?![^\n\r]*(?:总结|回顾|完成情况|实现|完成))/;
const PLAN_NUMBER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };

/**
 * The year whose goals the title lines (before bodyStart) announce, when it is the report's year or a later one; else
 * null. (Figures of an earlier year in such a text, 2023年,全省共接待游客3.88亿人次 under 2024年目标, are what was done.)
 */
export function goalTitle(folded: string, bodyStart: number, date: string): string | null {
	const title = folded.slice(0, bodyStart);
	const plan = PLAN_TITLE_RE.exec(title);
	const year = GOAL_TITLE_RE.exec(title)?.[1] ?? (plan ? String(2005 + 5 * PLAN_NUMBER[plan[1]!]!) : null);
	return year !== null && +year >= +date.slice(0, 4) && !/总结|回顾|完成情况/.test(title) ? year : null;
}
