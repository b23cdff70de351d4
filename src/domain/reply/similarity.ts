// How much of a field's name a phrase mentions. Replies abbreviate labels (特困 for 特困供养人数, 查了 for 已检查场所数),
// so this scores shared substrings rather than whole-name equality.

/** Characters that appear in many labels or in ordinary talk: they only count inside a longer shared substring. */
const GENERIC = new Set([...'数量人户次个处家元额情况总计合的了是否有无已未在和及与等项报填共为']);

const GENERIC_WEIGHT = 0.3;
const SINGLE_CHAR_WEIGHT = 0.6;

/** Longest phrase considered: a label sits right before its number, anything earlier is noise. */
export const MAX_PHRASE = 24;

const scratch = [new Uint16Array(64), new Uint16Array(64), new Uint16Array(64)];

/** Zeroed scratch arrays, reused across calls (the parser is synchronous). */
function buffer(slot: number, length: number): Uint16Array {
  if (scratch[slot]!.length < length) scratch[slot] = new Uint16Array(length * 2);
  const b = scratch[slot]!.subarray(0, length);
  b.fill(0);
  return b;
}

function isDistinctive(ch: string): boolean {
  return !GENERIC.has(ch) && /[\p{L}]/u.test(ch);
}

function charWeight(ch: string): number {
  return GENERIC.has(ch) ? GENERIC_WEIGHT : 1;
}

/** Per distinctive name character the phrase does not mention: ranks 九小场所 closer to 九小场所数量 than to 已检查九小场所数. */
const UNMATCHED_PENALTY = 0.15;

export interface NameMatch {
  /** Weighted shared characters: decides whether the phrase names the field at all. */
  sim: number;
  /** sim minus a small penalty for what the name has and the phrase lacks: ranks fields that both match. */
  rank: number;
  /** The phrase mentions every distinctive character of some name (九小场所 for 九小场所数量). */
  complete: boolean;
  /** Distinctive characters of the phrase left unmatched (占经营 in 占道经营 against 消防通道堵塞处数). */
  extra: number;
}

/**
 * Greedily takes the longest common substrings of phrase and name (each character used once) and sums their
 * weights. A lone shared character counts only when it is distinctive (查 in 查了 → 已检查场所数).
 */
export function nameSimilarity(phrase: string, name: string): number {
  return nameMatch(phrase, name).sim;
}

const NO_MATCH: NameMatch = { sim: 0, rank: 0, complete: false, extra: Infinity };

export function nameMatch(phrase: string, name: string): NameMatch {
  const p = phrase.length > MAX_PHRASE ? phrase.slice(phrase.length - MAX_PHRASE) : phrase;
  if (!p || !name) return NO_MATCH;
  // Only a distinctive shared character can make a match worth having; most names fail here cheaply.
  let shared = false;
  for (let j = 0; j < name.length && !shared; j++) shared = !GENERIC.has(name[j]!) && p.includes(name[j]!);
  if (!shared) return NO_MATCH;
  const usedP = buffer(0, p.length);
  const usedN = buffer(1, name.length);
  const row = buffer(2, name.length + 1);
  let score = 0;
  for (;;) {
    let bestLen = 0;
    let bestEndP = 0;
    let bestEndN = 0;
    let singleP = -1;
    let singleN = -1;
    row.fill(0);
    for (let i = 0; i < p.length; i++) {
      // Walk the row backwards so row[j] still holds the previous row's value when reading row[j].
      for (let j = name.length - 1; j >= 0; j--) {
        if (!usedP[i] && !usedN[j] && p[i] === name[j]) {
          const len = row[j]! + 1;
          row[j + 1] = len;
          if (singleP < 0 && !GENERIC.has(p[i]!)) {
            singleP = i;
            singleN = j;
          }
          if (len > bestLen) {
            bestLen = len;
            bestEndP = i;
            bestEndN = j;
          }
        } else {
          row[j + 1] = 0;
        }
      }
    }
    if (bestLen < 2) {
      if (singleP < 0) break;
      score += SINGLE_CHAR_WEIGHT;
      usedP[singleP] = 1;
      usedN[singleN] = 1;
      continue;
    }
    for (let k = 0; k < bestLen; k++) {
      score += charWeight(p[bestEndP - k]!);
      usedP[bestEndP - k] = 1;
      usedN[bestEndN - k] = 1;
    }
  }
  if (score === 0) return NO_MATCH;
  let missing = 0;
  for (let j = 0; j < name.length; j++) if (!usedN[j] && !GENERIC.has(name[j]!)) missing++;
  let extra = 0;
  for (let i = 0; i < p.length; i++) if (!usedP[i] && isDistinctive(p[i]!)) extra++;
  return { sim: score, rank: score - missing * UNMATCHED_PENALTY, complete: missing === 0, extra };
}

/**
 * Spoken aspect words (已经缴了两千七百八十人 for 已缴费人数): speech says 已经 where a label writes 已, so a phrase is
 * matched with 已经 read as 已. (已经营 keeps its 经: 经营 is a word of its own.)
 */
const SPOKEN_ALREADY = /已经(?!营|办|济|费)/g;

/**
 * 井盖一百四十个坏了五个: speech says 坏了 where a label writes 破损 (破损缺失井盖数), so a phrase is matched with 坏了 /
 * 坏掉 / 坏的 read as 破损 (a label of 损坏 still shares 损 with it, as it shared 坏 before).
 */
const SPOKEN_BROKEN = /坏(?:掉了?|了|的)/g;

export function asWritten(phrase: string): string {
  const written = phrase.includes('已经') ? phrase.replace(SPOKEN_ALREADY, '已') : phrase;
  return written.includes('坏') ? written.replace(SPOKEN_BROKEN, '破损') : written;
}

/** Best match over a field's label and aliases. */
export function namesMatch(phrase: string, names: readonly string[]): NameMatch {
  let sim = 0;
  let rank = -Infinity;
  let complete = false;
  let extra = Infinity;
  for (const name of names) {
    const m = nameMatch(phrase, name);
    if (m.sim > sim) sim = m.sim;
    if (m.sim > 0 && m.rank > rank) rank = m.rank;
    if (m.complete) complete = true;
    if (m.extra < extra) extra = m.extra;
  }
  return sim > 0 ? { sim, rank, complete, extra } : NO_MATCH;
}

export function namesSimilarity(phrase: string, names: readonly string[]): number {
  return namesMatch(phrase, names).sim;
}

/** Longest run of characters, generic ones included, that the phrase shares with any of the names (人次 ↔ 临时救助人次 = 2). */
export function longestSharedRun(phrase: string, names: readonly string[]): number {
  const p = phrase.length > 12 ? phrase.slice(phrase.length - 12) : phrase;
  let best = 0;
  for (const name of names) {
    for (let i = 0; i < p.length; i++) {
      for (let j = 0; j < name.length; j++) {
        let k = 0;
        while (i + k < p.length && j + k < name.length && p[i + k] === name[j + k]) k++;
        if (k > best) best = k;
      }
    }
  }
  return best;
}
