// 去年来台旅客比前一年的七八五万人次增加百分之九 · 国人出国人次比前年的一六八四万人次增加百分之十二: a comparison that
// states the base's own level. The level is the base year's figure; the change is of the measure named before 比, whose
// figure stands earlier in the text (去年…来台旅客则只有八五七万四五四七人次), and is its 同比 when the base is the year
// before that figure's.
import { parseNumber } from '../domain/quantity';
import type { Slots } from './changes';
import type { RawFigure } from './figures';
import type { PeriodMention } from './periods';
import { backTo, startOfClause } from './scan';

// 较2016年的1556万人次 · 较2016年568万人次: 的 may be left out.
// 比2021年(3215个)增长2.7% · 比2021年(126178万册/件)增长7.8%: the level may stand in brackets after the base year.
const BASE_RE = /(?:比|较)(前一年|上一年|去年|上年|前年|\d{4}年)(?:的|\()?$/;
// The rest of a bracketed base level after its figure (/件 of 万册/件) and the closing bracket.
const BRACKET_CLOSE_RE = /^[^()\d,;。]{0,3}\)/;
// 比前年的270萬人次微增0.5% · 比前年的837萬人次大幅成長9% (fixture 781): an adverb of degree may stand before the verb, and
// 微增/微降 say 增/降 alone.
const CHANGE_AFTER_RE = /^(?:微|略|稍|小幅|大幅(?:度)?)?(?:(增加|增长|成长|上升|提高|增(?=[\d百]))|(减少|下降|降低|下跌|降(?=[\d百])))了?((?:百分之[零〇一二两三四五六七八九十百廿点.\d]+)|\d+(?:\.\d+)?%)/;
const PERIOD_WORDS_RE = /^(?:去年|今年|上年|前年|\d{4}年|全年|[,\s])+/;

/** Dates each base level (listKey) and gives its change to the measure's earlier figure; returns the base levels' indexes. */
export function baseLevelChanges(
	s: string,
	figures: readonly RawFigure[],
	periodOf: readonly (PeriodMention | null)[],
	listKey: Map<number, string>,
	assigned: Map<number, Slots>,
	date: string
): void {
	const reportYear = +date.slice(0, 4);
	figures.forEach((f, i) => {
		const base = BASE_RE.exec(s.slice(Math.max(0, f.start - 12), f.start));
		if (!base) return;
		const close = base[0].endsWith('(') ? BRACKET_CLOSE_RE.exec(s.slice(f.end, f.end + 4)) : null;
		if (base[0].endsWith('(') && !close) return;
		const change = CHANGE_AFTER_RE.exec(s.slice(f.end + (close?.[0].length ?? 0), f.end + 20));
		// 比2021年(3215个)多88个: a bracketed level is the base year's even when the change after it is no percent.
		if (!change && !close) return;
		const at = f.start - base[0].length;
		const clauseStart = startOfClause(s, at);
		const subject = s.slice(clauseStart, at).replace(PERIOD_WORDS_RE, '');
		// 全市接待游客2216万人次,较2016年的1556万人次增长42.4%: a comparison opening its clause is of the figure right
		// before it in the sentence.
		const sentStart = backTo(s, at, /[。!?;\n\r]/, 0);
		const opening = subject === '' ? figures.findLastIndex((g, k) => k < i && g.end <= clauseStart && g.start >= sentStart) : -1;
		if (subject === '' && (opening < 0 || figures[opening]!.unit !== f.unit)) return;
		if (subject !== '' && !/^[\u4e00-\u9fff]{2,12}$/.test(subject)) return;
		// The measure's figure: the last one before, in the same unit, whose own words name the measure (its last 2–4 characters).
		const named = (g: RawFigure): boolean => {
			const words = s.slice(startOfClause(s, g.start), g.start);
			return [4, 3, 2].some((n) => subject.length >= n && words.includes(subject.slice(-n)));
		};
		const j = opening >= 0 ? opening : figures.findLastIndex((g, k) => k < i && g.end <= clauseStart && g.unit === f.unit && named(g));
		if (j < 0 || (change && assigned.get(j)?.yoy)) return;
		const ownKey = listKey.get(j) ?? periodOf[j]?.key ?? date.slice(0, 4);
		const ownYear = +ownKey.slice(0, 4);
		const word = base[1]!;
		const baseYear = /^\d/.test(word) ? +word.slice(0, 4) : word === '前年' ? reportYear - 2 : word === '去年' ? reportYear - 1 : ownYear - 1;
		const p = change ? parseNumber(change[3]!) : null;
		if (change && (!p!.ok || p!.value.unit !== '%')) return;
		// 2017年1到4月份…较2016年的1556万人次: the base is the same part of its year (2016-YTD04).
		listKey.set(i, /^\d{4}(?:-(?:H\d|Q\d|YTD\d{2}|\d{2}|[a-z-]+))?$/.test(ownKey) ? `${baseYear}${ownKey.slice(4)}` : String(baseYear));
		// The change stated after the base level is the measure's, never the base level's own (the bracket made it look so).
		assigned.delete(i);
		if (!change || !p?.ok) return;
		const value = (change[1] ? 1 : -1) * p.value.value;
		const slot: Slots = assigned.get(j) ?? {};
		if (baseYear === ownYear - 1) slot.yoy = { kind: 'yoy', value, base: null, end: figures[j]!.end };
		else if (!slot.other) slot.other = { kind: 'base_growth', value, base: String(baseYear), end: figures[j]!.end };
		assigned.set(j, slot);
	});
}
