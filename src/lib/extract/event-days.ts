// 清明三天小长假,全省共接待…。\n4月4日,公祭典礼在桥山举行;3月31日,文化周开幕。\n西安市共接待游客…: a day (or 节前) said of an
// event in a sentence that states no figure dates the event only; after a holiday was named, it does not replace the
// holiday for the figures after it, and holds for its own sentence. Days said after the subject of their clause (西藏在假期
// 前7天…) hold to its semicolon.
import type { PeriodMention } from './periods';
import { anyIn, startOfClause, sentenceEnd, sentenceStart } from './scan';

const HOLIDAY_KEY_RE = /^\d{4}-[a-z-]+$/;
const DAY_KEY_RE = /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/;

export function eventDays(s: string, periods: PeriodMention[], figureStarts: number[]): Set<PeriodMention> {
	const out = new Set<PeriodMention>();
	// The first holiday, and the first day, named: whether one comes before a period is then one comparison.
	const firstHoliday = periods.findIndex((q) => q.key !== null && HOLIDAY_KEY_RE.test(q.key));
	const firstDay = periods.findIndex((q) => q.key !== null && q.day);
	periods.forEach((p, k) => {
		const eve = s.slice(p.start, p.end) === '节前';
		if (!p.key || !(DAY_KEY_RE.test(p.key) || eve)) return;
		// (9月30日…长假的头一天。…省旅游局节前…推介的…: 节前 said of an event after the day reported on dates the event too.)
		if (!((firstHoliday >= 0 && firstHoliday < k) || (eve && firstDay >= 0 && firstDay < k))) return;
		const a = sentenceStart(s, p.start);
		const b = sentenceEnd(s, p.end);
		if (!anyIn(figureStarts, a, b)) out.add(p);
	});
	return out;
}

// 西藏在假期前7天共接待游客177.46万人次,…;新疆共接待国内游客1535.43万人次 · 志愿服务队从正月初一到初三…演出;…20多支
// 队伍…: days named after the subject of their clause (X在…, X从…), under a holiday named before, are that subject's; they
// hold to the semicolon or full stop, and the next subject goes back to the holiday.
// (截至当日15时 · 10月1日至7日,全市… name when, with no subject before them: they carry on as before.)
const SUBJECT_BEFORE_RE = /[\u4e00-\u9fff)”"]{2}(?:在|从|自|于)$/;
// 北大湖滑雪度假区1月31日至2月2日承办…比赛,…重点酒店自除夕至初五连续6天爆满: days right after the bare subject that opens
// its sentence are that subject's too (not 截至10月3日14时, a cut-off).
const SENTENCE_SUBJECT_RE = /^[\u4e00-\u9fff“”"·]{2,16}$/;
// (單是週三一天,…;旅遊消費665億元: 单是 singles a day out of the days reported, no subject; the day holds to the full stop.)
const SINGLED_RE = /^(?:单是|单单|仅仅?|光是|只是)$/;

export function subjectDays(s: string, periods: PeriodMention[]): Set<PeriodMention> {
	const out = new Set<PeriodMention>();
	periods.forEach((p, k) => {
		if (!p.key || !DAY_KEY_RE.test(p.key)) return;
		if (!periods.slice(0, k).some((q) => q.key !== null && HOLIDAY_KEY_RE.test(q.key))) return;
		const clause = s.slice(startOfClause(s, p.start), p.start);
		const sentence = s.slice(sentenceStart(s, p.start), p.start);
		// 公布假期前五日(九月二十九日至十月三日)的数据。…四川景区前五日…: the days already reported on, named again, carry on.
		if (periods.slice(0, k).findLast((q) => q.key !== null && !q.day)?.key === p.key) return;
		if (SUBJECT_BEFORE_RE.test(clause) || (SENTENCE_SUBJECT_RE.test(sentence) && !/截[至止]到?$/.test(sentence) && !SINGLED_RE.test(sentence))) out.add(p);
	});
	return out;
}

// 1月24日晚,…活动在…拉开帷幕。…\n…出席启动仪式。仪式结束后现场放映了影片,当地800多名群众到场观看: the ceremony
// (仪式结束后 · 仪式上 · 活动现场) opening a clause points back to the day the launch was dated, wherever it was named.
export const CEREMONY_RE = /()()(?:仪式(?:结束)?(?:后|上)|活动现场)/y;
const LAUNCH_RE = /启动|开幕|拉开帷幕|揭幕|开幕式/;

/** The day of the launch named last before (a one-day mention whose sentence launches something), or null. */
export function launchDay(s: string, before: readonly PeriodMention[]): string | null {
	const day = before.findLast((o) => o.day && o.key !== null && LAUNCH_RE.test(s.slice(o.end, sentenceEnd(s, o.end))));
	return day?.key ?? null;
}
