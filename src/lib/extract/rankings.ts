// Counts of places on a ranking the report itself publishes (浙江占34席 · 四川有11个县市上榜): they are of the report's
// year, whatever year the figures before them were counted in (去年…接待游客…).
// 9个节目入选国家公共文化云… counts works chosen in the year reviewed, not places on a ranking: only places count so.
const ON_LIST_AFTER_RE = /^(?:[\u4e00-\u9fff]{0,3}?(?:县|市|区|省|州|城|镇|乡|村|景区|地))?(?:上榜|入选|入围)/;

/** Whether a figure (its unit, the words after it) counts seats or places on a published list. */
export function countsListPlaces(unit: string | null, after: string): boolean {
	return unit === '席' || (unit === '个' && ON_LIST_AFTER_RE.test(after));
}
