// A whole broken into its parts: 留守儿童要分别摸清父亲一方外出、母亲一方外出和父母双方都外出的数量. Each part is a
// field that refines the whole (父亲外出务工的留守儿童): the fields whose names hold the whole are its refinements, and each
// part is the one whose remaining words it shares most with.
import type { FieldMatcher } from '../dictionary.js';
import type { FieldDef } from '../types.js';

/** The whole (before 分别, in its own clause), the parts, and the measure they are counted in. */
const BREAKDOWN = /([^，,。；;：:、|]{2,12}?)(?:要|需|应|均|都)?分别(?:摸清|统计|填报|报送|列出|统计出|填写)?([^，,。；;]{2,60}?)的?(?:数量|人数|户数|数)/g;
const PART_SPLIT = /以及|[、和及与]/;

/** How much of a part the best refinement must share, and by how much more than the next one. */
const SHARE = 0.5;
const MARGIN = 0.1;

export interface Breakdown {
  fields: string[];
  /** The span read, so that its words are not read again as items of their own. */
  span: [number, number];
}

/**
 * BRACKETED_BREAKDOWN: 特困人员数（集中供养、分散供养分别统计） / 低保户数（城市、农村分别填报）: the parts come in a bracket right after
 * the item they break down, and 分别 (with its verb) closes the bracket. Read apart from BREAKDOWN, which names the whole before 分别.
 */
const BRACKETED_BREAKDOWN = /([^，,。；;：:、|（()）\s]{2,24})[（(]([^（()），,。；;]{2,40}?)(?:要|需|应|均|都)?分别(?:统计|填报|填写|列出|报送|计算|列明)?[)）]/g;

export function readBreakdowns(text: string, matcher: FieldMatcher): Breakdown[] {
  const out: Breakdown[] = readBracketedBreakdowns(text, matcher);
  for (const m of text.matchAll(BREAKDOWN)) {
    const whole = matcher.normalize(m[1]!);
    if (whole.length < 2) continue;
    const refinements = matcher.match(m[1]!, 0.5).map((x) => x.field).filter((f) => namesOf(f, matcher).some((n) => n.includes(whole) && n !== whole));
    const fields: string[] = [];
    for (const raw of m[2]!.split(PART_SPLIT)) {
      const part = matcher.normalize(raw);
      if (part.length < 2) continue;
      const ranked = refinements
        .map((f) => ({ key: f.key, share: Math.max(...namesOf(f, matcher).filter((n) => n.includes(whole)).map((n) => shared(part, n.replace(whole, '')))) }))
        .sort((a, b) => b.share - a.share);
      const [top, next] = ranked;
      if (top && top.share >= SHARE && (!next || top.share >= next.share + MARGIN) && !fields.includes(top.key)) fields.push(top.key);
    }
    if (fields.length) out.push({ fields, span: [m.index!, m.index! + m[0].length] });
  }
  return out;
}

function namesOf(f: FieldDef, matcher: FieldMatcher): string[] {
  return [f.label, ...f.aliases].map((n) => matcher.normalize(n));
}

/** The longest common subsequence of a part and what a refinement adds to the whole, over the longer of the two. */
function shared(part: string, rest: string): number {
  if (!rest) return 0;
  const prev = new Array<number>(rest.length + 1).fill(0);
  for (const ch of part) {
    let diagonal = 0;
    for (let j = 1; j <= rest.length; j++) {
      const above = prev[j]!;
      prev[j] = ch === rest[j - 1] ? diagonal + 1 : Math.max(prev[j]!, prev[j - 1]!);
      diagonal = above;
    }
  }
  return prev[rest.length]! / Math.max(part.length, rest.length);
}

/**
 * 特困人员数（集中供养、分散供养分别统计）: the item is the longest tail of the words before the bracket that is a dictionary name
 * (特困人员数); each part joined to it (集中供养特困人员数) must name another field whose name holds both the item and the part.
 * Only when every part does is the item read as its parts; otherwise (特困人员数（城市、农村分别统计） with no such fields) the
 * bracket stays an aside and the item is read whole — no part is guessed.
 */
function readBracketedBreakdowns(text: string, matcher: FieldMatcher): Breakdown[] {
  const out: Breakdown[] = [];
  for (const m of text.matchAll(BRACKETED_BREAKDOWN)) {
    const before = m[1]!;
    let itemText = '';
    let item: FieldDef | null = null;
    for (let start = 0; start <= before.length - 2 && !item; start++) {
      const tail = before.slice(start);
      const hit = matcher.best(tail);
      if (hit && namesOf(hit.field, matcher).includes(matcher.normalize(tail))) { item = hit.field; itemText = tail; }
    }
    if (!item) continue;
    const itemName = matcher.normalize(itemText);
    const fields: string[] = [];
    const parts = m[2]!.split(PART_SPLIT).map((p) => p.trim()).filter((p) => p.length >= 2);
    for (const part of parts) {
      const hit = matcher.best(part + itemText);
      const partName = matcher.normalize(part);
      if (!hit || hit.field.key === item.key || fields.includes(hit.field.key)) break;
      if (!namesOf(hit.field, matcher).some((n) => n !== itemName && n.includes(itemName) && n.includes(partName))) break;
      fields.push(hit.field.key);
    }
    if (parts.length >= 2 && fields.length === parts.length) out.push({ fields, span: [m.index! + before.length - itemText.length, m.index! + m[0].length] });
  }
  return out;
}
