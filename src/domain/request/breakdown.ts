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

export function readBreakdowns(text: string, matcher: FieldMatcher): Breakdown[] {
  const out: Breakdown[] = [];
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
