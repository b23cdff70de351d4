// Parts of a reply that are never figures or labels: @mentions, the unit's own name, dates, times, phone numbers,
// list numbering. They are overwritten with spaces (keeping indices) before numbers and labels are looked for.
import { blankMatches } from './normalize.js';
import { isOwnUnit } from './table.js';
import { LANDLINE_NUMBER, MOBILE_NUMBER } from './phone-numbers.js';

const MENTION = /@[^\s@:：,，;；。、\d]{0,8}/g;
/** 朱沱镇 / 中山路街道 / 华新社区 at the start of the message, of a line or after a colon (特殊家庭户数：电厂社区15户): the reporting unit, not a label. */
const UNIT_PREFIX = /(^|\n|[:：])(\s*)([\u4e00-\u9fa5]{1,8}?(?:街道办事处|街道办|街道|镇|乡|社区|居委会|村委会|村))(?=[\s:：,，(（\u4e00-\u9fa5\d])/g;
const DATE_OR_TIME = new RegExp(
  [
    '\\d{4}\\s*年(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*[日号])?)?',
    '\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}',
    '(?<!\\d)(?:1[0-2]|0?[1-9])\\s*月\\s*(?:3[01]|[12]\\d|0?[1-9])(?!\\d)(?:\\s*[日号]|(?!\\s*(?:[人户家处个具元次名件万千]|\\.\\d|[,，]\\d{3})))',
    '[零〇一二两三四五六七八九十]{1,3}月[零〇一二两三四五六七八九十]{1,3}[日号]',
    '(?<![\\d.])\\d{1,2}\\s*日',
    // HOUSE_NUMBER: 199号 / 洪东新村105号 — a number before 号 is a day or a house or serial number, never a count (a day's
    // pattern blanked 99号 of 199号 and left 1, stored as 隐患点 1)
    '(?<![\\d.])\\d+\\s*号',
    // 四季度（10-11月）: the first month of a span of months
    '(?<!\\d)\\d{1,2}\\s*[-—–~～至到]\\s*(?=\\d{1,2}\\s*月)',
    '\\d{1,2}[:：]\\d{2}(?!\\d)',
    '\\d{1,2}\\s*点(?:\\s*\\d{1,2}\\s*分?|半|钟)?(?=前|以前|之前|后|以后|左右|半|钟|\\d|$)',
    // a mobile number, also written in groups (138 1234 5678, 138-1234-5678)
    `(?<!\\d)${MOBILE_NUMBER}(?!\\d)`,
    `(?<!\\d)${LANDLINE_NUMBER}(?!\\d)`,
  ].join('|'),
  'g',
);
/**
 * List numbering by layout: 1、 / 2. / 二、 / (3) at the start of a line, after a sentence's end (…；2、…) or after a
 * space that follows a finished item (…120户 2.低保人数…); never a figure's own digits (120、200 lists figures).
 * The space after a line break stays on that line: a number after blank lines is found from the last break, and a
 * space run that crosses lines would be rescanned from every break before it (quadratic on a blanked message).
 */
const LIST_NUMBER =
  /(^|\n|[；;。！!？?])[^\S\n]*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．)）](?![\d、])|[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]/g;
/** Mid-line numbering after a comma or a space that ends an item (…120户，2、低保人数…): a label must follow it. */
const INLINE_LIST_NUMBER = /((?<=[\u4e00-\u9fa5%)）\d])[，,]|(?<=[\u4e00-\u9fa5%)），,])\s)\s*\d{1,2}\s*[、.．)）](?=\s*[\u4e00-\u9fa5])/g;

/**
 * REPLACED_BY_ARROW: 60→61 / 19->21家 / 386→391（漏录了5人）: the figure before an arrow is the one being replaced, never
 * a figure given; the one after it is.
 */
const REPLACED_BY_ARROW = /(?<![\d.])\d[\d,，.]*\s*[\u4e00-\u9fa5%]{0,2}?\s*(?:→|->|—>|－>|=>|⇒|➡|➔)\s*(?=\d)/g;

/**
 * WORKED_SUM: 95加2户的5个人，一共100人 / 642/1286=49.9% / 3000÷2: a calculation written out. Its operands are the
 * reporter's working, never figures given (the result after 一共 or = is); a chain of them is blanked whole, each with
 * its measure word. 减少 is a change word, not an operator; / counts only before an = (12/1 may be a date).
 */
const OPERAND = String.raw`(?:\d[\d,，]*(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]+)\s*(?:人次|万元|[个名位户人家处件次元万千亿头只亩吨米条辆台%])?`;
/** An operand starts where its numeral starts: trying every position inside a long run of numerals is quadratic. */
const OPERAND_START = String.raw`(?<![\d.零〇一二两三四五六七八九十百千万])`;
const WORKED_SUM = new RegExp(String.raw`${OPERAND_START}${OPERAND}(?:\s*(?:加上|加|减去|减(?!少)|乘以|乘|除以|[+＋×÷*])\s*${OPERAND})+|${OPERAND_START}${OPERAND}\s*[/／]\s*${OPERAND}(?=\s*[=＝])`, 'g');

/**
 * NONE_AT_ALL: 一场也没办 / 一个都没有了 / 一处也未发现 / 一户也没有: "not even one" is a zero, never the figure 1. The 一
 * and its measure word are blanked and the negation reads as 没有 (length kept), which the zero readers know.
 */
// (确实一场没搞 / 一户没有: without 也 or 都 as well, unless 有/还/其中/里 before the 一 makes it one of some: 还有一户没去.)
const NONE_AT_ALL = /(?:一\s*(?:个|起|场|处|户|家|名|次|件|台|座|条|所|例|只|头|张|辆|栋|间|位|项|宗|期|人)人?\s*(?:也|都)|(?<![有中里还其剩另第\d零〇一二两三四五六七八九十百千万])一\s*(?:个|起|场|处|户|家|名|次|件|台|座|条|所|例|只|头|张|辆|栋|间|位|项|宗|期|人)人?)\s*(?:没有|没|未|无)/g;

/**
 * TYPED_DIGIT: 多打了个0，是7户 / 少写了一个0 / 漏打个零: a digit spoken of as a key typed (one too many or too few) is no
 * figure; the words say the figure before was mistyped, read as 写错了 (length kept).
 */
const TYPED_DIGIT = /(?:多|少|漏)(?:打|写|输|填|敲)了?(?:一)?个\s*(?:0|零)/g;

/**
 * KIND_LIKE_A_PLACE: 农村低保112户，城市低保20户 — 农村 / 乡村 / 城镇 / 集镇 end like a place but say which kind of the item is
 * counted. Hidden as the reporting unit at the start of the reply, 农村 left 112户 as the item's own figure, and the city
 * part after it replaced it (20 stored as every 低保户); kept, the two are read as parts and the total is asked for.
 */
const KIND_LIKE_A_PLACE = /^(?:农村|乡村|城镇|城乡|集镇|村镇)$/;

/** `namesField` tells whether a would-be unit name is really part of a label (行政村数量 starts like a village). */
export function hideNonFigures(text: string, namesField: (words: string) => boolean = () => false): string {
  let out = blankMatches(text, MENTION);
  out = out.replace(UNIT_PREFIX, (m, lead: string, space: string, unit: string) =>
    namesField(unit) || KIND_LIKE_A_PLACE.test(unit) ? m : lead + space + ' '.repeat(unit.length));
  out = blankMatches(out, DATE_OR_TIME);
  out = blankMatches(out, REPLACED_BY_ARROW);
  out = blankMatches(out, WORKED_SUM);
  out = out.replace(NONE_AT_ALL, (m) => ' '.repeat(m.length - 2) + '没有');
  out = out.replace(TYPED_DIGIT, (m) => ' '.repeat(m.length - 3) + '写错了');
  // The line break before 2. / 二、 stays: it still ends the line before (…1260万元\n4.拆违面积暂无).
  const keepLead = (m: string, lead: string | undefined): string => (lead ?? '') + m.slice((lead ?? '').length).replace(/[^\n]/g, ' ');
  out = out.replace(LIST_NUMBER, keepLead);
  out = out.replace(INLINE_LIST_NUMBER, keepLead);
  return out;
}

/** Words with numerals in them that are not numbers (一下, 统一, 一次性, 千家万户). */
// (ONE_POINT_IS_A_DECIMAL: 清淤渠道一点五公里 — 一点 (a little) with a digit after it is 1.5, a figure; hidden as a word, the 五 was
// left alone: 一点五公里 was dropped and 一点五千米 read as 5000米)
export const NUMERAL_WORDS =
  /一下|一起|一样|一般|一些|一直|一定|统一|唯一|(?<![零〇一二两三四五六七八九十百千])万一|一旦|一切|一律|第一|之一|一致|一并|一次性|一户一|一人一|千家万户|一点(?![零〇一二两三四五六七八九\d])|一会|十分|百分之|[一二三四五六七八九十]是|一方面|一遍|一趟|逐一|一一|一对一|一线|一把手|一体|一网|一表通|一同|不一|一手|一时|一度|一再|一共|一旁|一带|万分|(?<![零〇一二两三四五六七八九十百亿])千万/g;

const UNIT_SUFFIX = /(?:街道办事处|街道办|街道|镇|乡|社区|居委会|村委会|村)$/;
// (朱沱镇低保户数128户 松溉镇低保户数96户: a space after a figure and its measure word parts the clauses as a comma does —
// read as one clause, 96 was stored as the reporter's own: UNIT_AFTER_A_SPACED_FIGURE)
const CLAUSE_UNIT = /([，,；;。]|(?<=\d[\u4e00-\u9fa5%]{0,3})[ \t\u3000]+)(\s*[\u4e00-\u9fa5]{1,8}?(?:街道办事处|街道办|街道|镇|乡|社区|居委会|村委会|村))(?=[\s:：\u4e00-\u9fa5\d])/g;
const HEADER_THEN_UNIT = /^(\s*[\u4e00-\u9fa5]{1,8}?(?:街道办事处|街道办|街道|镇|乡|社区|村))([:：])(\s*[\u4e00-\u9fa5]{1,8}?(?:街道|镇|乡|社区|村))(?=[\u4e00-\u9fa5\d])/gm;
const LINE_UNIT = /^\s*([\u4e00-\u9fa5]{1,8}?(?:街道办事处|街道办|街道|镇|乡|社区|居委会|村委会|村))(?=[\s:：,，(（\u4e00-\u9fa5\d]|$)/;

/**
 * Words that end like a place but name none (其他村, 各社区, 本镇, 农村 in 农村低保户数, 行政村 in 行政村数量), and a
 * verb phrase that ends on a place word (已上报镇司法所, 报送到村): a name does not start with an adverb or a verb of
 * sending.
 */
const NOT_A_PLACE = /^(?:其中|包括|含|另外|还有|其他|其余|各个?|每个?|全|本|我|该|邻|外|周边|附近|相关|所有|部分|一些|有的|已|未|尚|正在|向|往|去|给|由|经|被|上报|报送|报到|转到|送到)/;

/** 转发各村 / 请各社区: 各 and 每 speak of every unit; no name has them. */
const EVERY_UNIT = /[各每]/;

/** 问了街道 / 找过社区: an aspect particle says the words are speech about a place, not its name. */
// (人数呢要等村里报上来: a sentence-final particle too — 呢 吗 吧 啊 are never in a name)
const SPEECH_PARTICLE = /[了过着呢吗吧啊]/;

/**
 * NOT_A_NAME: words before a place word that make it a common noun, not a unit's name: a quantifier (几个村, 转几个村,
 * 这些社区, 有的村), a negation opening a clause (不是镇政府驻地, 没有纠纷的村), a time adverb or demonstrative (刚才镇里,
 * 这个村), a clause of its own — a copula or 的 inside (管理员是村会计, 没有纠纷的村) — or words of a statement: waiting
 * (人数要等村里报上来) or an item's measure (人数, 户数). A name is a proper-name-like run.
 */
const NOT_A_NAME = /[几多哪这那]个|[这那哪]些|有的|^(?:不|没|未|这个|那个)|[是的]|要等|还要|需要|(?:人|户)数|人次|数据/;

/**
 * TIME_WORD_OPENS: 之前镇上报的9户不对 / 刚才村里说: a time adverb opening the words before a place word says when the place
 * did something; no unit's name starts with one (the closed class of Chinese time adverbs and day words).
 */
const TIME_WORD_OPENS = /^(?:刚才|刚刚|之前|以前|此前|先前|原来|原先|上次|上回|前面|前天|昨天|今天|当时|后来|目前|现在|已经|一直)/;

/**
 * 没有纠纷的村空着 / 有隐患的社区 / 有的村: units of a kind, told by what they have or lack: that clause gives no unit's
 * figures and names no unit.
 */
const KIND_OF_UNITS = /^(?:没有|没|无|有)[^的]{1,6}的$|^有的$/;

function isKindOfUnits(unit: string): boolean {
  return KIND_OF_UNITS.test(unit.replace(UNIT_SUFFIX, ''));
}

function isPlaceName(unit: string, namesField: (words: string) => boolean): boolean {
  const core = unit.replace(UNIT_SUFFIX, '');
  return core.length >= 2 && !NOT_A_PLACE.test(core) && !EVERY_UNIT.test(core) && !SPEECH_PARTICLE.test(core)
    && !NOT_A_NAME.test(core) && !TIME_WORD_OPENS.test(core) && !namesField(unit);
}

/** 那小江村 / 我们小江村: a word of speech run into the name; kept only when the name without it is no unit known. */
const LEAD_WORD = /^(?:那么|那|然后|我们|我|咱们|咱|这边)/;

function knownName(name: string, ownUnit: string, speaksFor: (name: string) => string | null): string {
  if (isOwnUnit(name, ownUnit) || speaksFor(name) !== null) return name;
  // 不好意思双路村: words run into the reporter's own full name
  if (ownUnit.replace(UNIT_SUFFIX, '').length >= 2 && name.endsWith(ownUnit)) return ownUnit;
  const stripped = name.replace(LEAD_WORD, '');
  return stripped !== name && stripped.replace(UNIT_SUFFIX, '').length >= 2 && (isOwnUnit(stripped, ownUnit) || speaksFor(stripped) !== null)
    ? stripped : name;
}

/**
 * The unit's name a line opens with (LINE_UNIT): the shortest run that ends like a place, or, when that names no unit
 * the reporter is or speaks for, the first longer run that does: 龙镇村 for a village whose name holds 镇 (龙镇 alone
 * is no name, and its line would go on under the unit named before it).
 */
function lineUnit(line: string, ownUnit: string, speaksFor: (name: string) => string | null): [string, string] | null {
  const m = LINE_UNIT.exec(line);
  if (!m) return null;
  const known = (name: string): boolean => isOwnUnit(name, ownUnit) || speaksFor(name) !== null;
  if (known(m[1]!)) return [m[0], m[1]!];
  const lead = m[0].length - m[1]!.length;
  const run = /^[\u4e00-\u9fa5]{1,10}/.exec(line.slice(lead))?.[0] ?? '';
  for (let end = m[1]!.length + 1; end <= run.length; end++) {
    const name = run.slice(0, end);
    if (UNIT_SUFFIX.test(name) && known(name) && LINE_UNIT_END.test(line.slice(lead + end))) return [line.slice(0, lead + end), name];
  }
  return [m[0], m[1]!];
}
/** The longest core of a place name not on the roster: longer runs before 镇 / 村 are words (see splitUnits). */
const FOREIGN_CORE_MAX = 5;
const LINE_UNIT_END = /^(?:[\s:：,，(（\u4e00-\u9fa5\d]|$)/;

export interface UnitSplit {
  /** The text with every line of another unit blanked (length kept). */
  own: string;
  /** Lines of units the reporter speaks for, by unit id. */
  parts: Map<string, string[]>;
  /** Units named that the reporter does not speak for. */
  foreign: string[];
}

/**
 * 石桥村：低保户数12户 / 白沙村：低保户数9户 from a town clerk: a line that starts with another unit's name, and the
 * lines after it until the next unit's name, are that unit's figures, not the reporter's. `speaksFor` gives the id
 * of a unit the reporter may report for; other units are only noted. `itemAfterName` gives the id of a unit the
 * reporter speaks for whose name, with or without its suffix, opens the line and runs straight into one of that
 * unit's items (后堡检查户数是946 from the street clerk: SHORT_NAME_THEN_ITEM). `namesItemOfAny` tells whether words name
 * an item asked of the reporter or of any unit it speaks for (the labels PARALLEL_UNIT_LINES carries).
 */
// (新市场的入户宣传…: the bare name may also be followed by 的, whose words are that unit's)
const BARE_UNIT_LINE = /^\s*([\u4e00-\u9fa5]{2,6})(?:[\s:：]|的)/;

export function splitUnits(
  text: string, ownUnit: string, namesField: (words: string) => boolean = () => false,
  speaksFor: (name: string) => string | null = () => null,
  itemAfterName: (line: string) => string | null = () => null,
  namesItemOfAny: (words: string) => boolean = namesField,
): UnitSplit {
  text = breakBeforeUnitsSpokenFor(text, speaksFor);
  const none: UnitSplit = { own: text, parts: new Map(), foreign: [] };
  // 南河 占道经营12处 from a street clerk: a line opened by the name, without its suffix, of a unit the reporter speaks for
  const bareUnit = (line: string): string | null => {
    const run = BARE_UNIT_LINE.exec(line)?.[1];
    return (run && !namesField(run) ? speaksFor(run) : null) ?? itemAfterName(line);
  };
  const bareLines = text.split('\n').some((line) => bareUnit(line) !== null);
  if (!bareLines && !/[\u4e00-\u9fa5]{1,8}?(?:街道|镇|乡|社区|村)/.test(text)) return none;
  // 石桥村12户，白沙村9户: a clause that starts with a unit's name starts that unit's part, as a new line would.
  const broken = text.replace(CLAUSE_UNIT, (m, sep: string, unit: string) =>
    isPlaceName(unit.trim(), namesField) || isKindOfUnits(unit.trim()) ? `\n${m.slice(sep.length)}` : m)
    // 花园路街道：花溪社区网格10个…: a unit's name after the reporter's own header starts that unit's part
    .replace(HEADER_THEN_UNIT, (m, own: string, sep: string, unit: string) =>
      isOwnUnit(own.trim(), ownUnit) && isPlaceName(unit.trim(), namesField) ? `${own}\n${m.slice(own.length + sep.length)}` : m);
  if (!bareLines && !LINE_UNIT.test(broken) && !/\n\s*[\u4e00-\u9fa5]{1,8}?(?:街道|镇|乡|社区|村)/.test(broken)) return none;
  const lines = broken.split('\n');
  // 石桥： for 石桥村: the reporter's own name without its suffix also starts the reporter's own lines again.
  const ownCore = ownUnit.replace(UNIT_SUFFIX, '');
  const ownLine = ownCore.length >= 2 ? new RegExp(`^\\s*${ownCore.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[\\s:：,，]|$)`) : null;
  let current: string | null = null; // null: the reporter's own; '' : a unit not spoken for; else a unit id
  let changed = false;
  // PARALLEL_UNIT_LINES: the label the units' lines open with (see labelFirstFigure)
  let opening = '';
  const out = lines.map((line) => {
    const m = lineUnit(line, ownUnit, speaksFor);
    const named = m ? knownName(m[1]!, ownUnit, speaksFor) : '';
    // (没有纠纷的村空着: that line alone is blanked, and the part it stands in goes on after it)
    if (m && isKindOfUnits(named)) {
      changed = true;
      const end = line.slice(m[0].length).search(/[，,；;。！!？?]/);
      const to = end < 0 ? line.length : m[0].length + end;
      return ' '.repeat(to) + line.slice(to);
    }
    // 农村低保户数, 行政村数量: a label that starts like a place; 本村 / 全镇: the reporter's own.
    if (m && isPlaceName(named, namesField)) {
      if (isOwnUnit(named, ownUnit)) current = null;
      else {
        current = speaksFor(named) ?? '';
        // (以上数据已经镇领导审核: a run of six words or more before 镇 that names no unit known is words, not a place)
        if (current === '' && named.replace(UNIT_SUFFIX, '').length > FOREIGN_CORE_MAX) { current = null; return line; }
        if (current === '' && !none.foreign.includes(named)) none.foreign.push(named);
        if (current) [line, opening] = labelFirstFigure(line, m[0].length, opening, namesItemOfAny);
      }
    } else if (ownLine?.test(line) || OWN_WHOLE_LINE.test(line) || TOTAL_LINE.test(line)) current = null;
    else if (!m) current = bareUnit(line) ?? current;
    if (current === null) {
      // 九小场所：⏎大河村12家… — a line of the reporter's own that names an item and gives no figure heads the lines after it
      const words = line.replace(/[\s:：]+/g, '');
      // (九小场所检查情况如下 says what follows, not which item: only a bare item name heads the lines)
      if (words) opening = !/\d/.test(words) && words.length <= 8 && !HEADING_WORDS.test(words) && namesItemOfAny(words) ? words : '';
      return line;
    }
    // TOTAL_AFTER_UNITS: (上河7 柳沟5 北岭9 共21条: the total ending a unit's line is the reporter's own)
    const total = TOTAL_ENDS_UNIT_LINE.exec(line);
    const mine = total ? line.slice(0, total.index) : line;
    if (current) none.parts.set(current, [...(none.parts.get(current) ?? []), mine]);
    changed = true;
    if (total) current = null;
    return ' '.repeat(mine.length) + line.slice(mine.length);
  });
  return changed ? { ...none, own: out.join('\n') } : none;
}

/** 共21条 / 合计159人 on a line of its own after units' lines: the reporter's own sum of them (TOTAL_AFTER_UNITS, parse.ts). */
const TOTAL_LINE = /^\s*(?:合计|共计|总计|一共|总共|共)(?:是|有|为|计)?[\s:：]*\d[\d.,，]*(?:万|千)?[\u4e00-\u9fa5%]{0,2}[。；;！!]?\s*$/;

/**
 * TOTAL_AFTER_UNITS: 上河7 柳沟5 王家庄0 北岭9 共21条 from a town clerk: a total (共, 一共, 总共, 合计, 共计, 总计 and a figure)
 * that ends a unit's line after a pause sums the units listed: it is the reporter's own, as a 合计 row is, never the last
 * unit's level (北岭 隐患 21); the lines after it are the reporter's own too until another unit is named. A total said with
 * the item's words before it (加上房屋圈舍总共是4.1万) or with no pause (隐患一共9条) is the unit's own and stays. The
 * reporter's whole may say it, with or without a total word, and give several figures (…红旗村8户11人，全镇合计35户58人).
 */
const TOTAL_ENDS_UNIT_LINE = /[\s，,；;。]+(?:(?:全|本|我)(?:镇|乡|街道|街|社区)(?:合计|共计|总计|一共|总共|共)?|合计|共计|总计|一共|总共|共)(?:是|有|为|计)?[\s:：]*(?:\d[\d.,，]*(?:万|千)?[\u4e00-\u9fa5%]{0,2}){1,4}[。；;！!]?\s*$/;

const NAME_SUFFIX = /街道|社区|镇|乡|村/g;

/**
 * OWN_WHOLE_LINE: 全镇合计：21家，已查19家 after the villages' lines — a line opening with the reporter's whole (全镇, 本街道)
 * or a total is the reporter's own again, not the last village's (双龙村 已查 was replaced by the town's 19).
 */
const OWN_WHOLE_LINE = /^\s*(?:(?:全|本)(?:镇|乡|街道|街|村|社区)|合计|总计|共计|汇总|总共|一共)/;

/** The label a unit's line opens with, up to its first figure (大河村九小场所12家… → 九小场所). */
const OPENING_LABEL = /^[\s:：]*([\u4e00-\u9fa5]{2,12}?)\s*[:：]?\s*\d/;
/** Words that make a line a heading of a report rather than an item's name (情况, 如下, 汇总). */
const HEADING_WORDS = /情况|如下|汇总|合计|统计|各村|各社区|报告|报送|上报/;
/** A unit's line whose first figure comes right after the name (双龙村9家已查7家). */
const FIGURE_FIRST = /^[\s:：]*\d/;

/**
 * PARALLEL_UNIT_LINES: 大河村九小场所12家已查12家，双龙村9家已查7家 / 九小场所：大河村12家已查12家，双龙村9家已查7家 — units
 * listed the same way leave out, after the first, the label their lines open with; a line whose first figure follows the
 * unit's name at once takes the label the line before it opened with (or the heading above the units), as the reporter
 * would have typed it in full. Without it, 9家 had no label beside 已查7家 and was dropped. Returns the line and the
 * opening label in force after it.
 */
function labelFirstFigure(line: string, nameEnd: number, opening: string, namesField: (words: string) => boolean): [string, string] {
  const rest = line.slice(nameEnd);
  const label = OPENING_LABEL.exec(rest)?.[1];
  if (label && namesField(label)) return [line, label];
  if (opening && FIGURE_FIRST.test(rest)) return [`${line.slice(0, nameEnd)}${opening}${rest}`, opening];
  return [line, label ? '' : opening];
}

/**
 * JOINED_TO_WHAT_FOLLOWS: the end of a line (at most two characters, trailing space trimmed) that ties the unit named
 * next to it: 其中石桥村12户 is a part of the reporter's own figure, 和白沙村一样 a comparison. Tested on the tail only,
 * so a long line is not rescanned from every position for each name in it.
 */
const JOINED_TO_WHAT_FOLLOWS = /(?:[，,；;。]|其中|包括|包含|含|除了?|以及|和|与|及|跟|同|比)$/;

/**
 * 高坪村排查六件…湖光村排查四件 / 更正：大西门社区… (voice, one run): the full name of a unit the reporter speaks for,
 * said after other words on its line, starts that unit's part as a new line would.
 */
function breakBeforeUnitsSpokenFor(text: string, speaksFor: (name: string) => string | null): string {
  let out = '';
  let at = 0;
  for (let m = NAME_SUFFIX.exec(text); m; m = NAME_SUFFIX.exec(text)) {
    const end = m.index + m[0].length;
    for (let start = end - m[0].length - 2; start >= Math.max(at, end - m[0].length - 6); start--) {
      const name = text.slice(start, end);
      if (!/^[\u4e00-\u9fa5]+$/.test(name)) break;
      if (speaksFor(name) === null) continue;
      const lineBefore = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
      // (其中石桥村12户 / 和白沙村一样: a part of the reporter's own figure, or a comparison)
      if (/[\u4e00-\u9fa5\d]/.test(lineBefore) && !JOINED_TO_WHAT_FOLLOWS.test(lineBefore.trimEnd().slice(-2))) {
        out += `${text.slice(at, start).replace(/[\s:：]+$/, '')}\n`;
        at = start;
      }
      break;
    }
  }
  NAME_SUFFIX.lastIndex = 0;
  return at === 0 ? text : out + text.slice(at);
}

/**
 * 华新：九小场所56家 from 华新社区: the reporter's own unit named without its suffix (or with it) at the start of a
 * line or before a colon is no label; it is blanked (length kept) unless it is part of a field's name.
 */
export function hideOwnName(text: string, ownUnit: string, namesField: (words: string) => boolean = () => false): string {
  const core = ownUnit.replace(UNIT_SUFFIX, '');
  if (core.length < 2 || !text.includes(core) || namesField(core)) return text;
  const escaped = [ownUnit, core].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return text.replace(new RegExp(`(^|\\n)(\\s*)(${escaped})(?=[\\s:：,，(（\\u4e00-\\u9fa5\\d])`, 'g'), (_m, lead: string, space: string, name: string) =>
    lead + space + ' '.repeat(name.length));
}

/** The places above a unit in its official name: 綦江区古南街道 in 綦江区古南街道永新社区居民委员会. */
const PLACE_CHAIN = /^(?:[\u4e00-\u9fa5]{1,6}?(?:省|自治区|市|自治县|县|区|街道|镇|乡)){1,4}$/;
/** The body a unit's official name ends with: 居民委员会, 村民委员会, 人民政府, 街道办事处. */
const ORGAN = /^(?:居民委员会|村民委员会|居委会|村委会|人民政府|办事处)/;

/**
 * OFFICIAL_NAME: 綦江区古南街道永新社区居民委员会：… / 城口县明通镇人民政府：…: a unit signing with its full official
 * name. The places above the unit (which the roster may hold too: the street over the community) and the body after it
 * are blanked (length kept) where the name is one of `names` (the reporter's own unit and those it speaks for), so the
 * line reads as opening with that unit's name.
 */
export function hideOfficialNames(text: string, names: string[]): string {
  const edits: Array<[number, number, string]> = [];
  for (const name of names) {
    if (name.replace(UNIT_SUFFIX, '').length < 2) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      // an official name opens its line: the places above the unit are a few words at most (one window, not the line)
      const from = Math.max(0, at - 40);
      const newline = text.lastIndexOf('\n', at - 1);
      if (newline < from - 1 && from > 0) continue;
      const lineStart = Math.max(newline + 1, from);
      const before = text.slice(lineStart, at);
      const lead = /^[\s:：]*/.exec(before)![0].length;
      const chain = before.slice(lead);
      const organ = ORGAN.exec(text.slice(at + name.length, at + name.length + 6))?.[0] ?? '';
      if ((chain && !PLACE_CHAIN.test(chain)) || (!chain && !organ)) continue;
      if (chain) edits.push([lineStart + lead, at, ' '.repeat(chain.length)]);
      if (organ) edits.push([at + name.length, at + name.length + organ.length, ' '.repeat(organ.length)]);
    }
  }
  if (!edits.length) return text;
  edits.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let cursor = 0;
  for (const [s, e, w] of edits) {
    if (s < cursor) continue;
    parts.push(text.slice(cursor, s), w);
    cursor = e;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}
