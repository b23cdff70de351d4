// A reply that repeats each question before its answer (低保户数是多少？——32 / 停产整顿企业？没有。): the question is a label.
import type { CandidateIndex } from './candidate-index.js';
import { isQuestion } from './intents.js';
import { escapeRegExp } from '../text/spans.js';

/** Words that turn an item's name into a question about it. */
const ASKING_WORDS = /是多少|有多少|多少|有几个|几个|有没有|有无|是否|呢|吗|的/g;
/** Where the restated question starts: the line, the sentence or the clause it is in. */
const QUESTION_START = /[\n。；;！!？?，,]/;
/** The dash or colon clerks put between the question and its answer. */
const ANSWER_LEAD = /^[ \t—\-－–~～:：]*/;
const ANSWER_END = /[\n。；;！!？?]/;
/** Period words and the reporter's unit may come with the question (新立村 四季度体检人数？): they name no item. */
const PERIOD_WORDS = /(?:[一二三四1-4]|第[一二三四1-4])季度|(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?|(?:本|上|当)(?:月|季度|年)|全年|今年|去年/g;

/**
 * RESTATED_QUESTION: a question mark after nothing but an asked item's name and asking words, followed on the same
 * line by an answer that asks nothing itself, is that item's label: the ？ becomes ：, the asking words and the dash
 * are blanked (length kept). A question with words of its own (特困含不含分散供养的？), a figure in it (80%对吧？) or a
 * question after it (…有没有？…算不算) stays a question.
 */
export function restatedQuestionsAsLabels(text: string, index: CandidateIndex, unitName = ''): string {
  if (!/[?？]/.test(text)) return text;
  const unit = unitName.replace(/(?:街道|社区|镇|乡|村)$/, '');
  const unitWords = unit.length >= 2 ? new RegExp(`${escapeRegExp(unit)}(?:街道|社区|镇|乡|村)?`, 'g') : null;
  let out = text;
  for (let at = text.search(/[?？]/); at >= 0; at = nextMark(text, at + 1)) {
    let start = at;
    while (start > 0 && !QUESTION_START.test(text[start - 1]!)) start--;
    const asked = text.slice(start, at);
    const said = asked.replace(PERIOD_WORDS, '').replace(ASKING_WORDS, '');
    const stated = unitWords ? said.replace(unitWords, '') : said;
    if (/[\d零〇一二两三四五六七八九十百千万]/.test(stated)) continue;
    const words = stated.replace(/[\s\p{P}]/gu, '');
    if (words.length < 2 || !namesOnlyAnItem(words, index)) continue;
    const lead = ANSWER_LEAD.exec(text.slice(at + 1))![0].length;
    const from = at + 1 + lead;
    const stop = text.slice(from).search(ANSWER_END);
    const answer = text.slice(from, stop < 0 ? text.length : from + stop);
    if (!answer.trim() || isQuestion(answer + (text[from + answer.length] ?? ''))) continue;
    const blanked = asked.replace(ASKING_WORDS, (w) => ' '.repeat(w.length));
    out = out.slice(0, start) + blanked + '：' + ' '.repeat(lead) + out.slice(from);
  }
  return out;
}

function nextMark(text: string, from: number): number {
  const i = text.slice(from).search(/[?？]/);
  return i < 0 ? -1 : from + i;
}

/** Every distinctive character of the words belongs to one item's name. */
function namesOnlyAnItem(words: string, index: CandidateIndex): boolean {
  const matches = index.match(words);
  return index.entries.some((e) => matches[e.ordinal]!.sim >= 2 && matches[e.ordinal]!.extra === 0);
}
