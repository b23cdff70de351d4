// A lead doubting figures already sent (朱沱镇的低保人数好像不对，请核实后重报): the words that make a message a call to
// check them again, and which of the figures on file it points at. Which figures are on file is the bot's to look up.
import type { FieldDef } from '../types.js';

/**
 * DOUBT_OR_CHECK_AGAIN: 好像不对 / 有误 / 有问题 / 偏高 / 对不上 (the figure is doubted) or 核实一下 / 再核一下 / 复核 /
 * 重新报 / 重报 / 再确认一遍 (it is to be checked or sent again). Either makes a lead's message that names units whose figures are on
 * file a recheck of those figures, not a new request for them.
 */
const DOUBT_OR_CHECK_AGAIN = /不对|有误|有问题|错了|不准|偏高|偏低|偏大|偏小|异常|对不上|有出入|核实|核对|复核|核查|再核|重核|核一[下遍]|重新(?:上)?报|重报|再报一(?:下|次)|重新(?:填|统计)|(?:再|重新)(?:确认|检查|查)|(?:确认|查|看)一遍/;

/**
 * FOUND_RIGHT: 朱沱镇数据经核实无误 / 复核后没有问题 — a check already done that found the figures right doubts nothing.
 */
const FOUND_RIGHT = /(?:核实|核对|复核|核查|核)(?:过|后|了)*[^，,。；;！!]{0,8}?(?:无误|没有?问题|准确|属实|正确|没错)/;

/** True when the text doubts figures or asks for them to be checked again (see DOUBT_OR_CHECK_AGAIN, FOUND_RIGHT). */
export function doubtsFigures(text: string): boolean {
  return DOUBT_OR_CHECK_AGAIN.test(text) && !FOUND_RIGHT.test(text);
}

/**
 * MEASURE_ENDING: 人数 / 户数 / 人次 / 金额 / 次数 / 处数 / 数 — what a field's label ends with to say how it is counted; the
 * words before it name what is counted (低保 of 低保人数, 新增注册志愿者 of 新增注册志愿者人数).
 */
const MEASURE_ENDING = /(?:人数|户数|人次|金额|资金|次数|处数|个数|家数|数量|总数|数)$/;

/** Two-character words any item may share (新增 of 新增低保户数 and 新增志愿者): they point at no one item. */
const SHARED_WORDS = new Set(['新增', '累计', '本月', '当月', '全年', '年度', '人数', '户数', '数据', '情况', '其中']);

/**
 * FIGURES_POINTED_AT: which of the items with figures on file a recheck means. Items named by label or alias first; else
 * those whose counted words (the label before MEASURE_ENDING) share a two-character word with the text (低保数据 → 低保户数
 * and 低保人数; 新增志愿者的数 → 新增注册志愿者人数); else, when the text names no item at all (数据有问题，请核实), every one.
 * None when the text names only items of the dictionary with no figure on file (特困人数不对 when only 低保 was sent).
 */
export function fieldsPointedAt(text: string, onFile: readonly FieldDef[], dictionary: readonly FieldDef[]): FieldDef[] {
  const names = (f: FieldDef): boolean => [f.label, ...f.aliases].some((n) => n.length >= 2 && text.includes(n));
  const named = onFile.filter(names);
  if (named.length) return named;
  if (dictionary.some(names)) return [];
  const shared = onFile.filter((f) => sharesAWord(text, f));
  if (shared.length) return shared;
  // (特困人数好像不对 when only 低保 was sent: the words of another item of the dictionary point at none on file)
  const onFileKeys = new Set(onFile.map((f) => f.key));
  return dictionary.some((f) => !onFileKeys.has(f.key) && sharesAWord(text, f)) ? [] : [...onFile];
}

/** The items of the dictionary the text names: by label or alias, else by a word of what they count (特困人数 → 特困供养人数). */
export function itemsNamed(text: string, dictionary: readonly FieldDef[]): FieldDef[] {
  const named = dictionary.filter((f) => [f.label, ...f.aliases].some((n) => n.length >= 2 && text.includes(n)));
  return named.length ? named : dictionary.filter((f) => sharesAWord(text, f));
}

/** True when the text holds a two-character word of what the field counts (see MEASURE_ENDING, SHARED_WORDS). */
function sharesAWord(text: string, f: FieldDef): boolean {
  const counted = f.label.replace(MEASURE_ENDING, '');
  for (let i = 0; i + 2 <= counted.length; i++) {
    const word = counted.slice(i, i + 2);
    if (!SHARED_WORDS.has(word) && text.includes(word)) return true;
  }
  return false;
}
