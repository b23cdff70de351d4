// How much of a field's name a phrase mentions. Replies abbreviate labels (特困 for 特困供养人数, 查了 for 已检查场所数),
// so this scores shared substrings rather than whole-name equality.

/** Characters that appear in many labels or in ordinary talk: they only count inside a longer shared substring. */
const GENERIC = new Set([...'数量人户次个处家元额情况总计合的了是否有无已未在和及与等项报填共为']);

const GENERIC_WEIGHT = 0.3;
const SINGLE_CHAR_WEIGHT = 0.6;

/** Longest phrase considered: a label sits right before its number, anything earlier is noise. */
export const MAX_PHRASE = 24;

const scratch = [new Uint16Array(64), new Uint16Array(64), new Uint16Array(64), new Uint16Array(64), new Uint16Array(64)];

/** Zeroed scratch arrays, reused across calls (the parser is synchronous). */
function buffer(slot: number, length: number): Uint16Array {
  if (scratch[slot]!.length < length) scratch[slot] = new Uint16Array(length * 2);
  const b = scratch[slot]!.subarray(0, length);
  b.fill(0);
  return b;
}

/** GENERIC by UTF-16 code unit: the matcher compares codes, as indexing a string by a Han character allocates one. */
const GENERIC_CODE = new Uint8Array(0x10000);
for (const ch of GENERIC) GENERIC_CODE[ch.charCodeAt(0)] = 1;
/** isDistinctive by code unit: 0 not yet asked, 1 distinctive, 2 not. */
const DISTINCTIVE_CODE = new Uint8Array(0x10000);

function isDistinctive(ch: string): boolean {
  return !GENERIC.has(ch) && /[\p{L}]/u.test(ch);
}

function isDistinctiveCode(code: number): boolean {
  let known = DISTINCTIVE_CODE[code]!;
  if (known === 0) DISTINCTIVE_CODE[code] = known = isDistinctive(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
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
  const pLength = p.length;
  const nLength = name.length;
  // Only a distinctive shared character can make a match worth having; most names fail here cheaply.
  let shared = false;
  for (let j = 0; j < nLength && !shared; j++) {
    const code = name.charCodeAt(j);
    if (GENERIC_CODE[code]) continue;
    for (let i = 0; i < pLength; i++) {
      if (p.charCodeAt(i) === code) {
        shared = true;
        break;
      }
    }
  }
  if (!shared) return NO_MATCH;
  const pCodes = buffer(3, pLength);
  for (let i = 0; i < pLength; i++) pCodes[i] = p.charCodeAt(i);
  const nCodes = buffer(4, nLength);
  for (let j = 0; j < nLength; j++) nCodes[j] = name.charCodeAt(j);
  const usedP = buffer(0, pLength);
  const usedN = buffer(1, nLength);
  const row = buffer(2, nLength + 1);
  let score = 0;
  for (;;) {
    let bestLen = 0;
    let bestEndP = 0;
    let bestEndN = 0;
    let singleP = -1;
    let singleN = -1;
    row.fill(0);
    for (let i = 0; i < pLength; i++) {
      const code = pCodes[i]!;
      const freeP = !usedP[i];
      // Walk the row backwards so row[j] still holds the previous row's value when reading row[j].
      for (let j = nLength - 1; j >= 0; j--) {
        if (freeP && !usedN[j] && code === nCodes[j]) {
          const len = row[j]! + 1;
          row[j + 1] = len;
          if (singleP < 0 && !GENERIC_CODE[code]) {
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
      score += GENERIC_CODE[pCodes[bestEndP - k]!] ? GENERIC_WEIGHT : 1;
      usedP[bestEndP - k] = 1;
      usedN[bestEndN - k] = 1;
    }
  }
  if (score === 0) return NO_MATCH;
  let missing = 0;
  for (let j = 0; j < nLength; j++) if (!usedN[j] && !GENERIC_CODE[nCodes[j]!]) missing++;
  let extra = 0;
  for (let i = 0; i < pLength; i++) if (!usedP[i] && isDistinctiveCode(pCodes[i]!)) extra++;
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
