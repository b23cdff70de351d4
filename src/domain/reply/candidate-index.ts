// Per-field lookups the reply parser needs, built once per set of candidate fields and cached.
import type { FieldDef } from '../types.js';
import { CHINESE_NUMERAL_CHARS } from '../numbers.js';
import { COMMON_UNITS, unitList } from './quantities.js';
import { asWritten, namesMatch, type NameMatch } from './similarity.js';
import { isNumeric } from './values.js';

export interface FieldEntry {
  field: FieldDef;
  /** Label first, then aliases. */
  names: string[];
  numeric: boolean;
  /** Position in CandidateIndex.entries (and in what match() returns). */
  ordinal: number;
}

export interface CandidateIndex {
  entries: FieldEntry[];
  numericEntries: FieldEntry[];
  /** Every field key in the index. */
  keys: ReadonlySet<string>;
  units: string[];
  /** Pieces of names that contain a numeral (九小, 两项补贴, 百岁): numbers never start inside them. */
  numeralNameParts: string[];
  /** Every name, longest first (for hiding labels when looking for 无/没有). */
  allNames: string[];
  /** How well a phrase matches each entry (same order as entries); memoised, phrases recur across replies. */
  match(phrase: string): NameMatch[];
}

const NUMERAL = new Set([...CHINESE_NUMERAL_CHARS]);
const MAX_PART = 4;
const CACHE_LIMIT = 64;
const MATCH_CACHE_LIMIT = 4096;
const cache = new Map<string, CandidateIndex>();
const fieldSignatures = new WeakMap<FieldDef, string>();

function fieldSignature(f: FieldDef): string {
  let sig = fieldSignatures.get(f);
  if (sig === undefined) {
    sig = [f.key, f.label, (f.aliases ?? []).join('/'), f.type, f.unit ?? '', (f.options ?? []).join('/'), f.min ?? '', f.max ?? '', f.plausibleMax ?? '', f.tolerance ?? ''].join('|');
    fieldSignatures.set(f, sig);
  }
  return sig;
}

function signature(fields: readonly FieldDef[]): string {
  return fields.map(fieldSignature).join('\n');
}

/** Numerals then one measure word (一次, 两项): how a figure is written, so no piece of a name to block. */
function looksLikeFigure(part: string[]): boolean {
  const last = part[part.length - 1]!;
  return part.slice(0, -1).every((c) => NUMERAL.has(c)) && COMMON_UNITS.includes(last);
}

/** 一次演 in 最近一次演练日期: numerals then a measure word, then more of the name. */
function startsWithFigure(part: string[]): boolean {
  const first = part.findIndex((c) => !NUMERAL.has(c));
  return first > 0 && COMMON_UNITS.includes(part[first]!);
}

function numeralParts(name: string): string[] {
  const parts: string[] = [];
  const chars = [...name];
  chars.forEach((ch, k) => {
    if (!NUMERAL.has(ch)) return;
    for (let a = Math.max(0, k - MAX_PART + 1); a <= k; a++) {
      for (let b = k + 1; b <= Math.min(chars.length, a + MAX_PART); b++) {
        const part = chars.slice(a, b);
        // 一次 in 最近一次应急演练日期 reads as a figure on its own (演练一次); only longer pieces of the name block it
        // (nor 一次演 in 搞了一次演练: a figure and its measure word start no piece of a name they sit inside)
        if (part.length >= 2 && part.some((c) => !NUMERAL.has(c)) && !looksLikeFigure(part) && !(a > 0 && a === k && startsWithFigure(part))) {
          parts.push(part.join(''));
        }
      }
    }
  });
  // 24小时 in 是否落实24小时值守: Arabic digits with the words after them (never the words before: 落实24户 is a figure)
  for (const m of name.matchAll(/\d+/g)) {
    for (let len = 1; len <= MAX_PART - 1; len++) {
      const end = m.index + m[0].length + len;
      if (end <= name.length && /[\u4e00-\u9fa5]/.test(name[end - 1]!)) parts.push(name.slice(m.index, end));
    }
  }
  return parts;
}

function build(fields: readonly FieldDef[]): CandidateIndex {
  const entries: FieldEntry[] = [];
  const seen = new Set<string>();
  for (const field of fields) {
    if (seen.has(field.key)) continue;
    seen.add(field.key);
    const names = [field.label, ...(field.aliases ?? [])].filter((n) => typeof n === 'string' && n.length > 0);
    entries.push({ field: { ...field, aliases: field.aliases ?? [] }, names, numeric: isNumeric(field), ordinal: entries.length });
  }
  const allNames = [...new Set(entries.flatMap((e) => e.names))].sort((a, b) => b.length - a.length);
  const parts = new Set(allNames.flatMap(numeralParts));
  const matches = new Map<string, NameMatch[]>();
  return {
    entries,
    numericEntries: entries.filter((e) => e.numeric),
    keys: new Set(entries.map((e) => e.field.key)),
    units: unitList(entries.map((e) => e.field.unit ?? '')),
    numeralNameParts: [...parts].sort((a, b) => b.length - a.length),
    allNames,
    match(phrase) {
      let found = matches.get(phrase);
      if (!found) {
        const words = asWritten(phrase);
        found = entries.map((e) => namesMatch(words, e.names));
        if (matches.size >= MATCH_CACHE_LIMIT) matches.clear();
        matches.set(phrase, found);
      }
      return found;
    },
  };
}

export function indexCandidates(fields: readonly FieldDef[]): CandidateIndex {
  const key = signature(fields);
  let index = cache.get(key);
  if (!index) {
    index = build(fields);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, index);
  }
  return index;
}
