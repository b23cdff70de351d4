// Finds the numbers written in a reply (120, 1.28万, 一百二十, 两) together with the measure word after them (户, 人次, 万元).
import { parseChineseInteger, roundFloat } from '../numbers.js';

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
}

/** Measure words officials put after figures. Candidate fields' own units are added per reply. */
export const COMMON_UNITS = [
  '万元', '千元', '亿元', '元', '人次', '户次', '次', '户', '人', '名', '位', '家', '处', '具', '个', '件', '起', '条',
  '座', '栋', '间', '辆', '台', '所', '项', '只', '套', '场次', '批', '吨', '亩', '公里', '千米', '平方米', '平米', '米',
  '%', '张', '份', '册', '支', '块', '根', '组', '宗', '例', '床', '本', '篇', '期', '处次', '点位', '个点位', '口人', '口',
];

const NUMBER_RE = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?|[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億]+/g;
// w / W: the chat shorthand for 万 (1.2w户, 3w元), only right after an Arabic number and not inside a word.
const MULTIPLIERS: Record<string, number> = { 万: 10_000, 萬: 10_000, w: 10_000, W: 10_000, 千: 1000, 亿: 1e8, 億: 1e8, 百: 100, 佰: 100 };
const TAIL_UNITS: Record<string, number> = { 千: 1000, 仟: 1000, 百: 100, 佰: 100, 十: 10, 拾: 10 };

/**
 * The smaller parts written after an Arabic number and its order of magnitude, as in speech: 4万6千, 1万2千5百,
 * 3千2百, and a bare last digit that takes the next order down (1万2 → 12000, 3千2 → 3200) unless a 零 comes
 * before it (1百零5 → 105). `whole`: the leading number had no decimals (1.2万3 is not a number).
 */
function readTail(rest: string, magnitude: number, whole: boolean): { add: number; length: number } | null {
  let add = 0;
  let length = 0;
  let last = magnitude;
  for (;;) {
    const m = /^(零)?(\d+)([千仟百佰十拾])?/.exec(rest.slice(length));
    if (!m) break;
    const digits = Number(m[2]);
    const unit = m[3] ? TAIL_UNITS[m[3]]! : 0;
    if (unit) {
      if (unit >= last || digits * unit >= last) break;
      add += digits * unit;
      last = unit;
      length += m[0].length;
      continue;
    }
    if (!whole || m[2]!.length !== 1) break;
    if (m[1]) add += digits;
    else if (last >= 100) add += digits * (last / 10);
    else break;
    length += m[0].length;
    break;
  }
  return length ? { add, length } : null;
}
/** A number right before these is a date, a time, an age or an ordinal, not a figure. */
const NOT_A_FIGURE_AFTER = /^\s*(?:年|月|日|号|时|点(?!位)|分钟|秒|岁|周岁|季度|楼|层|届|个月|个季度|个工作日|个小时|个星期|周|星期|倍|级|类|成)/;
const NOT_A_FIGURE_BEFORE = /(?:[A-Za-z.\d第周]|星期|礼拜)$/;
const ONLY_ORDERS_OF_MAGNITUDE = /^[百千万亿佰仟萬億]+$/;
const MAX_CHINESE_RUN = 12;

/** Units longest first, so 人次 wins over 人 and 万元 over 元. */
export function unitList(extra: Iterable<string>): string[] {
  const set = new Set(COMMON_UNITS);
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
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m; m = NUMBER_RE.exec(text)) {
    const start = m.index;
    let tokenEnd = start + m[0].length;
    if (blocked[start] || blocked[tokenEnd - 1]) continue;
    const before = text.slice(Math.max(0, start - 2), start);
    if (NOT_A_FIGURE_BEFORE.test(before)) continue;
    const chinese = m[1] === undefined;
    let base: number | null;
    let multiplier = 1;
    if (chinese) {
      if (m[0].length > MAX_CHINESE_RUN || ONLY_ORDERS_OF_MAGNITUDE.test(m[0])) continue;
      base = parseChineseInteger(m[0]);
    } else {
      base = Number(m[0].replace(/,/g, ''));
      const mult = /^\s*([万萬千亿億百佰]|[wW](?![A-Za-z]))/.exec(text.slice(tokenEnd, tokenEnd + 4));
      if (mult) {
        multiplier = MULTIPLIERS[mult[1]!]!;
        tokenEnd += mult[0].length;
        const tail = readTail(text.slice(tokenEnd, tokenEnd + 12), multiplier, m[2] === undefined);
        if (tail) {
          base = (base * multiplier + tail.add) / multiplier;
          tokenEnd += tail.length;
        }
      }
    }
    if (base === null || !Number.isFinite(base)) continue;
    const rest = text.slice(tokenEnd, tokenEnd + 8);
    if (NOT_A_FIGURE_AFTER.test(rest)) continue;
    if (/^[A-Za-z]/.test(rest)) continue;
    // 20余户 / 30多人: approximate but still the figure given.
    let unitStart = tokenEnd;
    const approx = /^(?:余|多)/.exec(rest);
    if (approx) unitStart += approx[0].length;
    while (text[unitStart] === ' ') unitStart++;
    const unit = unitAt(text, unitStart, units);
    const end = unit ? unitStart + unit.length : tokenEnd;
    found.push({
      start, end, raw: text.slice(start, end), base, multiplier, value: roundFloat(base * multiplier), unit, chinese,
    });
    NUMBER_RE.lastIndex = end;
  }
  return found;
}
