// Which department a notice is from: a leading 民政：/【区民政局】/转区医保局通知 header, else the lead's own.
import type { Department, Member } from '../types.js';
import { escapeRegExp } from '../text/spans.js';

export interface DepartmentIndex {
  /** Names, aliases and derived short forms, longest first. */
  names: Array<{ name: string; id: string }>;
  pattern: RegExp | null;
}

const ADMIN_PREFIX = /^(?:[区市县镇乡]|街道)/;
const ORGAN_SUFFIX = /(?:委员会|管理局|管理所|管理站|管理办|中队|大队|局|委|所|站|办|中心|科|股|室)$/;

const SINGLE_SUFFIX = /[局委所站办队科股室]$/;
const GENERIC_SECOND_WORD = /^(?:..)(?:管理|救援|服务|事务|工作)$/;

/**
 * 区民政局 → 民政局, 民政; 市场监管所 → 市场监管, 市监; 城市管理局 → 城管; 卫生健康委 → 卫健; 消防救援站 → 消防.
 * A four-character core of two words also gives the usual abbreviation (first character of each word) and, when
 * the second word is generic (管理, 救援 …), the first word. Short forms under two characters are dropped.
 */
export function shortForms(name: string): string[] {
  const out = new Set<string>([name]);
  const noPrefix = name.replace(ADMIN_PREFIX, '');
  out.add(noPrefix);
  for (const n of [name, noPrefix]) {
    for (const core of [n.replace(ORGAN_SUFFIX, ''), n.replace(SINGLE_SUFFIX, '')]) {
      if (core === n) continue;
      out.add(core);
      if (core.length === 4) {
        out.add(core[0]! + core[2]!);
        if (GENERIC_SECOND_WORD.test(core)) out.add(core.slice(0, 2));
      }
    }
  }
  return [...out].filter((s) => s.length >= 2);
}

export function buildDepartmentIndex(departments: Department[]): DepartmentIndex {
  const seen = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const d of departments) {
    for (const raw of [d.name, ...d.aliases]) {
      for (const s of shortForms(raw)) {
        const owner = seen.get(s);
        if (owner && owner !== d.id) ambiguous.add(s);
        else seen.set(s, d.id);
      }
    }
  }
  // Explicit names/aliases beat derived forms when two departments derive the same short form.
  for (const d of departments) for (const raw of [d.name, ...d.aliases]) if (ambiguous.has(raw)) { seen.set(raw, d.id); ambiguous.delete(raw); }
  const names = [...seen.entries()]
    .filter(([n]) => !ambiguous.has(n))
    .map(([name, id]) => ({ name, id }))
    .sort((a, b) => b.name.length - a.name.length);
  const pattern = names.length ? new RegExp(names.map((n) => escapeRegExp(n.name)).join('|'), 'g') : null;
  return { names, pattern };
}

/** Department names found in a piece of text, in order, longest at each position. */
export function departmentsIn(text: string, index: DepartmentIndex): Array<{ id: string; index: number; text: string }> {
  if (!index.pattern) return [];
  const byName = new Map(index.names.map((n) => [n.name, n.id]));
  const out: Array<{ id: string; index: number; text: string }> = [];
  index.pattern.lastIndex = 0;
  for (let m = index.pattern.exec(text); m; m = index.pattern.exec(text)) {
    out.push({ id: byName.get(m[0])!, index: m.index, text: m[0] });
  }
  return out;
}

export interface DepartmentHeader {
  id: string;
  /** The header's span in the text (removed before looking for items and targets). */
  start: number;
  end: number;
}

const HEADERS: RegExp[] = [
  /^\s*【([^】]{1,24})】/, // 【区民政局】
  /^\s*(?:转发?|受)([^:：,，\n]{2,24}?)(?:委托)?(?:的)?(?:通知|消息|要求)?\s*[:：]/, // 转区医保局通知：
  /^\s*([^:：,，\n【】]{2,12})\s*[:：]/, // 民政：
];

/** A department named in the message's header, if any. */
export function findHeaderDepartment(text: string, index: DepartmentIndex): DepartmentHeader | null {
  for (const re of HEADERS) {
    const m = re.exec(text);
    if (!m) continue;
    const found = departmentsIn(m[1]!, index);
    if (found.length) return { id: found[0]!.id, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/**
 * The department a request belongs to. A named header wins (an admin forwarding, a lead posting for a joint office);
 * otherwise a lead's own department; otherwise (an admin with no header) a department named anywhere in the first
 * line; otherwise '' (unknown — the caller decides what to do with an orphan request).
 */
export function resolveDepartment(text: string, sender: Member, index: DepartmentIndex): { id: string; header: DepartmentHeader | null } {
  const header = findHeaderDepartment(text, index);
  if (header) return { id: header.id, header };
  if (sender.department) return { id: sender.department, header: null };
  const firstLine = text.split('\n').find((l) => l.trim()) ?? '';
  const named = departmentsIn(firstLine, index)[0];
  return { id: named?.id ?? '', header: null };
}
