// Chinese wording shared by the bot's messages.
import { writeDecimal } from '../domain/numbers.js';
import { isPersonalField, maskPersonalText, PERSONAL_VALUE_IN_CHAT } from '../domain/personal.js';
import { localParts, pad } from '../domain/time.js';
import type { FieldDef, FieldValue, Member, Roster } from '../domain/types.js';

const WEEKDAY = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

// Deadlines repeat (every reply lists its open collections' deadlines) and Intl formatting is slow: remember a few.
const deadlinePartsCache = new Map<string, ReturnType<typeof localParts>>();
function deadlineParts(at: Date, timezone: string): ReturnType<typeof localParts> {
  const key = `${at.getTime()}\u0000${timezone}`;
  let p = deadlinePartsCache.get(key);
  if (!p) {
    if (deadlinePartsCache.size >= 5000) deadlinePartsCache.clear();
    p = localParts(at, timezone);
    deadlinePartsCache.set(key, p);
  }
  return p;
}

export function formatDeadline(deadline: Date | null, hasTime: boolean, timezone: string): string {
  if (!deadline) return '未定截止时间';
  const p = deadlineParts(deadline, timezone);
  const day = `${p.month}月${p.day}日（${WEEKDAY[p.weekday]}）`;
  return hasTime ? `${day}${pad(p.hour)}:${pad(p.minute)}` : day;
}

export function formatTime(at: Date, timezone: string): string {
  const p = localParts(at, timezone);
  return `${p.month}月${p.day}日 ${pad(p.hour)}:${pad(p.minute)}`;
}

/** A deadline at 23:59:59 local is a day-only deadline. */
export function hasClockTime(deadline: Date | null, timezone: string): boolean {
  if (!deadline) return false;
  const p = deadlineParts(deadline, timezone);
  return !(p.hour === 23 && p.minute === 59);
}

export function typeHint(f: FieldDef): string {
  switch (f.type) {
    case 'integer': return f.unit ? `单位：${f.unit}，填整数` : '填整数';
    case 'number': return f.unit ? `单位：${f.unit}` : '填数字';
    case 'boolean': return '填 是 / 否';
    case 'enum': return `选填：${(f.options ?? []).join(' / ')}`;
    case 'date': return '填日期，如 2026-11-30';
    default: return '文字';
  }
}

/** A value as the bot says it in chat; a personal field's value is never repeated, only acknowledged. */
export function formatValue(value: FieldValue, f: FieldDef | undefined): string {
  if (f && isPersonalField(f)) return PERSONAL_VALUE_IN_CHAT;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return `${writeDecimal(value)}${f?.unit ?? ''}`;
  return value;
}

/**
 * A figure from the pool as a message shows it: 约90户 for one given as an estimate (STORED_ESTIMATE_SHOWN: the pool
 * keeps the mark so that no answer, reuse note, table or last-figure line ever shows an estimate as an exact figure).
 */
export function formatStored(v: { value: FieldValue; approximate?: boolean | undefined }, f: FieldDef | undefined): string {
  const text = formatValue(v.value, f);
  return v.approximate && !(f && isPersonalField(f)) ? `约${text}` : text;
}

/** What the member wrote, quoted back: for a personal field only its masked form (138****5678), never the value itself. */
export function quoteRaw(raw: string, ...fields: Array<FieldDef | undefined>): string {
  return fields.some((f) => f && isPersonalField(f)) ? maskPersonalText(raw) : raw;
}

export function unitName(roster: Roster, id: string): string {
  return roster.units.find((u) => u.id === id)?.name ?? id;
}

export function departmentName(roster: Roster, id: string): string {
  return roster.departments.find((d) => d.id === id)?.name ?? (id || '未知部门');
}

/**
 * MEMBERS_BY_ID: a roster's members by id, made once per member list (the store keeps one roster snapshot until the
 * roster changes) and again if the list grew in place: a notice's plan names the member behind every figure it reuses,
 * and each name searched the ~440 members (docs/performance.md, phase 33). The first member of an id, as a search finds.
 */
const MEMBERS_BY_ID = new WeakMap<readonly Member[], { length: number; byId: Map<string, Member> }>();

function membersById(members: readonly Member[]): Map<string, Member> {
  const kept = MEMBERS_BY_ID.get(members);
  if (kept && kept.length === members.length) return kept.byId;
  const byId = new Map<string, Member>();
  for (const m of members) if (!byId.has(m.id)) byId.set(m.id, m);
  MEMBERS_BY_ID.set(members, { length: members.length, byId });
  return byId;
}

export function memberName(roster: Roster, id: string | null): string {
  if (!id) return '未知';
  return membersById(roster.members).get(id)?.name ?? id;
}

/** The dictionary by key (FieldsRepo is one: indexed, not a linear search). */
export interface FieldLookup {
  get(key: string): FieldDef | undefined;
}

export function fieldLabel(fields: FieldLookup, key: string): string {
  return fields.get(key)?.label ?? key;
}

/** Joins names, summarising a long list rather than cutting it. */
export function listNames(names: string[], max = 12): string {
  if (names.length <= max) return names.join('、');
  return `${names.slice(0, max).join('、')} 等${names.length}个`;
}
