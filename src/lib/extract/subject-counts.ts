// Counts and bounds that are no figures of their own: the set a rank is taken in, a group named by who is responsible
// for it, and a bound said of several places at once (fixtures 402, 407, 409; 177 and 287 agree).
import type { RawFigure } from './figures';
import { startOfClause, forwardTo, sentenceStart } from './scan';

// 居8个区前三位 · 位居全省13个市州第一: a count after 居 naming the set a rank is taken in.
const RANKED_SET_RE = /^[\u4e00-\u9fff()（）]{1,8}?(?:中)?(?:前[一二三四五六七八九十\d]+(?:位|名)|第[一二三四五六七八九十\d]+(?:位|名)?|首位|之首|榜首)/;
// 同比增长32.8%,是20个省区市中增长最快的 (746, 747): a count naming the set a superlative (最快, 最多) is said in.
const SUPERLATIVE_SET_RE = /^[\u4e00-\u9fff()]{1,8}?中[\u4e00-\u9fff]{0,6}?最/;
export function rankedSet(folded: string, f: RawFigure): boolean {
	if (f.unit !== '个' || f.qualifier !== null) return false;
	if (/(?:是|为|在)$/.test(folded.slice(f.start - 1, f.start)) && SUPERLATIVE_SET_RE.test(folded.slice(f.end, f.end + 16))) return true;
	return /(?:居|位居|位列|列|排)(?:全[国省市县区])?$/.test(folded.slice(Math.max(0, f.start - 4), f.start)) && RANKED_SET_RE.test(folded.slice(f.end, f.end + 16));
}

// 由各区负责推进的市重点项目172个,前三季度投入资金319.6亿元: a count that closes a clause naming a group by who is
// responsible for it (由…负责…的) is the size of the group whose figures follow, not a result.
export function responsibleGroup(folded: string, f: RawFigure): boolean {
	const clause = folded.slice(startOfClause(folded, f.start), f.start);
	return f.qualifier === null && /^由[^,;。]{1,12}负责[\u4e00-\u9fff]{0,4}的[\u4e00-\u9fff]{1,10}$/.test(clause) && folded[f.end] === ',';
}

// 秦皇岛、承德…都越过了千万人次大关 · 6省本次处理的A级景区均超过20家: a milestone (大关) or a bound passed by several
// places at once (都, 均), or by a count of places, restates the figures of each; it is no figure (fixtures 177, 287).
export function boundOfMany(folded: string, f: RawFigure): boolean {
	// The figure may start at its bound word (超过20家) or after it.
	const before = folded.slice(startOfClause(folded, f.start), f.start) + folded.slice(f.start, f.end).replace(/[\d.万亿千百十].*$/, '');
	if (/(?:都|均)(?:已)?(?:越过|超过|突破|跨过|迈过|跨越|站上)了?$/.test(before) && /^(?:大关|关口)/.test(folded.slice(f.end, f.end + 2))) return true;
	if (f.qualifier === '超' && f.unit === '%' && (SHARES_OF_MANY_RE.test(before) || RATES_OF_MANY_RE.test(before))) return true;
	if (f.unit === '%' && RATE_OF_PLACES_RE.test(before)) return true;
	if (f.qualifier === '超' && (NAMED_PARTS_OVER_RE.test(before) || BRACKETED_OVER_RE.test(before))) return true;
	if (ROUND_OF_MANY_RE.test(folded.slice(f.start, f.end)) && MANY_PLACES_RE.test(before)) return true;
	// 湖北、河南…吉林7个省份紧随其后,旅游收入超过百亿元 (740): a round bound in words, in the clause right after one that
	// counts places, is what each of them passed.
	if (f.qualifier === '超' && ROUND_OF_MANY_RE.test(folded.slice(f.start, f.end)) && !/\d/.test(before)) {
		const clauseStart = startOfClause(folded, f.start);
		if (folded[clauseStart - 1] === ',' && PLACES_COUNTED_RE.test(folded.slice(startOfClause(folded, clauseStart - 1), clauseStart - 1))) return true;
	}
	return f.qualifier === '超' && /\d+(?:个)?(?:省份|省区市|省市|省|市州|地市|城市|市|县)[^,;。]{0,14}(?:都|均)(?:超过|超)$/.test(before);
}
// 多个郊区场馆一年演出达到百场: a round hundred or thousand in words that several places (多个, 不少, 一些…), opening the
// clause, reached is a bound each met, no level (fixture 686; 开展活动千场, one actor's events, stays a figure).
const ROUND_OF_MANY_RE = /^(?:达到|达|超过|超|突破|逾|近)?[百千]/;
const PLACES_COUNTED_RE = /\d+个(?:省份|省区市|省市|城市|地市|市州|县市区|区县|县)[^,;。!?\d]{0,8}$/;
const MANY_PLACES_RE = /^(?:有|还有)?(?:多个|多家|多座|多所|不少|一些|部分|许多|众多|数个|几个|若干)/;
// 鲁能贵和洲际酒店、银座佳悦酒店客房出租率均超过90%: a share or rate that two or more items named in its clause each
// passed is a bound they all meet, as 均在85%以上 is (fixture 456); no level of either. (话剧和音乐剧演出均超过6000场, a
// count, stays a figure: fixture 46; 均为N% is a level of each.)
// 其中湖北和贵州的平均房价超过了200元/间夜: two or more places that 其中 picks out, then the measure they share, passed a
// bound (fixture 528; 其中北京和上海超过了300元 is caught in keep.ts as a bound two names passed).
const NAMED_PARTS_OVER_RE = /^其中[\u4e00-\u9fff]{2,4}(?:(?:、|和|及|与)[\u4e00-\u9fff]{2,4})+的[\u4e00-\u9fff]{2,8}(?:均|都)?(?:已)?(?:超过了?|超|逾|高于)$/;
// 四川(4365.87万人)、广东(3964.3万人)…和河南(3400.68万人)接待游客均超过3000万人次: places each given its figure in brackets,
// then a bound they all passed (fixture 532): the bracketed figures are the levels, the bound none.
const BRACKETED_OVER_RE = /\([\d.]+[^()]{0,4}\)(?:、|和|及|与)[^,;。]*\([\d.]+[^()]{0,4}\)[\u4e00-\u9fff]{0,8}(?:均|都)(?:已)?(?:超过|超|逾|高于)$/;
// 其中4A级以上景区的自驾车游客比重均超过70%: a share (比重, 比例, 率) that each of a group (均, 都) passed is a bound too.
const RATES_OF_MANY_RE = /(?:比重|比例|占比|率)(?:均|都)(?:已)?(?:超过|超|逾|高于)$/;
// 18个地区的审核完成率超过90% · 江西、山东、湖南、海南的审核完成率达到100%: the rate (…率) of a count of places, or of three
// or more places named one by one, opening the clause before 的, is a bound (or a level) each of them met, no figure of one
// (669; fixtures 471, 474, 475 leave them out). (以生态休闲、文化体验…为目的的游客占比, a share of people, stays: 178.)
const RATE_OF_PLACES_RE = /^(?:\d+个[\u4e00-\u9fff]{1,6}|[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4}){2,}(?:(?:和|及|与)[\u4e00-\u9fff]{2,4})?)的[\u4e00-\u9fff]{0,8}率(?:均|都)?(?:已)?(?:超过了?|超|逾|高于|达到|达)$/;
const SHARES_OF_MANY_RE = /[\u4e00-\u9fff]{2}(?:、|和|及|与)[^,;。]{2,24}(?:均|都)(?:已)?(?:超过|超|逾|高于)$/;

// 除夕夜上万民众分时段前往…祈福: a round number right before the people it counts (民众, 群众, 游客…) is a count of them
// with 超, not a bound passed (单日游客过万 ends its clause on the bound).
export function roundCountOfPeople(folded: string, f: RawFigure): boolean {
	return /^(?:民众|群众|市民|游客|观众|村民|居民|信众|香客|人)/.test(folded.slice(f.end, f.end + 2));
}

const THINGS = new Set(['个', '家', '座', '所', '处', '支']);
// 纳入监测的188家博物馆、图书馆、文化馆提供的文化服务惠及5854.32万人次: a count of the places monitored (纳入监测的,
// 重点监测的) is the sample whose figures follow in its clause, never a figure of its own (SOURCES: 纳入监测的150家重点景区).
// 从市假日办重点监测的10家景区看,: so is one in a clause that frames what follows (从…看). (重点监测的24家景区接待游客数量
// 比去年同期减少7.04%, whose clause states only a change, stays a figure: fixture 273.)
// 纳入国家旅游局监测的125个传统热点景区没有出现…暴涨,七天共接待游客2962.17万人次 (745): who monitors may be named, and the
// figures may follow in the next clauses of the sentence (fixture 158's 纳入重点监测的33个温泉景区,春节期间累计接待… too,
// as SOURCES.md has it).
const SAMPLE_BEFORE_RE = /(?:(?:纳入|列入)[\u4e00-\u9fff]{0,8}?|重点)(?:省级|市级|县级|国家级)?(?:统计)?监测(?:统计)?的$/;
const SAMPLE_CLAUSE_RE = /^[^,。!?;\n\r]*?看$/;
/** `found[i]` is `f`; the figures after it are those the sentence goes on with. */
export function monitoredSample(folded: string, f: RawFigure, found: readonly RawFigure[], i: number): boolean {
	if (f.unit === null || !THINGS.has(f.unit) || f.qualifier !== null || !SAMPLE_BEFORE_RE.test(folded.slice(Math.max(0, f.start - 20), f.start))) return false;
	const end = folded.slice(f.end).search(/[。!?;\n\r]/);
	const stop = end < 0 ? folded.length : f.end + end;
	return found.some((g, k) => k > i && g.start > f.end && g.start < stop) || SAMPLE_CLAUSE_RE.test(folded.slice(f.end, stop));
}

// 湖南…207.54亿元;江苏…171.78亿元;浙江…123.1亿元,上海…118.06亿元,均超过百亿元: a bound opening its clause with 均/都,
// after figures of the same unit in its sentence, says what those figures each passed; it is no figure of its own.
// 排名前五位的省份依次是广东、江苏、浙江、山东和四川,国内旅游收入均超过4000亿元: so is an amount (money, visits, a share)
// that places named one by one (or ranked 前N位) in an earlier clause of the sentence each passed (fixture 579). (陕西、江苏、
// 浙江等省份接待观众均超300万人次, an open list in the bound's own clause, stays a figure: fixture 72.) (话剧和音乐剧演出均
// 超过6000场, a count, stays: fixture 46.)
const GROUP_NAMED_RE = /(?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}(?:(?:和|及|与)[\u4e00-\u9fff]{2,4})?|前[\d一二三四五六七八九十]+(?:位|名)/;
/** `found[i]` is `f`; the figures before it are those of its list. */
export function boundOfListBefore(folded: string, f: RawFigure, found: readonly RawFigure[], i: number): boolean {
	if (f.qualifier !== '超') return false;
	const clauseStart = startOfClause(folded, f.start);
	const lead = folded.slice(clauseStart, f.start) + folded.slice(f.start, f.end).replace(/(?:超过|超|突破|逾).*$/, '');
	const sentStart = sentenceStart(folded, f.start);
	if (/^[\u4e00-\u9fff]{0,8}?(?:均|都)(?:已)?$/.test(lead) && /^(?:元|人次|%)$/.test(f.unit ?? '') && GROUP_NAMED_RE.test(folded.slice(sentStart, clauseStart))) return true;
	if (!/^(?:也)?(?:均|都)(?:已)?$/.test(lead)) return false;
	return found.filter((g, k) => k < i && g.start >= sentStart && g.unit === f.unit).length >= 2;
}

// 除德宏州3家4A级景区因疫情闭园外 · 昆明、丽江、普洱等9个州(市)游客量超过2019年同期水平 · 16个州市游客接待量均保持两位数
// 以上增长 · 瑞丽、腾冲等19个陆地边境口岸城市增势明显: a count of places set aside (除…外), or one whose clause says how
// their measure went with no figure of its own (a list summed by 等, or a measure named), says who, not how many
// (fixtures 459, 462). With 的 (299家景区的接待量达到…水平) the count is of the places meeting a bound, and stays.
const HOW_IT_WENT_RE = /增长|增势|超过|高于|恢复|回升|下降|减少|下滑/;
// 截至1月3日21时,已有20个省份发布元旦假期旅游数据 · 已有25个省份公布国庆假期旅游收入: the places that have published
// their data so far say whose figures follow, not an outcome (fixtures 431, 497).
// 已有21个省份交出旅游“成绩单” (740): handing in a report card is publishing too.
const PUBLISHED_AFTER_RE = /^(?:省份|省区市|省市|省|自治区|地区|城市|地市|市州|市|区县|县市区|县|景区)[^,;。!?\n\r\d]{0,6}?(?:公布|发布|晒出|披露|上报|报告|交出|交上|亮出)/;
const PUBLISHED_SO_FAR_RE = /^[^,;。!?\n\r\d]{0,6}?(?:已|已经|陆续|先后)(?:公布|发布|晒出|披露|上报|报告)/;
// 已披露接待游客总量的13个省区市: the places that have published a measure (已…的) say whose figures these are, as 已有N个
// 省份公布 does (674).
// 在公布春节假期文旅数据的21个省份中 (740): so do those among which (在…中) the figures published are compared, with no 已.
const PUBLISHED_BEFORE_RE = /(?:已(?:经)?|^在)(?:公布|发布|披露|上报)[^,;。!?\n\r\d]{0,10}的$/;
// 有12个超过2019年同期 · 平均房价高于全国平均水平的省份有9个: how many places met a level of comparison (a year's same
// period, an average), with no number of its own, is no level (670, 674; as 26个地区的填报率在九成以上 is no figure).
const MET_COMPARISON_AFTER_RE = /^(?:超过|高于|低于|恢复到|恢复至|达到)了?(?:去年|上年|年)?(?:同期|平均)/;
const MET_COMPARISON_BEFORE_RE = /(?:超过|高于|低于|恢复到|恢复至|达到)[^,;。!?\n\r\d]{0,10}(?:同期|平均)(?:水平|值|数)?的(?:省份|省区市|省市|省|地区|城市|市州|地市|市|县)(?:有|共有)$/;
export function namesWho(folded: string, f: RawFigure): boolean {
	if (f.unit === null || !THINGS.has(f.unit) || f.qualifier !== null) return false;
	const before = folded.slice(startOfClause(folded, f.start), f.start);
	if (PUBLISHED_BEFORE_RE.test(before) || MET_COMPARISON_BEFORE_RE.test(before)) return true;
	// 上海、河南…宁夏等16个省份已公布相关数据: places summed by 等 that have published (已公布) say whose figures follow too.
	if ((/(?:已|已经|共|先后)有$/.test(before) || (/等$/.test(before) && PUBLISHED_SO_FAR_RE.test(folded.slice(f.end, f.end + 16)))) && PUBLISHED_AFTER_RE.test(folded.slice(f.end, f.end + 16))) return true;
	const after = folded.slice(f.end, forwardTo(folded, f.end, /[,;。!?\n\r]/)).replace(/\d{4}年/g, '年');
	if (/^除/.test(before) && /外$/.test(after)) return true;
	if (/^(?:其中)?(?:有|共有)$/.test(before) && MET_COMPARISON_AFTER_RE.test(after)) return true;
	if (/\d|的/.test(after)) return false;
	// 这5家景区接待人次出现负增长 (fixture 591): how many places had a fall (出现 a fall) is the outcome reported, a figure.
	if (/出现(?:了)?(?:负增长|下降|下滑|减少)/.test(after)) return false;
	return (/等$/.test(before) || /游客|接待|收入|人次|客流/.test(after)) && HOW_IT_WENT_RE.test(after);
}

// Counts that name a set rather than state a level (fixture 426): 全区111个县(市、区)中有93个 names the whole set the count
// after 中有 is taken from; 一批百亿元重大旅游项目 · 十亿元级项目 names a kind of project by a round amount.
// 111个县(市、区)中有93个 · 51家景区中,有30家: a count, a noun (its kinds in brackets), 中 and a count after it.
const WHOLE_SET_RE = /^[\u4e00-\u9fff]{1,10}(?:\([^()\n\r]{1,12}\))?中,?(?:有|共有)?(?:约|近)?\d/;
// 百亿元 · 千万元 written as a bare round scale: after 一批/一些 or a measure word, or before 级, it names a kind.
const ROUND_AMOUNT_RE = /^[十百千][万亿]元$/;

/** Whether `f` counts the whole set a following count is taken from. */
export function namesWholeSet(folded: string, f: RawFigure): boolean {
	return WHOLE_SET_RE.test(folded.slice(f.end, f.end + 30));
}

/** Whether `f` is a round amount naming a kind of thing (一批百亿元重大旅游项目, 百亿元级项目). */
export function namesKind(folded: string, f: RawFigure): boolean {
	if (!ROUND_AMOUNT_RE.test(folded.slice(f.start, f.end))) return false;
	return /(?:一批|一些|批|个|项|多个)$/.test(folded.slice(Math.max(0, f.start - 2), f.start)) || /^级|^以上的|^[\u4e00-\u9fff]{0,4}(?:项目|工程|企业|集团|产业)/.test(folded.slice(f.end, f.end + 8));
}

// 按国内组织人次、入境外联人次、出境组织人次3项指标计算 · 从6个维度进行评价 (fixture 475): the indicators (aspects,
// dimensions) a share or score is worked out from describe the method; their count is no figure. (指出6个方面10个具体问题
// counts what an inspection found, with no verb of working out, and stays.)
const METHOD_AFTER_RE = /^(?:指标|方面|维度|要素|因素)(?:来|进行)?(?:计算|测算|核算|衡量|评价|评估|加权|综合)/;
// 依据《评分细则》中的旅游交通、游览…等8项内容 (fixture 621): the parts of a rulebook a check follows, summed after 等, are
// the method too.
const RULE_PARTS_RE = /(?:依据|按照|根据|对照|依照)[^。!?\n\r]{0,80}等$/;
export function methodCount(folded: string, f: RawFigure): boolean {
	if ((f.unit === '项' || f.unit === '个') && f.qualifier === null && METHOD_AFTER_RE.test(folded.slice(f.end, f.end + 8))) return true;
	return (f.unit === '项' || f.unit === '条') && f.qualifier === null && /^(?:内容|条款|标准|要求)/.test(folded.slice(f.end, f.end + 2)) && RULE_PARTS_RE.test(folded.slice(sentenceStart(folded, f.start), f.start));
}

// 四川13个市州与投资企业现场签订40个旅游项目合作协议 (792): a count of places that, with a party named after 与, signed (签订,
// 签约, 签署) what a figure of the same clause counts (签约项目25个), names who signed, the subject of that figure (SOURCES.md: a count that
// only names the subject of the next figure). (13个市州签约项目的总额, with no figure after the verb, is not caught.)
const SIGNERS_AFTER_RE = /^(?:市州|市县|地市|省份|省区市|城市|县市区|区县|市|州|县|区|部门|单位|企业)(?:与|和|同)[^,;。!?\n\r\d]{1,14}?(?:现场)?(?:签订|签约|签署)(?:了)?[\u4e00-\u9fff]{0,4}?(?:约|近|超过|逾)?\d/;
export function signingParties(folded: string, f: RawFigure): boolean {
	return f.unit === '个' && f.qualifier === null && SIGNERS_AFTER_RE.test(folded.slice(f.end, f.end + 30));
}
