// 比上月少2户 / 比之前报的多了1个: a figure said as a change becomes a level only from a figure the pool holds.
import { describePeriod } from '../domain/period.js';
import { periodBefore } from '../domain/prefill.js';
import type { ChangeClaim, InvalidValue, ParsedReply, ParsedValue, ReplyCandidate } from '../domain/reply/parse.js';
import { COMMON_UNITS, findQuantities } from '../domain/reply/quantities.js';
import { dayKey } from './collect.js';
import type { BotDeps } from './context.js';

const LEVEL_ASKED = '请直接回复变化后的数字';

/**
 * Each change the reply gives without a level for the same item: the unit's figure it is measured against (the period
 * before, or the one already held for the same period) plus the change. With no such figure nothing is stored and the
 * reporter is asked for the figure itself.
 */
export function applyChanges(
  deps: BotDeps, unit: string, parsed: ParsedReply, reporter?: string,
): { values: ParsedValue[]; lines: string[]; asked: InvalidValue[] } {
  const values: ParsedValue[] = [];
  const without: string[] = [];
  // changes that could be of either of two periods (CHANGE_OF_WHICH_PERIOD): each asked in a line of its own
  const unsure: string[] = [];
  // the items whose figure itself is asked for (one period each): a bare number in the next reply answers them
  const asked: InvalidValue[] = [];
  for (const c of parsed.changes) {
    const owner = c.unit ?? unit;
    // 比上月少了三个人 with the item open for two months: the one month whose month before the pool holds
    // CHANGE_OF_WHICH_PERIOD: 人数多了3个 with 10月 held and 11月 still open: a change of the open month (against 10月's
    // figure) or a correction of 10月 — which, the words do not say. It corrected 10月 (a right figure made wrong); now the
    // open month's figure itself is asked for.
    const open = c.period || c.against !== 'held' ? [] : c.periods.filter((p): p is string => !!p && !deps.store.pool.get(owner, c.field, p));
    // FRAMED_BY_AN_UNCHANGED_CLAIM: 低保户数不变，人数增加了2人 — another item said unchanged in the same reply compares this
    // period with the last: the change beside it is the open period's against the period before, not a correction. Only
    // when the period before's figure came in on an earlier day: given today, the change may still correct it (asked, as
    // CHANGE_OF_WHICH_PERIOD does)
    const before = open.length === 1 ? periodBefore(open[0]!) : null;
    const lastPeriods = before ? deps.store.pool.get(owner, c.field, before) : undefined;
    if (lastPeriods && dayKey(deps, lastPeriods.at) !== dayKey(deps, deps.clock.now()) && parsed.unchanged.some((u) => !u.fields?.includes(c.field))
      && !parsed.values.some((v) => (v.unit ?? unit) === owner && v.field === c.field && v.period === open[0])) {
      const value = levelAfter(deps, c.field, lastPeriods, c.delta);
      if (value !== null) {
        values.push({ ...(c.unit ? { unit: c.unit } : {}), field: c.field, period: open[0]!, value, raw: c.raw, correction: false });
        continue;
      }
    }
    if (open.length === 1 && lastGiven(deps, owner, c.field, c.periods)) {
      unsure.push(`“${c.raw}”是更正${describePeriod(lastGiven(deps, owner, c.field, c.periods))}的数，还是${describePeriod(open[0]!)}比上期的变化？请直接回复${describePeriod(open[0]!)}${deps.store.fields.get(c.field)?.label ?? ''}的数字。`);
      asked.push({ ...(c.unit ? { unit: c.unit } : {}), field: c.field, period: open[0]!, raw: c.raw, reason: LEVEL_ASKED });
      continue;
    }
    const period = c.period ?? (c.against === 'held' ? lastGiven(deps, owner, c.field, c.periods) : onlyMeasurable(deps, owner, c.field, c.periods));
    const given = parsed.values.some((v) => (v.unit ?? unit) === owner && v.field === c.field && v.period === period);
    if (given) continue;
    if (!period) {
      without.push(`“${c.raw}”`);
      continue;
    }
    const base = baseOf(deps, owner, c.field, period, c.against, reporter);
    const askLevel = (): void => {
      without.push(`“${c.raw}”`);
      asked.push({ ...(c.unit ? { unit: c.unit } : {}), field: c.field, period, raw: c.raw, reason: LEVEL_ASKED });
    };
    const value = base ? levelAfter(deps, c.field, base, c.delta) : null;
    if (value === null) {
      askLevel();
      continue;
    }
    values.push({
      ...(c.unit ? { unit: c.unit } : {}), field: c.field, period, value, raw: c.raw, correction: c.against === 'held',
    });
  }
  return {
    values, asked, lines: [...unsure, ...(without.length ? [`${without.join('、')}是和之前相比的变化，我这里没有可以对照的数，${LEVEL_ASKED}。`] : [])],
  };
}

/**
 * The level a change leads to from the figure it is measured against, or null: no exact number to count from, or a level
 * out of the field's bounds (比上月少5户 when last month had 3: the change cannot be right, so the figure itself is asked for).
 */
function levelAfter(deps: BotDeps, fieldKey: string, base: { value: unknown; approximate?: boolean }, delta: number): number | null {
  if (typeof base.value !== 'number' || base.approximate) return null;
  const value = Number((base.value + delta).toFixed(9));
  const field = deps.store.fields.get(fieldKey);
  return field && ((field.min !== undefined && value < field.min) || (field.max !== undefined && value > field.max)) ? null : value;
}

/**
 * The figure a change is measured against: the period before's (比上月少2户), or the one held for the same period
 * (比刚才报的多了1户). CHANGE_AGAINST_A_HELD_FIGURE: 比刚才报的多2人 while the reporter's last figure for the item still
 * waits for a confirmation (“30户”是30人吗？) is measured against that figure: the reporter builds on it. CHANGE_AGAINST_LAST_REPORTED:
 * 特困少了1个 with nothing held for the period yet is measured against the last figure the unit reported for the item,
 * the period before's.
 */
function baseOf(
  deps: BotDeps, unit: string, field: string, period: string, against: 'previous-period' | 'held', reporter?: string,
): { value: unknown; approximate?: boolean } | undefined {
  const before = periodBefore(period);
  const previous = before ? deps.store.pool.get(unit, field, before) : undefined;
  if (against === 'previous-period') return previous;
  const waiting = reporter === undefined ? undefined : deps.store.held.openOf(reporter)
    .filter((h) => !h.options && h.label === null && h.unit === unit && h.field === field && h.period === period).at(-1);
  return deps.store.pool.get(unit, field, period) ?? waiting ?? previous;
}

/** 比刚才报的多了1户 with the item held for two periods: the figure given last is the one spoken of. */
function lastGiven(deps: BotDeps, unit: string, field: string, periods: Array<string | null>): string | null {
  let best: { period: string; at: number } | null = null;
  for (const period of periods) {
    if (!period) continue;
    const held = deps.store.pool.get(unit, field, period);
    if (held && (!best || held.at.getTime() > best.at)) best = { period, at: held.at.getTime() };
  }
  return best?.period ?? null;
}

function onlyMeasurable(deps: BotDeps, unit: string, field: string, periods: Array<string | null>): string | null {
  const measurable = periods.filter((p): p is string => {
    const before = p ? periodBefore(p) : null;
    return !!before && typeof deps.store.pool.get(unit, field, before)?.value === 'number';
  });
  return measurable.length === 1 ? measurable[0]! : null;
}

/** The name of a group without the measure it is counted in: 受威胁 of 受威胁户数 and of 受威胁人数. */
function groupOf(label: string): string {
  return label.replace(/(?:户数|人数|人口数|户|人口|人)$/, '');
}

/** 多了5户 / 少了3人: a change said with no name, right before its figure. */
const BARE_CHANGE_BEFORE = /(?:^|[，,；;。\s])(?:又|还)?(多|少|增加|减少)了?\s*$/;

/**
 * HOUSEHOLDS_AND_PERSONS_CHANGED: 多了5户，人数多了19人: a change in 户 said beside a change in 人 of a group the unit was
 * asked about (受威胁人数) counts the households of that same group (受威胁户数), when the reply named no item for it and
 * the unit was asked for exactly one item of that group in 户. Only figures the reader left unread; nothing when the
 * group has no such item or two.
 */
export function siblingChanges(text: string, parsed: ParsedReply, candidates: readonly ReplyCandidate[]): ChangeClaim[] {
  const said = new Set([...parsed.values, ...parsed.invalid, ...parsed.changes, ...parsed.unasked].map((v) => v.raw));
  for (const c of parsed.choices) said.add(c.raw);
  const out: ChangeClaim[] = [];
  for (const q of findQuantities(text, new Uint8Array(text.length + 1), COMMON_UNITS)) {
    if (said.has(q.raw) || !q.unit || q.approximate || q.bound || q.tentative || q.negative) continue;
    const m = BARE_CHANGE_BEFORE.exec(text.slice(0, q.start));
    if (!m) continue;
    const sign = m[1] === '少' || m[1] === '减少' ? -1 : 1;
    const groups = parsed.changes.filter((c) => !c.unit).flatMap((c) => {
      const field = candidates.find((x) => x.field.key === c.field)?.field;
      return field && field.unit !== q.unit && groupOf(field.label).length >= 2 ? [{ c, group: groupOf(field.label) }] : [];
    });
    const siblings = groups.flatMap(({ c, group }) => candidates
      .filter((x) => x.field.unit === q.unit && x.field.key !== c.field && groupOf(x.field.label) === group && x.period === c.period)
      .map((x) => ({ c, field: x.field.key })));
    if (new Set(siblings.map((x) => x.field)).size !== 1) continue;
    const { c, field } = siblings[0]!;
    out.push({ field, period: c.period, periods: [c.period], delta: sign * q.value, against: c.against, raw: q.raw });
  }
  return out;
}

/**
 * CHANGE_OF_NO_ITEM_ASKED: 多了5户 / 还要加上新排查的那处，多了5 in a reply that gave nothing else: a change whose item the reply
 * does not say. The change as written (多了5户) and its figure, to ask which item it is of; null when there is none.
 */
export function unplacedChange(text: string): { said: string; unit: string } | null {
  for (const q of findQuantities(text, new Uint8Array(text.length + 1), COMMON_UNITS)) {
    const m = /(多|少|增加|减少)了?\s*$/.exec(text.slice(0, q.start));
    if (m && !q.approximate && !q.bound) return { said: `${text.slice(m.index, q.start)}${q.raw}`, unit: q.unit };
  }
  return null;
}
