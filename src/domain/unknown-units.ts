// Unit names a message uses that the roster does not have, read from where a name must stand: in a list beside a
// unit the roster knows (石桥镇、黄山镇), in the addressee before a colon (黄山镇：), or as what an edit adds (加上朱沱镇).
// The bot says it skipped them instead of dropping them without a word.
import type { Roster } from './types.js';

const SUFFIX = '(?:街道|社区|镇|乡|村)';
const CJK = '[\\u4e00-\\u9fff]';
/** A name at the start of a list item: the shortest run of 2–8 characters that ends in a unit suffix. */
const LEADING_NAME = new RegExp(`^\\s*(${CJK}{2,8}?${SUFFIX})`);
/** A name at the end of the text before a list separator. */
const TRAILING_NAME = new RegExp(`(${CJK}{2,8}${SUFFIX})\\s*$`);
const LIST_SEPARATOR = /^\s*(?:、|和|及|与|以及)\s*/;
/** Words that open a clause rather than a name (请黄山镇 → 黄山镇). */
const LEADING_WORDS = /^(?:请|由|对|向|在|于|将|把|给|至|到|让|和|及|与|即|如|共|含|包括|另)+/;
/** A stem starting with these is a group or a reference (各村, 所辖村, 其他社区, 本镇), not a unit's name. */
const NOT_A_NAME = /^(?:各|全|本|该|此|其|所|每|有关|相关|辖区|下辖|其他|其余|以上|上述|农村|城乡|乡镇|镇街|行政)/;

function cleanName(raw: string): string | null {
  const name = raw.replace(LEADING_WORDS, '');
  const stem = name.replace(new RegExp(`${SUFFIX}$`), '');
  if (stem.length < 2 || NOT_A_NAME.test(name) || /各|所辖|下辖|其他|其余/.test(name)) return null;
  return name;
}

function knownNames(roster: Roster): string[] {
  return roster.units.filter((u) => u.kind !== 'district').map((u) => u.name).sort((a, b) => b.length - a.length);
}

const isKnown = (name: string, known: string[]): boolean => known.some((k) => name === k || name.endsWith(k));

/** Names in lists and addressee lines of a notice that are not on the roster, in order of appearance. */
export function unknownUnitsInNotice(text: string, roster: Roster): string[] {
  const known = knownNames(roster);
  const found: string[] = [];
  const add = (name: string | null): void => {
    if (name && !isKnown(name, known) && !found.includes(name)) found.push(name);
  };
  for (const name of known) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      // Rightwards along the list: 石桥镇、黄山镇、白沙镇……
      let end = at + name.length;
      for (;;) {
        const sep = LIST_SEPARATOR.exec(text.slice(end));
        if (!sep) break;
        const next = LEADING_NAME.exec(text.slice(end + sep[0].length));
        if (!next) break;
        add(cleanName(next[1]!));
        end += sep[0].length + next[0].length;
      }
      // Leftwards: 黄山镇、石桥镇
      let start = at;
      for (;;) {
        const before = text.slice(Math.max(0, start - 12), start);
        const sep = /\s*(?:、|和|及|与|以及)\s*$/.exec(before);
        if (!sep) break;
        const prev = TRAILING_NAME.exec(before.slice(0, before.length - sep[0].length));
        if (!prev) break;
        add(cleanName(prev[1]!));
        start -= sep[0].length + prev[0].length;
      }
    }
  }
  // An addressee line that is one name: 黄山镇：
  for (const m of text.matchAll(new RegExp(`(?:^|\\n)\\s*(${CJK}{2,8}?${SUFFIX})\\s*[：:]`, 'g'))) add(cleanName(m[1]!));
  return found;
}

/**
 * ASKED_BY_NAME: 请白鹤乡、何埂镇于明天中午前补报… — the units an ask names right after 请, as a list. Names made of
 * words of a clause (请在家的同志下村, 请你们镇) are none: a name holds no particle, verb of motion, pointer or group word.
 */
const ASKED_LIST = new RegExp(`请((?:${CJK}{2,8}?${SUFFIX})(?:\\s*(?:、|和|及|与)\\s*${CJK}{2,8}?${SUFFIX})*)`, 'g');
// (请你们镇 / 请这两个镇: a pointer or a count of units said back, not a name)
const NOT_IN_A_NAME = /[的了在要去下到把将给向对由于是有为与和及或各全本该此其所每按从这那我你您们几个]/;

/** The names an ask puts right after 请 that the roster does not have, in order. */
export function unknownUnitsAskedByName(text: string, roster: Roster): string[] {
  const known = knownNames(roster);
  const found: string[] = [];
  for (const m of text.matchAll(ASKED_LIST)) {
    for (const raw of m[1]!.split(/\s*(?:、|和|及|与)\s*/)) {
      const name = cleanName(raw);
      if (!name || NOT_IN_A_NAME.test(name.replace(new RegExp(`${SUFFIX}$`), '')) || isKnown(name, known) || found.includes(name)) continue;
      found.push(name);
    }
  }
  return found;
}

/** The unit-like names in what an edit adds or removes (加上朱沱镇、松溉镇), whether or not the roster has them. */
export function unitNamesIn(text: string): string[] {
  return text.split(/、|和|及|与|，|,|\s+/).map((item) => {
    const m = LEADING_NAME.exec(item.replace(LEADING_WORDS, ''));
    return m ? cleanName(m[1]!) : null;
  }).filter((n): n is string => n !== null);
}

/** Of those, the ones the roster does not have. */
export function unknownUnitNames(names: string[], roster: Roster): string[] {
  const known = knownNames(roster);
  return names.filter((n) => !isKnown(n, known));
}
