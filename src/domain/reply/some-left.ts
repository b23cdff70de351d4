// SOME_LEFT_THE_COUNT: 百岁老人有三个其中一个上个月去世了 / 百岁老人原来4个 走了一个 / 低保户95户，里面有3户注销了 — a count, then in
// the same sentence some of those counted said to have left it (died, moved out, been struck off), and no figure after
// that says what the count is now: whether the figure given is before or after they left cannot be told, so it is asked
// back, never stored (3 was stored though one of the three had died).
import { parseChineseInteger } from '../numbers.js';
import type { InvalidValue, ParsedValue } from './reply-types.js';
import type { Sentence } from './segment.js';

const NUMERAL = '(?:\\d+|[一二两三四五六七八九十]+)';
/** Leaving the count: dying, moving out, being struck off. */
const LEFT_THE_COUNT = '(?:去世|过世|离世|病故|亡故|死亡|迁出|迁走|搬走|搬离|注销|销户|退出|停保)';
/** 其中一个…去世了 / 有3户注销了 (the few, then what happened to them) or 走了一个 (what happened, then how many). */
const SOME_LEFT = new RegExp(
  `(?:(?:其中|里面|当中|里头|有)\\s*${NUMERAL}\\s*[个人位名户家]?[^，,。；;\\d]{0,8}?(?:${LEFT_THE_COUNT}|走了)|(?:${LEFT_THE_COUNT}|走)了\\s*${NUMERAL}\\s*[个人位名户家])`,
);

const FIGURE = /\d|[一二两三四五六七八九十]+\s*[个人位名户家]/;

/** The values to ask back instead of storing: each moved from `values` to `invalid` (keys as in ReplyState). */
export function askWhereSomeLeft(
  plain: string, sentences: readonly Sentence[], values: Map<string, ParsedValue>, invalid: Map<string, InvalidValue>,
  labelOf: (field: string) => string, namesAnotherItem: (words: string, field: string) => boolean,
): void {
  for (const [key, v] of [...values]) {
    if (v.correction) continue;
    for (const s of sentences) {
      const text = plain.slice(s.start, s.end);
      const at = text.indexOf(v.raw);
      if (at < 0) continue;
      const m = SOME_LEFT.exec(text.slice(at + v.raw.length));
      // (本月出生1人，死亡2人: words that name another item are that item's figure, not some who left; 80岁以上92人，百岁老人
      // 有三个其中一个…去世了: said after another figure or another item's name, it is of that count)
      // (焚烧刚才报的86株 核实后是82株 有4株是…拉走了: the figure is already the count after they left, 86 − 4)
      if (m && leftBefore(text.slice(0, at), m[0], v.value)) continue;
      const between = m ? text.slice(at + v.raw.length, at + v.raw.length + m.index!) : '';
      if (!m || namesAnotherItem(m[0], v.field) || FIGURE.test(between) || namesAnotherItem(between, v.field)) continue;
      // (有3户注销了，实际是92户: a figure after it, in its clause or the next one naming no other item, says the count
      // now; that one was read. 其中一个上个月去世了，独居老人户数31户: the next clause's figure is another item's.)
      const [own = '', next = ''] = text.slice(at + v.raw.length + m.index! + m[0].length).split(/[，,；;。]/);
      if (FIGURE.test(own) || (FIGURE.test(next) && !namesAnotherItem(next, v.field))) continue;
      values.delete(key);
      invalid.set(key, {
        field: v.field, period: v.period, raw: v.raw,
        reason: `“${v.raw}”之后说到“${m[0].trim()}”：现在是多少？请回复${labelOf(v.field)}的准确数`,
      });
      break;
    }
  }
}

/** An earlier figure in the sentence less the number said to have left is the figure given. */
function leftBefore(before: string, said: string, value: unknown): boolean {
  const m = /\d+|[一二两三四五六七八九十]+/.exec(said);
  const left = m ? (/\d/.test(m[0]) ? Number(m[0]) : parseChineseInteger(m[0])) : null;
  if (left === null || typeof value !== 'number') return false;
  return [...before.matchAll(/\d+(?:\.\d+)?/g)].some((f) => Math.abs(Number(f[0]) - left - value) < 1e-9);
}
