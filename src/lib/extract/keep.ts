// Which numbers found in a text are figures: not thresholds, bounds, ranges, or counts naming the subject of a figure.
import type { RawFigure } from './figures';
import { backTo, startOfClause, forwardTo, sentenceEnd, sentenceStart } from './scan';
import { countsNamedKinds, countsNamedParts } from './named-lists';
import { restatesNamed } from './place-counts';
import { goalSubjects } from './goal-subjects';
import { boundOfListBefore, boundOfMany, methodCount, monitoredSample, namesKind, namesWho, namesWholeSet, rankedSet, responsibleGroup, roundCountOfPeople, signingParties } from './subject-counts';

const MEASURE_UNITS = new Set(['人次', '人天', '元', '美元', '%']);
// Verbs that make a count the subject of the next figure (12家景区共接待游客…); a conjunction alone joins two figures.
// 139家三星及以下酒店出租267.76万间: hotels letting rooms are the subject too.
const SUBJECT_VERB_RE = /接待|实现|完成|共|累计|达|为|占|有|吸引|带动|开放|举办|参观|投资|收入|营业|出租/;
// Counts of things that can describe a group (N个X的Y); never amounts (人次, 元) or shares.
const GROUP_UNITS = new Set(['个', '家', '支', '人', '名', '座', '所', '处', '项']);
// …的 followed by a noun; not 的目标/任务/计划 (a goal's figure), 的同时, 的基础上, or a share (的5.4%).
// 全省184家A级旅游景区的客流: a grade written in a Latin letter (A级, 5A级) is part of the noun.
// 320个行政村和具备安装条件的自然村: a clause of conditions met (具备…条件的) after 和 describes the second noun only.
const SECOND_NOUN_RE = /^[\u4e00-\u9fff]{1,6}(?:和|及|与|以及)(?:具备|符合|满足)[\u4e00-\u9fff]{0,6}条件的/;
const DESCRIBES_RE = /^(?:\d?[A-Z]级|[\u4e00-\u9fff]){0,10}?的(?!目标|任务|计划|基础|同时|水平|规模|比例|[\d.]+(?:%|成)|[一二三四五六七八九十]成|百分之)[\u4e00-\u9fff\d]/;
const JOINED_DESCRIBES_RE = new RegExp(`^[\u4e00-\u9fff]{1,10}(?:及|和|与|以及)(?:其)?(?:下属)?\\d+(?:家|个|座|所|处)${DESCRIBES_RE.source.slice(1)}`);
const GOAL_AFTER_RE = /^的(?:年度|全年|年|奋斗|发展|预期)?(?:目标|任务)/;
const RANGE_RE = /^(?:至|到|-|—|~)$/;
const CONSECUTIVE_RE = /连续(?:\d{1,2}|[两二三四五六七八九十]{1,2})(?:天|日|周|个月|年)(?:均|都)?$/;
const BARE_BOUND_RE = /(?<![\d.])\d+(?:\.\d+)?[万亿千百]?(?:至|到|-|—|–|~)$/;
// 大约为300亿-500亿元: what follows a figure with no unit when it is the first bound of a range.
const UNITLESS_LOWER_RE = /^(?:至|到|-|—|–|~)\d/;
// A figure left blank in a draft: XX亿元 · ××万人次 · *个.
const BLANK_AFTER_RE = new RegExp(`^[A-Za-z\u4e00-\u9fff]{1,14}?(?:${SUBJECT_VERB_RE.source})[\u4e00-\u9fff]{0,4}?(?:XX|xx|××|Ｘ+|\\*+)`);

// The places counted (省份, 市州, 城市, 县…) and the words up to the bound, with no 共/合计/累计 making it a total.
// 42个景区连续4天日接待超过万人次: places of a kind (景区, 景点, 酒店, 村) each over a bound are counted the same way.
// 18个旅游景区接待量突破5万人次: the kind may be described first (旅游, 重点, 主要).
// 池州、合肥…等5市超过10亿元: a count of places written without 个 is counted in the word of its place (place-counts.ts).
const PLACE_UNIT_RE = /^(?:个|省份|省区市|省市|省|市州|地市|城市|市|州|县市区|县区|县|区)$/;
const AREA_OVER_RE = /^(?:旅游|重点|主要|热门)?(?:省份|省区市|省市|省|市州|地市|城市|市|州|县市区|县区|县|区|国家和地区|国家|景区|景点|酒店|饭店|宾馆|乡村|村|乡镇)(?:(?!共|合计|累计)[\u4e00-\u9fff\d]){0,12}$/;

const AMONG_PUBLISHED_RE = /^[^,;。!?\n\r]{0,6}已(?:经)?(?:公布|发布)(?:的)?(?:数据|数字)[^,;。!?\n\r]{0,8}中,/;

// 全国31个省、自治区、直辖市 · 31个省(区、市) · 全市6个县市区: every division of a country or region names who did
// something (surveyed, was inspected), never an outcome; a count of divisions meeting a bound is one (kept above).
const DIVISIONS_RE = /^(?:省份?|省区市|市州|地市|县市区|县区|区县|市县|乡镇)(?![\u4e00-\u9fff]{0,10}中)/;
// 全县十七个乡镇(街道)都建有综合文化站: every division having a thing built states its coverage, an outcome.
const ALL_HAVE_RE = /^[\u4e00-\u9fff]{0,6}(?:\([\u4e00-\u9fff、]{1,8}\))?(?:都|均|全部|全都)(?:已)?(?:建有|设有|建成|建立了?|配备了?|配有)/;
const ALL_PROVINCES_RE = /^省[、,](?:自治区|区)[、,](?:直辖市|市)|^省\((?:自治区|区)、(?:直辖市|市)\)/;
const SPREAD_OVER_RE = /(?:分布(?:在|于)|覆盖(?:了|到)?|遍及|遍布|涵盖(?:了)?)(?:全国|全省|全市|全县|全区|全州)?$/;

// 其中湖南和广东突破千万人次 · 在11月及12月连续两个月突破100万人次: a bound that two places (or months) named right
// before it each passed, not a figure of either.
const DONE_BEFORE_RE = /(?:完成|实现|建成)[\u4e00-\u9fff]{0,6}[和及与、]/;
// 纪念馆为湖南省及周边超过700个基层党组织…提供了…: places after 为/向/对/给 are whom something was done for, not places
// that passed a bound.
const FOR_PLACES_RE = /(?:为|向|对|给)[\u4e00-\u9fff]{2,4}(?:和|及|与|、)[\u4e00-\u9fff]{2,4}$/;
// 惠及 · 涉及 · 普及 · 遍及 are verbs, not 及 joining two names (直接惠及群众190万人次以上 is a figure); so is 参与
// (音乐会参与人次突破30万 is a figure).
const JOINED_BOUND_RE = /(?:[\u4e00-\u9fff]{2,4}|\d{1,2}月)(?:和|(?<![惠涉普遍波触顾])及|(?<!参)与|、)(?:[\u4e00-\u9fff]{2,4}|\d{1,2}月)(?:连续[两二三四五六七八九十\d]{1,2}(?:个月|年|天))?(?:均|都)?$/;

// 8座旅游厕所未录入系统的问题: the words before 的 say something of the things counted (a verb, negated or done), so
// the count is what the report states; 完成6座厕所的信息录入: so is a count that was completed, when no figure follows.
const SAID_OF_RE = /^[\u4e00-\u9fff]{1,10}?(?:未|没有|尚未|暂未|已经|已)[\u4e00-\u9fff]{1,8}?的/;
// 收回全省166家旅游定点购物场所的等级牌匾 (fixture 421): the things an act of sanction was done to are counted too.
const ACTED_ON_RE = /(?:完成|收回|吊销|撤销|注销|取消|摘除|摘牌)(?:了)?(?:全[国省市县区州])?$/;
function countedSaid(folded: string, f: RawFigure): boolean {
	const after = folded.slice(f.end, f.end + 20);
	if (SAID_OF_RE.test(after)) return true;
	const clauseEnd = forwardTo(folded, f.end, /[,;。!?\n\r]/);
	return ACTED_ON_RE.test(folded.slice(Math.max(0, f.start - 6), f.start)) && !/\d|[一二三四五六七八九十]成/.test(folded.slice(f.end, clauseEnd));
}

// 坛罐山陶瓷艺术文旅项目等5个文旅重大项目纳入全省“盘子”,总投资达245亿元: a count summing a named list (等N个) whose
// next clause opens on a bare 总投资 names the projects that investment is of, as 467个 does in fixture 264.
// 喇叭河景区提升等9个…文化旅游项目,2022年计划投资20.18亿元: so does one whose next clause opens on the year's 计划投资.
const LIST_INVESTMENT_RE = /^[^,;。!?\n\r\d]{0,30},(?:\d{4}年)?(?:计划(?:总)?投资|总投资)(?:额)?(?:为|达到|达|约|超过|超|近)?[\d.]/;
// 出境旅游增速预计维持在4%左右: a rate of a rise kept at a level is a change too.
// 第三季度增幅升至7.8%: so is the rate it rose or fell to (增幅进一步放缓至4.3%: with an adverb before the verb too).
// 增幅依次为9.08%、9.74%和7.43%: 依次 lists them in order, as 分别 does.
const CHANGE_NOUN_RE = /(?:增速|增幅|升幅|涨幅|降幅|跌幅|增长率|增长速度)(?:[\u4e00-\u9fff]{1,4},)?(?:分别|依次)?(?:约|大约)?(?:为|是|达到?|(?:预计|将|有望)?(?:维持|保持|稳定)在|(?:进一步|继续|再次|持续|又|再)?(?:升|降|回落|回升|提高|提升|扩大|收窄|加快|放缓)(?:至|到))?$/;
// 游客接待增幅前五位的地区分别是临夏38.5%、天水30.4%…: the rates of a ranking, each after the place it is of, are changes too.
// 旅游总收入和游客接待总人数同比增幅最低的分别是上海和重庆,分别为16.94%和17.75%: so are the rates of those ranked
// highest or lowest by growth, listed after them.
// 旅游总收入同比增幅最低的是北京,为14.2% · 增幅最高的是新疆,达96.69%: one place's rate, with no 分别, is a change too.
// 甘肃在两项数据的同比增幅上都排名第一,分别为41.17%和34.25% (743): so are the rates by which a place ranks first.
const EXTREME_CHANGES_RE = /(?:增速|增幅|升幅|涨幅|降幅|跌幅|减幅|增长率)(?:(?:最高|最低|最快|最慢|最大|最小)的?|上?(?:都|均)?(?:排名|排|位居|名列|位列|居)(?:全[国省市县区])?(?:第[一二三四五六七八九十\d]+(?:位|名)?|首位|榜首))[^,;。!?\n\r\d]{0,16},(?:分别|依次)?(?:为|是|达到?)$/;
// 在旅游总收入增速方面,只有北京、天津和上海低于全国平均水平(14.4%),分别为1.10%、12.80%和13.20%: a sentence opened on
// the rates of growth (增速方面) gives rates of growth, no levels; so does a growth's average (平均水平) in brackets after a rise.
const GROWTH_TOPIC_RE = /(?:增速|增幅|增长率|增长速度)方面,[^。;!?\n\r]*$/;
const GROWTH_AVERAGE_RE = /(?:增速|增幅|增长|下降)[^。;!?\n\r]{0,30}(?:平均水平|平均增幅|平均增速)\($/;
const RANKED_CHANGES_RE = /(?:增速|增幅|升幅|涨幅|降幅|跌幅|增长率)[^,;。!?\n\r]{0,12}?(?:分别|依次)(?:为|是):?(?:[\u4e00-\u9fff]{1,8}[\d.]+%(?:、|,|和|及|与))*[\u4e00-\u9fff]{1,8}$/;
// The items of a list before this one (35.6%、32.1%和), so the last item reaches the words that open the list.
// 增速分别为12、15、18%: items written bare before the last one's unit too.
const LIST_BEFORE_RE = /(?:[\d.]+%?(?:、|和|及|与))+$/;

// 开展冬季旅游的150家A级旅游景区,两天累计接待游客…: the days counted (两天, 假期) may come before 累计.
// 纳入统计预报体系的125个旅游景区(点),假期共接待…: a note on the noun in brackets may stand between too. (纳入重点监测的
// 33个温泉景区,春节期间累计接待…, a holiday named before 期间, stays a figure: fixture 158.)
const NEXT_CLAUSE_DAYS = '(?:[两二三四五六七八九十\\d]天|假期|节日期间|期间|当日|当天|首日)?';
const WHAT_THEY_DID = '(?:接待|实现|完成|吸引|举办|参观|投资)[\u4e00-\u9fff]{0,8}$';
const SUBJECT_CLAUSE_RE = new RegExp(`^(?:\\d?[A-Z]级|[\u4e00-\u9fff]){1,10}(?:\\([\u4e00-\u9fff、]{1,6}\\))?,${NEXT_CLAUSE_DAYS}(?:共|累计|合计|总计)${WHAT_THEY_DID}`);
// 全省纳入假日统计监测的单位共953家,当日接待游客… · 文化和旅游新业态单位有108家,当日接待…: a count after its noun and
// 共/有, ending its clause, whose next clause opens on the visitors those places received (and gives the figure), names
// them too (fixture 690). (在建项目共有794个,完成投资154.31亿元: projects and what they invested are both figures: 178.)
const COUNT_CLOSES_RE = /[\u4e00-\u9fff]{2}(?:共有|共|有)$/;
const RECEIVED_NEXT_RE = new RegExp(`^,${NEXT_CLAUSE_DAYS}(?:共|累计|合计|总计)?(?:接待|吸引)[\u4e00-\u9fff]{0,8}$`);
const JOINT_SUBJECT_RE = /^(?:\d?[A-Z]级|[\u4e00-\u9fff]){1,12}(?:共|累计|合计|总计|分别)(?:接待|实现|吸引|完成)[\u4e00-\u9fff]{0,6}$/;
// 对19个重点旅游景区实施监控,…这些景区累计接待…: the places an act of watching is directed at are the subject of what is
// reported of them, as 纳入监测的150家重点景区 is.
// 对184家A级景区实施客流监测: a grade in a Latin letter is part of the noun.
const WATCHED_AFTER_RE = /^(?:\d?[A-Z]级|[\u4e00-\u9fff]){1,12}?(?:实施|进行|开展)?[\u4e00-\u9fff]{0,2}?(?:监控|监测|跟踪|调度)/;
// 81支农村电影放映队: a noun made of the verb (放映队, 演出团) names who they are, not what they staged.
const STAGED_RE = /^[\u4e00-\u9fff]{1,8}?(?:联手|共同)?(?:上演|演出|放映|映出)(?![队员团厅点室机])了?/;

const RESULT_AFTER_RE = /^的(?:成绩|业绩|佳绩)/;

export function keepFigures(folded: string, found: RawFigure[]): RawFigure[] {
	// 3个省份旅游总收入超过100亿元 · 4个省份…均超过50亿元 · 8家景区接待量超过50万人次: a count of places each over a bound;
	// the count is the figure.
	// (山东、四川和河南,这3个省份…都超过了500亿大关: 这 points back to places just named; the count restates them.)
	// 16个省份接待游客总量超过3.31亿人次: an amount of three significant digits or more is no bound each place met but the sum
	// over them, passed (超); the count only names whose sum it is (its subject). 5个县的达标率超过95%: a count before 的 and a
	// rate says whose rate it is (as 26个地区的填报率在九成以上), and the rate is a bound each met (subject-counts.ts).
	const areaBound = (f: RawFigure | undefined, g: RawFigure | undefined): boolean =>
		!!f && !!g && (PLACE_UNIT_RE.test(f.unit ?? '') || f.unit === '家') && f.qualifier === null && g.qualifier === '超' && folded[f.start - 1] !== '这' && AREA_OVER_RE.test(folded.slice(f.end, g.start)) && !/的[\u4e00-\u9fff]{0,8}率/.test(folded.slice(f.end, g.start)) && !(MEASURE_UNITS.has(g.unit ?? '') && significantDigits(g.value) >= 3);
	// 江苏…以6500亿元位列其后。…2012年总收入虽然突破6500亿元 (743): an amount passed (突破) equal to an exact amount said
	// before restates it as a bound; it is no second figure.
	const firstExact = new Map<string, number>();
	found.forEach((g, k) => {
		if (g.qualifier === null && !firstExact.has(`${g.value}|${g.unit}`)) firstExact.set(`${g.value}|${g.unit}`, k);
	});
	return found.filter((f, i) => {
		if (/^(?:元|人次|美元)$/.test(f.unit ?? '') && /^突破/.test(folded.slice(f.start, f.end)) && (firstExact.get(`${f.value}|${f.unit}`) ?? i) < i) return false;
		// 总流通人次(万人次) · 总支出(万元): a scale and unit in brackets after a label is the label's unit, not 1万.
		if (folded[f.start - 1] === '(' && /^[万亿千百]/.test(folded.slice(f.start, f.end))) return false;
		// 广西、湖北、辽宁、四川4个省份的接待总数也超过了2千万人次: the count of places just named, before 的 and their measure,
		// restates the names (江西、山西…安徽5个省份接待游客人次也均超5000万, with no 的, counts those meeting the bound: 497).
		if (f.unit === '个' && f.qualifier === null && /^(?:省份|省区市|省市|省|市州|地市|城市|市|县|景区|景点)的/.test(folded.slice(f.end, f.end + 5)) && restatesNamed(folded, f.start, f.value)) return false;
		// 已公布数据中,12省总收入超过2000亿,14省…: counts of places among the data published so far are of a sample still
		// growing, no levels (fixture 618, as 6省 in 409); the bounds after them go with them (below).
		if (PLACE_UNIT_RE.test(f.unit ?? '') && f.qualifier === null && AMONG_PUBLISHED_RE.test(folded.slice(sentenceStart(folded, f.start), f.start))) return false;
		if (areaBound(f, found[i + 1])) return true;
		if (areaBound(found[i - 1], f)) return false;
		if (countsNamedKinds(folded, f) || countsNamedParts(folded, f)) return false;
		if (rankedSet(folded, f) || responsibleGroup(folded, f) || boundOfMany(folded, f) || namesWho(folded, f) || methodCount(folded, f) || goalSubjects(folded, f) || signingParties(folded, f)) return false;
		if (monitoredSample(folded, f, found, i) || boundOfListBefore(folded, f, found, i)) return false;
		if (namesAllDivisions(folded, f, found[i + 1])) return false;
		// 面向13个省(直辖市)开展促销: a count after 面向 names whom the act addresses, not a level (针对8座厕所未录入的问题
		// names a problem's size, and stays).
		if (f.qualifier === null && f.unit !== null && GROUP_UNITS.has(f.unit) && /面向$/.test(folded.slice(Math.max(0, f.start - 2), f.start))) return false;
		if (f.qualifier === null && f.unit !== null && GROUP_UNITS.has(f.unit) && folded[f.start - 1] === '对' && WATCHED_AFTER_RE.test(folded.slice(f.end, f.end + 20))) return false;
		// 至少25个省份公布了…: at least so many is a lower bound of an unknown count, not a level (已有25个省份公布 names who
		// published: subject-counts.ts).
		if (/至少$/.test(folded.slice(Math.max(0, f.start - 2), f.start))) return false;
		// 完成新建、改建厕所超过5万座: acts joined (新建、改建) after a verb of doing are what was done, not places each past a bound.
		// 接待游客5万人次以上、收入1亿元以上: what the conjunction joins to is a figure before it (its 以上 is no place), so both are figures.
		const joinsFigure = i > 0 && /^[和及与、][\u4e00-\u9fff]{0,8}$/.test(folded.slice(found[i - 1]!.end, f.start));
		if (f.qualifier === '超' && !joinsFigure && JOINED_BOUND_RE.test(folded.slice(Math.max(0, f.start - 20), f.start)) && !FOR_PLACES_RE.test(folded.slice(Math.max(0, f.start - 20), f.start)) && !DONE_BEFORE_RE.test(folded.slice(backTo(folded, f.start, /[,;。!?\n\r]/, 0), f.start))) return false;
		// 两大雪场接待游客量均提前突破百万人次 · 比上一雪季提前11天突破百万: a milestone passed by several at once, or early,
		// or a round number passed with no unit, is a bound, not a figure (湖南接待游客突破千万人次 stays one).
		// 单日游客过万 · 超千: a round ten thousand (hundred, thousand) passed, with no unit, is a bound too.
		// …but 上万民众 (a round number before the people it counts) is a count of them (fixtures 78, 237, 412).
		if (f.unit === null && /^(?:过|超过?|逾|上)[百千万亿]+$/.test(folded.slice(f.start, f.end)) && !roundCountOfPeople(folded, f)) return false;
		if (/^突破/.test(folded.slice(f.start, f.end)) && (f.unit === null || /(?:均|都|提前)$/.test(folded.slice(Math.max(0, f.start - 2), f.start)))) return false;
		if (passedBound(folded, f) || NEGATED_BOUND_RE.test(folded.slice(Math.max(0, f.start - 16), f.start))) return false;
		if (restatedHeading(folded, f, found, i)) return false;
		// 269207.47万元(即26.92亿元): the same figure restated in brackets in another scale is no second figure.
		if (restatedInBrackets(folded, f, found[i - 1])) return false;
		// 超万人次的景区: a threshold describing a noun, not a figure.
		// …旅游投资突破100亿元的年度目标: a 的 that closes a list of goals belongs to 目标, not to the last figure.
		// (突破120万人次的目标 alone restates a goal given before: no figure.)
		// (去年黄山凭借七天超过3000万元的成绩,成为…: a result a place achieved, 以/凭借 …的成绩, is its level: 超.)
		if (f.qualifier !== null && folded[f.end] === '的' && !(GOAL_AFTER_RE.test(folded.slice(f.end, f.end + 8)) && i > 0 && /^、/.test(folded.slice(found[i - 1]!.end, f.start))) && !shareOfGroup(folded, f) && !RESULT_AFTER_RE.test(folded.slice(f.end, f.end + 4))) return false;
		const after = folded.slice(f.end, f.end + 16);
		// 出租率在90%以上的有73家 · 300公里以上的跨市游: a bound describing a noun, not a figure.
		if (/^(?:及|或)?(?:以上|以下|以内)的/.test(after)) return false;
		// 游客量已经连续两年站上200万人次以上: a level held over several years is a bound, not a year's figure.
		if (/连续[两二三四五六七八九十\d]{1,2}年(?:都|均)?(?:站上|站稳|保持在?|稳定在|维持在?)$/.test(folded.slice(Math.max(0, f.start - 12), f.start))) return false;
		const prevF = found[i - 1], nextF = found[i + 1];
		// 多场万人演唱会 · 其中5000人以上大型演唱会: people right before the event they describe are its size class.
		if (f.unit === '人' && SIZE_CLASS_RE.test(after)) return false;
		// 游客增速分别为35.6%、32.1%和10.8% · 旅客升幅明显,约为18.7%: the rate of a rise or fall named as a noun is a change
		// with no figure of its own, as 上升15.4% is.
		if (f.unit === '%' && (CHANGE_NOUN_RE.test(folded.slice(Math.max(0, f.start - 40), f.start).replace(LIST_BEFORE_RE, '')) || EXTREME_CHANGES_RE.test(folded.slice(Math.max(0, f.start - 48), f.start).replace(LIST_BEFORE_RE, '')) || RANKED_CHANGES_RE.test(folded.slice(Math.max(0, f.start - 80), f.start)) || GROWTH_TOPIC_RE.test(folded.slice(Math.max(0, f.start - 80), f.start)) || GROWTH_AVERAGE_RE.test(folded.slice(Math.max(0, f.start - 48), f.start)))) return false;
		if (f.unit === '%' && (changeListGoesOn(folded, f) || (GROWTH_GOAL_RE.test(folded.slice(Math.max(0, f.start - 40), f.end)) && /^的(?:年度)?(?:目标|任务)/.test(after)))) return false;
		// 其中亿元以上项目139个,10亿元以上项目78个: a bound naming the class of things whose count follows; the count is the figure.
		if (nextF && nextF.unit !== null && GROUP_UNITS.has(nextF.unit) && /(?:以上|以下)[\u4e00-\u9fff]{1,8}$/.test(folded.slice(f.start, nextF.start)) && /^(?:及|或)?(?:以上|以下)[\u4e00-\u9fff]{0,8}$/.test(folded.slice(f.end - 2, nextF.start))) return false;
		// 首次突破千亿元大关,达到1220亿元: a milestone passed, then the exact figure that passed it, is a bound.
		// 旅游消费已超过4500亿元,达到4537.5亿元: so is a threshold passed (超过, 逾) right before the figure.
		if (nextF && /^(?:突破|超过|超|逾|迈入)/.test(folded.slice(f.start, f.end)) && nextF.unit === f.unit && nextF.value >= f.value && /^(?:大关|关口)?,?(?:达到|达|至|为)/.test(folded.slice(f.end, nextF.end))) return false;
		// 全年接待游客1050万人次,首次突破1000万人次大关 · …105亿元,跨上百亿元台阶: a milestone named after the exact figure
		// that passed it, in the same sentence, is a bound too.
		if (milestoneAfter(folded, f, found, i)) return false;
		// 出租率连续三天超过80%: a threshold passed day after day is a bound each day stayed above, no level of any one.
		if (f.qualifier === '超' && CONSECUTIVE_RE.test(folded.slice(Math.max(0, f.start - 10), f.start))) return false;
		// 入住率达到80%至90%: a range is two bounds, neither of them the figure.
		// (10亿元-30亿元的项目: a hyphen before the second bound leaves it unread, as a code's number is; the first is still a bound.)
		// 总规模大约为300亿-500亿元 (fixture 751): a first bound with its scale but not its unit, read as a figure for its 约, is
		// a bound all the same, whatever dash or word joins it to the second.
		if ((nextF && RANGE_RE.test(folded.slice(f.end, nextF.start))) || (f.unit !== null && /^[-~—–]\d/.test(folded.slice(f.end, f.end + 2))) || (f.unit === null && UNITLESS_LOWER_RE.test(folded.slice(f.end, f.end + 3))) || (prevF && RANGE_RE.test(folded.slice(prevF.end, f.start)))) return false;
		// 50亿—80亿元的项目3个: a range whose first bound has no unit (and so is no figure) still makes the second a bound;
		// a range before 的 names a class of things, whose count is the figure.
		// 300亿至500亿元: so does a smaller first bound in the same scale (从3000万到5000万人次 moves from one level to another).
		const lower = BARE_BOUND_RE.exec(folded.slice(Math.max(0, f.start - 12), f.start));
		if (lower && (/[-—–~]$/.test(lower[0]) || folded[f.end] === '的' || smallerBound(lower[0], folded.slice(f.start, f.end)) || (sameScaleBound(lower[0], folded.slice(f.start, f.end)) && !/[从由]/.test(folded[Math.max(0, f.start - 12) + lower.index - 1] ?? '')))) return false;
		// 每5名到馆读者中就有1名会借书: one in so many is a ratio, not a count.
		if (RATIO_BEFORE_RE.test(folded.slice(backTo(folded, f.start, /[,;。!?\n\r]/, 0), f.start))) return false;
		if (f.unit !== null && GROUP_UNITS.has(f.unit) && f.qualifier === null && folded[f.start - 1] === '等' && LIST_INVESTMENT_RE.test(folded.slice(f.end, f.end + 48))) return false;
		// 目前已完成两批景区的复核: the batches (rounds) of a piece of work before 的 say how far it has gone, no count of
		// things.
		if ((f.unit === '批' || f.unit === '轮') && f.qualifier === null && DESCRIBES_RE.test(after)) return false;
		// 他是一个游客,却是5个人次 after 人次和人不是一个概念: numbers in an illustration of a concept (假如, 打个比方) are no
		// figures.
		if (ILLUSTRATION_RE.test(folded.slice(sentenceStart(folded, f.start), f.start))) return false;
		// 分三大板块12类的文化惠民活动: a count of kinds before 的 describes the events too.
		if (f.unit === '类' && f.qualifier === null && DESCRIBES_RE.test(after)) return false;
		// 19个国家和地区的32支方队 · 26个地区的填报率 · 一个300人的小村: a count of things before 的 says whose the
		// next words are (a group's size or scope); the figure, if any, is what follows.
		if (f.unit !== null && GROUP_UNITS.has(f.unit) && f.qualifier === null && DESCRIBES_RE.test(after) && !SECOND_NOUN_RE.test(folded.slice(f.end, f.end + 24)) && !countedSaid(folded, f) && !measureMeetsBound(folded, f)) return false;
		// 完成馆藏521件可移动文物信息的逐条审核和73件新藏品的信息采集: items whose records a piece of work went through,
		// before 的 and the work, say what was worked on (SOURCES.md: counts before 的 that say whose the next words are).
		if (f.unit === '件' && f.qualifier === null && WORKED_ON_RE.test(after) && !countedSaid(folded, f)) return false;
		// 12家乡镇综合文化站及下属192家文化大院的档案建设: two counts joined before one 的 both say whose the words after it are.
		if (f.unit !== null && GROUP_UNITS.has(f.unit) && f.qualifier === null && JOINED_DESCRIBES_RE.test(folded.slice(f.end, f.end + 40)) && !countedSaid(folded, f)) return false;
		// 目前全省211家博物馆中,有202家实行免费开放: the whole a place has now, after 目前, that a part is counted out of is
		// a stock of the report month, a figure itself (fixture 623).
		if (f.unit !== null && GROUP_UNITS.has(f.unit) && wholeNow(folded, f)) return true;
		if (namesList(folded, f)) return false;
		if ((f.unit !== null && GROUP_UNITS.has(f.unit) && namesWholeSet(folded, f)) || namesKind(folded, f)) return false;
		// 全省4个5A级旅游景区接待人数分别为:A、B…: a count naming the subject of the list after 分别.
		const stop = forwardTo(folded, f.end, /[,;。!?、:\n\r]/);
		const tail = folded.slice(f.end, stop);
		if (f.unit !== null && !MEASURE_UNITS.has(f.unit)) {
			if (/^[^,;。!?、\n\r]{1,20}分别(?:为|是|接待|实现|达到?)?:?$/.test(tail)) return false;
			// 纳入监测的108家旅游景区、33家温泉景区分别接待游客…: each count of a list of subjects before 分别 names one.
			if (GROUP_UNITS.has(f.unit) && /^[^,;。!?\n\r\d]{1,12}、(?:[^,;。!?\n\r、]{0,8}\d+(?:家|个|座|所|处)[^,;。!?\n\r、\d]{1,12}、)*[^,;。!?\n\r、]{0,8}\d+(?:家|个|座|所|处)[^,;。!?\n\r\d]{1,12}分别/.test(folded.slice(f.end, f.end + 80))) return false;
			// 全市30余家主要演出场所上演了…77台 · 65家影院联手放映…,共映出5577场次: a count of venues that staged or
			// screened what the next figure counts names its subject.
			if (GROUP_UNITS.has(f.unit) && STAGED_RE.test(folded.slice(f.end, f.end + 16)) && found.slice(i + 1).some((g) => g.start < sentenceEnd(folded, f.end))) return false;
			// 在密云、平谷等6个区县影剧院演出: a count of the places where something was done, after 在…等, names where.
			if (/在[^,;。!?\n\r]{1,20}等$/.test(folded.slice(backTo(folded, f.start, /[,;。!?\n\r]/, 0), f.start))) return false;
			// 增速在两位数以上的4个行业是:… · 重点监测的51个旅游景区中,…: a count naming the subject of a list or of a choice.
			// 在全省21个市州中排第一: the group a rank is taken within.
			if ((/^[\u4e00-\u9fff]{1,10}(?:是|为|有)$/.test(tail) && folded[stop] === ':') || /^[\u4e00-\u9fff]{1,10}中(?:$|排|居|位列|列)/.test(tail)) return false;
			// 558家乡村旅游市场主体投资XX亿元: a count naming the subject of a figure left blank in a draft (XX, ××, *).
			if (BLANK_AFTER_RE.test(folded.slice(f.end, forwardTo(folded, f.end, /[,;。!?\n\r]/)))) return false;
		}
		// (二)在2.54亿人次旅游者中,… · 1166亿元旅游收入中,…: a figure stated before, restated as the whole that a
		// breakdown is taken from, is no new figure; also with no noun after it (在全国接待的2.31亿人次中, 724 and 771).
		if (/^[\u4e00-\u9fff]{0,10}中$/.test(tail) && found.slice(0, i).some((g) => g.value === f.value && g.unit === f.unit)) return false;
		// 此次新晋的123家国家一级博物馆…。…123家新晋一级馆共有藏品…: a described count (…的123家) that the text names again as
		// the subject of a figure is the size of that group, naming it both times (fixture 150's convention).
		if (f.unit !== null && GROUP_UNITS.has(f.unit) && f.qualifier === null && folded[f.start - 1] === '的' && found.some((g, k) => k > i && g.value === f.value && g.unit === f.unit && namesSubject(folded, g, found[k + 1]))) return false;
		// 重点监测的12家景区共接待游客7万人次: a count naming the subject of a later figure in the same clause.
		const next = found[i + 1];
		// 纳入监测的188家景区,共接待游客50万人次: so does a count ending its clause (described, or after 全省/其中 only) when
		// the next clause opens with 共/累计 and what those things received; 纳入…体系的北京等39个重点旅游城市,假期共接待…:
		// also a count summing a list (等), with the land it lies in after it (…成都等中国大陆39个重点旅游城市,共接待…, 771).
		const clauseHead = folded.slice(startOfClause(folded, f.start), f.start);
		if (next && f.unit !== null && GROUP_UNITS.has(f.unit) && f.qualifier === null && ((SUBJECT_CLAUSE_RE.test(folded.slice(f.end, next.start)) && /(?:^|的|等(?:中国大陆|大陆|国内|我国|省内|区内)?|全[国省市县区州]|其中)$/.test(clauseHead)) || (COUNT_CLOSES_RE.test(clauseHead) && RECEIVED_NEXT_RE.test(folded.slice(f.end, next.start))))) return false;
		// 有13个市县的…增幅达到或超过全省10%的目标: the count of those meeting a bound is the figure, not the subject of the bound.
		if (f.unit !== null && GROUP_UNITS.has(f.unit) && measureMeetsBound(folded, f)) return true;
		// 194部6736集: two counts written side by side are both figures.
		if (!(next && next.start > f.end && !/[,;。!?:、\n\r]/.test(folded.slice(f.end, next.start)) && next.start - f.end <= 20)) return true;
		// Only a count of things (12家, 39个) can name a subject; 36.94万人次(其中…1482人) is a figure and its breakdown; 河南
		// (3400.68万人)接待游客均超过… is a value in brackets after a name, never the subject of what follows.
		// 有202家实行免费开放(占比95.7%): a share in brackets after the count is its share of the whole, not a figure the
		// count is the subject of.
		if (f.unit === null || MEASURE_UNITS.has(f.unit) || /^[()]/.test(folded.slice(f.end, next.start)) || (next.unit === '%' && /\((?:占比|占|比例|比重)?(?:为|达)?(?:约|近)?$/.test(folded.slice(f.end, next.start)))) return true;
		// 85.1%及82.5% · 17.238亩土地租赁及13.828亩: joined by a conjunction without a verb, both are figures.
		const between = folded.slice(f.end, next.start);
		// 完成年计划2536万人次的48.62%: the plan and the share of it done are both figures.
		if (between === '的' && next.unit === '%') return true;
		if (groupsThenItems(folded, f, next)) return true;
		// 7支演出队伍走进30个乡镇: troupes (teams, groups) and the places they went to are both counts, neither the subject
		// of the other.
		if (next.unit !== null && GROUP_UNITS.has(next.unit) && REACHED_RE.test(between)) return true;
		// 4家国家级夜间文旅消费集聚区和2家旅游休闲街区共接待访客169.43万人次: a count joined to the next count of its unit,
		// which names the subject of a figure, names that subject with it.
		const third = found[i + 2];
		if (/[及和与、]$/.test(between) && !SUBJECT_VERB_RE.test(between) && next.unit === f.unit && GROUP_UNITS.has(f.unit) && f.qualifier === null && next.qualifier === null && third && MEASURE_UNITS.has(third.unit ?? '') && JOINT_SUBJECT_RE.test(folded.slice(next.end, third.start))) return false;
		if (/[及和与或]/.test(between) && !SUBJECT_VERB_RE.test(between)) return true;
		// 五个方面共44个问题 · 两批共1000个重点村 · 44个问题细化分解为60项: kinds and the total of their items, or a count broken down into
		// another, are all figures (共 totals the items here, 为 names what they were made into).
		if (next.unit !== null && GROUP_UNITS.has(next.unit) && next.qualifier === null && (/^[\u4e00-\u9fff]{0,3}共$/.test(between) || /(?:分解|细化|拆分|细分)为$/.test(between))) return true;
		// 5种情形和不能认定为“好”等次的9种情形: a short noun, then a conjunction opening the next item; a verb after the
		// conjunction describes the next count, it does not make this one its subject.
		const joined = /^[\u4e00-\u9fff]{1,4}[及和与或]/.exec(between);
		return joined !== null && !SUBJECT_VERB_RE.test(joined[0]) && /^[\u4e00-\u9fff]{2}/.test(between.slice(joined[0].length)) && next.unit === f.unit;
	});
}

const REACHED_RE = /^[\u4e00-\u9fff]{1,8}?(?:走进|走入|深入|进入|走遍|覆盖|遍及|前往|奔赴)了?$/;
// 指出6个方面10个具体问题 · 13个乡镇(街道办事处)189个行政村: a count of groups, a short noun (a note on it in brackets
// is no word between), then a count of the things in them, with no verb between: both are figures.
const NOTE_RE = /\([^()]{1,12}\)/g;
function groupsThenItems(folded: string, f: RawFigure, next: RawFigure | undefined): boolean {
	if (!next || next.unit === null || MEASURE_UNITS.has(next.unit) || next.qualifier !== null || next.start < f.end) return false;
	const between = folded.slice(f.end, next.start).replace(NOTE_RE, '');
	return /^[\u4e00-\u9fff]{1,3}$/.test(between) && !SUBJECT_VERB_RE.test(between);
}

// 全国31个省、自治区、直辖市 · 全市6个县市区 (see DIVISIONS_RE) names who did something; 全县13个乡镇189个行政村 counts
// the divisions an act reached, down to the villages counted after them, and stays.
function namesAllDivisions(folded: string, f: RawFigure, next: RawFigure | undefined): boolean {
	if (f.unit !== '个' || f.qualifier !== null) return false;
	// (百强县市分布在19个省(自治区、直辖市): the provinces a list is spread over are its outcome, not who did something;
	// 500个…创建单位,覆盖全国31个省区市 (fixture 752): so are the ones a set covers or reaches.)
	if (SPREAD_OVER_RE.test(folded.slice(Math.max(0, f.start - 8), f.start))) return false;
	if (ALL_PROVINCES_RE.test(folded.slice(f.end, f.end + 12))) return true;
	return /全[国省市县区州]$/.test(folded.slice(Math.max(0, f.start - 2), f.start)) && DIVISIONS_RE.test(folded.slice(f.end, f.end + 16)) && !ALL_HAVE_RE.test(folded.slice(f.end, f.end + 24)) && !groupsThenItems(folded, f, next);
}

const RESTATE_OPEN_RE = /\((?:即|合|约合|折合|约)$/;
function restatedInBrackets(folded: string, f: RawFigure, prev: RawFigure | undefined): boolean {
	if (!prev || prev.unit !== f.unit || !RESTATE_OPEN_RE.test(folded.slice(prev.end, f.start))) return false;
	return Math.abs(prev.value - f.value) <= 0.01 * Math.max(prev.value, f.value);
}

const WORKED_ON_RE = /^[\u4e00-\u9fff]{1,10}?的[\u4e00-\u9fff]{0,4}?(?:审核|采集|登记|录入|修复|整理|鉴定|认定|普查|建档|核查|数字化)/;
const ILLUSTRATION_RE = /不是一个概念|打个比方|打比方|举个例子|假设|假如/;
const RATIO_BEFORE_RE = /每[\d一二两三四五六七八九十]+[^\d,;。!?]{0,12}?(?:中|里|当中)?(?:就|便)?(?:有|是)$/;
// 平均每人借5至6册: a bare number then 至 and a larger figure is a range written with its unit once; neither is a figure.
// 300亿至500亿元 · 3万-5万人次: a smaller first bound written in the scale of the second (its unit said once) is a range too.
function sameScaleBound(lower: string, fig: string): boolean {
	const lo = /^([\d.]+)([万亿千百])$/.exec(lower.slice(0, -1));
	const hi = /^([\d.]+)([万亿千百])/.exec(fig);
	return lo !== null && hi !== null && lo[2] === hi[2] && +lo[1]! < +hi[1]!;
}
function smallerBound(lower: string, fig: string): boolean {
	const lo = /^[\d.]+$/.exec(lower.slice(0, -1));
	const hi = /^[\d.]+/.exec(fig);
	return lo !== null && hi !== null && !/[万亿千百]/.test(lower) && +lo[0] < +hi[0];
}

/** 123家新晋一级馆共有藏品5732597件: a count with a noun and a verb of counting, then the figure of what it has. */
function namesSubject(folded: string, g: RawFigure, next: RawFigure | undefined): boolean {
	if (!next || next.start - g.end > 20) return false;
	const between = folded.slice(g.end, next.start);
	return !/[,;。!?:、\n\r]/.test(between) && /^[\u4e00-\u9fff]{2}/.test(between) && SUBJECT_VERB_RE.test(between);
}

/**
 * 全市接待游客超300万人次 (a heading line of its own) over 据统计,全市接待游客312.5万人次,…: a heading that restates, in
 * round words, a figure of the paragraph right under it is no second figure (as a title restating the body is not).
 */
function restatedHeading(folded: string, f: RawFigure, found: RawFigure[], i: number): boolean {
	const ls = folded.lastIndexOf('\n', f.start - 1) + 1;
	const le = forwardTo(folded, f.start, /[\n\r]/);
	if (le >= folded.length || folded.slice(ls, le).trim().length > 40 || /[。,;!?:()]/.test(folded.slice(ls, le))) return false;
	// The paragraph under it: the first of the next three lines that is body text (a date or byline line may stand between).
	let ps = le + 1;
	let ne = forwardTo(folded, ps, /[\n\r]/);
	for (let k = 0; k < 2 && !/[。,]/.test(folded.slice(ps, ne)) && ne < folded.length; k++) ne = forwardTo(folded, (ps = ne + 1), /[\n\r]/);
	if (!/[。,]/.test(folded.slice(ps, ne))) return false;
	const v = f.value;
	const near = (w: number): boolean => (f.qualifier === '超' || f.qualifier === '逾' ? w >= v && w < 1.5 * v : f.qualifier === '近' ? w <= v && w >= 0.8 * v : Math.abs(w - v) <= 0.1 * v);
	return found.some((g, k) => k > i && g.start > le && g.start < ne && g.unit === f.unit && near(g.value));
}

// 首次突破 · 历史上首次超过 · 突破…大关 · 跨上…台阶: words that name a milestone rather than a level.
const MILESTONE_BEFORE_RE = /(?:首次|首度|历史上|历史性地?)(?:突破|超过|超|跨越|迈上|跨上|跃上|站上|达到)?$/;
const MILESTONE_AFTER_RE = /^(?:大关|关口|台阶|门槛|级别|量级)/;
const MILESTONE_WORDS_RE = /(?:首次|首度|历史上|历史性地?)?(?:突破|超过|超|越过|跨越|迈上|迈入|跨上|跃上|站上|达到)?$/;
/** Two labels share a word (two Han characters in a row). */
function sharesWord(a: string, b: string): boolean {
	for (let k = 0; k + 2 <= a.length; k++) if (/^[\u4e00-\u9fff]{2}$/.test(a.slice(k, k + 2)) && b.includes(a.slice(k, k + 2))) return true;
	return false;
}
/** `found[i]` is `f`. */
function milestoneAfter(folded: string, f: RawFigure, found: RawFigure[], i: number): boolean {
	// 达到329.5亿元,突破300亿元 (740): 突破 opening a clause of no words of its own names the milestone the figure passed.
	const named = MILESTONE_AFTER_RE.test(folded.slice(f.end, f.end + 2)) || MILESTONE_BEFORE_RE.test(folded.slice(Math.max(0, f.start - 8), f.start)) || (/^突破/.test(folded.slice(f.start, f.end)) && /[,;]$/.test(folded.slice(f.start - 1, f.start)));
	if (!named) return false;
	const from = sentenceStart(folded, f.start);
	// 实现旅游消费总额211.48亿元,全省5A级景区门票总收入首次突破1亿元: a clause naming a measure of its own before the
	// milestone is that measure's level (超), whatever figures of other measures stand before it in the sentence
	// (…接待游客145.7万人次,…黄金周接待量首次越过百万人次 names the same one: 接待).
	const label = (at: number): string => folded.slice(backTo(folded, at, /[,;。!?\n\r]/, 0), at).replace(/全[国省市县区州]|[我本][省市县区]/g, '');
	const own = label(f.start).replace(MILESTONE_WORDS_RE, '');
	const sameMeasure = (g: RawFigure): boolean => !/[\u4e00-\u9fff]{4}/.test(own) || sharesWord(own, label(g.start));
	if (found.some((g, k) => k < i && g.start >= from && g.unit === f.unit && g.value >= f.value && g.qualifier === null && sameMeasure(g))) return true;
	// …首次突破300万人次大关。春节假期中,全区共接待游客334.18万人次: the exact figure may follow in the next sentence of
	// its paragraph; a restated milestone is the exact figure rounded down (less than half as much again).
	const end = sentenceEnd(folded, sentenceEnd(folded, f.end) + 1);
	return !/[\n\r]/.test(folded.slice(f.end, end)) && found.some((g, k) => k > i && g.start < end && g.unit === f.unit && g.value >= f.value && g.value < 1.5 * f.value && g.qualifier === null);
}

const SIZE_CLASS_RE = /^(?:以上|以下)?(?:超大型|大型|级|规模)?(?:演唱会|音乐会|音乐节|演出|晚会|赛事|庆典|论坛|峰会)/;

// 超20%的购票观众看了不止一场演唱会 · 近30%的游客选择了…: a share opening its clause is of the group named after 的, a
// figure as 70%的4A级景区 is (fixture 82); 增速超过10%的企业 (a rate before it) is a bound describing a noun.
function shareOfGroup(folded: string, f: RawFigure): boolean {
	return f.unit === '%' && /(?:^|[,;。:!?\n\r]|其中|有)$/.test(folded.slice(Math.max(0, f.start - 2), f.start));
}

// 有3个月单月来台人数突破10万人次 · 连续两个月超过100万人次: a bound several months each passed (fixture 119), no figure of
// any; 没有…景区超过30%承载量: a share of capacity passed is a bound on crowding, not a level.
const MONTHS_OVER_RE = /(?:有|连续)[\d一二两三四五六七八九十]{1,2}个月[^,;。!?\n\r\d]{0,14}$/;
const CAPACITY_RE = /^(?:的)?(?:最大)?(?:承载量|承载能力|接待能力|容量)/;
// 每天都没有超过最大承载量的30% · 未超过5万人次 · 不超过核定容量的75%: a bound not passed is a limit, not a level.
const NEGATED_BOUND_RE = /(?:没有|没|未|不|并未|均未|从未)(?:超过|超出|突破|高于|达到)(?:[^,;。!?\n\r\d]{0,12}的)?$/;
function passedBound(folded: string, f: RawFigure): boolean {
	if (f.qualifier !== '超') return false;
	return MONTHS_OVER_RE.test(folded.slice(Math.max(0, f.start - 24), f.start)) || (f.unit === '%' && CAPACITY_RE.test(folded.slice(f.end, f.end + 6))) || boundEachMet(folded, f);
}

// 每天售出门票均超过1.2万张 · 景区日均接待游客均超过10万人次 · 2日、3日高峰期更突破1.9万张: a bound each day (or each
// member of a list) passed, or a peak put past one, is no level; 超过5亿元的市州有10个: a bound before 的 says which members
// are counted (the count is the figure).
const EACH_OVER_RE = /(?:(?:每天|每日|日均|天天)[^,;。!?\n\r\d]{0,12}(?:均|都)|更)(?:超过|突破|超|逾)?$/;
// 朱德故里、邓小平故里景区接待游客均超过20万人次 · 湖北和辽宁两省的旅游收入也都超过了百亿元: a bound each of a closed list
// of named places passed (均, 都; not 日均, 人均 or 成都) is no level either. An open list (陕西、江苏、浙江等省份…均超300万人次)
// states the level of a group, and kinds (话剧和音乐剧演出均超过6000场) are no places: both stay figures (fixtures 72, 46).
// 广西、福建和甘肃接待游客总量均超过2000万人次: names with no place word are places when what they did is 接待 (674).
// 广东省立中山图书馆和广州图书馆的纸质文献总藏量都超过900万册/件 (fixture 784): libraries, museums and other halls (馆) are
// places too.
const PLACES_EACH_OVER_RE = /^[^,;。!?\n\r\d等]{1,16}(?:、|和|与|及)[^,;。!?\n\r\d等]{0,12}(?:省|市|县|景区|景点|故里|古城|古镇|馆|接待)[^,;。!?\n\r\d等]{0,12}(?:(?<![日人年月户场次平])均|(?<![首成京])都)(?:已经?|将)?(?:超过|突破|超出|越过|超|逾)?了?$/;
// 旅游总收入超百亿且接待游客总人数超千万的超级旅游大县有125个: bounds joined by 且 (并且, 同时) before one 的 are one.
const MEMBERS_AFTER_RE = /^(?:人民币)?(?:以上)?(?:(?:且|并且|同时)[^,;。!?\n\r]{1,16}?)?的[\u4e00-\u9fff]{1,8}?(?:有|共有|达到|达)[\d一二两三四五六七八九十]/;
function boundEachMet(folded: string, f: RawFigure): boolean {
	return EACH_OVER_RE.test(folded.slice(Math.max(0, f.start - 20), f.start)) || PLACES_EACH_OVER_RE.test(folded.slice(backTo(folded, f.start, /[,;。!?\n\r]/, 0), f.start)) || MEMBERS_AFTER_RE.test(folded.slice(f.end, f.end + 40));
}

// 已有299家景区的接待量达到或超过去年同期水平,占比76.67%: places whose measure meets a bound are counted, as 3个省份…
// 超过100亿元 are; the count is the figure though its 的 names the measure.
// 有27个地区的审核完成率高于全国水平 (fixture 475) is not: a rate (率) compared, or a measure set against the average of
// the whole (全国水平, 平均水平), says whose rate it is, as 26个地区的填报率在九成以上 does (SOURCES.md).
// 白沙同比增幅56%,居全省之首,其后分别是屯昌51.9%、定安33.8%…: a list that goes on from a growth rate (其后/其次/依次 分别是
// X a%, …) is of growth rates too.
const CHANGE_LIST_RE = /(?:增幅|增速|涨幅|升幅|降幅|跌幅|增长率)(?:为|是|达)?[\d.]+%[^。;!?\n\r\d]{0,12}?(?:其后|其次|随后|依次)(?:分别|依次)?(?:是|为)?:?(?:[\u4e00-\u9fff]{1,6}[\d.]+%[、和及与])*[\u4e00-\u9fff]{1,6}$/;
function changeListGoesOn(folded: string, f: RawFigure): boolean {
	return CHANGE_LIST_RE.test(folded.slice(backTo(folded, f.start, /[。;!?\n\r]/, 0), f.start));
}
// 同比增幅达到或超过全省10%的目标: the rate of growth set as a goal is no level.
const GROWTH_GOAL_RE = /(?:增幅|增速|增长率|增长)[\u4e00-\u9fff]{0,6}(?:达到|超过|高于|低于)[^,;。!?\n\r\d]{0,8}[\d.]+%$/;

// 18个市县中有13个市县的旅游接待同比增幅达到或超过全省10%的目标: places meeting a goal set for the whole are counted too.
const MEETS_BOUND_RE = /^[\u4e00-\u9fff]{1,8}的[\u4e00-\u9fff]{1,8}?(?<!率)(?:达到|超过|恢复到|恢复至|高于)([^,;。!?\n\r]{0,16}?)(?:水平|以上|的(?:年度)?(?:目标|任务))/;
function measureMeetsBound(folded: string, f: RawFigure): boolean {
	const m = MEETS_BOUND_RE.exec(folded.slice(f.end, f.end + 40));
	return m !== null && !/(?:全国|全省|全市|全区|平均)$/.test(m[1]!);
}

// 淮安区入选全国10个红色旅游融合发展试点单位: the size of the list a place was chosen into names the list, not an outcome
// (宜兴…等3个项目入选 counts what was chosen, and stays).
const LIST_SIZE_BEFORE_RE = /(?:入选|入围|跻身|列入|位列)(?:全国|全省|全市|首批|第[一二三四五六七八九十\d]{1,2}批)?$/;
// 省政府2014年10件惠民实事安排部署: a count right after a year, naming a programme of works (实事), is the programme's name.
const PROGRAMME_AFTER_RE = /^(?:惠民|民生|为民|便民)?实事/;
function namesList(folded: string, f: RawFigure): boolean {
	if (f.qualifier !== null || f.unit === null) return false;
	if ((f.unit === '件' || f.unit === '项') && /\d{4}年$/.test(folded.slice(Math.max(0, f.start - 5), f.start)) && PROGRAMME_AFTER_RE.test(folded.slice(f.end, f.end + 4))) return true;
	return GROUP_UNITS.has(f.unit) && LIST_SIZE_BEFORE_RE.test(folded.slice(Math.max(0, f.start - 8), f.start));
}

/** Significant digits of a value (3310000 → 3, 20000000 → 1): a bound is a round number, a sum seldom is. */
function significantDigits(v: number): number {
	return String(Math.abs(v)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
}

const WHOLE_NOW_RE = /^[\u4e00-\u9fff]{1,10}中,有(?:约|近)?\d/;
/** 目前全省211家博物馆中,有202家…: a count of all a place has now (目前 · 现有, 全省), a part of which the next clause counts. */
function wholeNow(folded: string, f: RawFigure): boolean {
	return WHOLE_NOW_RE.test(folded.slice(f.end, f.end + 16)) && /(?:目前|当前|现有),?全[国省市县区州]$/.test(folded.slice(backTo(folded, f.start, /[,;。!?\n\r]/, 0), f.start));
}
