// Chinese and Arabic numerals as officials write them: 一百二十, 二百零八, 两, 十四, 1.28万, 3.5千.

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 俩: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 10_000, 萬: 10_000, 亿: 100_000_000, 億: 100_000_000 };

/** Characters that may appear in a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = '零〇一壹二贰两俩三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬亿億';

/**
 * Parses a whole Chinese numeral (一百二十 → 120, 十四 → 14, 二〇二六 → 2026). Returns null when the text is not one.
 */
/**
 * 三四户, 一二十户, 两三百人: two neighbouring digits side by side say "three or four", not 34. Digit-by-digit
 * numbers with a zero in them (二〇一二) are left alone.
 */
function isApproximatePair(text: string): boolean {
  const chars = [...text];
  if (chars.some((ch) => DIGITS[ch] === 0)) return false;
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = DIGITS[chars[i]!];
    const b = DIGITS[chars[i + 1]!];
    if (a !== undefined && b !== undefined && b === a + 1) return true;
  }
  return false;
}

export function parseChineseInteger(text: string): number | null {
  if (!text) return null;
  for (const ch of text) if (!(ch in DIGITS) && !(ch in SMALL_UNITS) && !(ch in BIG_UNITS)) return null;
  if (isApproximatePair(text)) return null;
  // Digit-by-digit form (二〇二六) when there are no unit characters.
  if ([...text].every((ch) => ch in DIGITS)) {
    if (text.length === 1) return DIGITS[text]!;
    return Number([...text].map((ch) => DIGITS[ch]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  // The unit just before a trailing digit, unless a 零 came between: 一百二 is 120 and 三万五 35000, but 一百零二 is 102.
  let lastUnit = 0;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (DIGITS[ch] === 0) lastUnit = 0;
      digit = DIGITS[ch]!;
    } else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch]!;
      lastUnit = SMALL_UNITS[ch]!;
      digit = null;
    } else {
      const big = BIG_UNITS[ch]!;
      total = (total + section + (digit ?? 0)) * big;
      lastUnit = big;
      section = 0;
      digit = null;
    }
  }
  const trailing = digit ?? 0;
  const scaled = digit !== null && lastUnit >= 100 ? trailing * (lastUnit / 10) : trailing;
  return total + section + scaled;
}

/**
 * Parses a number token: Arabic (1,280 / 1.28 / ５), Chinese (一百二十), or either with a trailing 万/千/亿 multiplier
 * (1.28万 → 12800, 3.5千 → 3500). Returns null when it is not a number.
 */
export function parseNumberToken(token: string): number | null {
  const t = toHalfWidth(token).replace(/[,，](?=\d{3})/g, '').trim();
  if (!t) return null;
  const arabic = /^([+-]?\d+(?:\.\d+)?)\s*(万|萬|[wW]|千|亿|億)?$/.exec(t);
  if (arabic) {
    const base = Number(arabic[1]);
    const mult = arabic[2] ? multiplier(arabic[2]) : 1;
    return roundFloat(base * mult);
  }
  return parseChineseInteger(t);
}

function multiplier(ch: string): number {
  if (ch === '千') return 1000;
  if (ch === 'w' || ch === 'W') return 10_000;
  return BIG_UNITS[ch] ?? 1;
}

/** Removes binary float noise (1.28 * 10000 = 12800.000000000002). */
export function roundFloat(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** Full-width digits, letters and punctuation to half-width (１２０ → 120, ： → :). */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** A regex source matching one number token (Arabic with optional decimals, or Chinese), with optional 万/千. */
export const NUMBER_PATTERN = `(?:\\d+(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]+)(?:万|萬|千)?`;
