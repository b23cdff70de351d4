// Per-field lookups the reply parser needs, built once per set of candidate fields and cached.
import type { FieldDef } from '../types.js';
import { CHINESE_NUMERAL_CHARS } from '../numbers.js';
import { COMMON_UNITS, unitList } from './quantities.js';
import { asWritten, namesMatch, type NameMatch } from './similarity.js';
import { isNumeric, labelForms, shortLabelForms, type OtherNames } from './values.js';

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
  /** labelForms of an entry against the other candidates (values.ts), worked out once per index. */
  labelForms(entry: FieldEntry): readonly string[];
  /** shortLabelForms of an entry against the other candidates, worked out once per index. */
  shortLabelForms(entry: FieldEntry): readonly string[];
}

const NUMERAL = new Set([...CHINESE_NUMERAL_CHARS]);
const MAX_PART = 4;
const CACHE_LIMIT = 64;
const MATCH_CACHE_LIMIT = 4096;
const cache = new Map<string, CandidateIndex>();
/** Each field's signature, as a number: fields with the same signature get the same one. */
const fieldSignatures = new WeakMap<FieldDef, number>();
const signatureNumbers = new Map<string, number>();

function fieldSignature(f: FieldDef): number {
  let n = fieldSignatures.get(f);
  if (n === undefined) {
    const sig = [f.key, f.label, (f.aliases ?? []).join('/'), f.type, f.unit ?? '', (f.options ?? []).join('/'), f.min ?? '', f.max ?? '', f.plausibleMax ?? '', f.tolerance ?? ''].join('|');
    n = signatureNumbers.get(sig);
    if (n === undefined) signatureNumbers.set(sig, n = signatureNumbers.size);
    fieldSignatures.set(f, n);
  }
  return n;
}

/** A set's cache key: its fields' signature numbers in order (a set of hundreds of fields was keyed by their text). */
function signature(fields: readonly FieldDef[]): string {
  return fields.map(fieldSignature).join(',');
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

/**
 * What the index keeps of one field, whatever set of candidates it is in: a unit's set changes with every notice that
 * asks it for something new, so most sets are seen once, while their fields recur in set after set.
 */
interface FieldPiece {
  field: FieldDef;
  names: string[];
  numeric: boolean;
  /** The names as one string: how a phrase's match with them is remembered across indexes. */
  namesKey: string;
}

const pieces = new WeakMap<FieldDef, FieldPiece>();
const numeralPartsByName = new Map<string, string[]>();
/** How well a phrase matches a list of names (by namesKey), shared by every index; cleared when it grows too big. */
const sharedMatches = new Map<string, Map<string, NameMatch>>();
let sharedMatchCount = 0;
const SHARED_MATCH_LIMIT = 200_000;
const NAME_CACHE_LIMIT = 20_000;

function pieceOf(field: FieldDef): FieldPiece {
  let piece = pieces.get(field);
  if (!piece) {
    const names = [field.label, ...(field.aliases ?? [])].filter((n) => typeof n === 'string' && n.length > 0);
    piece = { field: { ...field, aliases: field.aliases ?? [] }, names, numeric: isNumeric(field), namesKey: names.join('\u0001') };
    pieces.set(field, piece);
  }
  return piece;
}

function numeralPartsOf(name: string): string[] {
  let parts = numeralPartsByName.get(name);
  if (!parts) {
    if (numeralPartsByName.size >= NAME_CACHE_LIMIT) numeralPartsByName.clear();
    numeralPartsByName.set(name, parts = numeralParts(name));
  }
  return parts;
}

/** The remembered matches of one phrase (looked up once per phrase, not once per entry). */
function sharedMatchesOf(phrase: string): Map<string, NameMatch> {
  let ofPhrase = sharedMatches.get(phrase);
  if (!ofPhrase) {
    if (sharedMatchCount >= SHARED_MATCH_LIMIT) {
      sharedMatches.clear();
      sharedMatchCount = 0;
    }
    sharedMatches.set(phrase, ofPhrase = new Map());
  }
  return ofPhrase;
}

/**
 * Distinct strings, longest first, equal lengths in the order first seen: what a stable sort by length gives, without
 * sorting (an index is built for most replies, and its names number in the hundreds).
 */
function longestFirst(strings: readonly string[]): string[] {
  const byLength: string[][] = [];
  const seen = new Set<string>();
  for (const s of strings) {
    if (seen.has(s)) continue;
    seen.add(s);
    (byLength[s.length] ??= []).push(s);
  }
  const out: string[] = [];
  for (let n = byLength.length - 1; n >= 0; n--) {
    const ofLength = byLength[n];
    if (ofLength) for (const s of ofLength) out.push(s);
  }
  return out;
}

/** Unit lists by the fields' own units (distinct, in the order first seen): a handful of lists serve every set. */
const unitLists = new Map<string, string[]>();

/** unitList of the entries' units, shared by every index whose fields have the same units in the same order. */
function unitsOf(entries: readonly FieldEntry[]): string[] {
  const own: string[] = [];
  for (const e of entries) {
    const unit = e.field.unit ?? '';
    if (unit && !own.includes(unit)) own.push(unit);
    // ONE_BY_ONE_MEASURE: a field in 万方 / 万工日 is also answered in its measure counted one by one (21000方,
    // 一万二千个工日), which values.ts converts; without the measure word in the list the figure was read bare
    const single = /^万[^元]/.test(unit) ? unit.slice(1) : '';
    if (single && !own.includes(single)) own.push(single, `个${single}`);
  }
  const key = own.join('\u0001');
  let list = unitLists.get(key);
  if (!list) {
    if (unitLists.size >= 1024) unitLists.clear();
    unitLists.set(key, (list = unitList(own)));
  }
  return list;
}

function build(fields: readonly FieldDef[]): CandidateIndex {
  const entries: FieldEntry[] = [];
  const namesKeys: string[] = [];
  const piecesOf: FieldPiece[] = [];
  const seen = new Set<string>();
  for (const field of fields) {
    if (seen.has(field.key)) continue;
    seen.add(field.key);
    const piece = pieceOf(field);
    piecesOf.push(piece);
    entries.push({ field: piece.field, names: piece.names, numeric: piece.numeric, ordinal: entries.length });
    namesKeys.push(piece.namesKey);
  }
  // (plain loops: Array#flatMap cost more than the rest of the build together, ~1 µs an element)
  const names: string[] = [];
  for (const e of entries) for (const name of e.names) names.push(name);
  const allNames = longestFirst(names);
  const parts: string[] = [];
  for (const name of allNames) for (const part of numeralPartsOf(name)) parts.push(part);
  const matches = new Map<string, NameMatch[]>();
  const forms: Array<readonly string[] | undefined> = [];
  const shortForms: Array<readonly string[] | undefined> = [];
  let otherNames: ReturnType<typeof otherNamesOf> | null = null;
  return {
    entries,
    numericEntries: entries.filter((e) => e.numeric),
    keys: seen,
    units: unitsOf(entries),
    numeralNameParts: longestFirst(parts),
    allNames,
    match(phrase) {
      let found = matches.get(phrase);
      if (!found) {
        const words = asWritten(phrase);
        const ofPhrase = sharedMatchesOf(phrase);
        found = new Array<NameMatch>(entries.length);
        for (let i = 0; i < entries.length; i++) {
          let m = ofPhrase.get(namesKeys[i]!);
          if (!m) {
            ofPhrase.set(namesKeys[i]!, m = namesMatch(words, entries[i]!.names));
            sharedMatchCount++;
          }
          found[i] = m;
        }
        if (matches.size >= MATCH_CACHE_LIMIT) matches.clear();
        matches.set(phrase, found);
      }
      return found;
    },
    labelForms: (entry) => (forms[entry.ordinal] ??= labelForms(entry.field, (otherNames ??= otherNamesOf(piecesOf)).of(entry.ordinal))),
    shortLabelForms: (entry) => (shortForms[entry.ordinal] ??= shortLabelForms(entry.field, (otherNames ??= otherNamesOf(piecesOf)).of(entry.ordinal))),
  };
}

/**
 * Which fields' names (label and aliases, as labelForms reads them) end with each piece: every field seen registers the
 * tails of its names once, not once per set it is in (a unit's set of open fields is new with almost every notice, and
 * asking each text or date field's heads against the other fields' names was a fifth of a reply's parse). Cleared when
 * too big; a field registers again, under the new generation, when a set that holds it is next asked.
 */
const tailOwners = new Map<string, FieldPiece[]>();
/**
 * Which fields' names contain each piece of two characters or more (shortLabelForms asks whether another field's name
 * includes each start of a name: a scan of every other field's names per start, once per field of every new set).
 */
const partOwners = new Map<string, FieldPiece[]>();
const registeredIn = new WeakMap<FieldPiece, number>();
let tailGeneration = 0;
const TAIL_LIMIT = 200_000;

function registerTails(piece: FieldPiece): void {
  if (registeredIn.get(piece) === tailGeneration) return;
  registeredIn.set(piece, tailGeneration);
  const tails = new Set<string>();
  const parts = new Set<string>();
  for (const name of [piece.field.label, ...piece.field.aliases]) {
    if (typeof name !== 'string') continue;
    for (let from = 0; from < name.length; from++) {
      tails.add(name.slice(from));
      for (let to = from + 2; to <= name.length; to++) parts.add(name.slice(from, to));
    }
  }
  for (const tail of tails) {
    const owners = tailOwners.get(tail);
    if (owners) owners.push(piece);
    else tailOwners.set(tail, [piece]);
  }
  for (const part of parts) {
    const owners = partOwners.get(part);
    if (owners) owners.push(piece);
    else partOwners.set(part, [piece]);
  }
}

/** labelForms' questions about the other fields of a set (fields distinct by key), for the field at each ordinal. */
function otherNamesOf(pieces: readonly FieldPiece[]): { of(ordinal: number): OtherNames } {
  if (tailOwners.size >= TAIL_LIMIT || partOwners.size >= TAIL_LIMIT) {
    tailOwners.clear();
    partOwners.clear();
    tailGeneration++;
  }
  for (const piece of pieces) registerTails(piece);
  let generation = tailGeneration;
  const members = new Set(pieces);
  // cleared since (by a later set): this set's fields register again first
  const registered = (): void => {
    if (generation !== tailGeneration) {
      for (const piece of pieces) registerTails(piece);
      generation = tailGeneration;
    }
  };
  return {
    of: (ordinal) => ({
      someEndsWith: (tail) => {
        registered();
        return (tailOwners.get(tail) ?? []).some((p) => p !== pieces[ordinal] && members.has(p));
      },
      someIncludes: (part) => {
        if (part.length < 2) return pieces.some((p, i) => i !== ordinal && [p.field.label, ...p.field.aliases].some((n) => n.includes(part)));
        registered();
        return (partOwners.get(part) ?? []).some((p) => p !== pieces[ordinal] && members.has(p));
      },
    }),
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
