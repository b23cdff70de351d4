// Last period's figure shown with an ask, and a reply that says nothing changed (无变化, 同上月): pure.

/** The shape of a period (2026-11 → month): only a figure of the same shape is an earlier value of the same item. */
export function periodShape(period: string): string {
  return period.replace(/\d/g, '9');
}

/** The period just before, for the same shape (2026-11 → 2026-10, 2026-Q1 → 2025-Q4, 2026 → 2025); null when unknown. */
export function periodBefore(period: string): string | null {
  let m = /^(\d{4})$/.exec(period);
  if (m) return String(Number(m[1]) - 1);
  m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return mo === 1 ? `${y - 1}-12` : `${y}-${String(mo - 1).padStart(2, '0')}`;
  }
  m = /^(\d{4})-Q([1-4])$/.exec(period);
  if (m) return m[2] === '1' ? `${Number(m[1]) - 1}-Q4` : `${m[1]}-Q${Number(m[2]) - 1}`;
  m = /^(\d{4})-H([12])$/.exec(period);
  if (m) return m[2] === '1' ? `${Number(m[1]) - 1}-H2` : `${m[1]}-H1`;
  return null;
}

/** How an ask names the earlier period: 上月 / 上季度 / 上半年 / 上年 when it is the one just before, else null. */
export function previousWord(period: string, earlier: string): string | null {
  if (periodBefore(period) !== earlier) return null;
  if (/^\d{4}$/.test(period)) return '上年';
  if (/-Q/.test(period)) return '上季度';
  if (/-H/.test(period)) return '上半年';
  return '上月';
}

// "Nothing changed" said on its own, with at most the items it is about before it: 无变化, 同上月, 没变, 与上月相同,
// 和上期一样, 低保户数无变化. The wording of the idea, not of any one message. The period before and this one may be
// named either way round and with what of them is meant (SAME_AS_BEFORE_EITHER_WAY): 跟上个月的数一样,
// 这个月和上月一样, 上月的数跟这个月一样, 还是上月的数, and a comparison may be followed by its 没变化 (同上月，没变化).
const CHANGE = '(?:无变化|没变化|没有变化|没变|未变|不变|无变动|没有变动|未变动)';
const PREV = '上个?(?:月|期|季度?|年|周|次)(?:的)?(?:数据?|数字|情况)?';
const THIS = '(?:这个?|本)(?:月|期|季度?|年|周|次)(?:的)?(?:数据?|数字|情况)?';
const ALIKE = '(?:相同|一样|一致|持平)';
const SAME = new RegExp(`^(?:(?:均|都|全部|全都|数据|情况)?${CHANGE}|(?:${THIS}|数据|情况)?(?:都|也|还)?(?:同|与|和|跟)${PREV}${ALIKE}?(?:${CHANGE})?`
  + `|${PREV}(?:同|与|和|跟)${THIS}${ALIKE}|(?:还是|仍是|仍为|沿用)${PREV}|照旧|同前)$`);

/** Strips what surrounds a reply (spaces, punctuation, 的, 了, 呢) so only its words are left. */
function core(text: string): string {
  return text.replace(/[\s，,。.！!、；;：:~～]+/g, '').replace(/(?:了|的|啊|哈|呢|哦)+$/u, '');
}

/** SAME said at the end of a reply: what any reply readUnchanged accepts ends with. */
const SAME_AT_END = new RegExp(`${SAME.source.slice(1, -1)}$`);

/**
 * Whether readUnchanged could accept the reply, whatever the items' names: most replies are figures, and working
 * out each open item's names and last figure only to find that was most of the cost of looking.
 */
export function mayBeUnchanged(text: string): boolean {
  const rest = core(text);
  return rest.length > 0 && rest.length <= 60 && SAME_AT_END.test(rest);
}

/**
 * Reads a reply that only says the figures are the same as last period, optionally naming the items first. `labels`
 * maps each open item's names (label and aliases) to its key. `keys` null means every item; null for any other reply.
 */
export function readUnchanged(text: string, labels: Map<string, string>): { keys: string[] | null } | null {
  let rest = core(text);
  if (!rest || rest.length > 60) return null;
  const keys: string[] = [];
  const names = [...labels.keys()].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
  for (let guard = 0; guard < 20 && rest; guard++) {
    if (SAME.test(rest)) return { keys: keys.length ? keys : null };
    const name = names.find((n) => rest.startsWith(n));
    if (!name) return null;
    keys.push(labels.get(name)!);
    // 和/与/跟 joins two items' names, or starts the comparison (低保户数跟上月一样): dropped only before a name.
    rest = rest.slice(name.length);
    const joined = rest.replace(/^(?:和|与|及|以及|跟)/, '');
    if (joined !== rest && names.some((n) => joined.startsWith(n))) rest = joined;
  }
  return null;
}
