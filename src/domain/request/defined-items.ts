import { partSpans, type Anatomy } from './anatomy.js';
import { LIST_MARKER } from './text.js';

/**
 * DEFINED_ITEM: （一）低保户数：指截至统计时点在保的户数 — an entry of a 统计口径 / 指标解释 section saying what a figure means
 * names an item of the notice. When the ask names none itself (请于每月3日前报送上月数据), these names are what it asks.
 */
const DEFINED_ITEM = /^([^：:，,。；;（(]{2,16})[:：]\s*(?:是指|指|即)/;

/** Spans of the names the notice's rules and item sections define, in text order. */
export function definedItemSpans(anatomy: Anatomy): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const [start, end] of partSpans(anatomy, ['rules', 'items'])) {
    const part = anatomy.text.slice(start, end);
    const marker = LIST_MARKER.exec(part);
    const from = marker ? marker[0].length : 0;
    const m = DEFINED_ITEM.exec(part.slice(from));
    if (m) spans.push([start + from, start + from + m[1]!.length]);
  }
  return spans;
}
