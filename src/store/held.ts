import type { FieldValue } from '../domain/types.js';
import type { Db } from './db.js';
import { parseJson } from './json.js';

/**
 * What a held figure waits for, and so which answer settles it:
 * - confirm: a yes to a figure that failed a quality check or looks unlikely (是的 files it, 不对 drops it);
 * - change: a yes to a figure filed over a unit's own different one (石桥村已报低保户数12户，改为15户吗？);
 * - choice: the item or period it is for (`options`: “120”是低保户数还是低保人数？);
 * - misnamed: a yes to the unit one character from the name written (「白菓村」是不是白果村？, `label` as written);
 * - which: the name of the unit it is for (哪个村的数？ / 「清平」是清平村还是清平社区？);
 * - suggested: a yes to the one unit still waiting, or another unit's name (是白沙村的吗？).
 * Said when the figure is held; the bot decides from it, never from the question's words (`reason`).
 */
export type HeldKind = 'confirm' | 'change' | 'choice' | 'misnamed' | 'which' | 'suggested';

/** Where a figure held for a choice could go: one (field, period) each. */
export interface HeldOption {
  field: string;
  period: string | null;
  /** The figure in this field's own unit. */
  value: FieldValue;
}

export interface HeldValue {
  id: number;
  memberId: string;
  unit: string;
  field: string;
  period: string | null;
  value: FieldValue;
  approximate: boolean;
  raw: string;
  /** What the figure waits for (HeldKind). */
  kind: HeldKind;
  /** The question the reporter was asked (Chinese), as it was said: what it is asked again with, never how it is told. */
  reason: string;
  /** Set for a figure that could mean two fields or periods: the reporter names one. Null: confirm 是的 / 更正. */
  options: HeldOption[] | null;
  messageId: number | null;
  at: Date;
  /**
   * Set when the figure waits for the reporter to say which unit was meant: the unit as the reporter wrote it (白菓村),
   * one character from `unit` (白果村) and naming no roster unit. Null for every other hold.
   */
  label: string | null;
  /**
   * The units the question offered by name, as roster ids (哪个村的数？石桥村还是白沙村？: 石桥村 and 白沙村; 是白沙村的吗？:
   * 白沙村; 「石乔村」是不是石桥村？: 石桥村); empty when it named none. What an answer naming a unit is matched against,
   * never the question's words (a label as written, or one unit's name inside another's, would match them).
   */
  offered: string[];
}

interface RawRow {
  id: number; member_id: string; unit: string; field: string; period: string; value: string; approximate: number; raw: string;
  reason: string; options: string | null; message_id: number | null; at: string; label: string | null; kind: HeldKind;
  offered: string | null;
}

export type HeldOutcome = 'confirmed' | 'chosen' | 'replaced' | 'dropped';

/** Figures that passed their hard checks but wait for the reporter (a confirmation, or which item or period they are for). */
export class HeldRepo {
  constructor(private readonly db: Db) {}

  hold(v: Omit<HeldValue, 'id' | 'label' | 'offered'> & { label?: string | null; offered?: readonly string[] }): number {
    // A newer question about the same figure replaces the older one (two figures of one message asked about together,
    // 126 208 with 低保户数 and 低保人数 open, are both kept): the same figure is one held under the same name as written
    // (none, or 「石乔村」 again). Figures that named no unit at all ('', 哪个村的数？) are no same figure as another
    // message's: each message's set waits for its own answer, and neither replaces nor is replaced.
    if (v.label !== '') {
      this.db.prepare(`UPDATE held_values SET status = 'replaced', settled_at = ? WHERE status = 'open' AND member_id = ? AND unit = ?
        AND field = ? AND period = ? AND label IS ? AND (message_id IS NULL OR ? IS NULL OR message_id != ?)`)
        .run(v.at.toISOString(), v.memberId, v.unit, v.field, v.period ?? '', v.label ?? null, v.messageId, v.messageId);
    }
    return Number(this.db.prepare(`INSERT INTO held_values (member_id, unit, field, period, value, approximate, raw, reason, options, message_id, at, label, kind, offered)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      v.memberId, v.unit, v.field, v.period ?? '', JSON.stringify(v.value), v.approximate ? 1 : 0, v.raw, v.reason,
      v.options ? JSON.stringify(v.options) : null, v.messageId, v.at.toISOString(), v.label ?? null, v.kind, JSON.stringify(v.offered ?? []),
    ).lastInsertRowid);
  }

  openOf(memberId: string): HeldValue[] {
    return (this.db.prepare(`SELECT * FROM held_values WHERE member_id = ? AND status = 'open' ORDER BY id`).all(memberId) as RawRow[]).map(toHeld);
  }

  settle(id: number, outcome: HeldOutcome, at: Date): void {
    this.db.prepare(`UPDATE held_values SET status = ?, settled_at = ? WHERE id = ? AND status = 'open'`).run(outcome, at.toISOString(), id);
  }

  /** Open holds of a unit for (field, period): a new figure for it supersedes them. */
  settleFor(unit: string, field: string, period: string | null, outcome: HeldOutcome, at: Date): void {
    this.db.prepare(`UPDATE held_values SET status = ?, settled_at = ? WHERE status = 'open' AND unit = ? AND field = ? AND period = ?`)
      .run(outcome, at.toISOString(), unit, field, period ?? '');
  }

  count(status = 'open'): number {
    return (this.db.prepare('SELECT count(*) AS n FROM held_values WHERE status = ?').get(status) as { n: number }).n;
  }
}

function toHeld(r: RawRow): HeldValue {
  return {
    id: r.id, memberId: r.member_id, unit: r.unit, field: r.field, period: r.period === '' ? null : r.period,
    value: JSON.parse(r.value) as FieldValue, approximate: r.approximate === 1, raw: r.raw, reason: r.reason,
    options: r.options ? parseJson<HeldOption[]>(r.options, []) : null, messageId: r.message_id, at: new Date(r.at),
    label: r.label ?? null, kind: r.kind, offered: r.offered ? parseJson<string[]>(r.offered, []) : [],
  };
}
