// Changes whose comparison is said once for the clauses after it (与2019年相比,…; 其中人数同比增长8.2%,收入增长10.1%).
import { CN_YEAR } from './figures';
import { measureOfWords, measureOnly } from './measures';
import { AFTER_BRACKETED, APPROX, DOWN, PCT, pct, RECOVER, UP, yearDigits, type Change, type ChangeKind } from './change-words';

const BARE_CHANGE_RE = new RegExp(`^(?:(${UP})|(${DOWN}))了?(?:为|达到|达)?(${APPROX}${PCT})$`);
const BARE_RECOVERY_RE = new RegExp(`${RECOVER}了?(${APPROX}${PCT})`, 'g');
// 若以增幅来看,香港澳门成长49.57%最高,…;中国大陆成长34.95%居次,…: after an opener ranking by growth, each bare change whose
// clause is only a subject is that subject's change on the year before, to the end of the paragraph.
const RANKED_BY_GROWTH_RE = /(?:以|从|按)(?:增幅|增速|成长率?|增长率?)(?:来看|看|而言),/g;
const SUBJECT_CLAUSE_RE = /(?:^|[,;:])([\u4e00-\u9fff]{2,6})$/;
export function rankedByGrowth(text: string, out: Change[]): void {
	RANKED_BY_GROWTH_RE.lastIndex = 0;
	for (let o: RegExpExecArray | null; (o = RANKED_BY_GROWTH_RE.exec(text)); ) {
		const from = o.index + o[0].length;
		let to = from;
		while (to < text.length && !/[\n\r]/.test(text[to]!)) to++;
		for (const c of out) {
			if (c.kind !== 'masked' || c.start < from || c.start >= to) continue;
			const subject = SUBJECT_CLAUSE_RE.exec(text.slice(Math.max(from - 1, c.start - 7), c.start));
			const r = subject ? BARE_CHANGE_RE.exec(text.slice(c.start, c.end)) : null;
			const v = r ? pct(r[3]!, r[1] !== undefined) : null;
			if (v && !v.points) Object.assign(c, { kind: 'yoy', values: [(r![1] !== undefined ? 1 : -1) * v.value], subject: subject![1] });
		}
	}
}

// 存款余额1107.30亿元,比年初增长23.6%;…其中人民币各项存款余额1106.06亿元,增长23.6%: a bare rise after a comparison with
// the start of the year (or last month, or 环比) in its paragraph continues that comparison, not 同比; it is masked.
const OTHER_BASE_BEFORE_RE = /(?:比|较)(?:年初|上月|上季度?)$/;
export function continuedOtherBases(text: string, out: Change[]): void {
	out.forEach((c, k) => {
		if (!c.bare || c.kind !== 'yoy') return;
		const prev = out.slice(0, k).findLast((o) => !o.bare);
		if (!prev || prev.kind !== 'masked' || /[\n\r]/.test(text.slice(prev.end, c.start))) return;
		if (OTHER_BASE_BEFORE_RE.test(text.slice(Math.max(0, prev.start - 4), prev.start)) || text.startsWith('环比', prev.start)) Object.assign(c, { kind: 'masked', values: [] });
	});
}

const BRACKETED_CLAUSE_RE = new RegExp(`^[,;][^,;。!?\\n\\r\\d()]{1,8}${AFTER_BRACKETED}$`);
// 部分重点景区接待人次较2019年增长11.73%,门票收入恢复至98.31%: a bare recovery after a clause that names a measure,
// following a change against a year in its sentence, is a recovery to that year (no level of its own, like a bare rise).
export function carriedRecovery(text: string, out: Change[]): void {
	const found: Change[] = [];
	BARE_RECOVERY_RE.lastIndex = 0;
	for (let r: RegExpExecArray | null; (r = BARE_RECOVERY_RE.exec(text)); ) {
		const [start, end] = [r.index, r.index + r[0].length];
		if (out.some((c) => start < c.end && c.start < end)) continue;
		const prev = out.findLast((c) => c.end <= start);
		if (!prev || (prev.kind !== 'base_growth' && prev.kind !== 'recovery') || prev.base === null || prev.distributive) continue;
		const between = text.slice(prev.end, start);
		const v = pct(r[1]!);
		// 恢复至2019年同期的82.9%;国际旅客(134.16万人次)恢复至68.1%: the measure's figure may stand in brackets before it.
		if (!(BRACKETED_CLAUSE_RE.test(between) || /^,[^,;。!?\n\r\d]{1,8}$/.test(between)) || !measureOfWords(between) || !v || v.points) continue;
		found.push({ start, end, kind: 'recovery', values: [v.value], base: prev.base, distributive: false });
	}
	out.push(...found);
	out.sort((a, b) => a.start - b.start);
}

// 其中人数同比增长8.2%,收入增长10.1%: a bare rise after a clause that names only a measure, following a 同比 in its
// sentence, is a 同比 too (the comparison is said once for the list of measures).
export function carriedYoy(text: string, out: Change[]): void {
	out.forEach((c, k) => {
		if (c.kind !== 'masked' || k === 0) return;
		const prev = out[k - 1]!;
		if (prev.kind !== 'yoy' || prev.bare || prev.distributive || /[。!?;\n\r]/.test(text.slice(prev.end, c.start))) return;
		const clauseStart = Math.max(prev.end, c.start - 12, text.lastIndexOf(',', c.start - 1) + 1);
		if (!measureOnly(text.slice(clauseStart, c.start))) return;
		const r = BARE_CHANGE_RE.exec(text.slice(c.start, c.end));
		const v = r ? pct(r[3]!, r[1] !== undefined) : null;
		if (v && !v.points) Object.assign(c, { kind: 'yoy', values: [(r![1] !== undefined ? 1 : -1) * v.value] });
	});
}

// 与2019年相比,游客人数恢复到95%,收入增长3% · 与疫情前的2019年同期相比,…: a comparison opening a clause names the base
// of the bare changes after it, to the end of its sentence; 恢复到95% there is a recovery to that base.
// 票房收入66.09亿元,比2013年场次上升10.36%,票房收入上升1.10%: a comparison whose first clause names its measure between
// the year and the verb opens the same way, for that clause and the ones after it.
// 与2019年“五一”假期首日相比, (fixture 731): the same day or holiday of that year, named in quotes, is that year's base too.
const OPENER_RE = new RegExp(`(?:与|和|同)(?:[\u4e00-\u9fff]{1,8}的)?((?:\\d{4}|${CN_YEAR})年|去年|上年)(?:同期|[“"][\u4e00-\u9fff]{1,4}[”"][\u4e00-\u9fff]{0,6}?)?(?:[^,;。!?\\n\\r]{1,20}?(?:同口径|同基数|可比口径))?(?:相比|比较),` +
	`|(?:比|较)((?:\\d{4}|${CN_YEAR})年|去年|上年)(?:同期)?(?=[\u4e00-\u9fff]{2,6}?(?:略有|大幅|小幅)?(?:上升|增长|增加|下降|减少))`, 'g');
// 与2021年纳入统计的654家重点景区同口径比较, · 与2021年113家重点景区同口径相比,: a comparison whose base is described after its
// year (the sample compared against, like for like) opens a clause as 与2021年相比 does; the counts in that description
// name last year's sample, not figures of the report, so the whole opener is masked.
const DESCRIBED_OPENER_RE = new RegExp(`(?:与|和|同)((?:\\d{4}|${CN_YEAR})年|去年|上年)(?:同期)?[^,;。!?\\n\\r]{1,20}?(?:同口径|同基数|可比口径)(?:相比|比较)(?=,)`, 'g');
export function describedBases(text: string, out: Change[]): void {
	DESCRIBED_OPENER_RE.lastIndex = 0;
	for (let o: RegExpExecArray | null; (o = DESCRIBED_OPENER_RE.exec(text)); ) {
		const start = o.index;
		const end = start + o[0].length;
		if (out.some((c) => c.start < end && start < c.end)) continue;
		out.push({ start, end, kind: 'masked', values: [], base: null, distributive: false });
	}
}

// 同2020年同期同口径相比,接待人次、门票收入分别增长13.04%和15.21%: a 分别 list of bare rises after an opener is a list of
// changes against the opener's base, one for each measure named before 分别.
const BARE_LIST_RE = new RegExp(`^(?:(${UP})|(${DOWN}))了?(${PCT}(?:(?:和|、|,)${PCT})+)$`);
function openedList(text: string, c: Change, kind: ChangeKind, base: string | null): void {
	const r = /分别$/.test(text.slice(Math.max(0, c.start - 2), c.start)) ? BARE_LIST_RE.exec(text.slice(c.start, c.end)) : null;
	const vs = r ? r[3]!.split(/和|、|,/).map((s) => pct(s, r[1] !== undefined)) : [];
	if (vs.length < 2 || vs.some((v) => !v || v.points)) return;
	Object.assign(c, { kind, base, distributive: true, values: vs.map((v) => (r![1] !== undefined ? 1 : -1) * v!.value) });
}

export function openedBases(text: string, out: Change[]): void {
	OPENER_RE.lastIndex = 0;
	for (let o: RegExpExecArray | null; (o = OPENER_RE.exec(text)); ) {
		const from = o.index + o[0].length;
		let to = from;
		while (to < text.length && !/[。!?;\n\r]/.test(text[to]!)) to++;
		// 与去年同期相比,游客总量增长28%: against last year the bare changes are 同比.
		const year = o[1] ?? o[2]!;
		const base = /^(?:去年|上年)$/.test(year) ? null : yearDigits(year);
		const kind = base === null ? 'yoy' : 'base_growth';
		for (const c of out) {
			if (c.start < from || c.start >= to) continue;
			if (c.bare && c.kind === 'yoy') Object.assign(c, { kind, base, bare: false });
			// ,国内旅游收入增长了4.1%: a rise after the measure it names, read as no change of its own until now.
			const r = c.kind === 'masked' ? BARE_CHANGE_RE.exec(text.slice(c.start, c.end)) : null;
			const v = r ? pct(r[3]!, r[1] !== undefined) : null;
			if (v && !v.points) Object.assign(c, { kind, base, values: [(r![1] !== undefined ? 1 : -1) * v.value] });
			else if (c.kind === 'masked') openedList(text, c, kind, base);
		}
		BARE_RECOVERY_RE.lastIndex = from;
		for (let r: RegExpExecArray | null; (r = BARE_RECOVERY_RE.exec(text)) && r.index < to; ) {
			if (out.some((c) => r!.index < c.end && c.start < r!.index + r![0].length)) continue;
			const v = pct(r[1]!);
			if (v && !v.points) out.push({ start: r.index, end: r.index + r[0].length, kind: 'recovery', values: [v.value], base, distributive: false });
		}
	}
}

