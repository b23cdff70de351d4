// PARTS_THEN_TOTAL: parts of an item, each a few words of its kind and a figure, then their total after a sum word
// (特困供养人数：集中4 分散8 合计12 / 检查楼院：平房大杂院4 楼房5 合计9 / 苗木：侧柏3000 山杏1500 共4600株 / 电缆井堆放杂物3处
// 飞线充电2处 合计隐患6处). The total is the item's figure when the parts add up to it; when they do not (侧柏3000 山杏1500
// 共4600株), which of them is wrong cannot be told, so the total is asked about, never stored. Either way the parts are no
// figures of their own: read one by one, a part's words named an item nobody asked (集中 of 集中供养特困人数, and the total after
// it was taken as that item's too: nothing stored), named the item itself (楼房 of 检查楼院: 5 stored, the total dropped), or
// named another open item (堆物 of 清理堆物).
import type { CandidateIndex } from './candidate-index.js';
import { bestNumericField, namesAnyField } from './phrases.js';
import type { Quantity } from './quantities.js';

/** A sum word, maybe the item's words after it, right before the total (合计12 / 共4600株 / 合计隐患6处 / 一共是5人). */
const SUM_BEFORE = /^[\s，,、]*(?:合计|共计|总计|一共|总共|小计|共)((?:(?![是为有])[\u4e00-\u9fa5]){0,8})(?:是|为|有)?\s*[:：]?\s*$/;
/** Between two parts: only the next part's words of its kind (山杏 in 侧柏3000 山杏1500). */
const NEXT_PART = /^[\s，,、]*([\u4e00-\u9fa5]{1,8})\s*$/;
/** Before the first part: the label (or anything), a space, colon or pause, then the part's words (特困供养人数：集中). */
const FIRST_PART = /(?:^|[\s:：，,、；;。])([\u4e00-\u9fa5]{1,8})\s*$/;
/** Words of a unit the reporter may list with its figure (大河村12户): a list of units, not the parts of an item (农村 / 城镇 are kinds). */
const UNIT_WORD = /(?<![农城乡])(?:村|镇|乡)$|(?:社区|街道|居委会?)$/;
/** Words of time, of change or of a share: a figure said with them is no part (上月4 本月8 / 新增2). */
const NOT_A_KIND = /月|周|年|季|日|天|去年|今年|新增|增加|减少|其中|累计|共|合计|总|已|剩|还有|另/;

export interface PartsThenTotal {
  /** [start, end) of each part's words and figure: blanked, so nothing reads them. */
  spans: Array<[number, number]>;
  /** The totals whose parts do not add up to them (by where the total starts), with the sum of the parts: asked about, not stored. */
  unsummed: Map<number, number>;
}

/**
 * The parts-then-total layouts in a reply. `text` is the reply as read (period words kept), `quantities` its figures in
 * order. With no item named by the label or the total, a part's words must name no open item (低保户30户 特困12户 共42户
 * are two items, not two parts).
 */
export function partsThenTotal(text: string, quantities: readonly Quantity[], index: CandidateIndex): PartsThenTotal {
  const found: PartsThenTotal = { spans: [], unsummed: new Map() };
  for (let t = 2; t < quantities.length; t++) {
    const total = quantities[t]!;
    const sum = SUM_BEFORE.exec(text.slice(quantities[t - 1]!.end, total.start));
    if (!sum) continue;
    const totalWords = sum[1]!;
    if (totalWords && !namesAnyField(totalWords, index)) continue;
    // walk back over the parts: each run straight on from the one before, with only its words between
    const parts: Array<{ q: Quantity; words: string; from: number }> = [];
    let p = t - 1;
    for (; p >= 1; p--) {
      const q = quantities[p]!;
      const gap = NEXT_PART.exec(text.slice(quantities[p - 1]!.end, q.start));
      if (!gap) break;
      parts.unshift({ q, words: gap[1]!, from: q.start - text.slice(quantities[p - 1]!.end, q.start).trimStart().length });
    }
    const first = quantities[p]!;
    const before = text.slice(p > 0 ? quantities[p - 1]!.end : 0, first.start);
    const opening = FIRST_PART.exec(before);
    if (!opening) continue;
    const glued = gluedLabel(opening[1]!, index);
    const firstWords = glued ? opening[1]!.slice(glued.length) : opening[1]!;
    parts.unshift({ q: first, words: firstWords, from: first.start - firstWords.length - (before.length - before.trimEnd().length) });
    if (parts.length < 2) continue;
    // (低保户30户特困12户共42户: with the label glued on, no part's words may name an open item: two items, not parts)
    if (glued && parts.some((part) => namesAnyField(part.words, index))) continue;
    const label = glued ?? before.slice(0, before.length - opening[0].length).split(/[。；;\n]/).pop() ?? '';
    if (!fits(parts, total, label, totalWords, index)) continue;
    for (const part of parts) found.spans.push([part.from, part.q.end]);
    const added = parts.reduce((s, part) => s + part.q.value, 0);
    if (Math.abs(added - total.value) > 1e-6 * Math.max(1, Math.abs(total.value))) found.unsummed.set(total.start, added);
  }
  return found;
}

function fits(
  parts: ReadonlyArray<{ q: Quantity; words: string }>, total: Quantity, label: string, totalWords: string, index: CandidateIndex,
): boolean {
  const doubtful = (q: Quantity): boolean => q.approximate || q.tentative || !!q.bound || q.negative || q.unsafe;
  if (doubtful(total) || parts.some((part) => doubtful(part.q))) return false;
  // (低保户30户 特困12人: parts said in another measure word than the total's, or in two, are not one item's parts)
  const units = new Set(parts.map((part) => part.q.unit).filter(Boolean));
  if (units.size > 1 || (total.unit && units.size === 1 && !units.has(total.unit))) return false;
  if (parts.some((part) => part.q.multiplier !== total.multiplier && !part.q.chinese && !total.chinese)) return false;
  if (parts.some((part) => UNIT_WORD.test(part.words) || NOT_A_KIND.test(part.words))) return false;
  // (合计隐患6处 / 隐患：楼道堆物4 私拉乱接2 共7处: the total's words or the label name the item, and the parts are its
  // parts whatever their own words share with another item — 堆物 with 清理堆物; with no item named, a part's words that
  // name an open item make it that item's figure)
  if ((totalWords && bestNumericField(totalWords, index)) || (label.trim() && bestNumericField(label, index))) return true;
  return parts.every((part) => !namesAnyField(part.words, index));
}

/**
 * GLUED_LABEL: 百岁老人男2女5共8人 — the item's name typed straight on into the first part's words (百岁老人 + 男): the longest
 * start of the words that names an item, when what is left (1 to 4 characters) names none, is the label. Read as one
 * part's words, they named the item itself and the layout was not seen (8 was stored though 2 + 5 is 7).
 */
const MAX_GLUED_KIND = 4;
/** A measure word left after the name (低保户 read as 低保 + 户) is the name's own end, not a kind. */
const MEASURE_WORD = /^(?:户|人|人次|户次|个|处|家|次|元|亩|间)$/;

function gluedLabel(words: string, index: CandidateIndex): string | null {
  // (低保户数128 人数203 共331: words that are an item's own name whole are that name, nothing glued on)
  if (index.numericEntries.some((e) => e.names.includes(words))) return null;
  for (let k = words.length - 1; k >= Math.max(2, words.length - MAX_GLUED_KIND); k--) {
    const label = words.slice(0, k);
    const kind = words.slice(k);
    if (bestNumericField(label, index) && !namesAnyField(kind, index) && !NOT_A_KIND.test(kind) && !UNIT_WORD.test(kind) && !MEASURE_WORD.test(kind)) return label;
  }
  return null;
}
