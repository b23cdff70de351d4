// Length-preserving clean-up of a reply, so every index found later still points into the original message.

const EMOJI = /^\p{Extended_Pictographic}$/u;
const MODIFIER = /^\p{Emoji_Modifier}$/u;

/**
 * Full-width digits, letters, ．％ and the ideographic space become half-width; control and zero-width characters
 * become spaces (\r becomes a newline; a tab stays). Chinese punctuation is kept: the segmenter knows both forms.
 * An emoji (🎉, ✅, 👍) ends what was said before it, as a full stop would: 全部整改完成了🎉 reads as 全部整改完成了。
 * (its second code unit, a variation selector or a skin tone become spaces).
 */
export function normalizeReply(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const point = text.codePointAt(i)!;
    if (point > 0xffff || (code >= 0x2190 && code <= 0x2bff) || code === 0xfe0f) {
      const pictograph = EMOJI.test(String.fromCodePoint(point));
      const width = point > 0xffff ? 2 : 1;
      if (pictograph || MODIFIER.test(String.fromCodePoint(point)) || code === 0xfe0f) {
        out += (pictograph ? '。' : ' ') + ' '.repeat(width - 1);
        i += width - 1;
        continue;
      }
    }
    if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
      out += String.fromCharCode(code - 0xfee0);
    } else if (code === 0xff0e) out += '.';
    else if (code === 0xff05) out += '%';
    else if (code === 0x3000) out += ' ';
    else if (code === 0x0d) out += '\n';
    else if (code === 0x0a) out += '\n';
    // a tab is kept: it is what separates a pasted spreadsheet's cells, empty (merged) ones included
    else if (code === 0x09) out += '\t';
    else if (code < 0x20 || code === 0x7f || (code >= 0x200b && code <= 0x200d) || code === 0xfeff) out += ' ';
    else out += text[i];
  }
  return out;
}

export { blank, blankMatches } from '../text/spans.js';

/**
 * MEASURE_BEFORE_FIGURE: 走访 户230人410 / 低保户23人41 — a clerk's shorthand putting the measure word before each figure of a
 * pair in two different measures: read as 230户410人 (the same length, so indexes hold). As typed, 230 took the 人 after it
 * (走访人数 230) and 410 was left bare.
 */
const MEASURE_BEFORE_FIGURE = /(?<![\d.])([户人])(\d+(?:\.\d+)?)([\s、，,]?)([户人])(\d+(?:\.\d+)?)(?![\d.]|\s*(?:[户人个家处次名]|万|千))/g;

export function measuresAfterFigures(text: string): string {
  return text.replace(MEASURE_BEFORE_FIGURE, (m, a: string, x: string, sep: string, b: string, y: string) =>
    (a === b ? m : `${x}${a}${sep}${y}${b}`));
}

/**
 * MONEY_SIGN_BEFORE_FIGURE: 临时救助金额：¥28600 / ￥2.86万 — the yuan sign before a figure is its measure word: read as 28600元
 * (the same length: the sign and any space after it move behind the figure as 元 and spaces). Before, ¥ hid the figure
 * and the reply was answered 没有找到….
 */
const MONEY_SIGN_BEFORE_FIGURE = /[¥￥](\s?)(\d[\d,]*(?:\.\d+)?)(?![\d.,]|\s*(?:元|万|千|亿|块))/g;

export function moneySignsAfterFigures(text: string): string {
  return text.replace(MONEY_SIGN_BEFORE_FIGURE, (_m, space: string, figure: string) => `${figure}元${space}`);
}

/** Measure words of counted things (not of days, months or times: 1 2月 is January and February). */
const COUNT_MEASURE = '(?:户|人|份|处|次|个|家|名|台|条|张|件|起|亩|元|吨|套|床|场|具|辆|间|座|所|头|只|支|本|册|块|批|项|栋|公里|米)';

/**
 * SPACED_VOICE_DIGITS: 入户宣传 1 2 8户 / 参演 3 6人 — voice input that types a number digit by digit with a space between: one
 * figure (128, 36) when single digits, one space apart, run straight into a measure word of counted things. Read as typed, the
 * first digit was the figure (入户 1, a wrong figure). Kept the same length: the spaces move before the figure.
 */
const SPACED_VOICE_DIGITS = new RegExp(`(?<![\\d.]\\s?)([1-9](?: \\d){1,3})(?=${COUNT_MEASURE})`, 'g');

export function joinSpacedDigits(text: string): string {
  return text.replace(SPACED_VOICE_DIGITS, (m) => {
    const digits = m.replace(/ /g, '');
    return ' '.repeat(m.length - digits.length) + digits;
  });
}
