// Which units a notice addresses: group phrases (各镇街, 各村（社区）, 朱沱镇各村) and named units (full or short).
import type { Roster, Unit, UnitKind } from '../types.js';
import { escapeRegExp } from '../text/spans.js';

export interface UnitIndex {
  units: Unit[];
  byId: Map<string, Unit>;
  children: Map<string, Unit[]>;
  names: Map<string, string>; // name or short name → unit id
  pattern: RegExp | null;
  /** Targets when a notice names none (see defaultTargets). */
  fallback: string[];
  /** Each unit's position in the roster (orderByRoster). */
  order: Map<string, number>;
}

const KIND_SUFFIX = /(?:街道办事处|街道|社区居委会|居委会|村委会|社区|乡|镇|村|区|县)$/;

/** 朱沱镇 → 朱沱, 中山路街道 → 中山路, 鲤鱼池社区 → 鲤鱼池 (two characters at least). */
export function unitShortName(name: string): string | null {
  const short = name.replace(KIND_SUFFIX, '');
  return short !== name && short.length >= 2 ? short : null;
}

/**
 * With no target phrase, a notice goes to the units that actually have people to answer: every non-district unit
 * with staff, except one whose own sub-units have staff (a street whose communities report is not asked itself).
 * With no staff at all in the roster, every unit of the lowest level present.
 */
function defaultTargets(roster: Roster, byId: Map<string, Unit>): string[] {
  const staffed = new Set(roster.members.filter((m) => m.role === 'staff' && m.unit).map((m) => m.unit!));
  const hasStaffedDescendant = new Set<string>();
  for (const id of staffed) {
    let u = byId.get(id);
    const guard = new Set<string>();
    while (u?.parent && !guard.has(u.parent)) {
      guard.add(u.parent);
      hasStaffedDescendant.add(u.parent);
      u = byId.get(u.parent);
    }
  }
  const picked = roster.units.filter((u) => u.kind !== 'district' && staffed.has(u.id) && !hasStaffedDescendant.has(u.id));
  if (picked.length) return picked.map((u) => u.id);
  const parents = new Set(roster.units.map((u) => u.parent).filter(Boolean));
  return roster.units.filter((u) => u.kind !== 'district' && !parents.has(u.id)).map((u) => u.id);
}

export function buildUnitIndex(roster: Roster): UnitIndex {
  const byId = new Map(roster.units.map((u) => [u.id, u]));
  const children = new Map<string, Unit[]>();
  for (const u of roster.units) {
    if (!u.parent) continue;
    const list = children.get(u.parent) ?? [];
    list.push(u);
    children.set(u.parent, list);
  }
  const names = new Map<string, string>();
  const shortOwners = new Map<string, string[]>();
  for (const u of roster.units) {
    if (u.kind === 'district') continue;
    names.set(u.name, u.id);
    const short = unitShortName(u.name);
    if (short) shortOwners.set(short, [...(shortOwners.get(short) ?? []), u.id]);
  }
  for (const [short, owners] of shortOwners) if (owners.length === 1 && !names.has(short)) names.set(short, owners[0]!);
  const sorted = [...names.keys()].sort((a, b) => b.length - a.length);
  const pattern = sorted.length ? new RegExp(sorted.map(escapeRegExp).join('|'), 'g') : null;
  return {
    units: roster.units, byId, children, names, pattern, fallback: defaultTargets(roster, byId),
    order: new Map(roster.units.map((u, i) => [u.id, i])),
  };
}

interface GroupRule {
  re: RegExp;
  kinds: UnitKind[];
  /** 两个街道 / 三个镇: a count phrase means all units of the kind only when no unit of that kind is named. */
  count?: boolean;
}

/** The body of a unit addressed after its kind word (人民政府, 党委, 卫生院, 社区卫生服务中心): no list mark, no clause. */
const ORGAN = '[^、，,:：;；。\\s()（）]{0,10}?';

// Order matters: the combined forms first so that 各镇（街道） is not read as 各镇 alone.
const GROUPS: GroupRule[] = [
  // (除中山路街道外，其余镇街: the rest of the towns and streets, 其余 as 各)
  { re: /(?:各|所有|全部|全区|其余|其他|其它)\s*(?:乡镇|镇乡|镇)\s*[(、/和及]?\s*(?:街道|街)\s*\)?|各街镇|各街道\s*[(、/和及]\s*(?:乡镇|镇)\s*\)?/g, kinds: ['town', 'street'] },
  // 各街道办事处、镇（乡）人民政府 / 各乡镇人民政府、街道办事处 / 各乡镇党委、街道党工委 / 各乡镇卫生院、街道社区卫生服务
  // 中心: 各 reaches over the whole list of kinds, whatever body of each kind is addressed
  { re: new RegExp(`各\\s*街道${ORGAN}\\s*[、，,]\\s*(?:乡镇|镇|乡)(?:\\s*[(（](?:乡|镇)[)）])?|各\\s*(?:乡镇|镇|乡)(?:\\s*[(（](?:乡|镇)[)）])?${ORGAN}\\s*[、，,]\\s*街道(?:办事处)?`, 'g'), kinds: ['town', 'street'] },
  { re: /(?:各|所有|全部|其他|其余|其它)\s*(?:行政)?村\s*[(、/和及]?\s*(?:社区|居)\s*\)?|各村社|(?:各|其他|其余|其它)社区\s*[(、/和及]\s*村\s*\)?/g, kinds: ['village', 'community'] },
  { re: /(?:各|所有|全部)\s*(?:乡镇|镇|乡)/g, kinds: ['town'] },
  // 各中心校、城关片区： / 各中心学校要… / 各卫生院： a body every township has (its central school, health centre, finance, justice or
  // culture office, farm, forestry or water station) stands for its township when a county office writes to all of them; 各乡镇
  // 中心学校 is read by the rule above. Schools in general (各中小学) are many to a township and do not name the townships.
  { re: /各\s*(?:中心学校|中心校|中心小学|卫生院|财政所|司法所|文化站|农技站|农业(?:综合)?服务中心|林业站|水利站|畜牧兽医站)/g, kinds: ['town'] },
  { re: /(?:各|所有|全部)\s*街道/g, kinds: ['street'] },
  { re: /(?:各|所有|全部|其他|其余|其它)\s*社区/g, kinds: ['community'] },
  { re: /(?:各|所有|全部|其他|其余|其它)\s*(?:行政)?村(?![民委级])/g, kinds: ['village'] },
  { re: /(?:[两二三四五六七八九十]|\d{1,2})个(?:乡镇|镇)/g, kinds: ['town'], count: true },
  { re: /(?:[两二三四五六七八九十]|\d{1,2})个街道/g, kinds: ['street'], count: true },
  { re: /(?:[两二三四五六七八九十]|\d{1,2})个社区/g, kinds: ['community'], count: true },
  { re: /(?:[两二三四五六七八九十]|\d{1,2})个(?:行政)?村/g, kinds: ['village'], count: true },
];

function descendants(id: string, index: UnitIndex): Unit[] {
  const out: Unit[] = [];
  const stack = [...(index.children.get(id) ?? [])];
  while (stack.length) {
    const u = stack.pop()!;
    out.push(u);
    stack.push(...(index.children.get(u.id) ?? []));
  }
  return out;
}

/**
 * A county or city often bears the name one of its towns bears (澄川县 and 澄川镇): a unit's short name followed at once by a
 * higher level's word (县, 市, 区, 州, 省, 旗) names that higher body (《澄川县…实施方案》), not the unit. 市场 (a market) and
 * 区域 (an area) are not level words. The short name on its own (澄川、松溉两镇) and the full name still name the unit.
 */
const HIGHER_LEVEL_AFTER = /^(?:县|市(?!场)|区(?!域)|州|省|旗)/;

/** Where the text names units of the roster (full or short names), without short names of a higher body (see above). */
export function unitNamesIn(text: string, index: UnitIndex): Array<{ id: string; start: number; end: number }> {
  const hits: Array<{ id: string; start: number; end: number }> = [];
  if (!index.pattern) return hits;
  const re = new RegExp(index.pattern.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const id = index.names.get(m[0])!, end = m.index + m[0].length;
    if (m[0] !== index.byId.get(id)?.name && HIGHER_LEVEL_AFTER.test(text.slice(end, end + 2))) continue;
    hits.push({ id, start: m.index, end });
  }
  return hits;
}

/**
 * 请朱沱镇石桥村、白沙村、红岩村…报送: a unit named right before a unit under it (nothing between but 辖区/所辖/下辖/的) says where
 * that unit is; it is not asked itself. Returns the start of every such locating name among the hits.
 */
export function locatingParents(text: string, hits: Array<{ id: string; start: number; end: number }>, index: UnitIndex): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < hits.length; i++) {
    const h = hits[i]!, next = hits[i + 1]!;
    if (!/^\s*(?:辖区内?|所辖|下辖|的)?\s*$/.test(text.slice(h.end, next.start))) continue;
    if (descendants(h.id, index).some((u) => u.id === next.id)) out.add(h.start);
  }
  return out;
}

export interface TargetResult {
  targets: string[];
  /** False when nothing in the text named a target and the fallback was used. */
  explicit: boolean;
  /** Where unit names and group phrases were found (item extraction blanks them). */
  spans: Array<[number, number]>;
}

/** Units named or implied by the text (which should already be stripped of the department header). */
export function findTargets(text: string, index: UnitIndex): TargetResult {
  const spans: Array<[number, number]> = [];
  const picked = new Set<string>();
  const namedHits = unitNamesIn(text, index);
  const scopes = new Set<string>();
  const notAsked = notToReportSpans(text);
  let sawGroup = false;
  for (const rule of GROUPS) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const start = m.index, end = start + m[0].length;
      if (spans.some(([s, e]) => start < e && end > s)) continue;
      spans.push([start, end]);
      if (notAsked.some(([s, e]) => start >= s && end <= e)) continue;
      if (rule.count && namedHits.some((h) => rule.kinds.includes(index.byId.get(h.id)!.kind))) continue;
      sawGroup = true;
      // 朱沱镇各村: a unit named right before the group phrase scopes it.
      const scope = namedHits.find((h) => h.end === start || (h.end < start && /^\s*(?:辖区内?|所辖|下辖|的)?\s*$/.test(text.slice(h.end, start))));
      // 永和镇、石径乡各村: every unit of a list that ends right before the phrase scopes it, when it has such units.
      const scoped = scope ? [scope] : [];
      for (let i = scope ? namedHits.indexOf(scope) - 1 : -1; i >= 0; i--) {
        const h = namedHits[i]!, next = scoped[scoped.length - 1]!;
        if (!/^\s*[、,，和及与]\s*$/.test(text.slice(h.end, next.start))) break;
        if (!descendants(h.id, index).some((u) => rule.kinds.includes(u.kind))) break;
        scoped.push(h);
      }
      for (const h of scoped) scopes.add(h.id);
      const pool = scoped.length ? scoped.flatMap((h) => descendants(h.id, index)) : index.units;
      for (const u of pool) if (rule.kinds.includes(u.kind)) picked.add(u.id);
    }
  }
  // 除新街社区外 / 滨河社区除外: units named in an exception are left out of whatever the notice addresses.
  const excepted = new Set<string>();
  // 除红旗村以外的村: the kind of unit named right after the exception, when no group phrase says it.
  let exceptKinds: UnitKind[] | null = null;
  for (const [s, e] of exceptionSpans(text)) {
    for (const h of namedHits) if (h.start >= s && h.end <= e) excepted.add(h.id);
    const kind = /^\s*[，,]?\s*(?:的|其他|其余|其它)*\s*(?:((?:乡镇|镇)街道?|街镇)|(行政村|村)|(社区)|(乡镇|镇)|(街道))/.exec(text.slice(e));
    if (kind) exceptKinds = kind[1] ? ['town', 'street'] : kind[2] ? ['village'] : kind[3] ? ['community'] : kind[4] ? ['town'] : ['street'];
  }
  const locating = locatingParents(text, namedHits, index);
  for (const h of namedHits) {
    if (excepted.has(h.id) || scopes.has(h.id) || locating.has(h.start) || spans.some(([s, e]) => h.start < e && h.end > s)) continue;
    picked.add(h.id);
  }
  const allSpans: Array<[number, number]> = [...spans, ...namedHits.map((h): [number, number] => [h.start, h.end])];
  if (excepted.size) {
    const pool = picked.size
      ? [...picked]
      : exceptKinds
        ? index.units.filter((u) => exceptKinds!.includes(u.kind)).map((u) => u.id)
        : index.fallback;
    const rest = pool.filter((id) => !excepted.has(id));
    if (rest.length) return { targets: orderByRoster(rest, index), explicit: true, spans: allSpans };
  }
  if (picked.size) return { targets: orderByRoster([...picked], index), explicit: true, spans: allSpans };
  // A group phrase that matched no unit of this roster (各村 in a roster of streets) still means "everyone".
  return { targets: index.fallback, explicit: sawGroup, spans: allSpans };
}

/**
 * Where the text states an exception to its addressees: 除(了)……(以|之)外, ……除外, NOT_INCLUDED, and NOT_TO_REPORT clauses.
 * Only unit names inside a span are left out, so 低保人数（不含特困） excepts nobody.
 */
function exceptionSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /除了?([^，,。；;：:\n]{2,40}?)(?:以外|之外|外)|([^，,。；;：:\n各(（]{2,40}?)除外/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  NOT_INCLUDED.lastIndex = 0;
  for (let m = NOT_INCLUDED.exec(text); m; m = NOT_INCLUDED.exec(text)) out.push([m.index, m.index + m[0].length]);
  return [...out, ...notToReportSpans(text)];
}

// NOT_INCLUDED: 各街道（不含茶山街道）/ 各镇街，不包括朱沱镇: the units after 不含 / 不包括 up to the clause's end are left out.
const NOT_INCLUDED = /(?:不含|不包括|不包含)[^，,。；;：:\n)）]{2,40}/g;

/**
 * NOT_TO_REPORT: 朱沱镇、来苏镇已报送的不用再报 / 其他镇街不用报 / 已报齐的镇街，无需重复报送: the units a clause tells not to
 * report are left out, as an exception's are, and a group phrase there (其他镇街) picks nobody. The clause runs back to the
 * last stop; a condition ending on 的 before a comma (…已报送的，不用再报) belongs to it.
 */
// (其余镇街不报。: 不 right before the verb that ends the sentence; not a penalty's condition, 逾期不报的将通报)
const NOT_TO_REPORT = /(?:(?:不用|不必|无需|无须|不需要?|不再|暂不|可不)(?:再|重复|另行)?(?:报|报送|上报|填报)|不(?:报送|上报|填报|报)(?=\s*(?:[。；;！!\n]|$)))/g;
const ALREADY_REPORTED = /已(?:经)?(?:报送|上报|填报|提交|报)了?$/;
function notToReportSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  NOT_TO_REPORT.lastIndex = 0;
  for (let m = NOT_TO_REPORT.exec(text); m; m = NOT_TO_REPORT.exec(text)) {
    let start = m.index;
    // (请朱沱镇…报送…（街道无需报送）: an aside is a clause of its own, NEGATION_IN_AN_ASIDE in detect.ts)
    while (start > 0 && !/[，,。；;！!\n（(]/.test(text[start - 1]!)) start--;
    // (朱沱镇已报，无需重复报送: a clause saying who has reported already belongs to it too)
    if (start >= 2 && /[，,]/.test(text[start - 1]!) && (text[start - 2] === '的' || ALREADY_REPORTED.test(text.slice(Math.max(0, start - 10), start - 1)))) {
      start -= 1;
      while (start > 0 && !/[，,。；;！!\n]/.test(text[start - 1]!)) start--;
    }
    out.push([start, m.index + m[0].length]);
  }
  return out;
}

/**
 * ROSTER_ORDER_KEPT: the units named, in the roster's order, by the positions the index took once (the index is built
 * once per roster and kept by the parser cache): every notice read is ordered, and a map of the ~220 units was made
 * for each (docs/performance.md, phase 33).
 */
function orderByRoster(ids: string[], index: UnitIndex): string[] {
  const { order } = index;
  return ids.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}
