// Items the notice asks of only some of its units: 其中第3项只需街道报送 / 养老机构床位数（仅涉农镇街填报） / 其中临时救助人次仅需
// 朱沱镇、松溉镇报送. Read from the structure of the ask: a clause of restriction (仅 / 只需 … 报送) said in an aside right after
// an item, or after 其中 naming the item by its place in the list (第3项) or by its name.
import type { FieldMatcher } from '../dictionary.js';
import type { FieldDef } from '../types.js';
import { findTargets, type UnitIndex } from './targets.js';

export interface ItemTargets {
  /** The item restricted: a dictionary key, or the label of a new item. */
  item: string;
  /** The units that report it (a subset of the request's targets); empty when the words name no unit the roster can tell. */
  targets: string[];
  /** The units as the notice words them (涉农镇街), for the lead. */
  words: string;
}

/**
 * ONLY_SOME_REPORT: 仅涉农镇街填报 / 只需街道报送 / 仅需朱沱镇、松溉镇报送 / 此项仅镇填报 / 仅限街道填写 — who alone reports, between
 * 仅 / 只 and the verb of reporting.
 */
const ONLY_SOME_REPORT = /(?:仅需?|只需?|只要|仅限|限)(?:由)?([^，,。；;（()）\s]{1,30}?)(?:填报|报送|上报|填写|提供|报)/;
/** 此项 / 该项 / 本项: the aside speaks of the item it follows. */
const THIS_ITEM = /^(?:此项|该项|本项|这项|此栏|该栏)/;
/** 其中第3项 / 第三项: the item by its place in the notice's list. */
const NTH_ITEM = /^(?:其中)?第([一二三四五六七八九十\d]{1,2})(?:项|个|条)/;
/** 其中临时救助人次仅需…: the item by its name, after 其中. */
const AMONG = /^(?:其中|另外|此外)\s*/;
/** Words that name units or a level of them: what a restriction of who reports must say. */
const UNIT_WORD = /镇|乡|街|村|社区|居委|单位/;
/** A bare level word (街道, 镇, 乡镇) reads as all units of that level (各街道). */
const LEVEL_WORD = /^(?:街道|镇|乡|乡镇|村|社区)$/;
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function ordinal(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 1) return DIGITS[s] ?? 0;
  // 十一 … 十九, 二十
  if (s.startsWith('十')) return 10 + (DIGITS[s[1]!] ?? 0);
  return (DIGITS[s[0]!] ?? 0) * 10 + (s[2] ? DIGITS[s[2]] ?? 0 : 0);
}

/** The units a restriction names, within the request's own targets; null when it names none the roster can tell. */
function unitsOf(words: string, units: UnitIndex, within: readonly string[]): string[] | null {
  const w = LEVEL_WORD.test(words) ? `各${words}` : words;
  const found = findTargets(w, units);
  if (!found.explicit) return null;
  const kept = found.targets.filter((id) => within.includes(id));
  return kept.length ? kept : null;
}

/**
 * Which item a piece of text names: a dictionary field among the request's items, or one of its new items. `items` are
 * the request's items in the order the notice lists them (keys, then new labels).
 */
function itemNamed(words: string, items: readonly string[], newLabels: readonly string[], matcher: FieldMatcher): string | null {
  const t = words.trim();
  if (!t) return null;
  const label = newLabels.find((l) => t.endsWith(l) || l.endsWith(t));
  if (label) return label;
  const best = matcher.best(t);
  return best && items.includes(best.field.key) ? best.field.key : null;
}

/**
 * LISTED_ORDER: 低保户数、独居老人探访次数、临时救助人次，其中第3项只需街道报送 — 第3项 counts the items as the notice lists them;
 * read as the dictionary's items first and the new ones after, the third was the new 独居老人探访次数. Each item is placed
 * where the body first names it (a new item by its label, a field by any of its names); when one cannot be placed the
 * order read is kept.
 */
function inListedOrder(body: string, items: string[], newLabels: readonly string[], dictionary: ReadonlyArray<FieldDef>): string[] {
  const at = (item: string): number => {
    if (newLabels.includes(item)) return body.indexOf(item);
    const field = dictionary.find((f) => f.key === item);
    const found = field ? [field.label, ...field.aliases].map((n) => body.indexOf(n)).filter((i) => i >= 0) : [];
    return found.length ? Math.min(...found) : -1;
  };
  const placed = items.map((item) => ({ item, at: at(item) }));
  if (placed.some((p) => p.at < 0)) return items;
  return placed.sort((a, b) => a.at - b.at).map((p) => p.item);
}

/**
 * The items an ask restricts to some of its units. `body` is the notice's text the items were read from; `fields` and
 * `newLabels` the items read, in the order listed; `targets` the request's units.
 */
export function itemTargets(
  body: string, fields: readonly string[], newLabels: readonly string[], targets: readonly string[], units: UnitIndex, matcher: FieldMatcher,
  dictionary: ReadonlyArray<FieldDef> = [],
): ItemTargets[] {
  const items = inListedOrder(body, [...fields, ...newLabels], newLabels, dictionary);
  if (items.length < 2) return [];
  const out: ItemTargets[] = [];
  const add = (item: string | null, words: string): void => {
    // (仅需填报城市低保 restricts what is counted, not who reports)
    if (!item || !UNIT_WORD.test(words) || out.some((o) => o.item === item)) return;
    out.push({ item, targets: unitsOf(words, units, targets) ?? [], words });
  };
  // an aside right after an item: 养老机构床位数（仅涉农镇街填报） / 百岁老人人数（此项仅镇填报，街道不填）
  for (const m of body.matchAll(/[（(]([^（()）\n]{2,40})[）)]/g)) {
    const aside = m[1]!.trim().replace(THIS_ITEM, '');
    const only = ONLY_SOME_REPORT.exec(aside);
    if (!only || only.index !== 0) continue;
    const before = body.slice(0, m.index).split(/[、，,；;：:\n]|(?:和|及|与)(?=[\u4e00-\u9fa5])/).pop() ?? '';
    add(itemNamed(before.replace(/^\s*(?:\d{1,2}\s*[.、．]|[一二三四五六七八九十]{1,2}[、.．])/, ''), items, newLabels, matcher), only[1]!);
  }
  // a clause after the list: 其中第3项只需街道报送 / 其中临时救助人次仅需朱沱镇、松溉镇报送
  for (const clause of body.split(/[，,。；;\n]/)) {
    const c = clause.trim();
    if (!/^(?:其中|另外|此外)/.test(c) && !NTH_ITEM.test(c)) continue;
    const only = ONLY_SOME_REPORT.exec(c);
    if (!only) continue;
    const nth = NTH_ITEM.exec(c);
    if (nth) {
      add(items[ordinal(nth[1]!) - 1] ?? null, only[1]!);
      continue;
    }
    add(itemNamed(c.slice(0, only.index).replace(AMONG, ''), items, newLabels, matcher), only[1]!);
  }
  // every item restricted alike is no restriction of an item: the ask's own targets say who reports
  return out.length === items.length ? [] : out;
}
