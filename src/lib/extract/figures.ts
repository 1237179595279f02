// Finds figures (number + unit, and shares written in words) in folded report text; the number and unit patterns are
// shared with the reader of stated changes (change-words.ts).
import { parseNumber, parseUnit, type Qualifier } from '../domain/quantity';

export interface RawFigure {
	start: number;
	end: number;
	value: number;
	unit: string | null;
	qualifier: Qualifier | null;
}

// 约为 / 约占: the qualifier stays with the number after the verb. 招商签约40亿元 · 预约3000人: 约 ending a verb
// (签约, 预约, 节约, 合约) is no "about".
// 突破了1千亿元 (then 达到 the exact figure): 了 after 突破 keeps it the qualifier. 上千场 · 上万人次: 上 before a round
// hundred, thousand or ten thousand is "over" (never 线上 or 以上).
// 不少于100场 · 不低于5件 (a task's minimum) is at least the figure: 超, as 100场以上 is. 超过了55% is 超过 with 了;
// 将超越1000万人次 is 超过 (fixture 730).
// 利润大概1.3万亿元: 大概 is about (约), as 大约 is.
// 票房迈入200亿大关: 迈入 (邁入) a milestone (大关, 关口) is passing it, 超 as 突破 is; 迈入 anything else (新阶段) is no bound.
const QUAL = '((?:迈入(?=[^,;。!?]{1,12}?(?:大关|关口))|不少于|不低于|接近|将近|近|大约|大概|(?<![签预节合条制契履])约|超过了|超过|超越(?=\\d)|超|逾|达到|高达|突破了|突破|(?<![线网以向早晚马])上(?=[百千万])|(?<![通经超越度])过(?=[百千万亿]))(?:为|占|达|有)?)?';
export const AR = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';
// 1,664万4,684 · 71万0,039 (Taiwan): 万 between the digit groups, the lower group four digits; 115万532 drops the
// leading zero of its lower group (0532).
const MIXED = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)万(?:\\d,\\d{3}|\\d{3,4})(?![\\d,.])';
// 1兆522亿 · 1.2兆元 (Taiwan): 兆 is 10^12 (万亿), never before 瓦/赫/字节/帕 where it is the SI mega.
// 一兆五二二亿 (Taiwan's press, digits one per place): 1兆0522亿.
const TRILLION = '(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九])兆(?:(?:\\d{1,4}|[〇零一二三四五六七八九]{1,4})(?=亿))?(?![瓦赫字帕])';
// 1億4207萬旅次 (Taiwan): 亿 between the digit groups, the lower group counted in 万.
const YI_WAN = '\\d+亿\\d{1,4}(?=万)';
export const CN_YEAR = '[〇零一二三四五六七八九]{4}';
// 百分之廿九: 廿 is twenty (read as 二十 by parseNumber).
export const CN = '[零〇一二两三四五六七八九十百千万亿廿]+(?:[点.][零〇一二三四五六七八九]+)?';
export const SCALE_CHARS = '千万|百万|万亿|万|亿|千|百';
const SCALE = `(?:${SCALE_CHARS})?`;
// 贵州367.21亿位列第三: 位列 · 位居 · 位于 are verbs (a rank, a place), never 位 counting people.
// 晚 counts nights (留宿1.7晚), never 晚上 or 晚会; 美金 is 美元 (Taiwan, Hong Kong); 令吉 is the ringgit (a Malaysian paper's conversion).
// 家次 (inspections), 车次 (trains), 辆次 (vehicle trips), 台次 (machines sent out), 批次 (groups served) and 车小时
// (patrol vehicle-hours) are units of their own, as 人次 is; so are 班 (flights) and 列 (trains), never 班子 or 列入.
// 设备150套 · 开展2轮17批次: 套 counts sets and 轮 rounds (新一轮 and 第二轮 are no counts: no digit, or 第 before).
// 126组灯组: 组 counts sets (of lanterns, of exhibits), never 组织, 组成 or 组委会.
// 发车113列次: 列次 (train runs) is one unit, as 架次 and 班次 are; the longest unit is matched first.
// 國內旅遊次數為1億4207萬旅次: 旅次 (trips, Taiwan's surveys) is a unit of its own, as 人次 is.
// 建筑面积3万平米 · 共4层: 平米 is 平方米 said short, and 层 counts floors (never 层次, 层级 or 层面).
// 马来西亚44,586人、新加坡39,008人次之: 次之 (次於) after 人 ranks the place next, so the unit is 人 (人次之多 stays 人次).
// 授课480余节: 节 counts lessons (never 节日, 节目, 节约; only where lessons are named: findFigures).
// 土方完成47万立方米 · 数字资源总量达1181.5TB: volumes (立方米) and stored data (TB, GB, PB; never a longer Latin word)
// are levels too.
// 全国已有144只旅游产业投资基金: 只 counts funds (and animals, boats); never the adverb (只有, 只是, 只需, 只占).
export const UNITS = '个百分点|百分点|%|万人次(?!之(?!多)|于)|人次(?!之(?!多)|于)|旅次|人天|人|亿元|万元|美元|美金|令吉|元|场次|场|个|小项|项|家次|家|条|架次|班次|班(?![子级组车长])|列次|列(?![入为车席表])|艘次|车次|车小时|辆次|台次|次|名|块|辆|座|处|间|张|件次(?!之(?!多))|件|部|所|户|亩|株|分(?![钟之别为成期批站局会公行店类数贝秒])|公里|平方米|立方米|平米|[TGP]B(?![A-Za-z])|层(?![次级面])|吨|期|批次|批|台|架|艘|位(?![列居于])|席|集|份|册次|册|本(?![年月日次市省县区届期周地土科部季轮级单])|种(?![类子植养])|类(?![型别似])|课时|节(?![气日假庆目点约能奏俭省拍选])|卷|桌|趟|支|只(?![有是要能需在会不可够好得占用剩])|幅(?!度)|套|轮|组(?![织成合建委长员别])|晚(?![上会间饭宴场])|日|天';
// 查处案件31起 · 非法演出1起: 起 counts cases and incidents, never 起步, 起飞, 起来 or 起售 (a starting point).
const CASES = '起(?![来步飞草始点航征售价算跳止至见码源因身床])';
// 8000多家 · 3万多人次: 多 after a number is 余.
const FIG_RE = new RegExp(`${QUAL}(百分之)?(${TRILLION}|${YI_WAN}|${MIXED}|${AR}|${CN})(余|多)?(${SCALE})(余|多)?(${UNITS}|${CASES})?`, 'g');
// 5位专家 · 三位员工: 位 counts people only before a word naming who they are (第8位 · 排名前3位 are ranks).
const SEATED_PEOPLE_RE = /^[人名]?(?:专家|代表|嘉宾|选手|游客|人才|艺术家|教练|员工|工作人员|职工|讲解员|导游)/;
const QUAL_MAP: Record<string, Qualifier> = { 迈入: '超', 不少于: '超', 不低于: '超', 接近: '近', 将近: '近', 近: '近', 大约: '约', 大概: '约', 约: '约', 超过: '超', 超越: '超', 超: '超', 逾: '逾', 突破: '超', 上: '超', 过: '超' };
const KINDS_THEN_COUNT_RE = /^[\u4e00-\u9fff]{1,3}?共?\d+(?:个|项|条)/;
// 位 only counts as a unit for people (20位专家), never in 第8位 / 排第8位 (a rank).
const PROGRAMME_BEFORE = /(?:动画片|纪录片|节目|影片)$/;
const OPEN_HOURS_BEFORE = /开放(?:时间|时长|时数)(?:在|为|达到?|超过|不少于|共)?$/;
const ROOMS_AFTER_RE = /^(?:客房|房间|包间|套房|民房|教室|展厅|展室|厢房)/;
// 是四川省仅有的两个示范县 (802): a numeral after 仅有的 (只有的) counts the only things of a kind, as 2个 would; never a span
// of time or a saying (两个月, 两个方面).
const ONLY_BEFORE_RE = /(?:仅有|只有)的?$/;
const NOT_THINGS_AFTER_RE = /^(?:月|小时|星期|钟头|方面|维护|确立|务必|结合|轮子)/;
const ALT_TIMES_UNIT_RE = /^([篇册件卷本部份张])\(([篇册件卷本部份张])\)次/;
const NOT_AFTER = /^(?:年|月|日|号|天|级|岁|届|季度|周|小时|分钟|秒|A|a|星|楼|层|路|期工程|版|号线|\.\d|:|-|\/)/;

// 出台四条措施 · 举办三场演出 · 新增五家景区: a lone numeral with a measure word after a verb of doing counts what was
// done; not a slogan (三个一批, “三个一批”: a numeral right after), a subject (两项指标分别), or a noun described (六个方面的).
const ACT_VERB_BEFORE = /(?:出台|推出|制定|发布|举办|开展|新增|建成|新建|打造|实施|组织|创建|签约|引进|评出|评选出|开通|开辟|设立|新开|印发|命名|认定|举行)了?$/;
const ACT_UNITS = /^(?:条|项|个|家|场|场次|批|支|处|座|部|台|期|次|所)$/;
function actCount(text: string, start: number, end: number, numText: string, unit: string | null): boolean {
	if (!/^[二三四五六七八九十两]$/.test(numText) || !ACT_UNITS.test(unit ?? '')) return false;
	const after = text.slice(end, end + 12);
	return ACT_VERB_BEFORE.test(text.slice(Math.max(0, start - 4), start)) && !/^[一二三四五六七八九十百千万\d]/.test(after) && !/^[\u4e00-\u9fff]{0,6}(?:的|分别|均)/.test(after);
}

// 重点谋划旅游+文化、旅游+历史、旅游+农业等六个“旅游+” (fixture 779): a lone numeral right after 等 counts the list just
// named, as 等6个 does; not a list of tasks or aspects (等十项工作, 等六个方面), which is how work is set out.
const TASKS_AFTER_RE = /^(?:方面|领域|工作|任务|举措|措施|重点|板块)/;
function listCount(text: string, start: number, end: number, numText: string, unit: string | null): boolean {
	return /^[两二三四五六七八九十]$/.test(numText) && ACT_UNITS.test(unit ?? '') && /[\u4e00-\u9fff+”」]、[^,;。!?\n\r]{1,30}等$/.test(text.slice(Math.max(0, start - 40), start)) && !TASKS_AFTER_RE.test(text.slice(end, end + 4));
}

function isChineseOnly(s: string): boolean {
	return /^[零〇一二两三四五六七八九十百千万亿点.]+$/.test(s);
}

const POS_DIGIT: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
// 一八九四万四四三六 · 九三〇万 · 二.二亿: Chinese digits written one per place (Taiwan's press), read as Arabic digits.
const POSITIONAL_RE = /^[〇零一二两三四五六七八九]+(?:[点.][〇零一二两三四五六七八九]+)?(?:[万亿][〇零一二两三四五六七八九]*)*$/;
/** A positional numeral in Arabic digits (1894万4436 → 18944436 as text), or null when it is an ordinary numeral. */
export function positionalNumeral(s: string): string | null {
	if (!POSITIONAL_RE.test(s)) return null;
	const digits = s.replace(/[点.]/, '.').replace(/[〇零一二两三四五六七八九]/g, (c) => POS_DIGIT[c]!);
	const head = /^[\d.]+/.exec(digits)![0];
	// Only three digits or more, a 〇, a decimal or a group after 万/亿 is positional: 一万 and 五亿 are ordinary, and
	// 三四个 · 五六万 are rough ranges (three or four), not 34 or 56.
	if (head.length < 3 && !/[.0]/.test(head) && !/[万亿]\d/.test(digits)) return null;
	let value = 0;
	let rest = digits;
	for (const [mark, scale] of [['亿', 1e8], ['万', 1e4]] as const) {
		const k = rest.indexOf(mark);
		if (k < 0) continue;
		value += Number(rest.slice(0, k) || '0') * scale;
		rest = rest.slice(k + 1);
	}
	value += Number(rest || '0');
	return Number.isFinite(value) ? String(Math.round(value * 1e6) / 1e6) : null;
}

/** 二亿九千三百六十点一一万: a numeral with a decimal in its 万 group after 亿, read group by group. */
function splitYi(s: string): string | null {
	const k = s.indexOf('亿');
	if (k <= 0 || !/万/.test(s.slice(k + 1)) || !/[点.]/.test(s.slice(k + 1))) return null;
	const hi = parseNumber(s.slice(0, k + 1)), lo = parseNumber(s.slice(k + 1));
	return hi.ok && lo.ok ? String(Math.round((hi.value.value + lo.value.value) * 1e6) / 1e6) : null;
}

/** Figures in `text` (folded), skipping the spans in `masked` (changes) and numbers that are years, dates, ranks or names. */
export function findFigures(text: string, masked: (at: number) => boolean): RawFigure[] {
	const out: RawFigure[] = [];
	FIG_RE.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = FIG_RE.exec(text))) {
		if (m[0].length === 0) {
			FIG_RE.lastIndex++;
			continue;
		}
		const qual = (m[1] ?? '').replace(/(?<=.)[为占达有了]$/, '');
		const start = m.index + (m[1] ?? '').length;
		const numText = m[3]!;
		// 8.79万人(次): 人 with 次 in brackets is 人次, the unit of visits.
		const visits = m[7] === '人' && text.startsWith('(次)', m.index + m[0].length);
		// 3.73万亿人民币: 人 opening 人民币 is money (元), not people.
		const rmb = m[7] === '人' && text.startsWith('民币', m.index + m[0].length);
		// 电视动画片89094分钟: minutes of programmes made are an output, not a length of time.
		// 每星期免费开放时间在60小时以上: hours a place is open are a level of service, not a length of something done.
		const footage = !m[7] && ((text.startsWith('分钟', m.index + m[0].length) && PROGRAMME_BEFORE.test(text.slice(Math.max(0, start - 4), start))) || (text.startsWith('小时', m.index + m[0].length) && OPEN_HOURS_BEFORE.test(text.slice(Math.max(0, start - 10), start))));
		// 15840.60万篇(册)次: a unit of times with its alternative measure in brackets is one unit, written as the report writes it.
		// (册(件)次: 册 alone is a unit, read already.)
		const unitAt = m.index + m[0].length - (m[7] === '册' || m[7] === '件' ? 1 : 0);
		const alt = m[7] && unitAt === m.index + m[0].length ? null : ALT_TIMES_UNIT_RE.exec(text.slice(unitAt, unitAt + 5));
		const end = alt ? unitAt + 5 : m.index + m[0].length + (visits ? 3 : footage || rmb ? 2 : 0);
		// 八大项32小项 · 9大项50小项: the items (小项) of kinds (大项) are counted in 项.
		const unit = rmb ? '元' : visits ? '人次' : footage ? text.slice(end - 2, end) : alt ? `${alt[1]}（${alt[2]}）次` : m[7] === '小项' ? '项' : (m[7] ?? null);
		if (masked(start)) continue;
		const before = text.slice(Math.max(0, start - 2), start);
		// 第8位 · 排8 · 每万人 (a denominator, not a count).
		if (/第$|每$|[\dA-Za-z.\-]$/.test(before) || /(?<![安编])排$/.test(before)) continue;
		// 旅游年卡由每张100元降至80元: a price of one item, and the price it was changed to, are no figures.
		if (PRICE_BEFORE.test(text.slice(Math.max(0, start - 16), start))) continue;
		const after = text.slice(start + (m[2]?.length ?? 0) + numText.length);
		// 平均逗留1.3日: a decimal before 日/天 is a length of time; a whole number there is a date or a day count (7天).
		const duration = /^[日天]/.test(after) && /^\d+\.\d+$/.test(numText) && (unit === '日' || unit === '天');
		// 酒店共4层 · 地上12层: the floors a building has are counted (位于3层 names a floor).
		const floors = unit === '层' && /(?:共|高|地上|地下)$/.test(before);
		if (!duration && !footage && !floors && (NOT_AFTER.test(after) || unit === '日' || unit === '天')) continue;
		// 截至当天15时30分: the minutes of a time of day. 前进不少于1个位次: a rank gained, as 第8位 is. 万人游 · 千人宴 (举办…
		// 房车大会、万人游): a round numeral of people naming an event is its name.
		if ((unit === '分' && /\d[时点]$/.test(text.slice(Math.max(0, start - 3), start))) || (unit === '个' && /^(?:位次|名次)/.test(text.slice(end)))) continue;
		if (isChineseOnly(numText) && !qual && /^[百千万]$/.test(numText) && unit === '人' && /^(?:游|宴|跑|长跑|徒步|骑行|大合唱)/.test(text.slice(end))) continue;
		// 限期6个月完成整改: a number of months is a length of time, as a day count (7天) is.
		if (unit === '个' && text[end] === '月') continue;
		// 出游距离在300公里以内: a bound, not a level. 平均每2天新增1家: a rate of so many per period, not a count.
		// 入住率在90%以上: a bound most of a group lies in, not a level (开放时间在60小时以上, one place's hours, is one: 超).
		if (/^(?:[余多])?(?:以内|之内)/.test(text.slice(end)) || (text[start - 1] === '在' && /^(?:以上|以下)/.test(text.slice(end)) && !footage) || /每\d+(?:个)?(?:天|日|年|月|周|小时)[\u4e00-\u9fff]{0,4}$/.test(text.slice(Math.max(0, start - 12), start))) continue;
		// Inside 《》 or “” a number is part of a name (“十四五”, 《2024年…》).
		if (insideName(text, start)) continue;
		const cn = isChineseOnly(numText);
		// 投资数十亿元乃至上百亿元的项目: 数十 · 数百 (some tens, some hundreds) say no number; a vague 上百 before 的 describes a noun.
		// 非遗进万家 · 千家万户: 万家 (千家) is a saying of every household, never a count.
		if (cn && /^[百千万]$/.test(numText) && unit === '家' && !qual) continue;
		// (收入单位为亿元,游客单位为万人次): the unit a note names for a list is no figure of one 亿 or one 万.
		if (cn && /^[万亿]$/.test(numText) && !qual && /单位(?:均|统一)?(?:为|是|:)\s*$/.test(text.slice(Math.max(0, start - 6), start))) continue;
		if (cn && /^[十百千万]/.test(numText) && (text[start - 1] === '数' || (text[start - 1] === '上' && /^[^,;。!?\n\r]{0,2}的/.test(text.slice(end))))) continue;
		// 完成投资××亿元 · 接待游客XX万人次: a figure left blank in a draft leaves only its scale word, which is no figure.
		if (cn && /(?:XX|xx|××|Ｘ|\*)$/.test(text.slice(Math.max(0, start - 2), start))) continue;
		// 近千张 · 逾百场: a round hundred or thousand after a qualifier is one of it.
		// 十余项 · 百余人: a round ten, hundred or thousand before 余/多 and a unit is more than one of it.
		// 开展活动千场 · 送戏下乡百场: a round hundred or thousand of events is one of it (数千场, 几百场 are no number).
		// 百城百场 · 千村百场 (a slogan of round numerals, quoted or not) is a name.
		const events = (unit === '场' || unit === '场次') && !/[数几成]$|[十百千万][\u4e00-\u9fff]$/.test(text.slice(Math.max(0, start - 2), start));
		const roundWord = qual !== '' ? /^[百千]$/ : m[4] === '余' || m[4] === '多' ? /^[十百千]$/ : events ? /^[百千]$/ : null;
		const round = cn && roundWord !== null && roundWord.test(numText) && unit !== null ? `一${numText}` : null;
		const scaled = (m[5] ?? '') !== '' || /[万亿兆]/.test(numText);
		if (cn) {
			// A lone numeral (两个维护, 三会一课, 一批) is wording, not a figure.
			// 两期 · 两批 · 两场: 两 only ever counts (it names no phase, as 二期 does), so before a unit of batches or
			// occurrences it is a figure.
			// 五个方面共44个问题: a lone numeral counting the kinds that a count in digits right after is split into counts too.
			// 见到三位员工: a numeral counting people by 位 (named right after it) is a figure, as 3位员工 is.
			// 家中八间客房全部住满: a numeral counting rooms by 间 (named right after it) is a figure, as 8间客房 is.
			// 仅有的两个示范县: the only things of a kind, counted (ONLY_BEFORE_RE).
			const counted = (/^[两二三四五六七八九十]$/.test(numText) && unit === '位' && SEATED_PEOPLE_RE.test(text.slice(end))) || (numText === '两' && /^(?:期|批|场次|场|次|轮)$/.test(unit ?? '')) || (/^[两二三四五六七八九十]$/.test(numText) && unit === '个' && KINDS_THEN_COUNT_RE.test(text.slice(end))) || actCount(text, start, end, numText, unit) || listCount(text, start, end, numText, unit) || (/^[两二三四五六七八九十]$/.test(numText) && unit === '间' && ROOMS_AFTER_RE.test(text.slice(end))) || (/^[两二三四五六七八九十]$/.test(numText) && unit === '个' && ONLY_BEFORE_RE.test(text.slice(Math.max(0, start - 3), start)) && !NOT_THINGS_AFTER_RE.test(text.slice(end)));
			if (numText.length < 2 && !scaled && !m[2] && !round && !counted) continue;
			if (!unit && !scaled && !m[2]) continue;
			if (/^[一二三四五六七八九十]$/.test(numText.replace(/[万亿]/g, '')) && !qual && !unit) continue;
		}
		// 8000多 with nothing after it is not a figure; 多 only reads as 余 before a scale or a unit.
		if ((m[4] === '多' || m[6] === '多') && !unit && !m[5]) continue;
		// 参与人次5927.48万 · 国内旅游总人次18.71亿 · 约4,025万访港旅客人次: the unit is in the words around a scaled number.
		const labelUnit = !unit && scaled ? (listTailUnit(text, end, m[5] ?? '') ?? unitFromWords(text, start, end) ?? listedWith(text, start, m[5] ?? '', qual, out.at(-1))) : null;
		// 吸引30万市民游客观看: a scaled count of people named right after it, with no unit word.
		// 全省旅行社共组织67.41万居民出境旅游: residents (villagers, teachers and students) are people too (fixture 693).
		const people = !unit && scaled && /^(?:市民|游客|观众|群众|读者|民众|旅客|居民|村民|师生)/.test(text.slice(end));
		// 广东接待游客1447.9万,列第三 · 全省接待国内游客1443万: a scaled number of the visitors received, its unit left out, is
		// a figure with no unit (fixtures 431, 435).
		const received = !unit && scaled && (RECEIVED_BEFORE.test(text.slice(Math.max(0, start - 10), start)) || (PEOPLE_COUNTED_BEFORE.test(text.slice(Math.max(0, start - 14), start)) && CLAUSE_END_RE.test(text.slice(end, end + 1))));
		// 从业人员增加到600多万 · 带动减贫人口50万以上: a scaled count said to be more than so many, ending its clause, is a figure
		// with no unit (as 12万群众 is).
		const vague = !unit && scaled && (m[4] === '多' || m[4] === '余' || m[6] === '多' || m[6] === '余' || /^以上/.test(text.slice(end))) && /^(?:以上)?(?:[,;。!?、)\n\r]|$)/.test(text.slice(end, end + 3));
		if (!unit && !m[2] && !(scaled && qual) && !labelUnit && !people && !received && !vague) continue;
		// 比上年同期增加2.03亿人次 · 比全省人均花费低174.19元: a difference, not a level.
		if (isDifference(text, start, end)) continue;
		// 高于东部地区6.5%的增速 · 延续4%左右的良好增长势头: a rate of change describing a noun, not a level.
		// 保持了年均21.4%的较高增速 · 年均21.4%: a yearly average rate right after 年均 is a growth rate too.
		if (unit === '%' && (/^(?:左右)?的[\u4e00-\u9fff]{0,4}?(?:增长|增速|增幅|降幅|涨幅|速度)/.test(text.slice(end)) || /年均$/.test(before))) continue;
		// 提升3.11个点: points of an index, never a count; 走访32个点位 counts places (点位), not points.
		if (unit === '个' && text[end] === '点' && text[end + 1] !== '位') continue;
		// 18:00起: a time a thing starts from, not a count of cases.
		if (unit === '起' && text[start - 1] === ':') continue;
		if (unit === '位' && !SEATED_PEOPLE_RE.test(text.slice(end))) continue;
		// 授课480余节 · 开设30节课: 节 counts lessons where lessons (课) are named around it; 中秋、国庆两节相连 and 张掖文旅36节活动
		// count holidays and festivals by name, no figure (fixture 293).
		if (unit === '节' && (cn || !(/课/.test(text.slice(Math.max(0, start - 8), start)) || text[end] === '课'))) continue;
		const more = (x: string | undefined): string => (x === '多' ? '余' : (x ?? ''));
		// 1181.5TB: a unit in Latin letters is no word the number reader takes (it refuses Latin after a number as a typo), so
		// it is set on the figure after the number is read.
		const latin = /^[A-Z]/.test(unit ?? '') ? unit : null;
		const unitText = unit === '个百分点' || unit === '百分点' || latin ? '' : unit === '美金' ? '美元' : (unit ?? '');
		const yiWan = /^\d+亿\d+$/.test(numText) ? String(Number(numText.split('亿')[0]) * 1e4 + Number(numText.split('亿')[1])) : null;
		const mixed = /^[\d,]+万[\d,]+$/.test(numText) ? String(Number(numText.split('万')[0]!.replace(/,/g, '')) * 1e4 + Number(numText.split('万')[1]!.replace(/,/g, ''))) : null;
		const yi = cn && !m[2] ? splitYi(numText + (m[5] ?? '')) : null;
		// 1兆522亿 is 10522亿; 1.2兆 alone is 1.2万亿.
		const [tHi, tLo] = numText.replace(/[〇零一二两三四五六七八九](?=[^兆]*$|兆)/g, (d) => POS_DIGIT[d]!).split('兆');
		const trillion = tLo === undefined ? null : tLo !== '' && m[5] === '亿' ? String(Number(tHi) * 1e4 + Number(tLo)) : tLo === '' && !m[5] ? `${tHi}万亿` : null;
		if (tLo !== undefined && trillion === null) continue;
		const positional = round ?? trillion ?? yiWan ?? mixed ?? yi ?? (cn && !m[2] ? positionalNumeral(numText) : null);
		// 接近百分之九十: the qualifier of a share written in words is kept apart (近百分之… would read as 近 100 分之…).
		const wordQual = m[2] && QUAL_MAP[qual] ? QUAL_MAP[qual]! : null;
		// 近15万余人次: a word before the number and 余 after it say the same twice; the word before is kept.
		const lead = wordQual ? '' : (QUAL_MAP[qual] ?? '');
		const trail = (x: string | undefined): string => (lead ? '' : more(x));
		const written = lead + (m[2] ?? '') + (positional ?? numText) + trail(m[4]) + (yi ? '' : (m[5] ?? '')) + trail(m[6]) + unitText;
		const parsed = parseNumber(written);
		if (!parsed.ok) continue;
		// 约占总体的73.3% · 超过全省的一半: a qualifier before 占/为 reaches the share after 的.
		const farQual = !qual && unit === '%' ? SHARE_QUAL_RE.exec(text.slice(Math.max(0, m.index - 14), m.index)) : null;
		if (unit === '个百分点' || unit === '百分点') continue; // a difference, never a level
		const u = latin ?? (parsed.value.unit === null ? null : parseUnit(parsed.value.unit).base || null);
		// 2亿人次以上 · 500张左右: more than the figure (超) or about it (约), said after it.
		const above = /^以上(?!的)/.test(text.slice(end)) ? '超' : /^左右(?!的)/.test(text.slice(end)) ? '约' : null;
		// (The bracketed unit keeps its full-width brackets, as the expected tables write it; the unit reader would fold them.)
		out.push({ start: m.index, end: end + (above ? 2 : 0), value: parsed.value.value, unit: alt ? unit : (u ?? labelUnit), qualifier: parsed.value.qualifier ?? wordQual ?? (farQual ? QUAL_MAP[farQual[1]!]! : null) ?? above });
		if (m[2]) out.push(...percentListItems(text, end));
		else if (unitText && !yi && !trillion && !mixed && !yiWan) out.push(...bareListItems(text, m.index, (m[5] ?? '') + unitText, masked));
	}
	const shares = findWordShares(text, masked);
	return shares.length || out.some((f, i) => i > 0 && f.start < out[i - 1]!.start) ? [...out, ...shares].sort((a, b) => a.start - b.start) : out;
}

// 分别接待游客1.0482万、2.1842万和0.4751万人次: items written in one scale take the unit written once after the last one.
const LIST_TAIL_RES = new Map<string, RegExp>();
function listTailUnit(text: string, end: number, scale: string): string | null {
	if (!scale) return null;
	let re = LIST_TAIL_RES.get(scale);
	if (!re) LIST_TAIL_RES.set(scale, (re = new RegExp(`^(?:(?:、|和|及|与)${AR}${scale})+(${UNITS})`)));
	const tail = re.exec(text.slice(end, end + 80));
	return tail ? parseUnit(tail[1]!).base || null : null;
}

// 分别为61.7、56.9、36.2、25.1、17万人次: a list after 分别 (依次) writes its scale and unit once, after its last item.
const BARE_LIST_RE = new RegExp(`(?:分别|依次)(?:为|是|达到?|有|接待(?:游客)?|实现)?:?((?:${AR}、)*${AR}(?:、|和|及|与))$`);
function bareListItems(text: string, at: number, tail: string, masked: (at: number) => boolean): RawFigure[] {
	const before = text.slice(Math.max(0, at - 120), at);
	const list = BARE_LIST_RE.exec(before);
	if (!list) return [];
	const out: RawFigure[] = [];
	let pos = at - list[1]!.length;
	for (const item of list[1]!.split(/[、和及与]/).slice(0, -1)) {
		const parsed = parseNumber(`${item}${tail}`);
		if (!masked(pos) && parsed.ok) out.push({ start: pos, end: pos + item.length, value: parsed.value.value, unit: parsed.value.unit === null ? null : parseUnit(parsed.value.unit).base || null, qualifier: null });
		pos += item.length + 1;
	}
	return out;
}

// 分别占百分之四十一、二十四点一及十三点五: the items after the first 百分之 of a list are written without it.
const CN_ITEM_RE = new RegExp(`(?:、|及|和|与)(${CN})(?=[、及和与,;。)\\s]|$)`, 'y');
function percentListItems(text: string, end: number): RawFigure[] {
	const out: RawFigure[] = [];
	CN_ITEM_RE.lastIndex = end;
	for (let x: RegExpExecArray | null; (x = CN_ITEM_RE.exec(text)); ) {
		const parsed = parseNumber(`百分之${x[1]!}`);
		if (!parsed.ok || parsed.value.unit === null) break;
		out.push({ start: x.index + 1, end: x.index + x[0].length, value: parsed.value.value, unit: '%', qualifier: null });
	}
	return out;
}

// 内地旅客占总量超过七成 · 约占全年访港旅客的四分之三 · 过夜旅客占一半 · 分别约占三成及半成 · 其中八成为内地旅客: a share
// written in tenths, as a fraction or as a half, after 占 (or opening 其中…为), is a share in % as 占…的5.43% is.
// The words of an approximate level before a number (约, 近, 超 …), one list for figures, shares and changes.
export const APPROX_WORDS = '接近|将近|近|大约|大概|约|超过|超|逾';
const APPROX_LEAD_RE = new RegExp(`^(?:${APPROX_WORDS})`);
/** A number's text without the approximation word before it (约5% → 5%). */
export const withoutApprox = (s: string): string => s.replace(APPROX_LEAD_RE, '');
const APPROX_WORD = `(${APPROX_WORDS})`;
// 9成8的民众 (Taiwan): N成M in digits is N tenths and M hundredths, 98%; 七成五 is 75% as 七成半 is.
// 占全省的1/5以上 (776): a fraction written N/M is a share too.
const SHARE_WORD = '([一二三四五六七八九1-9])成(半|[一二三四五六七八九1-9](?![\\d成万亿%]))?|(半)成|([二三四五六七八九十])分之([一二三四五六七八九]{1,2})|(一半|半数)|([1-9])/([1-9]\\d?)(?![\\d/.])';
// 自由行比例高达七成 · 比重为六成: a ratio or rate said to be (为, 达) so many tenths is one too (在九成以上 is a bound).
// 入住率超过七成: the verb may be left out before a bound word. 超过五成游客选择了…: a share opening a clause, of the people
// it counts (游客, 受访者…), is one too, also at the start of a quote (“九成游客来自本市…”), or right after the time
// that opens the clause (清明期间近七成游客选择了周边游, 768).
const SHARE_PEOPLE_AFTER = /^(?:的)?(?:游客|旅客|受访|居民|市民|民众|消费者|网民|用户|观众)/;
// 接近总演出场次的一半 · 超过全部客源的三成: a clause opening on a bound word, then the whole (not a year's level: 超过去年
// 同期的一半 compares with a year) and 的, gives a share of it too.
const SHARE_OF_WHOLE = `(?<=^|[,;。:\\n\\r])(?:${APPROX_WORDS})(?:(?!去年|上年|同期|\\d)[^,;。、:%])(?:(?!去年|上年|同期|年)[^,;。、:\\d%]){0,11}?的`;
const SHARE_WORD_RE = new RegExp(`(${SHARE_OF_WHOLE}|${APPROX_WORD}?占[^,;。、:\\d%]{0,12}?|(?<=其中|^|[,;。:“「『\\n\\r]|期间|假期|假日|黄金周|小长假|长假|当天|当日)|(?:比例|比重|占比|率)(?:高达|达到|达|为|是|(?=接近|将近|近|大约|约|超过|超|逾)))${APPROX_WORD}?(?:${SHARE_WORD})`, 'g');
const SHARE_MORE_RE = new RegExp(`(?:及|和|、)${APPROX_WORD}?(?:${SHARE_WORD})`, 'y');
/** The share in % of the groups of SHARE_WORD starting at `at` in `m`. */
function wordShare(m: RegExpExecArray, at: number): number {
	const g = (k: number): string | undefined => m[at + k];
	if (g(0)) return cnSmall(g(0)!) * 10 + (g(1) === '半' ? 5 : g(1) ? cnSmall(g(1)!) : 0);
	if (g(2)) return 5;
	if (g(3)) return Math.round((cnSmall(g(4)!) / cnSmall(g(3)!)) * 100 * 1e6) / 1e6;
	if (g(6)) return +g(6)! < +g(7)! ? Math.round((+g(6)! / +g(7)!) * 100 * 1e6) / 1e6 : NaN;
	return 50;
}
function cnSmall(s: string): number {
	const p = parseNumber(s);
	return p.ok ? p.value.value : NaN;
}
const LAND_SHARE_RE = /面积|国土|领土|陆地/;
function findWordShares(text: string, masked: (at: number) => boolean): RawFigure[] {
	const out: RawFigure[] = [];
	const qualOf = (q: string | undefined): Qualifier | null => (q ? QUAL_MAP[q] ?? null : null);
	SHARE_WORD_RE.lastIndex = 0;
	for (let m: RegExpExecArray | null; (m = SHARE_WORD_RE.exec(text)); ) {
		const start = m.index + m[1]!.length;
		let end = m.index + m[0].length;
		// 其中八成为内地旅客: only as the subject of 为/是.
		if (m[1] === '' && !(/其中$/.test(text.slice(0, m.index)) ? /^[为是]/.test(text.slice(end)) : SHARE_PEOPLE_AFTER.test(text.slice(end)))) continue;
		if (masked(start) || insideName(text, start)) continue;
		// 面积约占全国国土的1/6: a share of land (fixture 112: a fraction of land is no figure).
		if (LAND_SHARE_RE.test(text.slice(Math.max(0, m.index - 4), start))) continue;
		const q = m[3] ?? m[2] ?? APPROX_LEAD_RE.exec(m[1]!)?.[0];
		const value = wordShare(m, 4);
		if (!Number.isFinite(value)) continue;
		// 占一半以上: more than the share (超), as 2亿人次以上 is.
		const above = /^以上(?!的)/.test(text.slice(end));
		out.push({ start, end: end + (above ? 2 : 0), value, unit: '%', qualifier: qualOf(q) ?? (above ? '超' : null) });
		SHARE_MORE_RE.lastIndex = end;
		for (let x: RegExpExecArray | null; (x = SHARE_MORE_RE.exec(text)); SHARE_MORE_RE.lastIndex = end) {
			const more = wordShare(x, 2);
			if (!Number.isFinite(more)) break;
			end = x.index + x[0].length;
			out.push({ start: x.index + 1, end, value: more, unit: '%', qualifier: qualOf(x[1] ?? q) });
		}
	}
	return out;
}
// 每份含50元 · 每份额度50元 · 每张票面价值50元: what one voucher or ticket is worth is a price too (fixture 126).
const PRICE_BEFORE = /每[张人位个次间套份件](?:[\d.]+元(?:降至|降到|升至|涨至|调至|增至|下调至|上调至|提高到|提高至|调整为)|含|(?:额度|(?:票)?面(?:值|价值)|价值|售价|价格|定价)(?:为|是)?)?$/;
// 约占全省4A级景区总数的22%: a grade (4A级) may stand in the words between.
const SHARE_QUAL_RE = new RegExp(`${APPROX_WORD}(?:占|为)(?:\\d[A-Z]级|[^,;。:、\\d]){0,12}的$`);

// 伊犁河音乐会参与人次突破30万: a label's verb may be a bound passed (突破, 逾) too.
// 年度接待观众人次首次突破1000万: a milestone's 首次 (又首次) may stand between the label and its verb.
const VERB_TAIL = '(?:又)?(?:首次|首度)?(?:为|是|有|达到|达|共|约|超过|超|近|突破|逾|迈入)?$';
const UNIT_BEFORE = new RegExp(`人次${VERB_TAIL}`);
// 书刊文献外借册次8.4亿 · 起降架次12.6万: a label ending in a unit of times counted (册次 volumes lent, 架次 flights,
// 车次 · 辆次 trips) gives that unit to its scaled number, as 总流通人次13.4亿 gives 人次.
const TIMES_UNIT_BEFORE = new RegExp(`(册次|架次|车次|辆次)${VERB_TAIL}`);
// 从业总人数为712万: people employed are people, not visits.
// 旅居人数389.75万: people staying a while (旅居, 常住) are people too.
// 接待游客总人数82.97万 · 参观人数30万: a 人数 label counts people (only 人次 · 总人次 labels give 人次; fixtures 50, 571,
// 666).
const PEOPLE_BEFORE = new RegExp(`人数${VERB_TAIL}`);
// 旅游总收入69.27亿 · 总投资约10000万 · 保护资金43万: a money label gives 元 to a scaled number written without a unit;
// so does 票房 (演出票房迈入200亿大关), as it does after the amount.
const MONEY_BEFORE = new RegExp(`(?:收入|花费|消费|产值|投资|营业额|总额|金额|经费|资金|票房)${VERB_TAIL}`);
const RECEIVED_BEFORE = /(?:接待|吸引)(?:国内|境内|海外|入境|过夜)?(?:游客|旅客|观众)(?:总数|数量)?(?:为|达到?)?$/;
// 参观人数30万,其中未成年观众9万;: a scaled number right after the people it counts, as the 其中 part of a total, ending its
// clause, is a figure with no unit word (as 接待游客1447.9万 is); 旅游收入86亿,游客1.2亿 (no 其中) stays no figure.
const PEOPLE_COUNTED_BEFORE = /其中[\u4e00-\u9fff]{0,6}(?:游客|旅客|观众|读者|市民|群众)(?:为|达到?|约|近)?$/;
const CLAUSE_END_RE = /^(?:[,;。!?、)\n\r]|$)/;
const UNIT_AFTER = /^[\u4e00-\u9fff]{1,8}?人次(?=[,;。、:)\s]|$)/;
// 江苏以512.55亿的旅游收入暂居榜首: the money label may follow the amount, after 的. 贡献4.78亿票房: 票房 (box office) right
// after it is money too.
const MONEY_AFTER = /^(?:的[\u4e00-\u9fff]{0,4}?(?:收入|消费|营收|花费|营业额|票房)|票房)/;
// 2018年和2019年江苏国庆假期旅游收入也居冠军宝座,分别为578.62亿: or open the clauses of a 分别 list.
const MONEY_LIST_BEFORE = /(?:收入|消费|营收|花费|营业额)[^。;!?\n\r\d]{0,20}?分别(?:为|是|达到?)?$/;
function unitFromWords(text: string, start: number, end: number): string | null {
	const before = text.slice(Math.max(0, start - 12), start).replace(/[(][^)]*[)]$/, '');
	if (PEOPLE_BEFORE.test(before)) return '人';
	if (UNIT_BEFORE.test(before)) return '人次';
	const times = TIMES_UNIT_BEFORE.exec(before);
	if (times) return times[1]!;
	if (MONEY_BEFORE.test(before) || MONEY_AFTER.test(text.slice(end, end + 10)) || MONEY_LIST_BEFORE.test(text.slice(Math.max(0, start - 32), start))) return '元';
	return labelNounUnit(before) ?? (UNIT_AFTER.test(text.slice(end, end + 12)) ? '人次' : null);
}
// 江苏以512.55亿的旅游收入暂居榜首,江西以398.81亿紧随其后,贵州367.21亿位列第三 · 分别为578.62亿、631.27亿: an amount in
// the same scale with no unit, listed right after an amount that took 元 from its label (in its sentence, no other
// measure named between), is money too.
const PASSED_RE = /^(?:突破|超过|逾)/;
const OTHER_MEASURE_RE = /人次|人数|游客|旅客|观众|接待|\d|[。;!?\n\r]/;
function listedWith(text: string, start: number, scale: string, qual: string, prev: RawFigure | undefined): string | null {
	if (!prev || prev.unit === null || scale === '') return null;
	const written = text.slice(prev.start, prev.end);
	const between = text.slice(prev.end, start);
	if (prev.unit === '元' && start - prev.end <= 24 && written.endsWith(scale) && !OTHER_MEASURE_RE.test(between)) return '元';
	// 2009年…观众人次首次突破1000万,…:2012年度突破1500万,2016年突破1600万: milestones passed one after another in a
	// sentence, each in the scale of the first, take the unit that one took from its label (fixture 687); a year between is
	// no other figure.
	return PASSED_RE.test(qual) && PASSED_RE.test(written) && written.endsWith(scale) && between.length <= 40 && !/[。;!?\n\r]|\d(?!\d{0,3}年)/.test(between) ? prev.unit : null;
}
// 从业人员845万 · 旅游总消费将突破1.01万亿 · 终端用户数达25.4亿 (fixtures 420, 425, 428): the noun of the label gives a
// bare scaled count its unit (人员 people, 收入/消费/投资 money, 用户 users in 户), also after 将/预计 and 突破/逾.
const LABEL_TAIL = '(?:将|预计)?(?:为|是|有|达到|达|共|约|超过|超|近|突破|逾)?(?:约|近)?$';
const LABEL_NOUN_UNITS: [RegExp, string][] = [
	[new RegExp(`(?:从业|就业|工作|服务)人员(?:总数)?${LABEL_TAIL}`), '人'],
	[new RegExp(`(?:收入|花费|消费|产值|投资|营业额|总额|金额|经费|资金)${LABEL_TAIL}`), '元'],
	[new RegExp(`用户(?:数|数量|规模|总数)?${LABEL_TAIL}`), '户']
];
function labelNounUnit(before: string): string | null {
	return LABEL_NOUN_UNITS.find(([re]) => re.test(before))?.[1] ?? null;
}
// 比去年同期多运送20万人次: 多/少 with the verb of what was counted is a difference too.
// 比2022年国庆假期第四天(10月4日)多35213.91万元: the base may name a day in brackets.
const DIFFERENCE = /(?:比|较|与)(?:[^,;。:、\n()]|\([^()\n]{1,10}\)){0,14}?(?:增加|减少|[多少](?:[接运发售卖][\u4e00-\u9fff])?|高出|低于|高|低|增长|下降|提高|降低)了?$/;
// 按年增加19间 · 今年预估成长4美金 · 减少0.1晚至1.7晚: a number right after a change verb is the change, not a level
// (增长至 / 增加到 name the level and are not matched: the verb must touch the number).
// 按年缩短0.1日 · 延长2天: a length of time changes too.
// 在2009年基础上净增1000亿元 · 到2015年再增1000亿元: a net or further increase is a difference too.
// 改造提升12个精品景区: 提升 after 改造 is upgrading the places counted, an act done, not a rise.
// 当年新增加23.53万户: 新增加 is 新增 (what was newly added, a level), never a difference.
const BARE_DIFFERENCE = /(?:(?<!新)增加|减少|增长|成长|下降|上升|提高|(?<!改造)提升|降低|下跌|回落|多出|缩短|延长|净增|再增)了?(?:约|近|超过|超|逾)?$/;
// 观光逆差达1036万人次 · 实现旅游顺差102亿美元: the gap between two figures, not a level.
// 两者相差1036万人次: so is what two figures differ by.
// 观光逆差约一千万人次、约七千亿元: each item of a list of gaps is one.
const GAP_BEFORE = /(?:逆差|顺差|差额|相差)(?:为|是|有|达到|达|约|超过|超|近)?(?:[^,;。:、\n]{1,14}[、和及](?:约|近|超过|超|逾)?)?$/;
// 入境游客数量超过出境游客数量1640万人次: what one measure exceeds another measure by is their gap (as 逆差 is), not a level.
const GAP_OVER_RE = /(?:超过|超出|多于|高于|高出|少于|低于)[\u4e00-\u9fff]{2,10}?(?:数量|人数|人次|规模|总量|收入)$/;
// 与去年同期相比分别增加了1186100人和881100人 (fixture 478): every item of a list after the verb of a difference is a
// difference, not only the first; the items before this one are set aside to reach the verb.
const DIFFERENCE_ITEMS = /(?:(?:约|近|超过|超|逾)?\d[\d.,]*[万亿]?[\u4e00-\u9fff]{1,3}?(?:、|和|及|与))+$/;
// 出境稍多80308人次: a little more (稍多, 略少) than the figure before is a difference too.
// 来台观光客每年都以百万人次的幅度增加: a yearly step of growth is no level.
const STEP_BEFORE = /(?:稍|略)[多少]$|每年[^,;。!?\n\r\d]{0,6}以$/;
// 香港澳門成長49.57%最高,多了60,770人次: 多了 (少了) in the clause right after a rate of change is what that change came to,
// a difference too.
const MORE_AFTER_CHANGE = /(?:增长|成长|上升|增加|提高|下降|减少|下跌)了?-?\d+(?:\.\d+)?%[\u4e00-\u9fff]{0,3},[多少]了$/;
const STEP_AFTER = /^的?(?:幅度|速度)(?:增加|增长|递增|成长|减少|下降|递减)/;
function isDifference(text: string, start: number, end: number): boolean {
	const near = text.slice(Math.max(0, start - 30), start);
	const listed = DIFFERENCE_ITEMS.exec(text.slice(Math.max(0, start - 60), start));
	const before = listed ? text.slice(Math.max(0, start - listed[0].length - 30), start - listed[0].length) : near;
	return DIFFERENCE.test(before) || BARE_DIFFERENCE.test(before) || GAP_BEFORE.test(near) || GAP_OVER_RE.test(near) || STEP_BEFORE.test(near) || MORE_AFTER_CHANGE.test(near) || STEP_AFTER.test(text.slice(end, end + 8));
}

const QUOTED_NAME_END = /(?:俱乐部|联盟|工程|品牌|论坛|大奖)$/;
function insideName(text: string, at: number): boolean {
	const from = Math.max(0, at - 40);
	const left = text.slice(from, at);
	// 「春满三晋 欢乐万家」 · 『萬名山東人遊山東』: corner brackets quote a name or slogan too (Taiwan, Hong Kong, Macau).
	const open = Math.max(left.lastIndexOf('《'), left.lastIndexOf('“'), left.lastIndexOf('"'), left.lastIndexOf('「'), left.lastIndexOf('『'));
	if (open < 0) return false;
	const close = Math.max(left.lastIndexOf('》'), left.lastIndexOf('”'), left.lastIndexOf('」'), left.lastIndexOf('』'));
	if (close >= open) return false;
	const after = /[》”"」』]/.exec(text.slice(at, at + 30));
	if (!after) return false;
	// 网上流传着“14亿人里7亿去了三亚、…”之类的调侃: a saying the text calls a joke or a rumour states no figure.
	if (text[from + open] === '“' && (/(?:流传|调侃|戏称|笑称|段子|网传)[着了的]?[^,,。;;“]{0,6}$/.test(text.slice(Math.max(0, from + open - 10), from + open)) || /^[”"]?(?:之类|等)?的?(?:调侃|段子|玩笑|笑话|戏言)/.test(text.slice(at + after.index, at + after.index + 8)))) return true;
	// A quoted sentence of figures (“旅游接待人数220万人次,旅游总收入6.5亿元”的目标) is a quotation, not a name.
	const inner = text.slice(from + open + 1, at + after.index);
	// “力争全年接待游客2亿人次以上”的目标: a quoted goal is a quotation too.
	// 「今年首季访港旅客达1000万人次」: Hong Kong and Macau quote speech in corner brackets; a long one, or one reporting
	// a figure with a verb, is a quotation (「春满三晋 欢乐万家」 is a slogan).
	// 「省內旅遊城市10億元俱樂部」: a quote ending in the noun of a club, league or programme names it, however long.
	if (QUOTED_NAME_END.test(inner)) return true;
	const speech = /[「『]/.test(text[from + open]!) && (inner.length > 12 || /达|录得|接待|共|超过|增长|上升|下降|为|有/.test(inner));
	return !(speech || (/[“「『]/.test(text[from + open]!) && ((/[,,、;]/.test(inner) && inner.length > 12) || /^(?:力争|确保|力保|争取|实现|完成)/.test(inner))));
}
