// The daily digest: one message a day instead of scrolling back through hundreds (爬楼). Pure: data in, text out.

export interface DigestCollection {
  id: number;
  title: string;
  departments: string[];
  period: string;
  deadline: string;
  unitsDone: number;
  unitsTotal: number;
  /** Units still missing, with who is responsible. */
  missing: Array<{ unit: string; member: string | null }>;
  dueTomorrow: boolean;
  overdue: boolean;
}

export interface DigestData {
  date: string;
  requestsToday: Array<{ id: number; department: string; title: string; collection: number; merged: boolean }>;
  collections: DigestCollection[];
  poolAnsweredToday: number;
  asksAvoidedToday: number;
  asksAvoidedTotal: number;
  minutesPerAsk: number;
  failedDeliveries: number;
  /** Reports staff made today through 反映 (counted only: who and what is in the console). */
  reportsToday?: number;
  /** Per-department burden lines and the DMs-per-person figure (src/domain/burden.ts), no ranking. */
  burden?: string[];
}

export interface DigestSection {
  heading: string;
  lines: string[];
}

export interface Digest {
  title: string;
  sections: DigestSection[];
  text: string;
  /** Nothing happened and nothing is open. */
  empty: boolean;
}

/** Stays under every platform's limit (Lark cards 30 KB, WeChat less): lists are summarised, never cut mid-line. */
export const DIGEST_MAX_BYTES = 20_000;

const hours = (asks: number, minutesPerAsk: number): string => `${Math.round((asks * minutesPerAsk) / 6) / 10}`;

function names(list: string[], max: number): string {
  return list.length <= max ? list.join('、') : `${list.slice(0, max).join('、')} 等${list.length}个`;
}

export function renderDigest(data: DigestData, maxBytes = DIGEST_MAX_BYTES): Digest {
  const title = `【每日汇总】${data.date}`;
  const sections: DigestSection[] = [];
  if (data.requestsToday.length) {
    const merged = data.requestsToday.filter((r) => r.merged).length;
    sections.push({
      heading: `今日新需求 ${data.requestsToday.length} 条${merged ? `（${merged} 条与已有汇总合并，重复数据不再问）` : ''}`,
      lines: data.requestsToday.map((r) => `r${r.id} ${r.department}：${r.title}${r.merged ? ` → 并入 c${r.collection}` : ` → c${r.collection}`}`),
    });
  }
  const open = data.collections.filter((c) => !c.overdue);
  if (open.length) {
    sections.push({
      heading: `进行中 ${open.length} 个汇总`,
      lines: open.map((c) => `c${c.id} ${c.title}（${c.departments.join('、')}，${c.period}）：${c.unitsDone}/${c.unitsTotal} 个单位已报齐${
        c.missing.length ? `，未齐：${names(c.missing.map((m) => m.unit), 8)}` : ''}；截止${c.deadline}`),
    });
  }
  const tomorrow = data.collections.filter((c) => c.dueTomorrow && c.missing.length);
  if (tomorrow.length) {
    sections.push({ heading: '明天截止', lines: tomorrow.map((c) => `c${c.id} ${c.title}：还差 ${c.missing.length} 个单位`) });
  }
  const overdue = data.collections.filter((c) => c.overdue);
  if (overdue.length) {
    sections.push({
      heading: `已过截止仍未报齐 ${overdue.length} 个`,
      lines: overdue.map((c) => `c${c.id} ${c.title}（截止${c.deadline}）：${names(c.missing.map((m) => (m.member ? `${m.unit}（${m.member}）` : m.unit)), 8)}`),
    });
  }
  const burden: string[] = [];
  if (data.poolAnsweredToday) burden.push(`数据池今日直接答复 ${data.poolAnsweredToday} 项，没有再问任何人`);
  if (data.asksAvoidedTotal) {
    burden.push(`今日避免重复询问 ${data.asksAvoidedToday} 项，累计 ${data.asksAvoidedTotal} 项，约为基层节省 ${hours(data.asksAvoidedTotal, data.minutesPerAsk)} 小时`);
  }
  if (data.burden?.length) burden.push(...data.burden);
  if (data.failedDeliveries) burden.push(`有 ${data.failedDeliveries} 条消息发送失败，请管理员在管理台查看`);
  if (burden.length) sections.push({ heading: '减负', lines: burden });
  if (data.reportsToday) sections.push({ heading: '基层反映', lines: [`今日收到 ${data.reportsToday} 条反映（体制外要数、重复要数等），详见管理台“反映”页`] });

  const empty = !data.requestsToday.length && !data.collections.length;
  if (empty && !burden.length && !data.reportsToday) {
    const text = `${title}：今天没有新的报数需求，也没有进行中的汇总。`;
    return { title, sections: [], text, empty: true };
  }
  return fit(title, sections, empty, maxBytes);
}

function toText(title: string, sections: DigestSection[]): string {
  return [title, ...sections.map((s) => [`■ ${s.heading}`, ...s.lines.map((l) => `· ${l}`)].join('\n'))].join('\n');
}

/**
 * Shortens the longest sections line by line, summarising what was left out, until the text fits. The text's size is
 * kept by arithmetic and the text built once: a digest over 100,000 collections rebuilt it on every cut.
 */
function fit(title: string, sections: DigestSection[], empty: boolean, maxBytes: number): Digest {
  const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
  const summary = (hidden: number): string => `……另有 ${hidden} 条，详见管理台`;
  // Each line's share of toText: its newline and "· ".
  const shown = sections.map((s) => {
    const lineBytes = s.lines.map((l) => 1 + bytes(`· ${l}`));
    return { heading: s.heading, lines: s.lines, kept: s.lines.length, lineBytes, keptBytes: lineBytes.reduce((a, b) => a + b, 0), hidden: 0 };
  });
  type Shown = (typeof shown)[number];
  const sectionBytes = (s: Shown): number => 1 + bytes(`■ ${s.heading}`) + s.keptBytes + (s.hidden ? 1 + bytes(`· ${summary(s.hidden)}`) : 0);
  let total = bytes(title) + shown.reduce((n, s) => n + sectionBytes(s), 0);
  let cut = false;
  while (total > maxBytes) {
    const longest = shown.reduce((a, b) => (b.kept > a.kept ? b : a));
    if (longest.kept <= 1) break;
    const drop = Math.max(1, Math.ceil(longest.kept / 4));
    total -= sectionBytes(longest);
    for (let i = longest.kept - drop; i < longest.kept; i++) longest.keptBytes -= longest.lineBytes[i]!;
    longest.kept -= drop;
    longest.hidden += drop;
    total += sectionBytes(longest);
    cut = true;
  }
  if (!cut) return { title, sections, text: toText(title, sections), empty };
  const out = shown.map((s) => ({
    heading: s.heading,
    lines: s.hidden ? [...s.lines.slice(0, s.kept), summary(s.hidden)] : s.lines.slice(0, s.kept),
  }));
  return { title, sections: out, text: toText(title, out), empty };
}
