// How far a question mark reaches in a voice run: 调解成功零 成功率不填吧？ states one figure, then asks about another item.
import type { CandidateIndex } from './candidate-index.js';
import { isQuestion, ZERO_RE } from './intents.js';
import { bestNumericField } from './phrases.js';

const SENTENCE_END = /[。；;！!？?\n…]/;
const FIGURE_OR_ZERO = new RegExp(`\\d|[零〇一二两三四五六七八九十百千万]|${ZERO_RE.source}`);

/**
 * Voice input types pauses as spaces and ends the whole run with the mark of its last words. When the words after the
 * last pause ask about an item other than the one the words before it just gave a figure for, the question is only
 * those words: the pause becomes a sentence break in `visible` (length kept), so the figures before it are read.
 * A question about the figure itself (120 是户数还是人数？, 低保户数120 对吗？) names no other item and stays whole.
 */
export function confineVoiceQuestions(visible: string, plain: string, index: CandidateIndex): string {
  if (!/[？?]/.test(plain) || !/\S\s+\S/.test(plain)) return visible;
  let out = visible;
  for (let mark = plain.search(/[？?]/); mark >= 0; mark = nextMark(plain, mark + 1)) {
    let start = mark;
    while (start > 0 && !SENTENCE_END.test(plain[start - 1]!)) start--;
    const sentence = plain.slice(start, mark);
    const gap = /\s+(?=\S+$)/.exec(sentence.trimEnd());
    if (!gap || gap.index === 0) continue;
    const earlier = sentence.slice(0, gap.index);
    const asked = sentence.slice(gap.index + gap[0].length);
    if (isQuestion(earlier) || !FIGURE_OR_ZERO.test(earlier)) continue;
    const lastSaid = earlier.slice(earlier.search(/\S+$/));
    const askedAbout = bestNumericField(asked, index);
    // (损坏房屋刚才报的5间 核实后是6间 倒塌的1间…也算吗？: the last words before the pause may be a bare level, 核实后是6间,
    // whose item the words before it named: STATED_EARLIER_IN_THE_RUN)
    const stated = bestNumericField(lastSaid, index) ?? bestNumericField(earlier, index);
    if (!askedAbout || !stated || askedAbout === stated) continue;
    const at = start + gap.index;
    out = `${out.slice(0, at)}。${out.slice(at + 1)}`;
  }
  return out;
}

function nextMark(text: string, from: number): number {
  const i = text.slice(from).search(/[？?]/);
  return i < 0 ? -1 : from + i;
}
