// The one grammar for numbers as officials and clerks write them: Arabic and Chinese digits (一百二十, 两千零五,
// 1.28万, 0.12万, 三点五), thousands separators (3,456 / 3，456), spoken magnitudes (4万6千, 1万2), percentages
// (百分之十二, 12%), signs (负5, -5) and approximations (约三百八, 大概1.2万, 20余户, 120户左右) kept as such.

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 俩: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 10_000, 萬: 10_000, 亿: 100_000_000, 億: 100_000_000 };

/** Characters that may appear in a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = '零〇一壹二贰两俩三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬亿億';

/**
 * 三四户, 一二十户, 两三百人: two neighbouring digits side by side say "three or four", not 34. Digit-by-digit
 * numbers with a zero in them (二〇一二) are left alone.
 */
function isApproximatePair(text: string): boolean {
  const chars = [...text];
  if (chars.some((ch) => DIGITS[ch] === 0)) return false;
  // DIGITS_ONE_BY_ONE: 一二八户 / 二一三人 — three to six digits with no 十/百/千 between them are a count said digit by
  // digit (voice input), 128; only two neighbours (三四户) say "three or four". A run that only counts up (一二三, 三四五) is
  // no figure either way: it stays unread; longer runs (a phone number said aloud) keep the old rule.
  if (chars.length >= 3 && chars.length <= 6 && chars.every((ch) => ch in DIGITS)) return chars.every((ch, i) => i === 0 || DIGITS[ch] === DIGITS[chars[i - 1]!]! + 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = DIGITS[chars[i]!];
    const b = DIGITS[chars[i + 1]!];
    if (a !== undefined && b !== undefined && b === a + 1) return true;
  }
  return false;
}

/**
 * Parses a whole Chinese numeral (一百二十 → 120, 十四 → 14, 二〇二六 → 2026). Returns null when the text is not one,
 * or when it names two neighbouring numbers (三四户) rather than one.
 */
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
  let highest = 0;
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
      // 二亿六千五百万: a smaller magnitude after a larger one scales only its own part (265,000,000).
      if (big > highest) total = (total + section + (digit ?? 0)) * big;
      else total += (section + (digit ?? 0)) * big;
      highest = Math.max(highest, big);
      lastUnit = big;
      section = 0;
      digit = null;
    }
  }
  const trailing = digit ?? 0;
  const scaled = digit !== null && lastUnit >= 100 ? trailing * (lastUnit / 10) : trailing;
  return total + section + scaled;
}

/** Removes binary float noise (1.28 * 10000 = 12800.000000000002) without losing small values (0.0000001). */
export function roundFloat(n: number): number {
  return Number.isFinite(n) && n !== 0 ? Number(n.toPrecision(15)) : n;
}

/**
 * A number as people write it, never in exponent form: 0.0000001 (not 1e-7), 1000000000000000000000 (not 1e+21).
 * JavaScript switches to exponents below 1e-6 and from 1e21; the digits are shifted back into place from that form.
 */
export function writeDecimal(n: number): string {
  const plain = String(n);
  const exp = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(plain);
  if (!exp) return plain;
  const [, sign, whole, fraction = '', power] = exp as unknown as [string, string, string, string | undefined, string];
  const digits = whole + fraction;
  const point = whole.length + Number(power);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  return `${sign}${digits.padEnd(point, '0')}`;
}

/** Full-width digits, letters and punctuation to half-width (１２０ → 120, ： → :). */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** A regex source matching one number token (Arabic with optional decimals, or Chinese), with optional 万/千. */
export const NUMBER_PATTERN = `(?:\\d+(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]+)(?:万|萬|千)?`;

/** One number found in a text. */
export interface NumberToken {
  /** First character of the number (its sign when it has one). */
  start: number;
  /** Just past the number, its multiplier and spoken tail (1万2千), and a 余/多/来 right after it. */
  end: number;
  /** The number as written, without a 万/千/亿 multiplier after Arabic digits (Chinese numerals fold it in). */
  base: number;
  /** 1, 100, 1000, 10000 or 1e8 when a multiplier follows Arabic digits (1.28万). */
  multiplier: number;
  value: number;
  /** Written in Chinese numerals. */
  chinese: boolean;
  /** Has a fractional part (1.5, 三点五). */
  decimal: boolean;
  /** 负5, -5. */
  negative: boolean;
  /** Written as 百分之…: the figure is a percentage. */
  percent: boolean;
  /** 约/大概/左右/多/余/几: the writer gave an estimate, not an exact figure. */
  approximate: boolean;
  /** 可能是88, 也许: the writer is not sure of it; asked about, never stored. */
  tentative: boolean;
  /** More digits than a double holds exactly (9007199254740993, 22 nines): the value cannot be kept. */
  unsafe: boolean;
}

// (128,203,12: a group that is not three digits ends no thousands run; the run is a list of figures, not 128203)
// FULL_WIDTH_PAUSE_BETWEEN_FIGURES: 还是150，156是算上了志愿者走访的 / 还是203，210把隔壁组的算进来了 — a full-width comma is
// the Chinese pause as often as a thousands mark: it groups thousands only when the figure it makes ends there or runs into
// a measure word (１，３５０人, 3，456元); a figure whose next words say something of it (156是…, 210把…) is a figure of its own
// after a pause (150156 and 203210 were read).
const FIGURE_OWN_WORDS = '户人份处次个家名台条张件起亩元吨套床场具辆间座所头只支本册块批项栋公米万千亿斤克升株羽口例位余多来左上';
const ARABIC = new RegExp(
  String.raw`(?:\d{1,3}(?:,\d{3})+(?!\d|[,，]\d)|\d{1,3}(?:[,，]\d{3})+(?![\d,，])(?!\s*[\u4e00-\u9fa5](?<![${FIGURE_OWN_WORDS}]))|\d+)(?:\.\d+)?`,
  'y',
);
/**
 * 参保人数38 215人: a space groups thousands as some forms print them, when a label is right before the number and a
 * measure word right after it (a row of figures, 12 208, is two numbers).
 */
const SPACE_GROUPED = /\d{1,3}(?: \d{3})+(?=[\u4e00-\u9fa5%])/y;
const CHINESE_RUN = /[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億]+/y;
/** 三点五 / 一百二十点五: the digits after 点 are read one by one; 三点五十 and 三点五分 are clock times. */
const CHINESE_FRACTION = /点([零〇一二两三四五六七八九]+)(?![十百千分秒钟刻半])/y;
const FRACTION_DIGITS: Record<string, string> = {
  零: '0', 〇: '0', 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};
const TRAILING_BIG = /[万萬亿億]$/;
// w / W: the chat shorthand for 万 (1.2w户, 3w元), only right after an Arabic number and not inside a word.
const MULTIPLIERS: Record<string, number> = { 万: 10_000, 萬: 10_000, w: 10_000, W: 10_000, 千: 1000, 仟: 1000, 亿: 1e8, 億: 1e8, 百: 100, 佰: 100 };
const TAIL_UNITS: Record<string, number> = { 千: 1000, 仟: 1000, 百: 100, 佰: 100, 十: 10, 拾: 10 };
const MULTIPLIER_AFTER = /^\s*([万萬千仟亿億百佰]|[wW](?![A-Za-z]))/;

/** Words before a number that make it an estimate (约三百八, 大概1.2万). 节约/预约/约谈 are not among them. */
// (约为23户 / 大约有23户 / 估计在23户上下: a copula or 有 / 在 may stand between the word and the figure)
const APPROX_BEFORE = /(?:(?<![节制签预契公婚相])约|大约|大概|大致|大体|估计|估算|预计|差不多|将近|接近|(?<![最附临接将])近|上下)(?:为|是|有|在)?\s*$/;
/** The writer is unsure (可能是88, 也许90): not even an estimate to keep. */
const TENTATIVE_BEFORE = /(?:可能|也许|或许|好像|大概可能|不确定)\s*(?:是|有|为)?\s*$/;
/** Right after the number (20余户, 120多人, 30来个, 1万多元, 二十几人). */
const APPROX_RIGHT_AFTER = /^(?:余|多|来|出头|几(?![十百千万]))/;
/** After the number and its measure word (120户左右, 1.2万上下). */
// ESTIMATE_WORD_ENDS_IT: (宣传单500张差不多 / 130户差不多吧: 差不多 after the figure, ending its clause, makes it an estimate;
// not when it goes on to say something (500张差不多都发完了), nor when a voice run goes on to the next item)
// (低保户128户多一点 / 128户多一些: a little more than the figure, ending its clause)
export const APPROX_AFTER_UNIT = /^\s*(?:左右|上下|出头|许|(?:差不多|多一?点|多一些|多些)(?=\s*(?:吧|的样子)?\s*(?:$|[，,。；;！!~～？?\n])))/;

/** The spoken smaller parts after an Arabic number and its magnitude: 4万6千, 1万2千5百, 3千2, 1百零5. */
function readTail(rest: string, magnitude: number, whole: boolean): { add: number; length: number } | null {
  let add = 0;
  let length = 0;
  let last = magnitude;
  for (;;) {
    const m = /^(零)?(\d+)([千仟百佰十拾])?/.exec(rest.slice(length));
    if (!m) break;
    const digits = Number(m[2]);
    const unit = m[3] ? TAIL_UNITS[m[3]]! : 0;
    if (unit) {
      if (unit >= last || digits * unit >= last) break;
      add += digits * unit;
      last = unit;
      length += m[0].length;
      continue;
    }
    if (!whole || m[2]!.length !== 1) break;
    if (m[1]) add += digits;
    else if (last >= 100) add += digits * (last / 10);
    else break;
    length += m[0].length;
    break;
  }
  return length ? { add, length } : null;
}

/** Digits beyond what a double keeps exactly: 9007199254740993 or a long string of nines. */
function arabicIsUnsafe(digits: string): boolean {
  const [whole = '', fraction = ''] = digits.split('.');
  if (Number(whole) > Number.MAX_SAFE_INTEGER) return true;
  return fraction !== '' && (whole.replace(/^0+/, '') + fraction).replace(/0+$/, '').length > 15;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** A minus sign or 负 right before the number, not the dash of a range (120-130) or of a code. */
function signBefore(text: string, at: number): number {
  const ch = text[at - 1];
  if (ch === '负') return at - 1;
  if (ch !== '-' && ch !== '－' && ch !== '−') return -1;
  const before = text[at - 2];
  if (before !== undefined && /[\dA-Za-z.\-－−~～至到]/.test(before)) return -1;
  return at - 1;
}

/** Reads the number starting at `at` (an Arabic digit or a Chinese numeral), or null when none starts there. */
export function readNumberAt(text: string, at: number): NumberToken | null {
  let end: number;
  let base: number;
  let multiplier = 1;
  let chinese = false;
  let decimal = false;
  let unsafe = false;
  let percent = false;
  if (isDigit(text[at])) {
    SPACE_GROUPED.lastIndex = at;
    const grouped = /[\u4e00-\u9fa5:：]/.test(text[at - 1] ?? '') ? SPACE_GROUPED.exec(text) : null;
    ARABIC.lastIndex = at;
    const m = grouped ?? ARABIC.exec(text);
    if (!m) return null;
    const digits = m[0].replace(/[,， ]/g, '');
    decimal = digits.includes('.');
    unsafe = arabicIsUnsafe(digits);
    base = Number(digits);
    end = at + m[0].length;
    const mult = MULTIPLIER_AFTER.exec(text.slice(end, end + 4));
    if (mult) {
      multiplier = MULTIPLIERS[mult[1]!]!;
      end += mult[0].length;
      const tail = readTail(text.slice(end, end + 12), multiplier, !decimal);
      if (tail) {
        base = (base * multiplier + tail.add) / multiplier;
        end += tail.length;
      }
    }
  } else {
    let start = at;
    if (text.startsWith('百分之', at)) {
      percent = true;
      start = at + 3;
    }
    CHINESE_RUN.lastIndex = start;
    const m = CHINESE_RUN.exec(text);
    if (!m) return null;
    let run = m[0];
    end = start + run.length;
    CHINESE_FRACTION.lastIndex = end;
    const fraction = CHINESE_FRACTION.exec(text);
    // 三点五万: the magnitude after the fraction scales the whole number.
    let scale = 1;
    if (fraction) {
      const big = /^[万萬亿億]/.exec(text.slice(end + fraction[0].length));
      if (TRAILING_BIG.test(run)) return null;
      if (big) scale = BIG_UNITS[big[0]]!;
      const whole = parseChineseInteger(run);
      if (whole === null) return null;
      base = Number(`${whole}.${[...fraction[1]!].map((c) => FRACTION_DIGITS[c]).join('')}`);
      decimal = true;
      end += fraction[0].length + (big ? 1 : 0);
      multiplier = scale;
    } else {
      const parsed = parseChineseInteger(run);
      if (parsed === null) return null;
      base = parsed;
    }
    chinese = true;
    run = text.slice(at, end);
    unsafe = base > Number.MAX_SAFE_INTEGER;
  }
  const signAt = signBefore(text, at);
  const negative = signAt >= 0;
  const start = negative ? signAt : at;
  const signed = negative ? -base : base;
  const right = APPROX_RIGHT_AFTER.exec(text.slice(end));
  const before = text.slice(Math.max(0, start - 6), start);
  const approximate = APPROX_BEFORE.test(before.slice(-4)) || !!right;
  const tentative = TENTATIVE_BEFORE.test(before);
  if (right) end += right[0].length;
  return {
    start, end, base: signed, multiplier, value: roundFloat(signed * multiplier), chinese, decimal, negative, percent,
    approximate, unsafe, tentative,
  };
}

/**
 * Parses a number token: Arabic (1,280 / 1.28 / ５), Chinese (一百二十, 三点五), either with a trailing 万/千/亿
 * (1.28万 → 12800) or a sign (负5, -5). Returns null when the whole token is not one number.
 */
export function parseNumberToken(token: string): number | null {
  const t = toHalfWidth(token).trim();
  if (!t) return null;
  const first = t[0] === '-' || t[0] === '负' ? 1 : 0;
  const n = readNumberAt(t, first);
  if (!n || n.end !== t.length || n.start !== 0 || n.approximate || n.unsafe || n.tentative) return null;
  return n.value;
}
