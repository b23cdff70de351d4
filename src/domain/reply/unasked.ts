// A figure labelled with an item of the dictionary that this unit was not asked for (特困人数5人 when only 低保人数 is
// open): it is acknowledged as such, never filed under an open field that merely shares a character or two with it.
import type { FieldDef } from '../types.js';
import { unitFit } from './bind.js';
import { indexCandidates, type CandidateIndex, type FieldEntry } from './candidate-index.js';
import { FILLER } from './phrases.js';
import type { Quantity } from './quantities.js';

/** How much better the dictionary's item must name the label than any open field does. */
const MARGIN = 0.5;
/** At least two distinctive characters in a row shared with the dictionary's item. */
const MIN_SIM = 2;

const dictionaryIndexes = new WeakMap<readonly FieldDef[], CandidateIndex>();

export function dictionaryIndex(dictionary: readonly FieldDef[]): CandidateIndex {
  let index = dictionaryIndexes.get(dictionary);
  if (!index) {
    index = indexCandidates(dictionary);
    dictionaryIndexes.set(dictionary, index);
  }
  return index;
}

/** The dictionary's names that filler words would cut (海报: 报 is a filler of 报了5户), longest first, as one pattern. */
const guardedNames = new WeakMap<CandidateIndex, RegExp | null>();

// NAME_KEEPS_ITS_FILLER: (东门海报25张: 报 is struck out of a label as the verb of 报了5户, but inside 海报, a name of a dictionary
// item, it is part of the noun — the name is kept whole and only the words around it lose their fillers)
function withoutFiller(label: string, dictionary: CandidateIndex): string {
  let guard = guardedNames.get(dictionary);
  if (guard === undefined) {
    const names = new Set<string>();
    for (const entry of dictionary.numericEntries) {
      for (const n of entry.names) if (n.length >= 2 && n.replace(FILLER, '') !== n) names.add(n);
    }
    const sorted = [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    guard = sorted.length > 0 ? new RegExp(`(${sorted.join('|')})`) : null;
    guardedNames.set(dictionary, guard);
  }
  if (!guard || !guard.test(label)) return label.replace(FILLER, '');
  return label.split(guard).map((piece, i) => (i % 2 === 1 ? piece : piece.replace(FILLER, ''))).join('');
}

export type Unasked =
  /** The label names this item, which nobody asked of the unit. */
  | { kind: 'unasked'; entry: FieldEntry }
  /** The label names this unasked item about as well as the open field it was bound to: ask before filing it. */
  | { kind: 'doubt'; entry: FieldEntry };

/**
 * The dictionary item the label names better than every open field, when that item was not asked of this unit:
 * clearly better (by MARGIN) is `unasked`; as well as the bound field, when the label does not spell that field out,
 * is `doubt`. Null when an open field is named better, or the label names nothing in particular.
 */
export function unaskedItem(
  label: string, q: Quantity, asked: CandidateIndex, dictionary: CandidateIndex, askedKeys: ReadonlySet<string>,
): Unasked | null {
  const words = withoutFiller(label, dictionary);
  if (words.length < 2) return null;
  const inDictionary = dictionary.match(words);
  let best: FieldEntry | null = null;
  let bestRank = -Infinity;
  for (const entry of dictionary.numericEntries) {
    if (askedKeys.has(entry.field.key)) continue;
    const m = inDictionary[entry.ordinal]!;
    // NAME_SAID_WHOLE: (东门海报25张 with 海报 a name of the item: a name said whole needs no two distinctive characters)
    if (m.sim < MIN_SIM && !entry.names.some((n) => n.length >= 2 && words.includes(n))) continue;
    // A shipped entry standing behind a scenario's own dictionary answers to its exact names only.
    if (entry.field.fallback && !entry.names.some((n) => words.includes(n))) continue;
    const fit = unitFit(q.unit, entry.field.unit);
    if (fit < 0) continue;
    if (m.rank + fit > bestRank) {
      best = entry;
      bestRank = m.rank + fit;
    }
  }
  if (!best) return null;
  const inAsked = asked.match(words);
  let askedRank = -Infinity;
  let askedComplete = false;
  for (const entry of asked.numericEntries) {
    const m = inAsked[entry.ordinal]!;
    if (m.sim <= 0) continue;
    const rank = m.rank + Math.max(0, unitFit(q.unit, entry.field.unit));
    if (rank > askedRank) {
      askedRank = rank;
      askedComplete = m.complete;
    }
  }
  if (askedRank + MARGIN < bestRank) return { kind: 'unasked', entry: best };
  if (askedRank <= bestRank && !askedComplete) return { kind: 'doubt', entry: best };
  return null;
}
