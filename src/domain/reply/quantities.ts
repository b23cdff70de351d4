// Finds the numbers written in a reply (120, 1.28万, 一百二十, 两) together with the measure word after them (户, 人次, 万元).
import { APPROX_AFTER_UNIT, readNumberAt } from '../numbers.js';
import { ROSTER_UNITS } from './measures.js';

export interface Quantity {
  /** Index of the first digit. */
  start: number;
  /** Index just past the unit (or the number when there is none). */
  end: number;
  raw: string;
  /** The number as written, without the 万/千 multiplier. */
  base: number;
  /** 1, 1000, 10000 or 1e8 when a multiplier follows an Arabic number (1.28万); Chinese numerals fold it into base. */
  multiplier: number;
  value: number;
  /** Measure word after the number ('' when none). */
  unit: string;
  /** Written in Chinese numerals (these need more evidence before they count as a figure). */
  chinese: boolean;
  /** 负5, -5. */
  negative: boolean;
  /** 约三百八, 1.2万左右, 20余户: an estimate, never stored as an exact figure. */
  approximate: boolean;
  /** More digits than can be kept exactly. */
  unsafe: boolean;
  /** 可能是88: the writer is unsure. */
  tentative: boolean;
  /** The writer's words that make the figure tentative when they are not 可能 (吧我再确认下, 不算外出务工的话). */
  doubt?: string;
  /** 400亩以上 / 500以下: a bound, never a figure to record. */
  bound?: boolean;
}

/** 十几 / 十多 / 十来 / 10几 / 10多 / 10余: ten and some more (see TEN_AND_SOME). */
const TEN_AND_SOME = /^(?:[十拾]|10)(?:几|多|来|余)/;

/** Measure words officials put after figures. Candidate fields' own units are added per reply. */
export const COMMON_UNITS = [
  '万元', '千元', '亿元', '元', '人次', '户次', '次', '户', '人', '名', '位', '家', '处', '具', '个', '件', '起', '条',
  '座', '栋', '间', '辆', '台', '所', '项', '只', '头', '羽', '套', '场次', '批', '吨', '亩', '公里', '千米', '平方米', '平米', '米',
  '%', '张', '份', '册', '支', '块', '根', '组', '宗', '例', '床', '本', '篇', '期', '处次', '点位', '个点位', '口人', '口', '个人', '个人次',
];

/** Where a number may start: an Arabic digit, 百分之 or a Chinese numeral. */
const NUMBER_START = /\d|百分之|[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億]/g;
/**
 * A number right before these is a date, a time, an age or an ordinal, not a figure. FLOOR_OR_NOUN: 楼 is a floor (3楼)
 * only when it does not open a noun of buildings (平房大杂院4 楼房5 合计9: 楼房 is the next part's word, and the 4 was lost).
 */
const NOT_A_FIGURE_AFTER = /^\s*(?:年|月|日|号|时|点(?!位)|分钟|秒|岁|周岁|季度|楼(?![房道栋院宇盘])|层|届|天|个月|个季度|个工作日|个小时|个星期|周|星期|倍|级|类|成)/;
const TENTHS = /^成(?![本功立员果绩效熟交为])/;
const NOT_A_FIGURE_BEFORE = /(?:[A-Za-z.\d第周]|星期|礼拜)$/;
const ONLY_ORDERS_OF_MAGNITUDE = /^[百千万亿佰仟萬億]+$/;
const MAX_CHINESE_RUN = 12;
/** BOUND_AFTER: 2人次以上 / 500以下 / 30户以内: the words right after a figure (and its measure word) that make it a bound. */
const BOUND_AFTER = /^(?:以上|以下|以内|之内|开外)/;

/** Units longest first, so 人次 wins over 人 and 万元 over 元. */
export function unitList(extra: Iterable<string>): string[] {
  const set = new Set([...COMMON_UNITS, ...ROSTER_UNITS]);
  for (const u of extra) if (u) set.add(u);
  return [...set].sort((a, b) => b.length - a.length);
}

function unitAt(text: string, i: number, units: readonly string[]): string {
  for (const u of units) if (text.startsWith(u, i)) return u;
  return '';
}

/**
 * Every figure-like number in the text. `blocked[i] = 1` marks characters that belong to something else (a label
 * such as 九小场所 or 两项补贴, a date): numbers starting there are skipped.
 */
export function findQuantities(text: string, blocked: Uint8Array, units: readonly string[]): Quantity[] {
  const found: Quantity[] = [];
  NUMBER_START.lastIndex = 0;
  for (let m = NUMBER_START.exec(text); m; m = NUMBER_START.exec(text)) {
    const at = m.index;
    const token = readNumberAt(text, at);
    if (!token) {
      // skip the whole run of numerals so its middle is never read as a number of its own (三四户 is not 四户)
      NUMBER_START.lastIndex = runEnd(text, at);
      continue;
    }
    NUMBER_START.lastIndex = token.end;
    const digitsAt = token.percent ? at + 3 : at;
    if (blocked[digitsAt] || blocked[token.end - 1]) continue;
    if (NOT_A_FIGURE_BEFORE.test(text.slice(Math.max(0, at - 2), at))) continue;
    if (token.chinese && !token.decimal) {
      const run = text.slice(digitsAt, token.end).replace(/(?:余|多|来|出头)$/, '');
      // 百分之百 is 100%, though 百 alone is no figure
      if (run.length > MAX_CHINESE_RUN || (ONLY_ORDERS_OF_MAGNITUDE.test(run) && !(token.percent && run === '百'))) continue;
    }
    if (!Number.isFinite(token.base)) continue;
    const rest = text.slice(token.end, token.end + 8);
    // 八成 / 9成: tenths, a percentage (约八成 → 80%).
    if (TENTHS.test(rest) && !token.percent) {
      let end = token.end + 1;
      // 六成五 / 8成5 / 六成半: the digit after 成 that ends the figure is its hundredths (65%, 85%, 65%)
      const after = HUNDREDTHS_AFTER_TENTHS.exec(text.slice(end, end + 3));
      const hundredths = after ? (after[0] === '半' ? 5 : DIGIT_VALUE.indexOf(after[0]) % 10) : 0;
      if (after) end += 1;
      const percent = token.value * 10 + hundredths;
      found.push({
        start: token.start, end, raw: text.slice(token.start, end), base: percent, multiplier: 1, value: percent,
        unit: '%', chinese: token.chinese, negative: token.negative, approximate: token.approximate, unsafe: token.unsafe,
        tentative: token.tentative,
      });
      NUMBER_START.lastIndex = end;
      continue;
    }
    // 96个小时 for a field counted in 小时 is that field's figure, not a time span
    const span = /^\s*个?(小时|天|月)/.exec(rest);
    // (两万一年画: a Chinese numeral in tens of thousands is never a year, an age or a date.)
    const yearAfter = /^\s*年/.test(rest) && token.chinese && /[万萬亿億]/.test(text.slice(token.start, token.end));
    if (NOT_A_FIGURE_AFTER.test(rest) && !yearAfter && !(span && units.includes(span[1]!) && !COMMON_UNITS.includes(span[1]!))) continue;
    if (/^[A-Za-z]/.test(rest)) continue;
    let unitStart = token.end;
    while (text[unitStart] === ' ') unitStart++;
    if (span && text[unitStart] === '个' && units.includes(span[1]!)) unitStart++;
    let unit = token.percent ? '%' : unitAt(text, unitStart, units);
    // 低保户120 人数208: after a space, a measure word that runs on into a word is the next label (人数), not a unit.
    // (低保 户:128 人:203: nor one that a colon follows — it is the next figure's key, MEASURE_KEY; read as 128人 the two
    // figures were stored swapped)
    if (unit && unitStart > token.end && (/[\u4e00-\u9fa5]/.test(text[unitStart + unit.length] ?? '') || /^\s*[:：]/.test(text.slice(unitStart + unit.length)))
      && !/^\s*(?:左右|上下|出头)/.test(text.slice(unitStart + unit.length))) {
      unit = '';
      unitStart = token.end;
    }
    let end = unit && !token.percent ? unitStart + unit.length : token.end;
    // TENTHS_AFTER_MEASURE: 两吨半 is 2.5吨 and 2吨3 is 2.3吨, as people say a whole and its tenths around a measure of the
    // roster (measures.ts); the tenth is one digit that ends the figure.
    let tenths = 0;
    if (unit && ROSTER_UNITS.includes(unit) && token.multiplier === 1 && !token.decimal && !token.percent && Number.isInteger(token.value)) {
      const after = TENTHS_AFTER_MEASURE.exec(text.slice(end, end + 3)) ?? (token.chinese ? SPOKEN_TENTH_IN_A_RUN.exec(text.slice(end, end + 2)) : null);
      if (after) {
        tenths = after[0] === '半' ? 0.5 : DIGIT_VALUE.indexOf(after[0]) % 10 / 10;
        end += 1;
      }
    }
    // MONEY_AFTER_KUAI: 七块二 / 9块3 / 三块五毛 / 三块零五 are 7.2, 9.3, 3.5 and 3.05 元, as people say a price: 块 is the
    // spoken 元 and the digits after it its 角 (tenths) and 分 (hundredths), ending the figure (or followed straight by the
    // next item's words in a voice run: 四十七块五收入…). A bare 九块 stays as it was.
    if (unit === '块' && token.multiplier === 1 && !token.decimal && !token.percent && Number.isInteger(token.value)) {
      const after = MONEY_AFTER_KUAI.exec(text.slice(end, end + 6));
      if (after) {
        tenths = (after[1] ? DIGIT_VALUE.indexOf(after[1]) % 10 / 10 : 0) + ((after[2] ?? after[3]) ? DIGIT_VALUE.indexOf((after[2] ?? after[3])!) % 10 / 100 : 0);
        tenths = Math.round(tenths * 100) / 100;
        end += after[0].length;
        unit = '元';
      }
    }
    // 两个人次 counts 人次, as 两个人 counts 人
    if (unit === '个人次') unit = '人次';
    const around = APPROX_AFTER_UNIT.exec(text.slice(end, end + 10));
    if (around) end += around[0].length;
    const bound = !around && BOUND_AFTER.exec(text.slice(end, end + 2));
    if (bound) end += bound[0].length;
    // SOME_TENS: 几十万 / 几百人 says only the figure's order of size: no figure, asked like a bound.
    const someTens = token.chinese && text[token.start - 1] === '几' && /^[十拾百佰千仟万萬]/.test(text.slice(token.start));
    // TEN_AND_SOME: 十几户 / 十多处 / 10来个 — ten and some more leaves the ones unknown, as large as the ten said: 11 to 19 is no
    // estimate of 10 (stored as 约10), so it is asked like a bound. 六十几 / 二十来个 keep their tens and stay estimates.
    const tenAndSome = TEN_AND_SOME.test(text.slice(token.start, token.start + 4)) && !/[\d零〇一二两三四五六七八九]$/.test(text.slice(0, token.start));
    // (0.6万还是0.65万我再核一下: the second of two figures offered is read with the first as two readings, not doubted alone)
    const offeredSecond = /还是\s*$/.test(text.slice(Math.max(0, token.start - 3), token.start));
    const doubt = (offeredSecond ? null : doubtAfter(text, end)) ?? conditionBefore(text, token.start);
    // NOT_EVEN_ONE: 整改一份都没下 / 一家也没有: zero, said as not even one.
    const none = unit !== '' && isNotEvenOne(text, token.start, end);
    found.push({
      start: token.start, end, raw: text.slice(token.start, end), base: none ? 0 : token.base + tenths, multiplier: token.multiplier,
      value: none ? 0 : token.value + tenths, unit, chinese: token.chinese, negative: token.negative,
      approximate: token.approximate || !!around, unsafe: token.unsafe, tentative: token.tentative || doubt !== null,
      ...(doubt !== null && !token.tentative ? { doubt } : {}),
      ...(bound || someTens || tenAndSome ? { bound: true } : {}),
    });
    NUMBER_START.lastIndex = end;
  }
  return found;
}

/**
 * DOUBTED_AFTER: 农户是43户吧我再确认下 / 完成率59.3%吧我再算算 / 43户 我再核一下 / 12台吧 不太确定: right after the figure (and its
 * measure word) the writer says they will check it again, or are not sure of it — 吧 and a checking verb after 再
 * (确认, 核, 算, 问, 对, 查, 数, 看 — 68%吧 我再看下系统), or 不太确定 / 记不清 / 拿不准. The figure is tentative, as 可能是43户 is:
 * asked about, never stored.
 */
const DOUBTED_AFTER = /^\s*(?:吧\s*[，,、]?\s*(?:我们?|等我|回头)?(?:还得|还要|得|要)?再去?(?:确认|核实|核对|核|算|问|对|查|数|看)|[，,、]?\s*(?:我们?|等我|回头)(?:还得|还要|得|要)?再去?(?:确认|核实|核对|核|算|问|对|查|数|看)|吧?\s*[，,、]?\s*(?:不太确定|不确定|记不清|记不太清|拿不准))/;
/**
 * COUNTED_IF_BEFORE: 不算外出务工流转出去的话是186户 / 算上是210户 / 算的话是8台 / 不含县里配套的话是3.96万: a figure said
 * under a condition on what is counted is one reading of two, and which one the report wants is not said: tentative,
 * asked about. 结算 / 核算 / 计算 / 预算 / 打算 / 换算 are other words; a condition that names nothing counted
 * (评估的话是2个人, 看不清的话：) is none. The item's words may stand between the condition and its figure (不算空挂户的话在校就读是6人):
 * the condition still holds the figure of its clause.
 */
const COUNTED_IF_BEFORE = /(?:(?:(?:要是|如果)?不?(?<![结核计预打换总清])算(?:上|进去|在内|进来)?|不?含|不?包括|扣除|除去|去掉|除开)[^，。；;,！!？?\n]{0,16}?的话(?:[，,\s]*[\u4e00-\u9fa5]{1,8}?)?|不?(?<![结核计预打换总清])算(?:上|进去|在内|进来))[，,\s]*(?:就?是|为|有|就)\s*$/;

/**
 * NOT_EVEN_ONE: 整改一份都没下 / 隐患一处也没发现 / 一家也没有: 一 and a measure word, then 都/也 and 没/未, says not even one was
 * there or done: the figure is 0, not 1. Not when what was not done is reporting or counting (一个都没报, 一户也没统计: no
 * figure yet), and not 不 (一个都不少 says none is missing).
 */
const NOT_EVEN_ONE_AFTER = /^\s*(?:都|也)\s*(?:没|未)(?!\s*(?:报|统计|填|算|核|问|汇总|出来|收到|确定|数))/;

function isNotEvenOne(text: string, start: number, end: number): boolean {
  return text[start] === '一' && /^一\s*[\u4e00-\u9fa5]{1,2}$/.test(text.slice(start, end)) && NOT_EVEN_ONE_AFTER.test(text.slice(end, end + 8));
}

function doubtAfter(text: string, end: number): string | null {
  const m = DOUBTED_AFTER.exec(text.slice(end, end + 14));
  return m ? m[0].replace(/^[\s吧，,、]+/, '') : null;
}

function conditionBefore(text: string, start: number): string | null {
  const m = COUNTED_IF_BEFORE.exec(text.slice(Math.max(0, start - 26), start));
  return m ? m[0].replace(/[，,\s]*(?:就?是|为|有|就)\s*$/, '').replace(/(的话)[，,\s]*[\u4e00-\u9fa5]+$/, '$1') : null;
}

/** 半, or one digit followed by no other digit or measure: the tenths after a measure word (两吨半, 2吨3，). */
const TENTHS_AFTER_MEASURE = /^(?:半(?![年月天日个小])|[1-9一二三四五六七八九](?=$|[\s，,。；;、）)！!？?~～]))/;
/**
 * SPOKEN_TENTH_IN_A_RUN: 清垃圾一吨二出动36人次 / 一吨二是对的: in a voice run a whole said in words, a measure of the roster
 * and one digit in words is the whole and its tenths (1.2吨) even when the next words follow straight on, as 四十七块五收入…
 * is for 块 (MONEY_AFTER_KUAI): the digit ends the figure unless a numeral or a measure word follows it (一吨三车 is 1吨 and
 * 3 trucks, 一亩二分 is left as it was).
 */
const SPOKEN_TENTH_IN_A_RUN = /^[一二三四五六七八九](?=(?![零〇一二两三四五六七八九十百千万亿点个只头斤公吨亩米方升毛角分元块张年月日号天次人户处台辆家起件条份袋包箱车趟座棵株批名位项场所间套本])[\u4e00-\u9fa5])/;
const DIGIT_VALUE = '0123456789〇一二三四五六七八九';
/** After 块: a tenth (with 毛/角 or not) and maybe a hundredth (分), or 零 and a hundredth, that ends the figure. */
// (均价四十七块五收入四十九万四: in a voice run the next item's words end it too — a Chinese character that is no numeral,
// no measure and no money word)
const MONEY_AFTER_KUAI = /^(?:([1-9一二三四五六七八九])[毛角]?(?:([1-9一二三四五六七八九])分?)?|零([1-9一二三四五六七八九])分?)(?=$|[\s，,。；;、）)！!？?~～]|左右|钱|(?![零〇一二两三四五六七八九十百千万亿点个只头斤公吨毛角分元块张])[\u4e00-\u9fa5])/;
const HUNDREDTHS_AFTER_TENTHS = /^(?:半|[1-9一二三四五六七八九])(?=$|[\s，,。；;、）)！!？?~～]|左右)/;

const NUMERAL_RUN = /[\d零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億]+/y;

function runEnd(text: string, at: number): number {
  NUMERAL_RUN.lastIndex = at;
  const m = NUMERAL_RUN.exec(text);
  return m ? at + m[0].length : at + 1;
}
