// 决定对…的10家4A级旅游景区分别作出处理,其中2家被摘牌 · 3家景区被严重警告: the places a notice sanctions are counted as
// of the notice itself, its month (as 对10家景区予以摘牌 after 截至4月底 is), not the year the review was made in.
const SANCTION_RE = /^[^。;!?\n\r]{0,40}?(?:被|予以|给予|作出|分别作出)?(?:摘牌|摘除|降级|严重警告|通报批评|警告|处理|取消)/;
const PLACE_UNIT_RE = /^(?:家|个|处|所)$/;

/** Whether the count ending at `end`, in `unit`, is of places the notice sanctions. */
export function sanctionedCount(s: string, end: number, unit: string | null): boolean {
	return unit !== null && PLACE_UNIT_RE.test(unit) && SANCTION_RE.test(s.slice(end, end + 60));
}

// 在今年开展的A级旅游景区整改提质行动中,全国共复核…5000多家,有1186家景区受到处理 (a November report): the counts of a
// campaign carried out in a year named in their own sentence (今年开展的…行动中) are that year's, not the notice's month.
// (决定对今年…暗访复核中…的10家…作出处理 is what the notice decides: still its month.)
const CAMPAIGN_YEAR_RE = /^(?:\d{4}年|今年|本年)(?:度)?(?:以来)?(?:开展|实施|组织|部署)的[^,;。!?\n\r]{0,24}?(?:行动|活动|检查|整治|工作|专项)中/;
/** Whether the period at `periodStart`, keyed `key`, is the year of a campaign whose counts its sentence (from `sentStart`) gives. */
export function campaignYear(s: string, sentStart: number, periodStart: number, key: string | null): boolean {
	return key !== null && /^\d{4}$/.test(key) && periodStart >= sentStart && CAMPAIGN_YEAR_RE.test(s.slice(periodStart, periodStart + 50));
}

// 4月29日,省旅游局向社会通报:…4处国家4A级景区被给予警告处分: a notice dated in its sentence gives its own month.
const DATED_NOTICE_RE = /(?<![\d年])(\d{1,2})月\d{1,2}日[^。!?\n\r\d]{0,20}?(?:通报|公布|发布|决定)/;

/** The month (YYYY-MM) of a notice dated in the sentence before `at`, else the report's month. */
export function noticeMonth(s: string, sentStart: number, at: number, date: string): string {
	const m = DATED_NOTICE_RE.exec(s.slice(sentStart, at));
	if (!m) return date.slice(0, 7);
	const mo = +m[1]!;
	const y = +date.slice(0, 4) - (mo > +date.slice(5, 7) ? 1 : 0);
	return mo >= 1 && mo <= 12 ? `${y}-${String(mo).padStart(2, '0')}` : date.slice(0, 7);
}
