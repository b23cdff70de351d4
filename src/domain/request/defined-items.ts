import { partSpans, type Anatomy } from './anatomy.js';
import { LIST_MARKER } from './text.js';

/**
 * DEFINED_ITEM: （一）低保户数：指截至统计时点在保的户数 — an entry of a 统计口径 / 指标解释 section saying what a figure means
 * names an item of the notice. When the ask names none itself (请于每月3日前报送上月数据), these names are what it asks.
 */
const DEFINED_ITEM = /^([^：:，,。；;（(]{2,16})[:：]\s*(?:是指|指|即)/;
/**
 * DEFINED_IN_A_NUMBERED_NOTE: 填表说明：1.低保户数指截至11月30日在保户数；2.… — a numbered entry of a note that says what a
 * form's figure means, without a colon; only a short name that opens the entry, right before 指 / 是指.
 */
const DEFINED_ENTRY = /^([^：:，,。；;（(、\s]{2,12}?)(?:是指|系指|指)(?!导|定|出|示|挥|引|派|标)/;
/** Where a numbered entry opens inside a note: at its start, or after a stop, a colon or a line break. */
const ENTRY_OPENING = /(?:^|(?<=[；;。：:\n]))\s*(?:\d{1,2}\s*[.、．]|[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|[①-⑳])\s*/g;

/** Spans of the names the notice's rules and item sections define, in text order. */
export function definedItemSpans(anatomy: Anatomy): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const [start, end] of partSpans(anatomy, ['rules', 'items'])) {
    const part = anatomy.text.slice(start, end);
    const marker = LIST_MARKER.exec(part);
    const from = marker ? marker[0].length : 0;
    const m = DEFINED_ITEM.exec(part.slice(from));
    if (m) {
      spans.push([start + from, start + from + m[1]!.length]);
      continue;
    }
    for (const entry of part.matchAll(ENTRY_OPENING)) {
      const at = entry.index! + entry[0].length;
      const d = DEFINED_ENTRY.exec(part.slice(at));
      if (d) spans.push([start + at, start + at + d[1]!.length]);
    }
  }
  return spans;
}
