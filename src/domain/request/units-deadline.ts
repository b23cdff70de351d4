// The units' own due time, read from the parts of a notice that speak to them. A notice often names several due times:
// the steps of the chain below the units (各村于12月2日前报乡镇), the steps above them (区住建局于5月26日前报市住建局, which
// the earliest-ahead choice already passes over), a rule for exceptions (周二为节假日的，顺延至…中午12时前), and the
// start of a schedule whose first round is later than the notice (自2032年4月20日起实行周报制度，每周二12时前报送).
import { blankSpans, clauseOnWhere, sentencesWhere, spansOf, throughClauseWhere, type Span } from '../text/spans.js';
import { periodRange } from '../period.js';
import { localParts, zonedDate } from '../time.js';
import { partTexts, withoutParts, type Anatomy, type PartKind } from './anatomy.js';
import { findDeadline, MOVING_EVENT, offWeekend, parseClock, resolveDeadlineDate, type DeadlineMatch } from './deadline.js';
import { ASK_VERB } from './detect.js';

/** Contacts, attachments and the signature: read for nothing. */
const TAIL: PartKind[] = ['contact', 'attachment', 'signature'];
/** The units' deadline is never a date from the purpose, the background or a higher body's requirement. */
const NOT_FOR_DEADLINE: PartKind[] = [...TAIL, 'title', 'purpose', 'background', 'quote', 'period'];

/**
 * A sentence that sends something up to a village, a community or a town: a step of the chain below the lead. The
 * level may be written with its other kind in brackets (有关单位于11月5日前报所在乡镇（街道）；各乡镇（街道）汇总后…于11月10日前报
 * 县科技局: the first day is the units below the towns', the towns' own is the second).
 */
// (报所在镇街 / 报各街镇: the towns and streets said together as one level)
const LOWER_CHAIN = /报(?:至|到|给|送)?(?:各|所在)?(?:村[(（]居[)）]委会|村民委员会|村委会|居委会|村|社区|乡镇|乡[(（]镇[)）]|镇街|街镇|镇|街道)(?:[(（](?:乡镇|乡|镇|街道|社区|村|居)[)）])?(?=[,，。；;、\s]|$)/;

/**
 * 样本企业每日上午10点前通过系统报送前一日数据 / 建筑业企业须于每月月后20天内登录统计平台填报上月数据: the standing rounds that
 * enterprises file themselves, every day or every month, straight into a system. They are the enterprises' own duty, which the
 * units oversee; the units' due day is another day the notice names (样本企业…要于2月10日上午10点前报送总体情况文字材料, 各乡镇
 * 应于4月10日前…), when it names one. A round the notice puts to the units (请各乡镇督促辖区样本企业每日中午12点前…报送) is
 * theirs to see to, and its day is theirs.
 */
const FIRMS_OWN_ROUNDS = /企业[^，,。；;\n]{0,12}?(?:每天|每日|每个工作日|每个?月|月后)[^，,。；;\n]*?(?:报送|填报|上报)/;
const PUT_TO_THE_UNITS = /请|各(?:乡镇|镇街|镇|乡|街道)/;

export function firmsOwnRounds(text: string): Span[] {
  return clauseOnWhere(FIRMS_OWN_ROUNDS, text).filter(([s, e]) => !PUT_TO_THE_UNITS.test(text.slice(s, e)));
}
/**
 * 每张报表加盖企业公章后交所在乡镇（街道）审核汇总: the enterprises hand their forms to the town they are in, which reviews them;
 * a step of the chain below the units, like 报村委会.
 */
const HANDED_TO_OWN_TOWN = /(?:报|交|送)(?:至|到|给)?所在(?:乡镇|镇|乡|街道)(?:[(（](?:街道|乡镇|镇)[)）])?(?:审核|汇总)/;

/**
 * The body an addressee line names, by its kind (各乡镇卫生院、街道社区卫生服务中心： → 卫生院, 服务中心): a sentence that
 * sends something to a body of that kind (学校…于次年1月5日前报辖区乡镇卫生院) is a step below the units addressed.
 */
const ADDRESSEE_KIND = /(卫生院|服务中心|服务站|统计站|财政所|派出所|中心校|学校|医院|办公室|委员会|工作站)/g;

function addresseeKinds(anatomy: Anatomy): string[] {
  const line = partTexts(anatomy, 'addressee').join('、');
  return [...new Set([...line.matchAll(ADDRESSEE_KIND)].map((m) => m[1]!))];
}

/**
 * REPORT_NAME_NOT_SENT: 卫生机构年报表（乡镇卫生院类） / 月报表（卫生院填） — the 报 of a report's own name (年报, 月报表, 快报) is
 * no hand-in, and the body named after it says whose report it is, not where it goes.
 */
const REPORT_NAME_NOT_SENT = '(?<![年月季周旬日快简公])报(?!表)';

/** Sentences that send to a body of the addressees' own kind (报辖区乡镇卫生院（社区卫生服务中心）). */
function stepsToAddressees(text: string, kinds: string[]): Span[] {
  if (!kinds.length) return [];
  const to = new RegExp(`[^。；;\\n]*${REPORT_NAME_NOT_SENT}(?:至|到|给|送)?[^，,。；;\\n]{0,12}?(?:${kinds.join('|')})[^。；;\\n]*`, 'g');
  return spansOf(to, text);
}

/**
 * 自2032年4月20日起实行…周报制度 / 《月报表》自2032年9月起启用: the day a schedule starts. A recurring ask's first round is
 * the first one due on or after it. …，2027年1月起执行: said after the ask, with no 自, the start is the day a rule begins;
 * 12月份起，…实行周报制度: a sentence that opens on it says so too.
 */
const START_DAY = String.raw`((?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号])?)(?:份)?\s*`;
const SCHEDULE_START = new RegExp(
  String.raw`(?:自|从)\s*${START_DAY}起` +
    String.raw`|${START_DAY}(?:起|开始)(?!\s*(?:至|到|止|—|-|~|～))(?=\s*(?:执行|施行|实行|实施|启用|报送|上报|按))` +
    String.raw`|(?:^|[\n。；;：:])\s*${START_DAY}(?:起|开始)\s*[，,]`,
);
/** 每周二 / 每月结束后的下月5日前 / 每季度… / 报送时间为次月5日前: a due time that recurs. */
const RECURRING = /每(?:个)?(?:月|周|星期|季度?|旬|年)|[月季]后|(?:月|季度|季)(?:结束|终了)后|次月/;

function scheduleStart(anatomy: Anatomy, at: Date, timezone: string): Date | null {
  const text = withoutParts(anatomy, [...TAIL, 'quote']);
  const m = SCHEDULE_START.exec(text);
  if (!m) return null;
  const today = localParts(at, timezone);
  const said = m[1] ?? m[2] ?? m[3]!;
  const expr = /[日号]$/.test(said) ? said : `${said}1日`;
  const day = resolveDeadlineDate(expr, today);
  if (!day) return null;
  const start = zonedDate(day, 0, 0, 0, timezone);
  return start.getTime() > at.getTime() ? start : null;
}

/** A round (2032-08) that ended before the schedule starts (2032-09-01) is not one of its rounds. */
function roundBefore(round: string | undefined, start: Date, timezone: string): boolean {
  if (!round) return false;
  const range = periodRange(round);
  const s = localParts(start, timezone);
  return range !== null && range[1] < Date.UTC(s.year, s.month - 1, s.day);
}

function clauseOf(text: string, start: number, end: number, stop = /[。；;\n]/): string {
  let from = start, to = end;
  while (from > 0 && !stop.test(text[from - 1]!)) from--;
  while (to < text.length && !stop.test(text[to]!)) to++;
  return text.slice(from, to);
}

/**
 * 县农机局…汇总后，附各乡镇报表，于2月15日前报市农机管理总站 / 区住建局汇总审核后，于次月10日前将快报数据报市住建局: a clause that
 * sends something to a body of a level above the county (a city's, a province's, the state's) is a step of the chain above the
 * units, the lead's own or a higher body's; its due time is never the units'. When it is the only one the notice names, the
 * units have none (a clause whose subject is the units, 各乡镇于…前报市…, stays theirs).
 */
const UPPER_CHAIN = /报(?:至|到|送|给)?(?:市(?!场)|省|州|自治区|国家)[^，,。；;、\n]{0,14}?(?:局|委|办|厅|站|中心|处|所|部|科|股|会|室)/;
const UNITS_SUBJECT = /(?:^|[、\s])(?:请)?各(?:乡镇|镇街|镇|乡|街道|村|社区)/;
const CLAUSE = /[^，,。；;\n]+/g;

function stepsAbove(text: string): Span[] {
  return spansOf(CLAUSE, text).filter(([s, e]) => {
    const clause = text.slice(s, e);
    return UPPER_CHAIN.test(clause) && !UNITS_SUBJECT.test(clause.replace(/^\s*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)+/, ''));
  });
}

/**
 * OTHER_LEVELS_DUTIES: 县级部门…，10月15日前报上一级部门；地级部门…，10月20日前上报；省级部门照此办理，10月25日前上报 — rules that set
 * the days of the levels of government: a sentence whose subject is a level (县级 / 地级 / 市级 / 省级 …部门, 政府, 机关) is that
 * level's duty, and a clause that hands in to the level above (报上一级, 报上级) is a step up the chain; neither day is the units'
 * (the towns, villages and streets a county's notice asks). A sentence that opens on the units (各乡镇…报上级) stays theirs.
 */
const LEVEL_SUBJECT = /^\s*(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[.、．])?\s*(?:县|区|地|市|州|盟|省|自治区)级[\u4e00-\u9fa5]{0,8}?(?:部门|政府|机关|机构|单位)/;
const TO_THE_LEVEL_ABOVE = /报(?:至|到|送|给)?上(?:一)?级/;
const SENTENCE = /[^。；;\n]+/g;

function otherLevelsDuties(text: string): Span[] {
  const sentences = spansOf(SENTENCE, text).filter(([s, e]) => LEVEL_SUBJECT.test(text.slice(s, e)));
  const clauses = spansOf(CLAUSE, text).filter(([s, e]) => TO_THE_LEVEL_ABOVE.test(text.slice(s, e)) && !UNITS_SUBJECT.test(text.slice(s, e)));
  return [...sentences, ...clauses];
}

/**
 * A message whose due days are all other levels' (OTHER_LEVELS_DUTIES): the text names a due day, the units have none. With no
 * addressee and no 请 it is a set of rules for the levels (see kind.ts), not an ask of the units.
 */
export function daysOfOtherLevelsOnly(anatomy: Anatomy, at: Date, timezone: string): boolean {
  const text = withoutParts(anatomy, NOT_FOR_DEADLINE);
  return otherLevelsDuties(text).length > 0 && findDeadline(text, at, timezone) !== null && findUnitsDeadline(anatomy, at, timezone) === null;
}

function deadlineIn(text: string, stepsBelow: Span[], at: Date, timezone: string, whole = text): DeadlineMatch | null {
  const own = blankSpans(text, [...stepsAbove(text), ...otherLevelsDuties(text)]);
  // 各村民小组于12月2日前报村委会，各村委会于12月3日上午前报乡镇；各乡镇于12月3日17时前报县统计局: the steps below the
  // units asked are theirs; the units' own due time is the one left when those are set aside
  // 企业每天15时前把数据报所在镇，镇里汇总后，下午16时前报区经委: only the sentence up to its last step below is set aside; a
  // hand-in after it is the units' own
  const chainless = blankSpans(own, [...throughClauseWhere(LOWER_CHAIN, own), ...sentencesWhere(HANDED_TO_OWN_TOWN, own), ...firmsOwnRounds(own), ...stepsBelow]);
  return (chainless !== own ? findDeadline(chainless, at, timezone, whole) : null) ?? findDeadline(own, at, timezone, whole);
}

/**
 * The units' deadline: from the parts that ask, leaving out the chain below them; a rule (周二为节假日的，顺延至…) only
 * when nothing else gives one. A recurring due time is counted from the start of its schedule when that is ahead.
 */
export function findUnitsDeadline(anatomy: Anatomy, at: Date, timezone: string): DeadlineMatch | null {
  const found = unitsDeadline(anatomy, at, timezone);
  // 如遇周末则相应提前到星期五: the notice's own weekend rule moves a due day that falls on a Saturday or Sunday
  return found ? offWeekend(anatomy.text, found, timezone) : null;
}

function unitsDeadline(anatomy: Anatomy, at: Date, timezone: string): DeadlineMatch | null {
  const kinds = addresseeKinds(anatomy);
  const read = (when: Date): DeadlineMatch | null => {
    for (const skipped of [[...NOT_FOR_DEADLINE, 'rules'], NOT_FOR_DEADLINE] as PartKind[][]) {
      const text = withoutParts(anatomy, skipped);
      const found = deadlineIn(text, stepsToAddressees(text, kinds), when, timezone, withoutParts(anatomy, TAIL));
      if (found) return found;
    }
    return null;
  };
  const found = read(at);
  if (!found) return null;
  const clocked = found.hasTime ? null : dailyClockInProcess(anatomy, found, timezone);
  if (clocked) return clocked;
  const start = scheduleStart(anatomy, at, timezone);
  if (!start || (found.deadline.getTime() >= start.getTime() && !roundBefore(found.round, start, timezone))) return found;
  // (请于12月4日前报送11月份…，自2027年1月起每月5日前报送…: a one-off day in a clause of its own is this round's, not the rule's)
  if (!RECURRING.test(clauseOf(anatomy.text, found.start, found.end, /[，,。；;\n]/))) return found;
  // 本报表制度自6月起执行，次月5日前报送: the first round is the schedule's first month, due in the month after it
  let first = read(start);
  for (let tries = 0; first && roundBefore(first.round, start, timezone) && tries < 3; tries++) {
    first = read(new Date(first.deadline.getTime() + 1000));
  }
  return first ?? found;
}

/**
 * DAILY_CLOCK_IN_PROCESS: 二、填报时间：1月24日至2月14日，每天报送。三、报送流程：企业每天15时前报所在镇，镇里汇总后，下午16时前报区经委 —
 * a daily round said without its clock takes the one clock the reporting procedure (a part read as rules) gives the units'
 * own hand-in; the steps below the units (the firms' 15时) and above them are set aside as for any due time.
 */
const DAILY_ROUND = /每天|每日|每个工作日/;
const PROCESS_CLOCK = /(上午|中午|下午|晚上)?\s*(\d{1,2}(?:[:：]\d{2}|[时点](?:\d{1,2}分|半|整)?))\s*(?:之前|以前|前)/g;
const HANDS_IN = /报|交|送/;

function dailyClockInProcess(anatomy: Anatomy, found: DeadlineMatch, timezone: string): DeadlineMatch | null {
  if (!DAILY_ROUND.test(clauseOf(anatomy.text, found.start, found.end))) return null;
  const rules = blankSpans(withoutParts(anatomy, NOT_FOR_DEADLINE), anatomy.parts.filter((p) => p.kind !== 'rules').map((p): Span => [p.start, p.end]));
  const own = blankSpans(rules, [...stepsAbove(rules), ...throughClauseWhere(LOWER_CHAIN, rules), ...sentencesWhere(HANDED_TO_OWN_TOWN, rules), ...firmsOwnRounds(rules)]);
  const clocks = new Set<string>();
  let time: { hour: number; minute: number } | null = null;
  for (const [s, e] of spansOf(CLAUSE, own)) {
    const clause = own.slice(s, e);
    if (!HANDS_IN.test(clause)) continue;
    for (const m of clause.matchAll(PROCESS_CLOCK)) {
      const t = parseClock(m[1], m[2]!);
      if (t) { clocks.add(`${t.hour}:${t.minute}`); time = t; }
    }
  }
  if (clocks.size !== 1 || !time) return null;
  const day = localParts(found.deadline, timezone);
  return { ...found, deadline: zonedDate({ year: day.year, month: day.month, day: day.day }, time.hour, time.minute, 0, timezone), hasTime: true };
}

/**
 * 请于12月中旬前报送 / 下月初前上报 / 12月第一周内: a due time said as part of a month (a 旬, its start, middle or a week), which names no day. It is
 * read from the parts a deadline is read from, and only in a clause that reports.
 */
// (12月第一周内 / 12月第二周周五前: a week of a month is said as a 旬 is; which week is the first is the lead's to say)
// (次月初报送: the month after, as 下月初)
// (请于12月上旬报送 / 12月初报送: a 旬 the reporting is done in, with no 前, is as much a due time: WITHIN_A_XUN)
const VAGUE_DUE = /(?:(?:\d{4}\s*年\s*)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月|(?:本|下|这个|下个|次)月)\s*(?:(?:上旬|中旬|下旬|初|中)(?:之前|以前|前)|(?:上旬|中旬|下旬|初)(?:之内|以内|内)?(?=\s*(?:报送|上报|填报|报|提交|交))|第\s*[一二三四五1-5]\s*(?:周|个星期)(?:(?:周|星期)[一二三四五六日天])?(?:之内|以内|内|之前|以前|前))/g;

/**
 * EVENT_DUE: 请于春节前报送 / 年后上班第一周报送 / 开学前 / 节后上班前 — a due time counted from an event whose day moves (a
 * holiday of the lunar calendar, the return to work after one, a school term's start): it names no day, and the lead is asked
 * for it as for a 旬 (元旦前 / 国庆前, of fixed date, are read as days: HOLIDAY_EVE).
 */
const EVENT_DUE = new RegExp(String.raw`(?:${MOVING_EVENT})(?:节)?\s*(?:后|之后|以后|过后)?\s*(?:(?:上班|开工|收假|返岗)\s*)?(?:第\s*[一二三1-3]\s*(?:天|周|个?工作日|个星期))?\s*(?:之前|以前|前|之内|以内|内)?(?=\s*(?:[，,]\s*)?(?:报送|上报|填报|报|提交|交|完成))|(?:${MOVING_EVENT})(?:节)?\s*(?:后|之后|以后|过后)?\s*(?:上班|开工|收假|返岗)?\s*(?:第\s*[一二三1-3]\s*(?:天|周|个?工作日|个星期))?\s*(?:上午|下午|中午|早上|晚上)?\s*(?:\d{1,2}\s*[点时:：](?:\d{1,2}分?|半)?)?\s*(?:之前|以前|前|之内|以内|内)`, 'g');

/**
 * UNFIXED_DAY_WORD: 请于本周末前报送 / 下周末前 / 请于节前报送 — a due time the calendar does not fix: 周末前 may mean the Friday
 * before the weekend or its end, and a bare 节前 names no holiday. It names no day (read as none, the ask went out with no due
 * day and no word), and the lead is asked for it as for a 旬.
 */
const UNFIXED_DAY_WORD = /(?:(?:本|这|下)个?)?(?:周|星期|礼拜)末\s*(?:之前|以前|前)|(?<=^|[于在请，,：:\s])节(?:日)?\s*(?:之前|以前|前)/g;

export function findVagueDue(anatomy: Anatomy): string | null {
  const text = withoutParts(anatomy, NOT_FOR_DEADLINE);
  for (const re of [VAGUE_DUE, EVENT_DUE, UNFIXED_DAY_WORD]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (ASK_VERB.test(clauseOf(text, m.index, m.index + m[0].length))) return m[0].replace(/\s+/g, '');
    }
  }
  return null;
}
