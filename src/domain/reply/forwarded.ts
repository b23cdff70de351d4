// Chat messages a clerk forwards from others, each under a header of its own.

/**
 * FORWARDED_HEADER: a town clerk pasting the villages' own messages puts each under a header that says who sent it
 * and when: 【峡门村 向明 11-30 10:32】 / 【天池村-李会计】 / 【和平村】. The unit the header names is what the words after
 * it are for; the sender's name, the date and the time are no figures and no labels. Only a header that opens a line
 * and names a unit, or carries a time, is read so (【报数】 or a bracketed note stays as written).
 */
const HEADER = /(?<=^|\n)[ \t]*【([^【】\n]{1,40})】/g;
const PIECE = /[^\s\-—–·:：,，/|｜]+/g;
const CLOCK = /\d{1,2}[:：]\d{2}/;

/**
 * Each forwarded header is overwritten with spaces (length kept), except the unit's name in it, which stays where the
 * header was, so the lines after it open with that name as a clerk would type them (峡门村 蓄水池新建3口…).
 */
export function unwrapForwardedHeaders(text: string, isUnit: (name: string) => boolean): string {
  if (!text.includes('【')) return text;
  return text.replace(HEADER, (whole, inner: string) => {
    const at = whole.indexOf('【') + 1;
    const unit = [...inner.matchAll(PIECE)].find((p) => isUnit(p[0]));
    if (!unit && !CLOCK.test(inner)) return whole;
    const out = ' '.repeat(whole.length).split('');
    if (unit) for (let i = 0; i < unit[0].length; i++) out[at + unit.index! + i] = unit[0][i]!;
    return out.join('');
  });
}
