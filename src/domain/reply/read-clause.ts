// Reading one clause: figures bound to fields, 没有/无 as zero, unclear amounts, and worded answers
// (booleans, enum options, dates, text).
import type { FieldDef } from '../types.js';
import type { LocalDate } from '../time.js';
import type { Clause } from './segment.js';
import type { Quantity } from './quantities.js';
import { namesOfAll, otherKindOfTheNoun } from './other-kind.js';
import type { CandidateIndex, FieldEntry } from './candidate-index.js';
import { bindQuantity, paidSum, unitFit } from './bind.js';
import { longestSharedRun } from './similarity.js';
import { unaskedItem } from './unasked.js';
import { LANDLINE_NUMBER, MOBILE_NUMBER } from './phone-numbers.js';
import { parseChineseInteger } from '../numbers.js';
import { DELTA_RE, LEFT_THE_STOCK, hasCorrectionMarker, PROGRESS_RE, SHARED_RE, VAGUE_RE, ZERO_RE } from './intents.js';
import {
  bareBoolean, checkNumber, checkNumericValue, findBoolean, findBooleanOrSaid, labelledYesNo, findBracketDate, findDate, findDoneOn, findEnum, findNamedDate, findText, MONTH_DAY, optionInOtherWords, type Checked,
} from './values.js';
import { bestNumericField, CLAUSE_TAIL, elidedNumericField, FILLER, hideNames, isFillerOnly, labelBefore, namesAnyField, PARTS_UNDER_A_HEADING, tiedNumericFields } from './phrases.js';
import type { Emitter, ReplyState } from './reply-state.js';
import type { PeriodCandidate } from './period-choice.js';
import type { Reading } from './short-answer.js';
import { FROM_BEFORE, MOVED_TO_AFTER } from './compared-aside.js';
import { partOfThePeriodSaid } from './sub-period.js';

/** 八万, 十二万五, 三亿: a Chinese numeral with a digit before 万 or 亿 (not 千万 or 十万火急). */
const COUNTS_IN_WAN = /[一二两三四五六七八九壹贰叁肆伍陆柒捌玖][^万亿萬億]*[万亿萬億]/;
/**
 * 15人次还是16人次: 还是 right between this figure (with its measure word) and the next one. SLASHED_FIGURES: 低保户数
 * 128/130 — two bare figures on one item, split by a slash, are two readings too (this month's and last, done and all,
 * a typo): the reporter is asked which, never given the first.
 */
const ALTERNATIVE_AFTER = /^(?:\s*[\u4e00-\u9fa5]{0,2}?\s*还是\s*|[/／])[\d零〇一二两三四五六七八九十百千万]/;
// (没有达到100%的原因是…: short of a figure is a bound too, never that figure)
const BOUND_BEFORE = /(?:不到|不足|不超过|不超|少于|低于|超过|多于|高于|(?:没有?|未|达不)达到)\s*$/;
const RANGE_START = /^\s*[-~～—－至到]\s*\d/;
const RANGE_END = /\d\s*[-~～—－至到]\s*$/;
const NEGATED = /(?:不是|并非|而非|非)\s*$/;
const REMAINDER = /还有|另有|尚有|仍有|剩余|剩下|其余|其他/;
const CORRECTING_WORDS = /核(?:实|对)?(?:了|后)(?:一下)?(?:是|为)?|实际上?(?:[\u4e00-\u9fa5]{1,2}了?)?(?:是|为)|应该是|应该为|更正为|改为|改成|应为|应是|实为|(?<![没不])(?:(?:打|写|填|报|说|弄|搞|看|算|记)错了?|错了|不对|有误)/g;
/** 一天 / 每天 / 日均 / 每周 right before a figure (大概 between): what follows is a rate. */
/** 人均 / 户均 / 每人 / 每户 right before a figure: what follows is an average per head (PER_HEAD_BEFORE). */
const PER_HEAD = /人均|户均|每人|每户|平均每[人户]/;
// (工资每人每月2400元: a span of time between the head and the figure keeps it a rate per head)
const PER_HEAD_BEFORE = new RegExp(`(?:${PER_HEAD.source})(?:每|一个?)?(?:月|年|季度?|天|日|周)?(?:大概|大约|差不多|约|能有|有|是|为)?\\s*$`);
const RATE_BEFORE = /(?:(?:每|一)(?:天|日|周|星期)|日均|周均|平均每(?:天|日|周))(?:大概|大约|差不多|约|能有|有)?\s*$/;
/** 是活动那天全镇栽的 / 是件数 / 是全镇的数 right after a figure: what it counts, said as something other than the item (not 是对的). */
const SAID_TO_BE_ELSE = /^\s*是(?!对|准|正确|没错|真实|实际|最新|这|那|本|我|上|今|当)((?:(?![，,。；;\d])[\u4e00-\u9fa5]){1,12}?)(?:的|数)(?=\s*(?:[，,。；;\s]|$))/;
/** 还是 right before a figure, in a reply that corrects (BACK_TO_A_FIGURE). */
const BACK_TO_A_FIGURE = /(?:^|[\s，,。；;！!])\s*还是\s*$/;
/**
 * SETTLED_AFTER: 不对，还是20户吧，有3户是下个月才换 — after a figure gone back to, 吧 settles the choice (as 就这样吧 does); it
 * is no doubt (that is 吧 with a checking verb after it, DOUBTED_AFTER in quantities.ts). The figure still ends its statement
 * at the pause, so the reason after it is another's words (20户吧 read nothing and 23 stood).
 */
/**
 * SAID_WRONG_NAMES_NOTHING: 刚才报错了是118 / 刚才那个报错了应该是47 / 不好意思打错了是37 — in a reply that says something was
 * wrong, the words left around the figure once the words of the mistake are blanked (CORRECTING_WORDS) may only point back
 * at what was said (刚才, 那个, 我, 不好意思): they name no item, and the figure is as bare as after 刚才说错了， (only a pause
 * let that one be read). 刚才风险消除报错了是4户 keeps its item: 风险消除 is left.
 */
const SAID_WRONG_NAMES_NOTHING = /不好意思|抱歉|对不起|刚才|刚刚|之前|上面|前面|那个|那条|这个|我/g;

/** The figure's words with the pointing-back words of SAID_WRONG_NAMES_NOTHING blanked, when nothing else but filler is left. */
function pointerWordsBlanked(own: string): string {
  const blanked = own.replace(SAID_WRONG_NAMES_NOTHING, (w) => ' '.repeat(w.length));
  return blanked !== own && isFillerOnly(blanked) ? blanked : own;
}
const SETTLED_AFTER = /^\s*吧?\s*(?:[，,。；;！!]\s*)*$/;
/** 把隔壁组的算进来了 / 是把下个月的加进去了 right after a figure: what it wrongly counted in (MISTAKE_EXPLAINED_AFTER_THE_FIGURE_KEPT). */
const COUNTED_IN = /^\s*(?:是)?把[^，,。；;\d]{1,12}?(?:算|加|统计|报|弄|搞)(?:进来|进去|上|在内|在里面)/;
const SAID_WRONG_AFTER = /^\s*(?:的|是)?\s*(?:(?:打|写|填|报|说|弄|搞|看|算|记)错了?|错了|不对|有误|是错的)/;
/**
 * FIGURES_SAID_WRONG_TOGETHER: 8户 19人 不对 / 12户30人报错了: figures side by side (nothing but a space, 、 or 和 between)
 * and then said wrong together are each taken back, not only the last. Tried on at most 40 characters after a figure
 * (a digit run is never split: (?![\d.,])).
 */
const FIGURES_SAID_WRONG_TOGETHER = /^(?:[\u4e00-\u9fa5%]{0,2}[\s、和及]*\d[\d.,]*(?![\d.,]))+[\u4e00-\u9fa5%]{0,2}\s*(?:都|也|全)?\s*(?:(?:打|写|填|报|说|弄|搞|看|算|记)错了?|错了|不对|有误|是错的)/;
const ESTIMATE_BEFORE = /(?:大概|大约|差不多|大致|将近|接近|(?<![节制签预契公婚相])约)\s*$/;
/** ESTIMATE_SPOKEN_OF: 1.2公里是估的 / 8.3万是王支书估的: a figure said to have been an estimate is the one being replaced. */
const ESTIMATE_SAID_AFTER = /^\s*(?:的|是)\s*[\u4e00-\u9fa5]{0,6}?(?:估的|估计的|估算的|估出来的|约数|大概数)/;
// (剩下那1处 / 还有那3处 / 剩下的440亩: the rest pointed at with 那 or 这, or said with 的, is the rest too)
const LEFT_RIGHT_BEFORE = /(?:还有|还剩|剩下?|尚有|仍有|剩余|另有)(?:那|这|的)?\s*$/;
/**
 * 也检查了 / 都整改完了 after what was left: the rest is done too; the item's name and words of time may come first
 * (剩下5户光荣牌今天也挂上了). Nothing negated (也还没挂好 is not done).
 */
const REST_DONE_TOO = /^\s*(?:(?![没未不])[\u4e00-\u9fa5]){0,6}?(?:也|都)(?:已经?|已)?(?:(?![没未不])[\u4e00-\u9fa5]){1,4}?(?:了|完|好)/;
/** 另外流感疫苗1,208剂次 / 另外还有残疾儿童康复救助6人: a figure brought in as another thing. */
const ANOTHER = /另外|此外|另有|还有|尚有|仍有|剩余|剩下|其余|其他/;
/**
 * MEASURE_KEY: 已转移 户：9，人：38 / 户：128，人：203 — a key that is only a measure word, set off from the words before it
 * by a space or a pause and followed by a colon, gives the bare figure after it that measure: the item named before it
 * (or the one open item counted in that measure) is the one counted in it. Only counts' measure words; 低保户：128 is a
 * name ending in 户, not a key.
 */
const MEASURE_KEY = /(?:^|[\s，,、；;。])(人次|户次|人|户|家|处|张|座|件|个|名)\s*[:：]\s*$/;
/** 一个是…一个是… / 一处是…另一处是…: the members of a count named one by one. */
function namedOneByOne(sentence: string, unit: string): boolean {
  const one = new RegExp(`(?:另|另外)?(?:一|1)\\s*${unit}\\s*是`, 'g');
  const said = sentence.match(one) ?? [];
  return said.length >= 2 || said.some((m) => m.startsWith('另'));
}

/** The noun right after a figure's measure word (两个报警器) spells out an open item counted in that measure. */
function countedNounNames(after: string, q: Quantity, index: CandidateIndex): boolean {
  const noun = /^[\u4e00-\u9fa5]{2,8}/.exec(after)?.[0];
  if (!noun) return false;
  const matches = index.match(noun);
  return index.numericEntries.some((e) => matches[e.ordinal]!.complete && matches[e.ordinal]!.sim >= 1 && unitFit(q.unit, e.field.unit) === 2);
}
/** A label that is only a measure word and 数 (人数, 户数, 家数量). */
/** 人数那个是218 / 户数这项填128: a word pointing back at the item just named names nothing more. */
const POINTING_BACK = /(?<=数)(?:那|这)(?:个|项)/g;
const MEASURE_ONLY = /^(?:人次|户次|人|户|家|处|张|座|件|个)数(?:量)?$/;
/** The noun right after 另有 / 另外还有, running up to the figure: what the other figure counts. */
const ANOTHER_KIND = /(?:另外|此外|另有|还有|尚有|仍有|剩余|剩下|其余|其他)(?:还有|也有|有)?((?:(?![了的也都])[\u4e00-\u9fa5]){1,10})\s*$/;
/** A label that names the field in full and adds no distinctive word of its own. */
const spelledOut = (m: { complete: boolean; extra: number }): boolean => m.complete && m.extra === 0;

/**
 * The figures a question back offers (是“15人次”还是“16人次”？), each in the field's own unit: what the reporter's short
 * answer is matched against. Empty when one of them fails the field's checks (any valid figure answers then).
 */
function offeredReadings(offered: Quantity[], field: FieldDef): Reading[] {
  const readings: Reading[] = [];
  for (const q of offered) {
    const checked = checkNumber(q, field);
    if (!checked.ok) return [];
    readings.push({ value: checked.value, raw: q.raw });
  }
  return readings;
}

/**
 * The words of a figure's own label that are not its field's name: 集中 in 集中供养 for 特困供养人数, 城市 in 城市低保 for 低保户数,
 * 男 for 百岁老人人数 (see PARTS_NOT_THE_TOTAL in reply-state.ts). Words of time, of level and of talk qualify nothing,
 * and neither does a label that says what was done.
 */
const NO_QUALIFIER = /刚才|说的?|准确|正确|确切|具体|精确|核实|核对|更正|现在|今天|本月|当月|上月|这个月|上个月|本周|这周|截至|截止|目前|实际|最新|总数|总共|全部|全镇|全村|我镇|我们|我村|本镇|本村|辖区|那边|这边|大概|左右|已经|再|又|还|呢|吧|啊|嗯|就|人|户|数/g;
/** The words of a short clause that may name a kind (住院 in 住院，金额5.6万元), with words of talk, time and level cut. */
export function kindWords(words: string): string {
  return words.replace(FILLER, '').replace(NO_QUALIFIER, '').replace(/[^\u4e00-\u9fa5]/g, '');
}

// (领了一百四十床…实际发了一百三十五床: a label that says what was done (了, 过) tells the same count again, not a kind of it)
function qualifierOf(own: string, entry: FieldEntry): string {
  if (/[了过]/.test(own)) return '';
  const named = new Set(entry.names.join(''));
  const words = own.replace(FILLER, '').replace(NO_QUALIFIER, '').replace(/[^\u4e00-\u9fa5]/g, '');
  return [...words].filter((c) => !named.has(c)).join('');
}

/** Words of time or pointing (这次, 本月, 上次, 各): never a kind of an item. */
const NOT_A_KIND = /[这那本此该次今昨前后上下每各全总共]/;

/**
 * 城市低保 / 分散供养特困: a kind (the qualifier) said right before the head of one of the item's names — a kind of the item,
 * as against words that only happen to be left once the item's characters are taken out (硬化的旧渠 新修的是600米).
 */
function kindBeforeTheName(words: string, qualifier: string, entry: FieldEntry): boolean {
  // (a kind is a word of one or two characters, 城市 / 集中 / 男: not 地质灾害 of another item's name, nor 这次 of a time)
  if (!qualifier || qualifier.length > 2 || NOT_A_KIND.test(qualifier)) return false;
  const at = words.indexOf(qualifier);
  if (at < 0) return false;
  const next = words.slice(at + qualifier.length, at + qualifier.length + 2);
  return next.length === 2 && entry.names.some((n) => n.startsWith(next) || n.includes(next));
}

/** The label says the head of one of the item's names (低保 of 低保金发放金额), or a whole name: UNASKED_NAMED_BY_ITS_HEAD. */
function saysItsHead(label: string, entry: FieldEntry): boolean {
  return entry.names.some((n) => n.length >= 2 && label.includes(n.slice(0, 2)));
}

/** Words that sum what was said before (共37人次, 合计189人). */
/** How far around a figure PARTS_SIDE_BY_SIDE and a heading are looked for. */
const NEAR = 80;
/** The words before a colon in a sentence: a heading its figures after it are said under. */
const HEADING_BEFORE = /([\u4e00-\u9fa5]{2,10})[:：]/g;
const SUM_WORD = /合计|共计|总计|一共|总共|共|累计|小计|总数/;

/** 其中 / 包括 earlier in the sentence: every clause after it breaks the total down. */
const BREAKDOWN_OPENED = /其中|包括|包含/;

/**
 * CHANGED_BY: 人数多了3个 / 户数又少了2户 — the words of a change after a measure-only label: the label still names the item of
 * that measure (see `implied`); the change itself is read from the words as for any label (changeSaid).
 */
const CHANGED_BY = /(?:又|再|还|比上月|比上个月|比之前)?(?:多|少|增加|减少|新增|增|减|加上?|(?:少|多|漏|重复)(?:算|报|统计)|漏)了?$/;

/** 户数 / 人数: a label that is only a measure word and 数 names the item of that measure (see `implied`). */
const MEASURE_LABEL = /^(?:人次|户次|人|户|家|处|张|座|件|个)数/;

function labelsAnItem(words: string, index: CandidateIndex): boolean {
  return MEASURE_LABEL.test(words.replace(FILLER, '')) || namesAnyField(words, index);
}

export function readClause(
  clause: Clause, written: Quantity[], visible: string, plain: string, index: CandidateIndex, state: ReplyState,
  emit: Emitter, today: LocalDate | null, sentenceEnd: number = clause.end, sentenceStart: number = clause.start,
): void {
  // ONE_BY_ONE_NAMED: 两个隐患点一个是199号一个是白勺洋 — 一个是…一个是… (or 另一个是) names the things counted one by one: each
  // 一个 is no figure (隐患点 1 was stored over the 两个 said before it), and the figure before takes the noun it counts
  const inClause = written.filter((q) => !(q.value === 1 && q.unit && /^\s*是/.test(visible.slice(q.end, q.end + 2))
    && namedOneByOne(plain.slice(sentenceStart, sentenceEnd), q.unit)));
  let cursor = clause.start;
  // the figure before offered this one as its alternative (15人次还是16人次)
  let offeredWithTheLast = false;
  // the qualifier of the figure before in this clause (see qualifierOf)
  let clauseQualifier = '';
  // where the current figure's own words start: past the counted noun the figure before took (二十三个农民工|金额)
  let labelFrom = clause.start;
  // the figure before in this clause: where it ended, its measure word and the words it was said with (CHANGE_RUNS_ON)
  let previous = { end: -1, unit: '', words: '' };
  // the figure before was said to be something else (SAID_ELSE_RUNS_ON)
  let previousSaidElse = false;
  inClause.forEach((written, i) => {
    const labelledFrom = labelFrom;
    // 人数是186: a label that is only a measure word and 数 gives a bare figure that measure word
    // (人数28个: 个 is any count's measure word, so the label's says more); so does 人次 / 户次 alone, a measure word that
    // is a count's name itself (人次15，金额32000: 15 was dropped without a word)
    const implied = written.unit && written.unit !== '个' ? null
      : /^(?:(人次|户次)|(人次|户次|人|户|家|处|张|座|件|个)数(?:量)?)$/.exec(visible.slice(labelFrom, written.start).replace(CORRECTING_WORDS, '').replace(POINTING_BACK, '').replace(FILLER, '').replace(CHANGED_BY, ''))
        ?? MEASURE_KEY.exec(visible.slice(labelFrom, written.start));
    const quantity = implied ? { ...written, unit: (implied[1] ?? implied[2])! } : written;
    const before = labelBefore(visible.slice(labelFrom, quantity.start), PARTS_UNDER_A_HEADING.test(plain.slice(sentenceStart, sentenceEnd)));
    const sinceLastFigure = plain.slice(Math.max(sentenceStart, state.figureEnd), quantity.start);
    state.figureEnd = quantity.end;
    // the words since the figure before, as written (period words not blanked: 比上月少2户)
    const wordsBefore = plain.slice(labelFrom, quantity.start);
    // CHANGE_RUNS_ON: 今天又转了3户11人 / 上次报的已转移9户38人 — a figure run straight on from the one before, in another
    // measure word (the households, then the persons), is said with the same words: a change too, or spoken of too. Read
    // on its own, 11人 was stored as the level.
    const runOn = !!quantity.unit && !!previous.unit && quantity.unit !== previous.unit && previous.end >= 0
      && /^[ \t]*$/.test(plain.slice(previous.end, quantity.start));
    const spokenWith = runOn ? previous.words : wordsBefore;
    previous = { end: quantity.end, unit: quantity.unit, words: spokenWith };
    // SAID_ELSE_RUNS_ON: 说明：本月纳入3户7人 / 退出1户2人 — a figure run straight on, with no words of its own, from one said
    // to be something else (纳入3户: not the item's level) is said of the same thing (7人 replaced the 208 given as 低保人数)
    const runsOnFromElse = runOn && previousSaidElse;
    previousSaidElse = false;
    // 火情没有发现宣传搞了两次 / 无火情宣传一次: a zero said for one item right before another item's figure
    const zeroSaid = zeroBefore(before, index);
    if (zeroSaid) emit.value(zeroSaid.entry, quantity.start - before.length + zeroSaid.at, zeroSaid.raw, (field) => checkNumericValue(0, field));
    const said = lastSpokenLabel(nearestLabel(zeroSaid ? zeroSaid.rest : before, index, state.dictionary), plain.slice(labelFrom, quantity.start), index, state.dictionary);
    // 实际是106人: the words that correct a figure name no item.
    // 羊差不多六千只: the word that makes the figure an estimate names no item either.
    // (户数报错了应该是123: the words that say it was wrong stand between the label and its figure; blanked to their length,
    // they set the label too far from it to name it)
    let own = said.replace(CORRECTING_WORDS, ' ').replace(POINTING_BACK, '').replace(ESTIMATE_BEFORE, (w) => ' '.repeat(w.length));
    if (state.correcting) own = pointerWordsBlanked(own);
    // ADDED_INTO_THE_SUM: (资金5000元是材料费 加上护路员工资一共是1.3万 / 损失3.2万只算了农业 加上房屋圈舍总共是4.1万)
    if (ADDED_INTO_THE_SUM.test(own) && state.context && isMoneyFigure(quantity)) {
      const blank = ' '.repeat(own.length);
      const sum = bindQuantity({ q: quantity, own: blank, after: '', context: state.context, bare: false }, index.numericEntries, (phrase) => index.match(phrase));
      if (sum && 'entry' in sum && MONEY_UNIT.test(sum.entry.field.unit ?? '')) own = blank;
    }
    const next = inClause[i + 1];
    const following = visible.slice(quantity.end, next ? next.start : clause.end);
    // Words after the number label it only when no other number follows in the clause (120户低保户), or when they
    // start with the noun it counts (二十三个农民工金额十二万五).
    const counted = next ? countedNoun(following, quantity, index, () => namesAnyField(own, index)) : 0;
    // NEXT_LABEL_AFTER_A_SPACE: 户数128 人数待核实 — when the words before the figure name an item, words set off by a space
    // after it start the next item (its figure still to come, or a status), they do not label this one
    const nextItemAfter = !next && /^[^\s\u4e00-\u9fa5]{0,3}\s+[\u4e00-\u9fa5]/.test(following) && labelsAnItem(own.trim(), index)
      && labelsAnItem(following.trim(), index);
    const after = next ? following.slice(0, counted) : nextItemAfter ? '' : following;
    cursor = quantity.end;
    labelFrom = quantity.end + counted;
    // 护林员老周的3次漏了 / 有2户没算进去: a figure said to have been left out (or counted twice) is the size of a mistake,
    // never the item's figure
    if (LEFT_OUT_AFTER.test(visible.slice(quantity.end, quantity.end + 8))) return;
    // 完成率两项都是100%: a count of the items themselves before 都/均 quantifies them; it is no figure, and its words
    // stay with the label of the figure after it
    if (QUANTIFIED_ITEMS.test(quantity.raw + visible.slice(quantity.end, quantity.end + 3))) {
      labelFrom = labelledFrom;
      return;
    }
    // A Chinese numeral with no measure word must end the clause (低保户数：二百零三), or it is a word (一下); one
    // that counts in 万 or 亿 from a digit (已经清偿了八万风险绿色) is a sum, never a word.
    if (quantity.chinese && !quantity.unit && !CLAUSE_TAIL.test(after) && !COUNTS_IN_WAN.test(quantity.raw)) return;
    // 120-130户: the end of a range was read with its start.
    if (RANGE_END.test(visible.slice(Math.max(0, quantity.start - 4), quantity.start))) return;
    // FROM_THEN_TO: 低保户由125户增加到128户 / 从上月的125户变为128户 — the level it moved from is no figure of the item now;
    // the level it moved to is (see isDelta)
    if (FROM_BEFORE.test(visible.slice(Math.max(0, quantity.start - 8), quantity.start)) && MOVED_TO_AFTER.test(visible.slice(quantity.end, quantity.end + 8))) {
      if (own.replace(FROM_BEFORE, '').trim() && namesAnyField(own.replace(FROM_BEFORE, ''), index)) state.context = own.replace(FROM_BEFORE, '');
      return;
    }
    // 是210不是208: the figure said not to be the one is no figure.
    // (排查楼栋不是86是88栋: its label is the label of the figure that replaces it.)
    if (NEGATED.test(visible.slice(Math.max(0, quantity.start - 4), quantity.start))) {
      const label = own.replace(NEGATED, '').trim();
      if (label && namesAnyField(label, index)) state.context = label;
      return;
    }
    // 还有3处没改完: some of it left undone says no to whether all of it is done
    if (LEFT_RIGHT_BEFORE.test(own)) readRestUndone(quantity, following, plain.slice(sentenceStart, sentenceEnd), index, emit);
    if (LEFT_RIGHT_BEFORE.test(own) && readRestCount(quantity, plain.slice(sentenceStart, sentenceEnd), index, emit)) return;
    if (LEFT_RIGHT_BEFORE.test(own) && readRestFinished(quantity, following, index, emit)) return;
    // 15人次还是16人次: the figure offered as the other one of two is asked about with the first, never read
    const alternative = ALTERNATIVE_AFTER.exec(visible.slice(quantity.end, next ? next.end : clause.end));
    if (offeredWithTheLast) {
      offeredWithTheLast = false;
      return;
    }
    offeredWithTheLast = !!alternative && !!next;
    if (readRespectively(quantity, own, index, state, emit, visible.slice(quantity.start, sentenceEnd))) return;
    if (readJoinedEach(quantity, own, index, state, emit)) return;
    // 防火宣传搞了两次 / 集中充电点建了一个: a figure whose words name a yes/no item better than any count says how often or
    // how many of that thing was done, never a count's figure (宣传材料 份 beside 是否开展森林防火宣传)
    if (ofYesNoItem(own, quantity, index)) return;
    // 慰问日期12.1: a month and a day typed after a date field's label are that date, never a figure
    if (MONTH_DAY.test(quantity.raw) && namesDateField(own, index)) return;
    // COUNTED_NOUN_AFTER_A_VERB: 发现一处隐患当场就整改了换了两个报警器 — the figure's own verb (换了) names no item and the
    // noun right after its measure word spells one out (报警器 of 更换燃气报警器): that noun is what it counts; the item named
    // earlier in the words (整改) was the sentence's before, not this figure's (已整改 2 was stored). 整改了两处燃气隐患 keeps
    // its verb: 整改 names an item.
    const verb = own.replace(/了\s*$/, '').split(/了|[\s，,、；;]/).pop() ?? '';
    const nounAfter = !next && !!quantity.unit && /了\s*$/.test(own) && verb.length <= 3 && !namesAnyField(verb, index)
      && countedNounNames(after, quantity, index);
    // BACK_TO_A_FIGURE: 不对，还是128 / 搞错了 还是45没错 — in a reply that says something was wrong, 还是 right before a
    // figure says the figure stands after all (the correction goes back to it), as 是 would: no label of its own.
    // The figure after 还是 ends its statement at a pause (不对，还是150，156是算上了…): what follows the pause is another's
    // words.
    const backToFigure = state.correcting && BACK_TO_A_FIGURE.test(own);
    const backTo = state.correcting ? own.replace(BACK_TO_A_FIGURE, '') : own;
    const endsAtPause = isFillerOnly(following) || (backToFigure && SETTLED_AFTER.test(following));
    let binding = bindQuantity(
      {
        q: quantity, own: nounAfter ? '' : own, after, context: nounAfter ? '' : state.context,
        // (户数29 人数72: a label that is only the measure names its figure, whatever the next figure's label is)
        bare: ((isFillerOnly(backTo) || namesOnlyAChange(own, quantity, index)) && endsAtPause) || (namesOnlyItsUnit(own, quantity) && isFillerOnly(after)),
        awaited: (entry) => (state.byField.get(entry.field.key) ?? []).some((p) => !p.answered),
        correcting: state.correcting,
        latest: (entry) => (state.byField.get(entry.field.key) ?? []).some((p) => p.latest),
        given: (entry) => {
          const orders = (state.byField.get(entry.field.key) ?? []).flatMap((p) => (p.given === undefined ? [] : [p.given]));
          return orders.length ? Math.max(...orders) : undefined;
        },
        // 四季度是33,460万元: a period said before the figure in its sentence that only some items are open for
        saidPeriodFits: (entry) => state.periodsSaid(sentenceStart, quantity.start)
          .some((period) => (state.byField.get(entry.field.key) ?? []).some((p) => p.period === period)),
      },
      index.numericEntries,
      (phrase) => index.match(phrase),
    );
    // Bound against the whole dictionary first: a label that names an item nobody asked of this unit is that item.
    const label = binding?.phrase || (isFillerOnly(own) ? (binding ? '' : after) : own);
    let other = state.dictionary && label ? unaskedItem(label, quantity, index, state.dictionary, index.keys) : null;
    // 临时救助8人次，救助金额1.28万元: the label before settles what a shortened one names.
    // UNASKED_NAMED_BY_ITS_HEAD: 临时救助5人次，累计发放3.2万元 with 低保金发放金额 unasked — a label that shares with an unasked
    // item only words further in its names (发放), never their head (低保) nor a whole name, does not name it when the label in
    // force names an asked item as well as the words together do: the figure is that item's (it was acknowledged as 低保金)
    if (other?.kind === 'unasked' && state.context && binding && !saysItsHead(label, other.entry)) {
      if (!unaskedItem(state.context + label, quantity, index, state.dictionary!, index.keys)) other = null;
    }
    if (other?.kind === 'doubt' && state.context && binding) {
      const withContext = unaskedItem(state.context + label, quantity, index, state.dictionary!, index.keys);
      if (!withContext) other = null;
    }
    // PART_BY_ITS_QUALIFIER: 低保户：128（城市18户、农村110户） — a figure breaking a total down is named by a qualifier of the
    // total (农村), which shares words with an unasked item (农村危房改造户数) without naming it: a part, said of no other item
    const breakingDown = clause.aside || /其中|包括|包含|含/.test(own) || BREAKDOWN_OPENED.test(plain.slice(sentenceStart, clause.start));
    if (other?.kind === 'unasked' || (other && !binding)) {
      if (breakingDown && !other.entry.names.some((n) => n.length >= 2 && label.includes(n))) return;
      state.noteItemSaid(sentenceStart, other.entry.field.key, quantity.value);
      state.unasked.set(other.entry.field.key, { field: other.entry.field.key, raw: quantity.raw });
      state.unaskedSubject = { key: other.entry.field.key, unit: other.entry.field.unit ?? '', sentence: sentenceStart };
      return;
    }
    if (!binding) {
      // UNASKED_RATE: 外出务工就业率93% / 体检完成率82% with no item in % open — a rate named by its own words is a figure nobody
      // asked: acknowledged by those words (it was dropped and the reply answered 没有找到…数据)
      const rateName = quantity.unit === '%' ? RATE_NAME.exec(own.replace(/[^\u4e00-\u9fa5]/g, ''))?.[0] : undefined;
      if (rateName) state.unasked.set(`label:${rateName}`, { field: '', label: rateName, raw: quantity.raw });
      // (住院32人次，金额5.6万元: a figure whose short words name no open item still says what kind the sentence is about)
      const kind = own.replace(FILLER, '').replace(NO_QUALIFIER, '').replace(/[^\u4e00-\u9fa5]/g, '');
      if (quantity.unit && kind.length >= 2 && kind.length <= 4) state.noteSentenceQualifier(sentenceStart, kind);
      const awaited = onlyAwaitedIn(quantity, index, state);
      if (awaited && !rateName) noteUnnamed(own, quantity, awaited, state, emit);
      return;
    }
    // UNASKED_SUBJECT_CARRIES: (东门海报25张是第一轮的 第二轮又贴了10张 一共35张 with 宣传单 asked in 张 and 海报 not: a figure
    // with no label of its own, in the sentence whose last label named an item nobody asked of this unit and in that item's
    // measure, still speaks of that item — never of an asked one by its measure word)
    const subject = state.unaskedSubject;
    if (binding.phrase) state.unaskedSubject = null;
    else if (subject && subject.sentence === sentenceStart && (!quantity.unit || quantity.unit === subject.unit)) return;
    // 异常人数要不要报？宫颈异常3例，乳腺1例 with 宫颈癌筛查人数 open: a label whose head is a word of no open item, the item
    // the reply asks about, names that item; an elided label right after one (乳腺 for 乳腺异常) names it too. Held and
    // asked about, never filed as it is.
    const otherHead = 'entry' in binding && binding.phrase ? foreignHead(binding.phrase, binding.entry, index, plain) : null;
    const elidedOther = !otherHead && 'entry' in binding && binding.phrase && !!state.otherHead && state.context.includes(state.otherHead)
      && !index.match(binding.phrase)[binding.entry.ordinal]!.complete;
    state.otherHead = otherHead ?? (elidedOther ? state.otherHead : null);
    // 隐患29条，已整改27条 with 发现安全隐患数 and 已整改隐患数 open: the item whose name says a part is dealt with needs
    // the label to say so too.
    if ('choices' in binding) {
      const whole = binding.choices.filter((e) => !progressNotSaid(own, e));
      if (whole.length === 1) binding = { entry: whole[0]!, phrase: binding.phrase };
    }
    // OTHER_KIND_OF_THE_SAME_NOUN (other-kind.ts): 高龄老人78人 with 百岁老人人数 open counts another kind of 老人 — no figure of
    // the item (of either item it was offered between): acknowledged as a figure nobody asked, by its own words
    if (binding.phrase) {
      const names = namesOfAll(index, state.dictionary);
      const phrase = binding.phrase;
      const before = plain.slice(sentenceStart, quantity.start);
      // (特困供养：集中供养3人，分散供养12人 — a heading that opens one of the item's names heads it as its whole name does)
      const heads = [...before.slice(-NEAR).matchAll(HEADING_BEFORE)].map((m) => m[1]!);
      const heading = (e: FieldEntry) => e.names.some((n) => before.includes(`${n}：`) || before.includes(`${n}:`) || heads.some((h) => h.length >= 2 && n.startsWith(h)));
      // (a window around the figure, not the whole sentence: a 100,000-character sentence of figures stays linear)
      const said = plain.slice(Math.max(sentenceStart, quantity.start - NEAR), Math.min(sentenceEnd, quantity.end + NEAR));
      const kinds = 'choices' in binding ? binding.choices.filter((e) => !otherKindOfTheNoun(phrase, e, names, heading(e), said)) : [binding.entry];
      const otherKind = 'entry' in binding ? otherKindOfTheNoun(phrase, binding.entry, names, heading(binding.entry), said) : kinds.length === 0 ? phrase : null;
      if (otherKind) {
        state.unasked.set(`label:${phrase}`, { field: '', label: phrase.replace(FILLER, '').trim(), raw: quantity.raw });
        return;
      }
      if ('choices' in binding && kinds.length === 1) binding = { entry: kinds[0]!, phrase };
    }
    if ('choices' in binding) {
      if (readEach(binding.choices, quantity, own, index, state, emit)) return;
      readChoice(binding.choices, quantity, own, visible, index, emit);
      return;
    }
    // SHARE_NEVER_A_COUNT: 能繁母猪存栏1030头，占存栏的10%左右 with 牛存栏 open — a figure in % is a share of something, never a
    // figure of an item measured in anything else (头, 户, 万元): it fills no such item (约10头 was stored as the cattle)
    const measure = binding.entry.field.unit;
    if (quantity.unit === '%' && measure && !measure.includes('%')) return;
    // SUM_ACROSS_ITEMS: 低保户30户，特困12户，共42户 — a sum with no words of its own that adds up the figures of two or more items
    // named before it in its sentence is no one item's figure (42 was stored as 低保户数, the label in force). A sum that is not
    // theirs (演练一次，隐患点补报两处，一共十三处) is the item's own total, as before.
    if (!binding.phrase && SUM_WORD.test(own) && isFillerOnly(own.replace(SUM_WORD, '')) && state.sumsItemsOf(sentenceStart, quantity.value)) return;
    // (特困12户 bound to 低保户数 by its measure word still names 特困: the item its own words name counts)
    const named = isFillerOnly(own) ? null : bestNumericField(own, index) ?? (state.dictionary ? bestNumericField(own, state.dictionary) : null);
    if (named || binding.phrase) state.noteItemSaid(sentenceStart, (named ?? binding.entry).field.key, quantity.value);
    // The label is the one in force even when this figure turns out to be a change (问题井盖又发现1个，改为3个).
    if (binding.phrase) state.context = binding.phrase;
    // MEASURE_LABEL_IN_FORCE: (低保户数128，人数上月203，本月206: 人数, only a measure word and 数, named the persons' item by
    // its measure; the bare figure after it for another period is that item's too, not the one named before 人数)
    else if (MEASURE_ONLY.test(own.replace(FILLER, ''))) state.context = binding.entry.field.label;
    // MEASURE_OF_ANOTHER_THING: (培训10月搞了一期 40人次: a figure whose measure word conflicts with the item's, right
    // before one in the item's own measure, counts something else — the sessions, not the person-times)
    if (next && quantity.unit && unitFit(quantity.unit, binding.entry.field.unit) < 0 && unitFit(next.unit, binding.entry.field.unit) === 2
      && /^[\s，,、]*$/.test(following)) return;
    // (培训人次：本月办了一期电工培训，参加的28人次: the figure in the item's measure may come after a pause, in its sentence,
    // with no other item named between — 一期 was stored as 1 人次)
    if (!next && quantity.unit && unitFit(quantity.unit, binding.entry.field.unit) < 0
      && laterInItsMeasure(plain.slice(quantity.end, sentenceEnd), binding.entry, index)) return;
    // 钢瓶108个打错了，应该是180个 / 填的175不对，是157亩: the figure said to be wrong is no figure; the one after it is.
    if (SAID_WRONG_AFTER.test(following) || ESTIMATE_SAID_AFTER.test(following)) return;
    // SAID_TO_BE_SOMETHING_ELSE: 36800是活动那天全镇栽的，我们村是28600株 / 20是件数，按处算是13处 — a figure said to be something
    // else, with a figure after it in the sentence, is the one being explained away (36800 and 20 were kept)
    const explained = SAID_TO_BE_ELSE.exec(following);
    if (explained && /\d/.test(plain.slice(quantity.end + explained[0].length, sentenceEnd))) return;
    // MISTAKE_EXPLAINED_AFTER_THE_FIGURE_KEPT: 不对，还是150，156是算上了志愿者走访的 / 还是203，210把隔壁组的算进来了 — in a
    // reply that corrects, a figure said to be something else or to have counted something in, after a figure in its
    // sentence, is the wrong one being explained (the one kept came first): never the item's figure (156 replaced 150)
    const countedIn = explained ?? COUNTED_IN.exec(following);
    if (countedIn && state.correcting && /\d/.test(plain.slice(sentenceStart, quantity.start))) return;
    if (next && FIGURES_SAID_WRONG_TOGETHER.test(visible.slice(quantity.end, Math.min(clause.end, quantity.end + 40)))) return;
    // 厨余一天大概四百公斤一个月十二吨: a figure per day or per week is a rate, no figure of the period asked.
    if (RATE_BEFORE.test(wordsBefore)) return;
    const part = partOfThePeriodSaid(wordsBefore, state.byField.get(binding.entry.field.key) ?? [], state.today);
    if (part) {
      emit.invalid(binding.entry, quantity.start, quantity.raw, `“${part}${quantity.raw.trim()}”只是其中一段时间的数，请回复整个时期的${binding.entry.field.label}合计`);
      return;
    }
    // 临时救助5人次，人均1700元: a figure per head or per household is no total, unless the item is such an average (人均收入)
    if (PER_HEAD_BEFORE.test(wordsBefore) && !binding.entry.names.some((n) => PER_HEAD.test(n))) return;
    // 低保户数120户，核查30户: words of its own that name nothing of the field make it a figure about something else.
    // SIBLING_PART: 医疗救助门诊32人次，住院15人次 — right after a figure said of one kind of the item (门诊), a figure in the
    // same measure word whose words name nothing is another kind of it (住院), not something else: it is kept as a part,
    // and two parts ask for the total (PARTS_NOT_THE_TOTAL) rather than leave the first part stored as the item's figure.
    const sibling = state.lastPart !== null && state.lastPart.key === binding.entry.field.key && state.lastPart.sentence === sentenceStart
      && Boolean(quantity.unit) && state.lastPart.unit === quantity.unit;
    // (95个里面有3个注销了 实际是92个: a level word opening a statement after a pause starts the figure's words afresh)
    // MONEY_OF_THE_ITEM_IN_FORCE: 临时救助15人次，发放3.2万元 — a sum of money said with its own verb (发放, 支出, 拨付) right
    // after the item's name was said is that item's amount when the open money item shares the name in force (临时救助 of
    // 临时救助金额): a verb says what the money went on, not another thing. Taken as something else, it was dropped
    // without a word.
    // (钱发了两万八千六: a sum said with words of money or of paying it out is the money item's too — PAID_SUM in bind.ts)
    const moneyOfItem = !binding.phrase && MONEY_UNIT.test(binding.entry.field.unit ?? '') && isMoneyFigure(quantity)
      && (longestSharedRun(state.context.replace(/[^\u4e00-\u9fa5]/g, ''), binding.entry.names) >= 2 || paidSum(quantity, own));
    if (!binding.phrase && !moneyOfItem && saysSomethingElse(own, binding.entry) && !namesOnlyAChange(own, quantity, index) && !LEVEL_AFTER_PAUSE.test(wordsBefore) && !sibling) {
      // (住院32人次，金额5.6万元: the kind a sentence opens on is still the kind its other figures are said of)
      const kind = qualifierOf(own, binding.entry);
      if (kind && quantity.unit && unitFit(quantity.unit, binding.entry.field.unit) === 2) state.noteSentenceQualifier(sentenceStart, kind);
      noteUnnamed(own, quantity, binding.entry, state, emit);
      previousSaidElse = true;
      return;
    }
    if (runsOnFromElse && !binding.phrase && isFillerOnly(own)) return;
    // 之前报的1个是燃气井盖 / 那个1.3万是约数: the figure given before, spoken of, is no new figure.
    if (REFERS_BACK.test(spokenWith)) return;
    // REPORTED_BEFORE_WITH_ITS_NAME: 上次报的隐患4处 这两天又查出2处 — the figure reported before, said with its item's name
    // between, is spoken of too (the change after it is added to the figure held); read as a level, it stood and the change was lost
    if (REPORTED_BEFORE.test(hideNames(spokenWith, index))) return;
    // (上次报的已转移9户: the words between are a piece of the item's name, 已转移 of 已转移户数, not a name of its own)
    const reportedNamed = REPORTED_BEFORE_PIECE.exec(spokenWith)?.[1];
    if (reportedNamed && binding.entry.names.some((n) => n.includes(reportedNamed))) return;
    // 有1个是11月新增的 / 有一处已经销号: one of those just counted, said to be something, is no figure of its own.
    // (危房有两户没有住人的: the item named right before 有 is what is counted.)
    // (有一个注销了: what happened to one of them, a verb with 了 that names no item, is no figure either.)
    if (/有\s*$/.test(wordsBefore) && (/^\s*(?:是|已|还|在|正|没|未|被)/.test(following) || (/^\s*[\u4e00-\u9fa5]{1,4}?了/.test(following) && !namesAnyField(following, index))) && binding.phrase !== own) return;
    // 一共136人，外地的6个是电话采集的: a figure right after a modifier and 的 (外地的, 本镇的), said to be something, is
    // those of the count that are so, no figure of its own (是对的 / 是准确的 still says the figure is right).
    if (/[\u4e00-\u9fa5]的\s*$/.test(wordsBefore) && /^\s*是(?!对|准|正确|没错|真实|实际|最新)/.test(following) && binding.phrase !== own) return;
    const change = changeSaid(hideNames(spokenWith, index), plain.slice(sentenceStart, sentenceEnd), binding.entry, quantity);
    if (change?.against === 'last-year') return;
    // 已安装8个，比规划少3个: the gap between two items, measured against the item named after 比, is no change of it
    if (change && change.against === 'held' && comparedWithAnItem(hideNames(spokenWith, index), index)) return;
    // (事实无人抚养儿童应为3人，之前少报了一个: a miscount whose words name no item, not even by its measure, explains the
    // correction beside it; bound by its measure word 个 alone, it added 1 to 儿童之家数量)
    if (change?.miscount && !binding.phrase && !MEASURE_LABEL.test(own.replace(FILLER, '').replace(MISCOUNTED, '').trim())) return;
    if (change) {
      emit.change(binding.entry, quantity.start, quantity.raw, (field) => checkNumber(quantity, field), change.sign, change.against, change.plain);
      return;
    }
    if (isDelta(hideNames(own, index), binding.entry, quantity)) return;
    // (本月新增3户7人: the persons run straight on from the households said as a change are the same change: CHANGE_RUNS_ON;
    // read as a figure of 本月, 7人 replaced the 208 the reply had given as 低保人数)
    if (runOn && isDelta(hideNames(spokenWith, index), binding.entry, quantity)) return;
    // RUNNING_TOTAL_ASKED_BACK: 临时救助今年累计86人次 alone, with the month asked: the running total is no figure of the
    // month, and the reporter is asked for the month's (it was dropped and the reply answered 没有找到…数据); a month's
    // figure in the same reply (今年累计86人次，本月9人次) is stored and settles it
    if (isRunningTotal(own, binding.entry, state)) {
      state.runningTotals.add(binding.entry.field.key);
      emit.invalid(binding.entry, quantity.start, quantity.raw, `“${quantity.raw.trim()}”是累计数，请回复当月的${binding.entry.field.label}`);
      return;
    }
    // 有4个是本周新登记的: words after a figure bound only through the label before can make it a change too.
    if (!binding.phrase && isDelta(hideNames(after, index), binding.entry, quantity)) return;
    // 剩下两家也检查了: the rest, said to be done too, is added to the figure held for the item its verb names.
    if (LEFT_RIGHT_BEFORE.test(own) && binding.phrase && binding.phrase === after && REST_DONE_TOO.test(following)) {
      emit.change(binding.entry, quantity.start, quantity.raw, (field) => checkNumber(quantity, field), 1, 'held');
      return;
    }
    // 另外流感疫苗1,208剂次 beside 免疫规划接种剂次: another thing, or what remains, is this field only when its label
    // spells the field out.
    // ANOTHER_KIND: (另有低保边缘户12户 beside 低保户数, 另有商铺走访40家 beside 入户走访: words of its own inside or before the
    // field's name make it another kind of thing, never the field's figure)
    if (ANOTHER.test(own) && !(binding.phrase && index.match(binding.phrase)[binding.entry.ordinal]!.complete)) return;
    const kind = ANOTHER_KIND.exec(own)?.[1];
    if (kind && !spelledOut(index.match(kind)[binding.entry.ordinal]!)) return;
    // 还有3处没改完 / 剩两处在改: what is left right before the figure counts the rest, not the item (unless it is one of rests).
    if (LEFT_RIGHT_BEFORE.test(own) && !binding.entry.names.some((n) => /剩|余/.test(n))) return;
    // 不到10户, 120-130户: a bound or a range is no figure to record; ask for the exact one.
    if (quantity.bound || BOUND_BEFORE.test(own) || RANGE_START.test(visible.slice(quantity.end, quantity.end + 4))) {
      emit.invalid(binding.entry, quantity.start, quantity.raw, `无法识别具体数值，${expectationFor(binding.entry)}`);
      return;
    }
    // PARTS_THEN_TOTAL (parts-then-total.ts): 侧柏3000 山杏1500 共4600株 — parts that add up to another figure than the total
    // after them: which is wrong cannot be told, so the total is asked about
    const partsSum = state.unsummed.get(quantity.start);
    if (partsSum !== undefined) {
      emit.invalid(binding.entry, quantity.start, quantity.raw, `前面分项相加是${partsSum}，与合计${quantity.raw.trim()}对不上，请核实后回复${binding.entry.field.label}的准确数`);
      return;
    }
    // 燃气隐患5处，已整改3处: the part already dealt with is never the total, unless the field counts it (已整改隐患数).
    if (isProgress(hideNames(own, index), binding.entry)) return;
    // 还有2户帮扶措施在落实中: the part still being dealt with is never the field's count of what is done.
    // (还没办下来残疾人54个: a label after the words starts another statement.)
    // (隐患排查了3处都还没动: what is still undone says nothing against a count of what was found.)
    if (isUnfinished(own, binding.entry, index) || (countsDone(binding.entry) && isUnfinished(after, binding.entry, index, NEAR_AFTER))) return;
    // 其中… and figures in brackets (15户（失独11户、伤残4户）) break a total down; they never replace it.
    // (128户，其中城市低保30户，农村低保98户: 其中 opens the breakdown for the rest of its sentence)
    const breakdown = /其中|包括|包含|含/.test(own) || clause.aside || BREAKDOWN_OPENED.test(plain.slice(sentenceStart, clause.start));
    // 残疾人数5人 for 残疾人两项补贴人数 while 持证残疾人数 is another item: filed only once the reporter says so.
    // 优抚对象更正为25户 for a count in 人: held for the item its label names until the reporter says which was meant.
    const doubt = 'measureDoubt' in binding
      ? `${binding.entry.field.label}以“${binding.entry.field.unit}”计，“${quantity.raw}”是${quantity.value}${binding.entry.field.unit}吗？`
      : other || otherHead || elidedOther ? `“${label.replace(FILLER, '')}”是指${binding.entry.field.label}吗？` : undefined;
    // 同比下降4.2% for a growth rate: the rate is -4.2
    const fell = quantity.unit === '%' && !quantity.negative && binding.entry.names.some((n) => RATE_OF_CHANGE.test(n)) && FALL.test(own);
    const signed = fell ? { ...quantity, value: -quantity.value, base: -quantity.base, negative: true } : quantity;
    const check = (field: FieldDef): Checked => withDoubt(checkNumber(signed, field), doubt);
    // A figure bound only through the label before it never replaces one this reply gave already, unless its own words
    // correct it (上门服务260人次这个数不对，应为206人次; not 更正为85人，有2个是月中新增的).
    // 一共十三处 / 现在是十八处 / 准确的是12,987人: the level the sentence ends on replaces a figure it gave before.
    const level = LEVEL_BEFORE.test(wordsBefore) || SUM_OPENS_CLAUSE.test(wordsBefore);
    if (alternative && next) {
      emit.invalid(binding.entry, quantity.start, quantity.raw, `是“${quantity.raw}”还是“${next.raw}”？请核实后回复准确的数`, offeredReadings([quantity, next], binding.entry.field));
      return;
    }
    // (城市低保30户50人: a figure with no words of its own is said of the same kind as the one before it in the clause)
    // QUALIFIER_OF_THE_SENTENCE: (住院32人次，金额5.6万元；门诊10人次，金额0.4万元 — a figure labelled with nothing but its
    // item's name is said of the kind the sentence opened on; read as no kind, 门诊's 0.4万 replaced 住院's 5.6万)
    // (qualifierOf is empty for a label of the item's own words; 了 / 过 make it say what was done, no kind)
    const onlyTheName = !kindWords(own) || (!/[了过]/.test(own) && !qualifierOf(own, binding.entry));
    // (共37人次 / 合计189人 after the kinds: a sum is of every kind, never the last one's)
    // (合计32人次10.4万元: the sum run straight on in another measure word is a sum too: CHANGE_RUNS_ON)
    const sums = SUM_WORD.test(own) || (runOn && SUM_WORD.test(spokenWith));
    const qualifier = breakdown || sums ? '' : qualifierOf(own, binding.entry) || (own.trim() && !onlyTheName ? '' : clauseQualifier || state.sentenceQualifier(sentenceStart));
    clauseQualifier = qualifier;
    // SUBSET_SAID_WITH_DE: 特困供养人员集中供养的2个 — a kind of the item said with 的 right before the figure (集中供养的: the ones
    // supported in a home) counts those of the item that are of that kind: a part, never the whole (2 was stored as
    // 特困供养人数, a wrong value). Alone in its sentence it is asked about; with the other parts after it (…，分散的3个) the
    // parts are asked for their total as before, and a heading (特困供养人数：集中供养12人) still answers the item.
    if (qualifier && !level && /的\s*$/.test(own) && !/[:：]/.test(own) && kindBeforeTheName(own, qualifier, binding.entry)
      && !/[\d零一二两三四五六七八九十]/.test(plain.slice(quantity.end, sentenceEnd))) {
      emit.invalid(binding.entry, quantity.start, quantity.raw, `“${qualifier}的${quantity.raw.trim()}”只是${binding.entry.field.label}的一部分，请回复${binding.entry.field.label}的合计数`);
      return;
    }
    if (qualifier) state.noteSentenceQualifier(sentenceStart, qualifier);
    state.lastPart = qualifier && quantity.unit ? { key: binding.entry.field.key, unit: quantity.unit, sentence: sentenceStart } : null;
    // (128户。哦不对，是129户 / 128户，不对，是129户: the words that say it was wrong may stand anywhere in the sentence since
    // the figure before, not only in the bare figure's own label: CORRECTED_EARLIER_IN_THE_SENTENCE; 更正为195人，上周新识别
    // 1户2人 — the 更正为 was said of 195)
    const corrects = state.correcting && (hasCorrectionMarker(said) || hasCorrectionMarker(sinceLastFigure));
    const anchor = periodAnchor(quantity, plain, state);
    if (qualifier && binding.phrase && kindBeforeTheName(own, qualifier, binding.entry)) state.kindsSaid.add(anchor);
    emit.value(binding.entry, anchor, quantity.raw, check, breakdown || (!level && !binding.phrase && !corrects), qualifier);
    // ALL_DONE_NEXT_CLAUSE: (九小场所86家，都检查了: the clause right after the clause's last figure may say all of it is done)
    const nextClause = next ? '' : visible.slice(clause.end).replace(/^\s*[，,]\s*/, '');
    const allDoneTail = next || !/^[，,]/.test(visible.slice(clause.end).trimStart()) || FIGURE_AFTER_ALL_DONE.test(nextClause) ? following : nextClause.slice(0, 16);
    // ALL_DONE_OVER_A_RUN: (受威胁十四户六十六人已经全部转移了: the figure run straight on into the next one in another measure
    // word shares the words after that one; only the persons were read as transferred)
    const runTail = next && !following.trim() && !!next.unit && !!quantity.unit && next.unit !== quantity.unit
      ? visible.slice(next.end, inClause[i + 2] ? inClause[i + 2]!.start : clause.end) : '';
    if (!breakdown) readAllDone({ entry: binding.entry, quantity, check }, following.trim() ? following : runTail || allDoneTail, index, emit);
    if (i === 0 && SHARED_RE.test(own)) for (const l of state.listed) emit.value(l.entry, l.anchor, quantity.raw, check);
  });

  const tail = visible.slice(cursor, clause.end);
  const clauseText = visible.slice(clause.start, clause.end);
  const words = readWordValues(
    clause, clauseText, plain.slice(clause.start, clause.end), index, emit, today, inClause.length > 0, plain.slice(clause.start, listRunsTo(plain, clause.start, sentenceEnd)),
    (end) => { state.textUntil = Math.max(state.textUntil, end); },
  );
  const answered = words === 'answered';
  if (inClause.length > 0) {
    // 危房1户 已撤离 重点纠纷 无: the 无 a text item's label takes as its value is no count's zero
    const textFrom = index.entries.some((e) => e.field.type === 'text') ? textSpan(plain.slice(clause.start, clause.end), index)?.[0] : undefined;
    const zeroWords = textFrom !== undefined && clause.start + textFrom >= cursor ? tail.slice(0, clause.start + textFrom - cursor) : tail;
    readZeroAfterFigures(cursor, zeroWords, index, emit);
    // 避难场所四个…预案还没有修订完 (voice, no pause): a yes/no said after the last figure
    if (words === null) readLooseBoolean({ ...clause, start: cursor }, tail, index, emit);
    return;
  }
  // 是否完成自查：没有 answers the question; its 没有 is not a zero for some count.
  if (answered) return;
  readCorrectedAnswer(clause, clauseText, visible.slice(0, clause.start), index, emit);
  readNoFigureClause(clause, tail, index, state, emit);
}

/**
 * LIST_RUNS_ON: 主要隐患：1.消防器材过期 2.疏散通道堆物；3、员工未开展安全培训: words that list numbered points run on past a
 * ；when the next sentence opens with the next number of the same list. Returns where the run ends.
 */
function listRunsTo(plain: string, from: number, end: number): number {
  for (;;) {
    if (plain[end] !== '；' && plain[end] !== ';') return end;
    const next = /^\s*(\d{1,2})\s*[、.．)）]/.exec(plain.slice(end + 1));
    if (!next || !new RegExp(`(?:^|\\D)${Number(next[1]) - 1}\\s*[、.．)）]`).test(plain.slice(from, end))) return end;
    const stop = plain.slice(end + 1).search(/[。；;！!？?\n…]/);
    end = stop < 0 ? plain.length : end + 1 + stop;
  }
}

/**
 * 涉及二十三个农民工金额十二万五 (voice, no pause): a figure with a measure word, then the noun it counts, then the next
 * figure's label. The noun is the figure's (it names one item) and the words after it name another item, so they
 * are split there: returns how many characters of the words after the figure are its counted noun (0 for none).
 */
const MAX_COUNTED_NOUN = 6;

function countedNoun(words: string, q: Quantity, index: CandidateIndex, labelled: () => boolean = () => true): number {
  if (!q.unit || /^\s/.test(words)) return 0;
  for (let k = Math.min(MAX_COUNTED_NOUN, words.length - 2); k >= 2; k--) {
    const noun = words.slice(0, k);
    const item = bestNumericField(noun, index);
    if (!item || index.match(noun)[item.ordinal]!.sim < 2 || unitFit(q.unit, item.field.unit) < 0) continue;
    const rest = words.slice(k);
    if (index.match(rest)[item.ordinal]!.sim < 1 && namesAnyField(rest, index)) return k;
    // COUNTED_NOUN_BEFORE_A_PAUSE: 设了4个劝导点 一共8个护林员 — the noun right after the measure word, ended by a typed pause,
    // is what the figure counts; the words after the pause belong to the next figure. Read as the next figure's label,
    // 劝导点 made 一共8个 the 劝导点's level (8 stored for 4).
    // (Only words typed after the pause, and only for a figure whose own words name no item: 生活补贴五十六人护理补贴上月七十一人 —
    // with the period word blanked, 护理补贴 is the next figure's label.)
    if (/^[\s，,、]+[^\s，,、]/.test(rest) && isWholeName(noun, item) && index.match(rest)[item.ordinal]!.sim < 1 && !labelled()) return k;
  }
  return 0;
}

/** The words spell out one of the item's names (劝导点 of 护林防火劝导点's alias 劝导点), nothing more. */
function isWholeName(words: string, entry: FieldEntry): boolean {
  return entry.names.some((n) => n === words || (n.length >= 2 && words.endsWith(n) && words.length - n.length <= 1));
}

/**
 * 成功率没算错 涉及人数再加2个 (voice, pauses as spaces): when the words after the last pause name an item of their
 * own, they are the figure's label, not the item named before the pause. The words before are blanked (length kept).
 */
function lastSpokenLabel(said: string, written: string, index: CandidateIndex, dictionary: CandidateIndex | null): string {
  const gap = /\S\s+(?=\S)/g;
  let cut = -1;
  for (let m = gap.exec(said); m; m = gap.exec(said)) cut = m.index + m[0].length;
  // a pause the clerk typed, not a blanked name or period word (written ends the same way as said)
  if (cut < 0 || !/\s/.test(written.charAt(written.length - (said.length - cut) - 1))) return said;
  const last = said.slice(cut);
  const earlier = bestNumericField(said.slice(0, cut), index);
  if (last.replace(FILLER, '').length < 2 || !earlier) return said;
  const named = bestNumericField(last, index) ?? (dictionary ? bestNumericField(last, dictionary) : null);
  if (!named || named.field.key === earlier.field.key) return said;
  return ' '.repeat(cut) + last;
}

/**
 * 帮扶措施都落实了风险消除了十五户 (voice, no punctuation): when words before a figure name one item, a 了 ends that
 * statement, and the words after it name another, the figure's label is the nearer one.
 */
function nearestLabel(said: string, index: CandidateIndex, dictionary: CandidateIndex | null = null): string {
  for (let at = said.lastIndexOf('了'); at > 0; at = said.lastIndexOf('了', at - 1)) {
    const after = said.slice(at + 1);
    const near = bestNumericField(after, index);
    // (都调解成功了涉及人数九人: the words after 了 name an item nobody asked of this unit; they are still its label)
    if (!near && dictionary && after.replace(FILLER, '').length >= 2 && bestNumericField(after, dictionary) && bestNumericField(said.slice(0, at), index)) return after;
    if (!near) continue;
    const far = bestNumericField(said.slice(0, at), index);
    return far && far !== near ? after : said;
  }
  return said;
}

const CORRECTED_TO = /^(?:应为|应是|应该是|应该为|实为|改为|改成|更正为)/;

/**
 * 管网排查情况有误，应为已完成: a yes/no or an option given after a correction verb, in a clause of its own, answers
 * the one yes/no or choice field the clause before named.
 */
function readCorrectedAnswer(clause: Clause, text: string, before: string, index: CandidateIndex, emit: Emitter): void {
  const trimmed = text.replace(/^[\s\p{P}]+|[\s\p{P}了的啦]+$/gu, '');
  const verb = CORRECTED_TO.exec(trimmed);
  if (!verb) return;
  // The clause just before, in the same sentence: 前天报的管网排查情况有误.
  const previous = /([^，,；;。\n]*)[，,；;]\s*$/.exec(before)?.[1] ?? '';
  if (!previous.trim()) return;
  const answer = trimmed.slice(verb[0].length);
  if (!answer || answer.length > 8) return;
  const matches = index.match(previous);
  const named = index.entries.filter((e) => (e.field.type === 'boolean' || e.field.type === 'enum') && matches[e.ordinal]!.sim >= 2);
  if (named.length !== 1) return;
  const entry = named[0]!;
  const at = clause.start + text.indexOf(answer);
  // Said with its own label (应为已完成自查): readWordValues has it already.
  const sim = (phrase: string): number => index.match(phrase)[entry.ordinal]!.sim;
  if (entry.field.type === 'boolean' ? findBoolean(text, entry.field) : findEnum(text, entry.field, sim)) return;
  if (entry.field.type === 'enum') {
    if ((entry.field.options ?? []).includes(answer)) emit.value(entry, at, answer, () => ({ ok: true, value: answer }));
    return;
  }
  const yes = bareBoolean(answer) ?? (NOT_DONE.test(answer) ? false : DONE.test(answer) ? true : null);
  if (yes !== null) emit.value(entry, at, answer, () => ({ ok: true, value: yes }));
}

/**
 * 比上月增加3户 is a change, not a level — unless the change word is part of the field's own name (新增违法占地2宗
 * answers 新增违法占地宗数).
 */
// (之前78是上周的进度 / 10月报的150是估的: an earlier figure named by when it was given.)
// (筛查那两个是11月的 / 这3户: a figure right after 这 or 那 points back at figures already given)
/** 上次报的 / 之前说的 / 10月报的 and the item's name (blanked): the figure after it is the one reported before. */
const REPORTED_BEFORE = /(?:之前|刚才|上次|前面|原来|早上|上午|昨天|\d{1,2}月份?|上个?月)(?:报|说|填|写|给)的\s+$/;
/** 上次报的已转移9户: what was reported before, said with a piece of its item's name (REPORTED_BEFORE_WITH_ITS_NAME). */
const REPORTED_BEFORE_PIECE = /(?:之前|刚才|上次|前面|原来|早上|上午|昨天|\d{1,2}月份?|上个?月)(?:报|说|填|写|给)的\s*([\u4e00-\u9fa5]{2,6})\s*$/;
const REFERS_BACK = /(?:(?:之前|刚才|上次|前面|原来|早上|上午|昨天|\d{1,2}月份?|上个?月)(?:报|说|填|写|给)的?|那个|[这那]些?|(?:^|[^\u4e00-\u9fa5])(?:之前|原来|刚才|上次))\s*$/;

/**
 * 缴费率86.9%是11月的 / 153套（10月）: a period word right after a figure names that figure's period. The anchor
 * returned lies just past it, so the period in force there is that one; otherwise the figure's own start.
 */
function periodAnchor(q: Quantity, plain: string, state: ReplyState): number {
  for (const m of state.mentions) {
    if (m.index < q.end) continue;
    if (m.index > q.end + 3) break;
    // (…七百五十元 十一月的生存认证…: after a typed pause, a period starts the next statement.)
    if (/^(?:\s*[是为（(]\s*)?$/.test(plain.slice(q.end, m.index)) && /^(?:份)?(?:的|数|[）)])/.test(plain.slice(m.index + m.text.length))) {
      return m.index + m.text.length;
    }
  }
  return q.start;
}
// (实际发了一百三十五床: 实际 with the item's verb is the level too)
// ACTUALLY_DONE_IS: (31.6万 实际结算是316,800元 / 380万是计划投资，实际完成是305万: 实际 with the item's verb of one or two
// characters, 了 or not, says the level as 实际是 does)
// CHECKED_THEN_LEVEL: (排查居民用户152户，现在核实后是158户 / 核对后为 / 核查过是: a figure said to be what a check found — 后 or
// 过 and then 是/为 — is the level; 核查30户 without them counts what was checked, something else)
// LEVEL_WORD_TYPED_APART: (20人吧 核了 是21人 / 刚核了 是5家: a typed pause may stand between the level word and its 是; the
// figure after it is still the level the check found, and replaces the hedged one before)
// (低保户125户，增加到128户: the level it moved to)
const LEVEL_BEFORE = /(?:(?:增加|增长|上升|提高|提升|减少|下降|降低|调整|变|升|降|涨)(?:到|至|为|成)|一共|总共|共计|现在|目前|准确的?|准确数|实际上?(?:[\u4e00-\u9fa5]{1,2}了?)?|核实?了?(?:一下)?|核(?:实|对|查)(?:后|过)(?:是|为)|月底|(?:加|算)上(?:去|后)?|加起来|合起来)\s*(?:是|为|有)?\s*$/;
/**
 * ADDED_INTO_THE_SUM: 资金5000元是材料费 加上护路员工资一共是1.3万 / 损失3.2万只算了农业 加上房屋圈舍总共是4.1万: a sum of money
 * said after 加上 (算上, 连同) something and 一共/总共/合计 is the whole of the money item the sentence spoke of before, with
 * that thing added in: the item in force (资金, 损失) takes it as its level. The words between name what was added, never
 * the item (护路员工资 is no count of 护路员: 1.3万 was stored as 13000 护路员). Only a sum of money (元, 块, or 万/千 with no
 * measure word) for an item in 元 or 万元.
 */
const ADDED_INTO_THE_SUM = /(?:加上|算上|连同)[\u4e00-\u9fa5]{1,10}?(?:一共|总共|合计|共计|加起来|合起来|共)(?:是|为|有)?\s*$/;
const MONEY_UNIT = /元$/;

function isMoneyFigure(q: Quantity): boolean {
  return /元|块/.test(q.unit) || (!q.unit && (q.multiplier > 1 || /[万千亿萬]/.test(q.raw)));
}

/**
 * LEVEL_AFTER_PAUSE: 法人单位95个里面有3个注销了 实际是92个 / 有2户迁走了 现在是126户: a level word (实际是, 现在是, 核实后是,
 * 一共) right after a typed pause opens a statement of its own. The words before the pause were said of the figure before
 * (what happened to some of them); they are no label of this figure and never make it a figure of something else.
 * (4家吧 刚核了 是5家 / 我核实了 是21人: the one who checked, or a word of when, may stand before the level word.)
 */
const LEVEL_AFTER_PAUSE = new RegExp(`[\\s，,]\\s*(?:我们?|刚刚?|刚才|又|已经?)?${LEVEL_BEFORE.source}`);
/** …补种的12人，共532人: 共 opening a clause gives the sum of what the sentence said before it. */
const SUM_OPENS_CLAUSE = /^\s*共(?:是|为|有|计)?\s*$/;
/** 比上月少2户 / 比之前报的多了1个: what the change is measured against, between 比 and the change word. */
// (比上次报的多走访了2个: the change word may take a verb of its own before 了.)
// (较去年同期多购了200吨: 较 is the written 比, with something named after it.)
const COMPARED_CHANGE = /(?:比([^，,。；;\d]{0,12}?)|(?<!比)较([^，,。；;\d]{1,12}?))(多了|少了|增加了?|减少了?|增长了?|下降了?|多|少|高|低)(?:[\u4e00-\u9fa5]{1,2}了)?\s*$/;
/**
 * 人数少了5个 / 再加一个 / 资金相应增加0.2万 / 楼栋数要减2栋: a change with nothing named to measure it against. (减 right
 * before the figure, alone or after 要/得/再, is a change as much as 减少 is.)
 */
const BARE_CHANGE = /(多了|少了|增加了?|减少了?|(?:要|需要|得|应该?|再|还要)?(?:核)?减(?:去|掉)?|再加上?|又加了?|又多了|又少了)\s*$/;
/** 报警器又装了4台 / 又发现了2处 / 补种了6亩: done again since the figure given, so added to it. */
// (又查出2处 / 又找到3户: a verb with its result, 出 or 到, says it was done as 了 does)
// (AGAIN_DONE_BY_ITS_NAME: 又巡查了2次 — the verb is the item's own name, 巡查 of 巡查次数, blanked before this is read: it was
// no change, and the 2 was dropped)
const AGAIN_DONE = /(?:又|再|补)([\u4e00-\u9fa5]{1,2}| {2,8})了\s*$|又[\u4e00-\u9fa5](?:出|到)了?\s*$/;
/**
 * MISCOUNTED_BY: 人数少算了两个 / 户数漏报了1户 / 多算了1户 — the figure given was off by this much: counted short (少算,
 * 漏报, 漏了) it rises, counted over (多算, 多报, 重复统计) it falls. 少 here says the count fell short, not that the level
 * fell (read by LESS, 少算 lowered the figure).
 */
const MISCOUNTED = /(?:(少算|漏算|漏报|漏统计|漏掉|漏|少报|少统计|少录)|(多算|多报|重复(?:算|统计|计算|录入)|多统计|多录))了?\s*$/;
const LAST_YEAR = /去年|上年|同期/;
const EARLIER_PERIOD = /上个?月|上期|上一?季度?|上半年|上年|去年|上周|上个?星期|前一个?月/;
const LESS = /少|减|下降|低/;

/**
 * A figure said as a change of the field's level (not of a field that is itself a change: 新增就业人数 counts what was
 * added, and 增速 is a rate): its sign, and whether it is measured against the period before (比上月, or a sentence that
 * compares with last month) or against the figure already given (比之前报的, 比刚才说的, 再加一个).
 */
function changeSaid(written: string, sentence: string, entry: FieldEntry, q: Quantity): { sign: 1 | -1; against: 'previous-period' | 'held' | 'last-year'; plain?: boolean; miscount?: boolean } | null {
  if (q.unit === '%' || entry.names.some((n) => RATE_OF_CHANGE.test(n))) return null;
  const miscounted = MISCOUNTED.exec(written);
  if (miscounted && !entry.names.some((n) => n.includes(miscounted[0].replace(/了?\s*$/, '')))) return { sign: miscounted[1] ? 1 : -1, against: 'held', miscount: true };
  const compared = COMPARED_CHANGE.exec(written);
  const bare = compared ? null : BARE_CHANGE.exec(written);
  const again = compared || bare ? null : AGAIN_DONE.exec(written);
  // (生活补贴发了九人: 补 there starts the item's own word.)
  if (again && !entry.names.some((n) => n.includes(again[0].slice(0, 2)))) return { sign: 1, against: 'held' };
  const word = compared?.[3] ?? bare?.[1];
  if (!word || entry.names.some((n) => n.includes(word.replace(/了$/, '')) && word.length > 1)) return null;
  const sign = LESS.test(word) ? -1 : 1;
  const measuredFrom = compared ? (compared[1] ?? compared[2]!) : /再加|又加/.test(word) ? '' : sentence;
  // 较去年同期多购了200吨: measured against last year's same period, which nobody asked and the pool does not hold
  if (compared && LAST_YEAR.test(measuredFrom)) return { sign, against: 'last-year' };
  // PLAIN_CHANGE: 多了3个 / 减少了2户 — no 比…, no 又 / 再: not said to be against the figure given (see emitChange)
  const plain = !!bare && !/^(?:又|再|还要?|要|需要|得|应该?)/.test(bare[1]!);
  return { sign, against: EARLIER_PERIOD.test(measuredFrom) ? 'previous-period' : 'held', ...(plain ? { plain } : {}) };
}

/** Whether what a change is measured against (比… before 多/少) names an item: a gap between two items, not a change. */
function comparedWithAnItem(written: string, index: CandidateIndex): boolean {
  const compared = COMPARED_CHANGE.exec(written);
  const against = compared ? (compared[1] ?? compared[2] ?? '') : '';
  return against.trim().length >= 2 && !EARLIER_PERIOD.test(against) && !LAST_YEAR.test(against) && namesAnyField(against, index);
}

/** Items that are themselves a rate of change (固定资产投资增速): 同比增长8.6% is their level. */
const RATE_OF_CHANGE = /增速|增长率|增幅|涨幅|变化率|同比|环比/;
const FALL = /下降|减少|降低|下滑|回落|负增长/;

function isDelta(own: string, entry: FieldEntry, q?: Quantity): boolean {
  if (q?.unit === '%' && entry.names.some((n) => RATE_OF_CHANGE.test(n))) return false;
  // (a word of leaving that opens the label, nothing before it, runs on from the figure before it: 95个里面有3个注销了 实际是92个)
  const left = LEFT_THE_STOCK.exec(own);
  if (left && left.index > 0 && !entry.names.some((n) => n.includes(left[0].replace(/了?\s*$/, '')))) return true;
  const re = new RegExp(DELTA_RE.source, 'g');
  for (let m = re.exec(own); m; m = re.exec(own)) {
    // 巡查人员增加到40人: the level it rose to, not the change.
    if (/^\s*(?:到|至|为)/.test(own.slice(m.index + m[0].length))) continue;
    if (!entry.names.some((n) => n.includes(m![0]))) return true;
  }
  return false;
}

/**
 * 出生死亡各1人: labels run together, each naming its own field, and 各/都/均 before the figure: the figure is each
 * one's. The labels stay in force for the next clause (上月都没有).
 */
function readEach(entries: FieldEntry[], quantity: Quantity, own: string, index: CandidateIndex, state: ReplyState, emit: Emitter): boolean {
  if (!SHARED_RE.test(own) || quantity.bound || BOUND_BEFORE.test(own) || REMAINDER.test(own)) return false;
  const named = tiedNumericFields(own, index);
  if (named.length < 2 || !entries.every((e) => named.includes(e))) return false;
  const words = hideNames(own, index);
  if (named.some((e) => isDelta(words, e) || isProgress(words, e))) return false;
  for (const e of named) emit.value(e, quantity.start, quantity.raw, (field) => checkNumber(quantity, field));
  state.context = own;
  return true;
}

/**
 * JOINED_LABELS_SHARE: 排查隐患和已整改都是0 / 已整改和未整改都是2处 — labels joined by 和 / 及 / 与, each naming its own item, then
 * 都 / 均 / 各 and one figure: the figure is each one's. Read by likeness of the whole phrase, the items tied with it were
 * taken instead (隐患 of 未整改隐患 made 未整改 one of them, and 已整改 was left out) or only the first was.
 */
function readJoinedEach(quantity: Quantity, own: string, index: CandidateIndex, state: ReplyState, emit: Emitter): boolean {
  const shared = SHARED_RE.exec(own);
  if (!shared || quantity.bound || BOUND_BEFORE.test(own) || REMAINDER.test(own)) return false;
  const labels = joinedLabels(own.slice(0, shared.index), index);
  if (labels.length < 2) return false;
  const words = hideNames(own, index);
  if (labels.some((e) => isDelta(words, e) || isProgress(words, e))) return false;
  for (const e of labels) emit.value(e, quantity.start, quantity.raw, (field) => checkNumber(quantity, field));
  state.context = own;
  return true;
}

/** 120 alone while 低保户数 and 低保人数 both wait: the fields it could mean, for one short question back. */
function readChoice(entries: FieldEntry[], quantity: Quantity, own: string, visible: string, index: CandidateIndex, emit: Emitter): void {
  const words = hideNames(own, index);
  if (quantity.bound || BOUND_BEFORE.test(own) || RANGE_START.test(visible.slice(quantity.end, quantity.end + 4)) || REMAINDER.test(own)) return;
  if (entries.some((e) => isDelta(words, e) || isProgress(words, e))) return;
  // (门诊12人次，住院8人次，共计20 / 临时救助12人次，共计1.2万: a sum or level said of the figures before may be their own
  // item's total, so no option is settled by the measures given)
  emit.choice(entries, quantity.start, quantity.raw, (field) => checkNumber(quantity, field), !LEVEL_BEFORE.test(own) && !/[共合总]计?\s*(?:是|为|有)?\s*$/.test(own));
}

function namesDateField(own: string, index: CandidateIndex): boolean {
  const matches = index.match(own);
  return index.entries.some((e) => e.field.type === 'date' && matches[e.ordinal]!.sim >= 2);
}

/**
 * CHANGE_NAMED_BY_ITS_MEASURE: 比昨天报的多了8人 / 比报的多30人次 / 人数多了19人: a change against a figure, whose words name no
 * item (only what it is compared with, or the measure word and 数), is a bare figure: the measure word decides the item
 * when one item asked counts in it.
 */
function namesOnlyAChange(own: string, q: Quantity, index: CandidateIndex): boolean {
  const again = AGAIN_DONE.exec(own);
  const m = COMPARED_CHANGE.exec(own) ?? BARE_CHANGE.exec(own) ?? MISCOUNTED.exec(own) ?? (again && !namesAnyField(again[0], index) ? again : null);
  if (!m || !q.unit) return false;
  const comparand = m === again ? '' : m[1] ?? m[2] ?? '';
  if (comparand && namesAnyField(comparand, index)) return false;
  // (这两天又查出2处: when it was done says nothing of what)
  const rest = own.slice(0, m.index).replace(WHEN_DONE, '');
  return isFillerOnly(rest) || namesOnlyItsUnit(rest, q);
}

const WHEN_DONE = /这两天|这几天|今天|昨天|前天|刚才|刚刚|后来|最近|上午|下午|早上|晚上/g;

/** 户数12户 / 人数：20人: a label that says no more than the figure's measure word leaves the unit to decide. */
function namesOnlyItsUnit(own: string, q: Quantity): boolean {
  const words = own.replace(FILLER, '');
  return !!q.unit && (words === q.unit || words === `${q.unit}数` || words === `${q.unit}数量`);
}

/**
 * ASKED_WHAT_IT_IS: 在册132户，208人 / 已报：132户 / 走访132户 with 低保户数 asked and not yet answered — a figure in exactly
 * the item's measure word, said with a short word of its own that names nothing the dictionary knows, was dropped without
 * a word (the clerk took 132 for reported). It is noted here; once the whole reply is read, if it gave the item no figure
 * (低保户数120户，核查30户 did), the figure is held and the reporter asked whether it is the item (ReplyState.askUnnamed).
 */
function noteUnnamed(own: string, quantity: Quantity, entry: FieldEntry, state: ReplyState, emit: Emitter): void {
  const words = own.replace(FILLER, '').replace(/[^\u4e00-\u9fa5]/g, '');
  if (words.length < 2 || words.length > 4 || !quantity.unit || unitFit(quantity.unit, entry.field.unit) !== 2) return;
  // (本月新增3户 / 退出1户: a change or a part done is no figure of the item to ask about)
  if (DELTA_RE.test(words) || LEFT_THE_STOCK.test(words) || PROGRESS_RE.test(words) || VAGUE_RE.test(words)) return;
  const open = state.byField.get(entry.field.key) ?? [];
  if (!open.length || open.some((c) => c.answered)) return;
  state.noteUnnamed(entry, () => emit.value(entry, quantity.start, quantity.raw,
    (field) => withDoubt(checkNumber(quantity, field), `“${words}${quantity.raw.trim()}”是指${entry.field.label}吗？`), true));
}

/** The one open item still awaited whose measure word is exactly the figure's (132户 of 低保户数 when 低保人数 is in 人). */
function onlyAwaitedIn(quantity: Quantity, index: CandidateIndex, state: ReplyState): FieldEntry | null {
  if (!quantity.unit) return null;
  const fits = index.numericEntries.filter((e) => unitFit(quantity.unit, e.field.unit) === 2
    && (state.byField.get(e.field.key) ?? []).some((c) => !c.answered));
  return fits.length === 1 ? fits[0]! : null;
}

function withDoubt(checked: Checked, doubt: string | undefined): Checked {
  return doubt && checked.ok ? { ...checked, confirm: checked.confirm ? `${doubt}${checked.confirm}` : doubt } : checked;
}

/** Words that link a figure to the label before it without naming anything (涉及208人, 惠及30户). */
/**
 * 按转运台账是11.86吨 / 根据系统统计为26户: the record a figure is read from names no item, so the figure keeps the label
 * said before it (厨余垃圾12吨左右是估算的，…). Only records (台账, 系统, 报表, 名册 …): 按户算是45 counts something else.
 */
const SOURCE_SAID = /(?:按照?|根据|依据|据)[\u4e00-\u9fa5]{0,6}?(?:台账|账本|账|系统|平台|报表|统计表|记录|名册|花名册|清单|底册)(?:上|里|中)?(?:统计|计算|核算|显示|算)?(?:的)?/g;
/** 其实有1家: the word that says the figure is the true one names no item. */
const LINKING = /其实|(?:加|算)上(?:去|后)?|加起来|合起来|涉及|惠及|覆盖|保障|包括|共有|合计|总计|累计|改为|改成|更正为|应为|应该是|实际是|实为|调整为|一共|总共|现在|目前|准确的|准确数|准确|实际上|月底|共|计|约|有/g;

/**
 * RUNNING_TOTAL_FOR_A_MONTH: 累计纠正违法215起 when only months are asked: a running total (from the year's or the
 * work's start) is not the month's figure, unless the field itself counts a running total.
 */
/** The name of a rate: up to eight words ending in 率 / 比例 / 占比 (外出务工就业率, 体检完成率). */
const RATE_NAME = /[\u4e00-\u9fa5]{1,8}(?:率|比例|占比)$/;

/** A figure in the item's own measure later in the words, with no other open item named before it (MEASURE_OF_ANOTHER_THING). */
function laterInItsMeasure(rest: string, entry: FieldEntry, index: CandidateIndex): boolean {
  const unit = entry.field.unit;
  if (!unit) return false;
  const at = rest.search(new RegExp(`[\\d零〇一二两三四五六七八九十百千万]\\s*${unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!次)`));
  if (at < 0) return false;
  const between = rest.slice(0, at);
  const matches = index.match(between);
  return !index.entries.some((e) => e !== entry && matches[e.ordinal]!.sim >= 2);
}

function isRunningTotal(own: string, entry: FieldEntry, state: ReplyState): boolean {
  if (!/累计/.test(own) || entry.names.some((n) => /累计/.test(n))) return false;
  const periods = state.byField.get(entry.field.key) ?? [];
  return periods.length > 0 && periods.every((p) => p.period !== null && /^\d{4}-\d{2}$/.test(p.period));
}

/**
 * 宫颈异常 bound to 宫颈癌筛查人数: the label shares a run with the field but does not spell it out, and ends on words
 * found in no open item's names that a question of the reply asks about (异常人数要不要报？). Those words (异常) are the
 * head of the label: it names the item asked about, not the field.
 */
function foreignHead(phrase: string, entry: FieldEntry, index: CandidateIndex, reply: string): string | null {
  if (!/[？?]/.test(reply)) return null;
  const words = phrase.replace(FILLER, '').replace(/[^\u4e00-\u9fa5]/g, '');
  if (index.match(phrase)[entry.ordinal]!.complete) return null;
  const known = namesCharacters(index);
  let k = words.length;
  while (k > 0 && !known.has(words[k - 1]!)) k--;
  const head = words.slice(k);
  if (head.length < 2 || longestSharedRun(words.slice(0, k), entry.names) < 2) return null;
  return reply.split(/[。！!；;\n]/).some((s) => /[？?]/.test(s) && s.slice(0, s.search(/[？?]/)).includes(head)) ? head : null;
}

const charactersOfNames = new WeakMap<CandidateIndex, Set<string>>();

/** Every character of the open items' names, once per index (foreignHead asks it for each bound label). */
function namesCharacters(index: CandidateIndex): Set<string> {
  let known = charactersOfNames.get(index);
  if (!known) {
    known = new Set();
    for (const e of index.entries) for (const n of e.names) for (const ch of n) known.add(ch);
    charactersOfNames.set(index, known);
  }
  return known;
}

/** 我们村 / 咱们社区 / 我们这边: the reporter's own unit, said as the speaker's, names nothing else. */
const OUR_UNIT = /(?:我们|咱们?)(?:村|社区|镇|乡|街道|这边|这里)?/g;
/** 按处算 / 按户统计: how the figure is counted, no words of another thing. */
const COUNTED_BY = /按照?[\u4e00-\u9fa5]{1,3}?来?(?:算|计算?|统计)/g;

function saysSomethingElse(own: string, entry: FieldEntry): boolean {
  let words = own.replace(SOURCE_SAID, '').replace(OUR_UNIT, '').replace(COUNTED_BY, '').replace(FILLER, '').replace(LINKING, '').replace(/[^\u4e00-\u9fa5]/g, '');
  // 同比下降4.2% said of a growth rate names the rate itself
  if (entry.names.some((n) => RATE_OF_CHANGE.test(n))) words = words.replace(/同比|环比|增长|下降|减少|增加|降低|上升|提高|回落|下滑/g, '');
  return words.length >= 2 && longestSharedRun(words, entry.names) === 0;
}

const UNFINISHED = /(?:正|仍|还|尚)?在[\u4e00-\u9fa5]{1,4}中|尚未|还未|还没有?|未完成|没有?完成/;

/** How far after a figure a state word still speaks of it (2户帮扶措施在落实中), not of a later item said without a pause. */
const NEAR_AFTER = 6;

function isUnfinished(words: string, entry: FieldEntry, index: CandidateIndex, within = Infinity): boolean {
  // hideNames keeps the length: an index into it points into words.
  const m = UNFINISHED.exec(hideNames(words, index));
  // 一次预案还没有修订完: the words before the state word name a yes/no or choice item, whose state it is
  if (m && within < Infinity && index.entries.some((e) => !e.numeric && longestSharedRun(words.slice(0, m.index), e.names) >= 2)) return false;
  return !!m && m.index <= within && !entry.names.some((n) => n.includes(m[0])) && !namesAnyField(words.slice(m.index + m[0].length), index);
}

const STILL_UNDONE = /^\s*(?:[\u4e00-\u9fa5]{0,4}?)(?:没有?|未|尚未|还没有?|正在|还在|在)(?!有)/;

/**
 * 隐患还有3处没改完 / 还有2件在做工作: some of it left undone says no to the one yes/no question of whether all of it is
 * done (隐患是否全部整改到位, 是否全部调解成功) — the one whose name the sentence shares most with.
 */
function readRestUndone(q: Quantity, following: string, sentence: string, index: CandidateIndex, emit: Emitter): void {
  if (!STILL_UNDONE.test(following.slice(0, 8))) return;
  const whole = index.entries.filter((e) => e.field.type === 'boolean' && e.names.some((n) => /全部|都/.test(n)));
  if (whole.length === 0) return;
  const matches = index.match(sentence.slice(-24));
  const best = Math.max(...whole.map((e) => matches[e.ordinal]!.sim));
  const named = whole.filter((e) => matches[e.ordinal]!.sim === best);
  if (named.length !== 1 || (whole.length > 1 && best < 1)) return;
  emit.value(named[0]!, q.start, q.raw, () => ({ ok: true, value: false }));
}

/** An item's name that counts what is not done yet (未整改, 尚未整改, 待处理, 剩余…): the words after it say what. */
const NOT_DONE_NAME = /^(?:尚未|未|没有?|待|剩余)([\u4e00-\u9fa5]{2})/;

/**
 * REST_IS_THE_UNDONE_COUNT: 整改基本完成，还剩1处 / 已整改3处 还有1处没整改 with 未整改（处）open — the figure after 还剩 / 还有 /
 * 剩下 counts what is not done yet, which is the one open count whose name says not done (未整改), when the sentence speaks
 * of that very work (整改) and the figure is in the item's measure. Nothing was stored.
 */
function readRestCount(q: Quantity, sentence: string, index: CandidateIndex, emit: Emitter): boolean {
  const undone = index.numericEntries.filter((e) => (q.unit ? e.field.unit === q.unit : true)
    && e.names.some((n) => { const m = NOT_DONE_NAME.exec(n); return !!m && sentence.includes(m[1]!); }));
  if (undone.length !== 1) return false;
  emit.value(undone[0]!, q.start, q.raw, (field) => checkNumber(q, field));
  return true;
}

/** The rest said done since (也换好了 / 今天也整改完了 / 已经全部整改到位), nothing negated and nothing still to come. */
const REST_FINISHED = /^\s*(?:(?![没未不还在正要将])[\u4e00-\u9fa5]){0,8}?(?:也|都|已经?|全部|全都)(?:(?![没未不要将])[\u4e00-\u9fa5]){0,6}?(?:了|完|好|到位|完成|完毕)/;

/**
 * REST_FINISHED: 南厂东西里剩下那1处胶管也换好了 / 龙坡剩下那2处隐患今天也整改完了 / 还有那3处已经全部整改到位 — the rest of a count,
 * said done since, is added to the one open count of what is done (已整改隐患) in the figure's measure word: the verb (换)
 * may name another item (更换报警器), and the noun (隐患) the count found, so neither is asked. Nothing was stored.
 */
function readRestFinished(q: Quantity, following: string, index: CandidateIndex, emit: Emitter): boolean {
  const said = q.unit ? REST_FINISHED.exec(following.slice(0, 16)) : null;
  if (!said) return false;
  const inMeasure = index.numericEntries.filter((e) => unitFit(q.unit, e.field.unit) === 2);
  let done = inMeasure.filter(countsDone);
  // (剩下的1100亩全部飞完了 with 飞防面积 and 小麦种植面积 open: with no count of what is done by its name, the one whose name
  // holds the verb said done, 飞)
  const verb = /([\u4e00-\u9fa5])(?:完|好)/.exec(said[0])?.[1];
  if (done.length === 0 && verb) done = inMeasure.filter((e) => e.names.some((n) => n.includes(verb)));
  if (done.length !== 1) return false;
  emit.change(done[0]!, q.start, q.raw, (field) => checkNumber(q, field), 1, 'held');
  return true;
}

const ALL_DONE = /^\s*(?:已经?|均已|都已)?\s*(?:全部|全都|都|均)\s*(?:已经?)?\s*(?!还|没|未|不|尚|在|正)([\u4e00-\u9fa5]{2,6}?)(?:了|的|完|好|$)/;

/** FINISHED: 九小场所56家，检查完毕 / 隐患4处整改完成 — the work said finished, with nothing left, is all of it done. */
const FINISHED = /^\s*(?:已经?|均已|都已|全部)?\s*(?!在|正)((?:(?!还|没|未|不|尚|基本|大体|大致|大部|大多|差不多|接近|即将|快|马上|初步)[\u4e00-\u9fa5]){2,4}?)(?:完毕|完成|结束)了?\s*(?:[，,。；;！!]|$)/;

/**
 * 隐患4处已全部整改 / 排查纠纷八件都调解成功了: all of what the figure just counted is said to be done, so the count
 * of what is done (已整改处数, 调解成功件数), with the same measure, is that figure too.
 */
function readAllDone(
  last: { entry: FieldEntry; quantity: Quantity; check: (field: FieldDef) => Checked }, tail: string, index: CandidateIndex, emit: Emitter,
): void {
  const m = ALL_DONE.exec(tail) ?? FINISHED.exec(tail);
  if (!m) return;
  const matches = index.match(m[1]!);
  const done = index.numericEntries.filter((e) => e !== last.entry && countsDone(e) && matches[e.ordinal]!.sim >= 2
    && unitFit(last.quantity.unit, e.field.unit) >= 0 && (e.field.unit ?? '') === (last.entry.field.unit ?? ''));
  if (done.length !== 1) return;
  emit.value(done[0]!, last.quantity.start, last.quantity.raw, last.check);
}

/**
 * ALL_DONE_NEXT_CLAUSE: 九小场所86家，都检查了 — all of what the figure counted said done in the next clause, after a comma,
 * as 86家都检查了 says it in the same clause: the count done is the same figure. Not when that clause gives a figure of its
 * own (都检查了80家).
 */
const FIGURE_AFTER_ALL_DONE = /^[^，,。；;\n]*?[\d一二两三四五六七八九十百]/;

/** 已整改隐患数, 调解成功件数, 帮扶措施落实户数: a count of what is done (or settled), not of what was found. */
const DONE_COUNT = /已|完成|成功|到位|落实|办结|化解|消除|销号|整改|解决|处置|兑现|清偿|发放/;

function countsDone(entry: FieldEntry): boolean {
  return entry.names.some((n) => DONE_COUNT.test(n));
}

function progressNotSaid(own: string, entry: FieldEntry): boolean {
  const named = entry.names.map((n) => PROGRESS_RE.exec(n)?.[0]).find(Boolean);
  return !!named && !PROGRESS_RE.test(own) && !own.includes(named.replace(/^已/, ''));
}

/**
 * DONE_SAID_IN_WORDS: 隐患已经整改了5处 / 都整改完了3处 / 整改好2处 — a verb of dealing with a thing, said with 已经 or with a
 * word that it is finished, counts the part dealt with, as 已整改 does. Written this way it was not seen as progress, and 5
 * replaced the 7 hazards found (or, answered earlier, corrected them).
 */
// (right before the figure only: 当场就整改了换了两个报警器 counts what was changed, COUNTED_NOUN_AFTER_A_VERB)
const DONE_SAID = /(?:已经?(?:都|全部|基本)?(整改|处置|办结|化解|消除|销号)(?:了|完了?|好了?|完成|到位)?|(整改|处置|办结|化解|消除|销号)(?:了|完了?|好了?|完成|到位))\s*$/;

function isProgress(own: string, entry: FieldEntry): boolean {
  const m = PROGRESS_RE.exec(own);
  if (m) return !entry.names.some((n) => n.includes(m[0]) || m[0].includes(n));
  const done = DONE_SAID.exec(own);
  const verb = done ? (done[1] ?? done[2])! : '';
  return !!done && !entry.names.some((n) => n.includes(verb));
}

/**
 * 低保户、低保人数分别为120、208 / 低保户数和人数分别是128、203 / 临时救助人次和金额分别为12和36000: figures in the order the
 * labels were listed (by 、 across clauses, or by 和 / 及 / 与 inside one; a later label may leave out the stem it shares with
 * the one before, see elidedNumericField). RESPECTIVELY_COUNTS: when the figures after 分别 are not as many as the labels, no
 * figure can be told its label: none is stored and the reporter is asked to give each item its figure.
 */
function readRespectively(quantity: Quantity, own: string, index: CandidateIndex, state: ReplyState, emit: Emitter, rest: string): boolean {
  if (quantity.start < state.respectivelyHeldUntil) return true;
  let target: FieldEntry | undefined;
  if (state.respectively.length > 0 && isFillerOnly(own.replace(FIGURE_JOINER, ''))) {
    target = state.respectively.shift();
  } else if (own.includes('分别')) {
    const lastLabel = own.replace(/分别.*$/, '');
    const labels = state.listed.length > 0 ? listedWith(lastLabel, state.listed.map((l) => l.entry), index) : joinedLabels(lastLabel, index);
    if (labels.length < 2) {
      // RESPECTIVELY_UNPAIRED: 户数、人数、独居老人分别是230、401、9 where 户数 and 人数 name no item for sure: the figures after
      // 分别 are more than the labels read, so which is whose cannot be told (独居老人 took 230, the figure next to it). None
      // is stored; the one label read, if any, is asked for again.
      if (figuresIn(rest) < 2) return false;
      state.listed = [];
      state.respectivelyHeldUntil = quantity.start + rest.length;
      if (labels[0]) emit.invalid(labels[0], quantity.start, quantity.raw, `“分别”后有${figuresIn(rest)}个数字，对不上所列项目，请逐项回复，如“${labels[0].field.label}X”`);
      return true;
    }
    state.listed = [];
    if (figuresIn(rest) !== labels.length) {
      state.respectivelyHeldUntil = quantity.start + rest.length;
      emit.invalid(labels[0]!, quantity.start, quantity.raw, `“分别”后的数字与${labels.map((l) => `“${l.field.label}”`).join('')}对不上，请逐项回复，如“${labels[0]!.field.label}X，${labels[1]!.field.label}Y”`);
      return true;
    }
    target = labels.shift();
    state.respectively = labels;
  }
  if (!target) return false;
  emit.value(target, quantity.start, quantity.raw, (field) => checkNumber(quantity, field));
  return true;
}

/** 和 / 及 / 、 between two figures said respectively (128和203). */
const FIGURE_JOINER = /以及|[和及与跟、，,]/g;

/** The labels listed with 、 before, and the last one said with 分别 (which may leave out their shared stem). */
function listedWith(lastLabel: string, listed: FieldEntry[], index: CandidateIndex): FieldEntry[] {
  const previous = listed[listed.length - 1]!;
  const last = bestNumericField(lastLabel, index) ?? elidedNumericField(lastLabel, previous, index) ?? measureOnlyField(lastLabel, index);
  return [...listed, ...(last ? [last] : [])];
}

/**
 * MEASURE_ONLY_LABEL: 户数、人数分别是12、30 / 户数和人数都是0 — a label in a list that says no more than a measure word (户数,
 * 人数, 处数) names the one open count in that measure; none when two are (户数 for 走访户数 and 独居老人户数).
 */
function measureOnlyField(words: string, index: CandidateIndex): FieldEntry | null {
  const m = /^\s*([\u4e00-\u9fa5]{1,2}?)(?:数|数量)?\s*$/.exec(words.replace(/分别.*$|[都均各].*$/, ''));
  if (!m) return null;
  const inMeasure = index.numericEntries.filter((e) => e.field.unit === m[1]);
  return inMeasure.length === 1 ? inMeasure[0]! : null;
}

/** 低保户数和人数 / 临时救助人次及金额: two or more labels joined inside one clause, each naming its own field. */
function joinedLabels(label: string, index: CandidateIndex): FieldEntry[] {
  // (户数人数分别为128、203: two labels that are only measure words run together with nothing between them)
  const pieces = label.split(/以及|[和及与跟]|(?<=(?:人次|户次|人|户|家|处|个|件)数)(?=(?:人次|户次|人|户|家|处|个|件)数)/).map((p) => p.trim()).filter(Boolean);
  if (pieces.length < 2) return [];
  const out: FieldEntry[] = [];
  for (const piece of pieces) {
    const entry = (out.length ? bestNumericField(piece, index) ?? elidedNumericField(piece, out[out.length - 1]!, index) : bestNumericField(piece, index))
      ?? measureOnlyField(piece, index);
    if (!entry || out.includes(entry)) return [];
    out.push(entry);
  }
  return out;
}

const FIGURE = String.raw`(?:\d+(?:[.,]\d+)*|[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*)`;
/** A run of figures, each with a measure word maybe, joined by 、 / 和 / commas: 128户、203人 / 12和3.6万元. */
// (5.8公里、1人，10月11月一样: a figure that is a month or a day ends the run; it is no figure said respectively)
const FIGURE_RUN = new RegExp(String.raw`^(?:\s*${FIGURE}(?!\s*(?:月份?|年|日|号)|[\d.,])\s*(?:万元|万|元|人次|户次|户|人|家|处|个|次|名|起|件|项|座|亩|吨|公斤|公里|%|％)?\s*(?:以及|[和及与跟、，,]|\s)*)+`);
/** How many figures the run right after 分别 says (3.6万 is one; 一百二十八户 is one); a later label (，特困57人) ends it. */
function figuresIn(text: string): number {
  const run = FIGURE_RUN.exec(text)?.[0] ?? '';
  return run.match(new RegExp(FIGURE, 'g'))?.length ?? 0;
}

/**
 * The words before a figure (voice, no punctuation) that first say another item is nil: 火情没有发现|宣传搞了 or
 * 无火情|宣传. Returns that item, where its 没有/无 is, and the words left to label the figure.
 */
function zeroBefore(said: string, index: CandidateIndex): { entry: FieldEntry; at: number; raw: string; rest: string } | null {
  const zero = ZERO_RE.exec(hideNames(said, index));
  if (!zero) return null;
  const left = said.slice(0, zero.index);
  const right = said.slice(zero.index + zero[0].length);
  const leftEntry = bestNumericField(left, index);
  if (leftEntry) {
    const rest = right.replace(/^(?:发现|发生|出现)/, '');
    const next = bestNumericField(rest, index);
    return next && next !== leftEntry && isFillerOnly(hideNames(left, index).replace(/[^\s\p{P}]/gu, '')) ? { entry: leftEntry, at: zero.index, raw: zero[0], rest } : null;
  }
  if (left.replace(FILLER, '').replace(/[\s\p{P}]/gu, '')) return null;
  for (let cut = 2; cut <= Math.min(6, right.length - 1); cut++) {
    const first = bestNumericField(right.slice(0, cut), index);
    const next = first ? bestNumericField(right.slice(cut), index) : null;
    if (first && next && next !== first) return { entry: first, at: zero.index, raw: zero[0], rest: right.slice(cut) };
  }
  return null;
}

/** Words naming a yes/no item better than any count, with a figure not in that count's measure (防火宣传搞了两次). */
function ofYesNoItem(own: string, quantity: Quantity, index: CandidateIndex): boolean {
  if (isFillerOnly(own) || !namesAnyItem(own, index, false)) return false;
  const matches = index.match(own);
  const yesNo = index.entries.filter((e) => e.field.type === 'boolean' && matches[e.ordinal]!.sim >= 1);
  if (yesNo.length === 0) return false;
  // (a count named too, in the figure's own measure word, keeps it: 停产整顿企业2家 beside 是否有停产整顿企业)
  return !index.numericEntries.some((e) => matches[e.ordinal]!.sim >= 1 && !!quantity.unit && e.field.unit === quantity.unit);
}

/**
 * Whether the words name any item; with numeric false, whether they name a yes/no, option, date or text item better
 * than any count (临时接种点 → 是否设立临时接种点, not 流感疫苗接种率).
 */
function namesAnyItem(words: string, index: CandidateIndex, numeric = true): boolean {
  const matches = index.match(words);
  if (numeric) return index.entries.some((e) => matches[e.ordinal]!.sim >= 1);
  // (one pass, no closure or spread array: asked for every figure)
  let bestNumeric = -Infinity, bestOther = -Infinity;
  for (const e of index.entries) {
    const m = matches[e.ordinal]!;
    if (m.sim < 1) continue;
    if (e.numeric) bestNumeric = Math.max(bestNumeric, m.rank);
    else bestOther = Math.max(bestOther, m.rank);
  }
  return bestOther > bestNumeric;
}

/** 漏了 / 漏报了 / 没算进去 / 算重了 right after a figure: it is what was left out or counted twice. */
const LEFT_OUT_AFTER = /^\s*(?:漏了|漏报了?|漏掉了?|漏统了?|没算(?:进去|上)?|没统计进去|少算了|多算了|算重了|重复算了)/;

/** 两项都 / 三项均: the number of the items a statement is about, then 都/均/全. */
const QUANTIFIED_ITEMS = /^(?:[两二三四五六七八九十]|\d)\s*项\s*(?:都|均|全)/;

/** The verb a negation ends its clause with (没有拆的, 没搞, 未发生): one or two characters, 的/了/过 after. */
const NEGATED_VERB_TAIL = /^[\u4e00-\u9fa5]{1,2}[的了过]?[\s。.!！]*$/;

/**
 * 低保十八户三十一人特困四个临时救助没有 (voice, one clause): after the last figure, a label and 没有/无 is that
 * field's zero.
 */
function readZeroAfterFigures(at: number, tail: string, index: CandidateIndex, emit: Emitter): void {
  // 招牌没有隐患违建没有: several items each said to be nil after the last figure
  if (readZeroRun({ start: at, end: at + tail.length, text: tail, sentence: -1, aside: false }, tail, index, emit)) return;
  const hidden = hideNames(tail, index);
  const zero = ZERO_RE.exec(hidden);
  // (百岁老人没有 生存认证已完成: a typed pause ends the nil statement as the clause end does)
  const rest = tail.slice(zero ? zero.index + zero[0].length : 0);
  // (环境卫生活动没搞台账建起来了: in a voice run the negated verb ends where the next item's name begins)
  const verbBeforeNext = zero ? /^([\u4e00-\u9fa5]{1,2}?[的了过]?) +\S/.exec(hidden.slice(zero.index + zero[0].length)) : null;
  const verbEnds = (NEGATED_VERB_TAIL.test(rest) && !namesAnyItem(rest, index))
    || (!!verbBeforeNext && /^(?:[没未]|没有)$/.test(zero![0]) && rest.charAt(verbBeforeNext[1]!.length) !== ' ' && !namesAnyItem(verbBeforeNext[1]!, index));
  if (!zero || !(CLAUSE_TAIL.test(rest.replace(/[人户个次件处]|发生|发现|新增/g, '')) || /^\s+\S/.test(rest) || verbEnds)) return;
  // (临时点没设 / 没有停产的: a negated verb said of a yes/no item's object is that item's no, not a count's zero;
  // NIL_OF_A_YES_NO_ITEM: 完成率80% 是否完成 还没有 — a nil said of words that name a yes/no item better than any count
  // answers that item, whatever the negation's form, and is no zero of the count that shares its words, 完成率)
  if (namesAnyItem(tail.slice(0, zero.index), index, false)) return;
  const entry = bestNumericField(tail.slice(0, zero.index), index);
  if (!entry || nilOfWhatWasAdded(tail.slice(0, zero.index), entry)) return;
  for (const e of fieldsOfTheItem(tail.slice(0, zero.index), entry, index)) emit.value(e, at + zero.index, zero[0], (field) => checkNumericValue(0, field));
}

/** What a count says of an item, after the item's name: 临时救助|人次, 临时救助|金额, 隐患点|涉及户数. */
const FACET = /^(?:涉及|惠及|覆盖|受益|影响|威胁)?(?:户数|人数|人次|次数|户次|金额|资金|总额|数量?|处数|个数|面积|名单)$/;

/**
 * NIL_OF_THE_WHOLE_ITEM: 临时救助 无 with 临时救助人次 and 临时救助金额 asked / 隐患点 无 with 隐患点涉及户数 and 隐患点涉及人数 asked —
 * none of an item is none of each count asked of it: the words said nil end in a name (or the start of names) that two or
 * more counts asked share, each of them the item itself or the item and a facet of it (人次, 金额, 涉及户数). Each of them is 0.
 * Read alone, only the count the words named best took the zero (临时救助人次 0), and its 金额 stayed unanswered.
 * Otherwise the one entry the words name.
 */
function fieldsOfTheItem(words: string, entry: FieldEntry, index: CandidateIndex): FieldEntry[] {
  const said = words.replace(/[\s:：，,。；;、]+$/, '').trimEnd();
  for (let length = Math.min(said.length, 12); length >= 2; length--) {
    const item = said.slice(said.length - length);
    const of = index.numericEntries.filter((e) => e.names.some((n) => n === item || (n.startsWith(item) && FACET.test(n.slice(item.length)))));
    if (of.length >= 2 && of.includes(entry)) return of;
  }
  return [entry];
}

/**
 * NIL_OF_WHAT_WAS_ADDED: 完成率100% 新增隐患没有 / 又发现的问题没有: a nil said of what was added (新增, 新发现, 又发现) since the
 * figure given says nothing was added; it is no zero of an item that counts them all (发现燃气隐患 holds 9). An item that
 * itself counts what is new (新增低保户数, 新增隐患点) is 0 as before. The nil may stand before what was added as its object
 * (没有新增低保户，还是23户: the stock is 23, not 0).
 */
const ADDED_WORD = /新增|新发现|新查出|又(?:发现|查出|排查出|新增)|再(?:发现|查出)/;

function nilOfWhatWasAdded(subject: string, entry: FieldEntry): boolean {
  const m = ADDED_WORD.exec(subject);
  return !!m && !entry.names.some((n) => /新增|新/.test(n));
}

/**
 * NONE_OF_THE_WORK: 本月未开展临时救助 / 没发生临时救助 / 本月未实施临时救助 — the work or event named after a negated verb of
 * doing did not happen: each count of it (its 人次 and its 金额) is 0. With the object after the verb, the clause was read
 * as no zero at all (未开展 said last is work still to do), and the item stayed owed. Not when the object is a yes/no item
 * (是否开展…), and not with 还 / 尚 / 暂 (not yet done: the figure comes later).
 */
const NONE_OF_THE_WORK = /(?<![还尚暂仍])(?:未|没有?|无)(?:开展|发生|实施|出现|办理|发放)过?([\u4e00-\u9fa5]{2,})$/;

function readNoneOfTheWork(clause: Clause, text: string, index: CandidateIndex, state: ReplyState, emit: Emitter): boolean {
  const words = text.replace(/[\s。！!]+$/, '');
  const none = NONE_OF_THE_WORK.exec(words);
  if (!none || namesAnyItem(none[1]!, index, false)) return false;
  // (every count whose name opens with the work: 临时救助人次 and 临时救助金额 of 临时救助)
  const work = none[1]!.replace(/(?:工作|活动|情况)$/, '');
  const counts = index.numericEntries.filter((e) => e.names.some((n) => n.length > work.length && n.startsWith(work)));
  const tied = counts.length ? counts : tiedNumericFields(work, index);
  const items = tied.length ? tied : [bestNumericField(work, index)].filter((e): e is FieldEntry => e !== null);
  if (!items.length) return false;
  const check = (field: FieldDef): Checked => checkNumericValue(0, field);
  for (const e of items) emit.value(e, clause.start + none.index, none[0], check);
  state.context = none[1]!;
  return true;
}

/** Clauses without a figure: 食品安全隐患没有 (→ 0), 临时救助人次很多 (unclear), or a label whose figure follows. */
function readNoFigureClause(clause: Clause, text: string, index: CandidateIndex, state: ReplyState, emit: Emitter): void {
  if (readZeroRun(clause, text, index, emit)) return;
  if (readNoneOfTheWork(clause, text, index, state, emit)) return;
  const withoutNames = hideNames(text, index);
  const zero = ZERO_RE.exec(withoutNames);
  const label = labelInContext(text, state.context, index);
  // (临时接种点没设: a verb negated of a yes/no item's object is that item's no, whatever reads it)
  if (zero && /^[没未]$/.test(zero[0]) && namesAnyItem(text, index, false)) return;
  if (zero && saidOfSomethingElse(text, zero.index, zero[0].length, index)) {
    if (namesAnyField(text, index)) state.context = text;
    return;
  }
  if (zero) {
    // 破坏森林资源和疫木都没有 / 宣讲和卫生活动都没有开展 / 粳稻油菜籽都没有: items joined, each nil
    const joined = joinedItems(text.slice(0, zero.index), text.slice(zero.index + zero[0].length), index);
    if (joined.length >= 2) {
      const check = (field: FieldDef): Checked => checkNumericValue(0, field);
      for (const j of joined) emit.value(j, clause.start + zero.index, zero[0], check);
      state.context = text;
      return;
    }
    const rest = (withoutNames.slice(0, zero.index) + withoutNames.slice(zero.index + zero[0].length)).replace(FILLER, '');
    let entry = label;
    if (!entry && !rest) entry = state.context ? bestNumericField(state.context, index) : null;
    if (!entry && !rest && index.numericEntries.length === 1) entry = index.numericEntries[0]!;
    // 低保没有新增 against 新增低保户数 and 新增低保人数: none of what the stem names, so each of them is 0.
    // (出生死亡本月各1人，上月都没有: the labels before are each zero.)
    let tied = entry ? [] : tiedNumericFields(text, index);
    if (!entry && !rest && tied.length === 0 && state.context && SHARED_RE.test(text)) tied = tiedNumericFields(state.context, index);
    if (tied.length > 0) {
      const check = (field: FieldDef): Checked => checkNumericValue(0, field);
      // (城市低保无: the kind said before the nil, when the text itself names the items, makes it a part: NIL_OF_ONE_KIND)
      const kindOf = (t: FieldEntry): string => (entry || !namesAnyField(text, index) ? '' : qualifierOf(text.slice(0, zero.index), t));
      for (const t of tied) {
        if (kindBeforeTheName(text.slice(0, zero.index), kindOf(t), t)) state.kindsSaid.add(clause.start + zero.index);
        emit.value(t, clause.start + zero.index, zero[0], check, false, kindOf(t));
      }
      state.context = text;
      return;
    }
    // (没有新增低保户，还是23户: the object of the nil, after it, may be what was added too)
    if (entry && nilOfWhatWasAdded(text.slice(0, zero.index) + text.slice(zero.index + zero[0].length), entry)) {
      state.context = text;
      return;
    }
    if (entry) {
      const check = (field: FieldDef): Checked => checkNumericValue(0, field);
      // (城市低保无 after 低保132户: the kind said of the nil makes it a part, see KIND_NEVER_REPLACES_THE_WHOLE)
      for (const e of fieldsOfTheItem(text.slice(0, zero.index), entry, index)) {
        const kind = qualifierOf(text.slice(0, zero.index), e);
        if (kindBeforeTheName(text.slice(0, zero.index), kind, e)) state.kindsSaid.add(clause.start + zero.index);
        emit.value(e, clause.start + zero.index, zero[0], check, false, kind);
      }
      if (SHARED_RE.test(text)) for (const l of state.listed) emit.value(l.entry, l.anchor, zero[0], check);
      if (label) state.context = text;
      return;
    }
  }
  const listedLabel = label ?? measureOnlyField(text, index);
  if (listedLabel && !VAGUE_RE.test(text)) state.listed.push({ entry: listedLabel, anchor: clause.start });
  if (namesAnyField(text, index)) state.context = text;
  // CORRECTED_ITEM_SAID_BEFORE: 不好意思，户数报错了，应该是123 — a clause that says an item (here by its measure alone) was
  // wrong, with no figure of its own, names the item the figure after it corrects; the figure was read as of no item at all
  else if (text.search(CORRECTING_WORDS) >= 0) {
    const measured = measureOnlyField(text.replace(CORRECTING_WORDS, ''), index);
    if (measured) state.context = measured.field.label;
  }
  if (!label) return;
  const vague = VAGUE_RE.exec(text);
  if (vague) emit.invalid(label, clause.start + vague.index, vague[0], `无法识别具体数值，${expectationFor(label)}`);
}

/** Words that join item names (粳稻和油菜籽, 宣讲、卫生活动) or quantify all of them (都, 也, 均). */
const JOINER = /^(?:以及|和|与|及|跟|还有|、|[,，]|\s)+/;
const ALL_OF_THEM = /(?:也都|都还|也还|全部|全都|都|也|均|全)\s*$/;

/**
 * JOINED_ITEMS: 破坏森林资源和疫木都没有 / 宣讲和卫生活动都没有开展 / 粳稻油菜籽都没有: the words before a nil are nothing but
 * two or more item names (each a whole name of a count asked), joined by 和/、/与 or said one after another, then 都/也:
 * each of them is nil. Nothing after the nil but a verb. Empty when the words are anything else.
 */
function joinedItems(before: string, after: string, index: CandidateIndex): FieldEntry[] {
  if (!/^[\u4e00-\u9fa5]{0,4}[了的过]?[\s。.!！]*$/.test(after)) return [];
  let rest = before.replace(ALL_OF_THEM, '').trim();
  const found: FieldEntry[] = [];
  while (rest) {
    let best: { entry: FieldEntry; length: number } | null = null;
    for (const e of index.numericEntries) {
      for (const n of e.names) if (n.length >= 2 && rest.startsWith(n) && (!best || n.length > best.length)) best = { entry: e, length: n.length };
    }
    if (!best || found.includes(best.entry)) return [];
    found.push(best.entry);
    rest = rest.slice(best.length).replace(JOINER, '');
  }
  return found;
}

/**
 * 路是通的没有堵的 问题就是井盖松动 (voice, pauses as spaces): a 没有 in a stretch of speech that has words of its own
 * and names no item says nothing is so of those words, not that an item is nil.
 */
function saidOfSomethingElse(text: string, at: number, length: number, index: CandidateIndex): boolean {
  const start = text.slice(0, at).search(/\S*$/);
  const end = at + length + (/^\S*/.exec(text.slice(at + length))?.[0].length ?? 0);
  const stretch = text.slice(start, end);
  if (stretch.length === text.trim().length) return false;
  // (一场也没办 / 没有拆的: a negation that opens its stretch, before a verb that ends it, negates the item's doing)
  if (at === start && NEGATED_VERB_TAIL.test(stretch.slice(length))) return false;
  const words = (stretch.slice(0, at - start) + stretch.slice(at - start + length)).replace(FILLER, '');
  return words.length > 0 && !namesAnyField(stretch, index);
}

/**
 * 特困没有留守老人没有棉被没有发 (voice, one run): several items each said to be nil, each label before its 没有/无,
 * each naming another count. False when the run is not that.
 */
/** ZERO_RE for matchAll, made once (matchAll copies it, so its lastIndex is never moved). */
const ZERO_RE_ALL = new RegExp(ZERO_RE.source, 'g');

function readZeroRun(clause: Clause, text: string, index: CandidateIndex, emit: Emitter): boolean {
  const words = hideNames(text, index);
  const zeros = [...words.matchAll(ZERO_RE_ALL)];
  if (zeros.length < 2) return false;
  const said: Array<{ entry: FieldEntry; at: number; raw: string }> = [];
  let from = 0;
  for (const zero of zeros) {
    const entry = bestNumericField(text.slice(from, zero.index), index);
    if (!entry || said.some((s) => s.entry === entry)) return false;
    said.push({ entry, at: zero.index, raw: zero[0] });
    from = zero.index + zero[0].length;
  }
  for (const s of said) emit.value(s.entry, clause.start + s.at, s.raw, (field) => checkNumericValue(0, field));
  return true;
}

/**
 * 化粪池12座，均无隐患: a clause that names part of a field (隐患) is read with the label before it when that makes one
 * of the fields the clause names whole (隐患化粪池数, not 隐患井盖数).
 */
function labelInContext(text: string, context: string, index: CandidateIndex): FieldEntry | null {
  const own = bestNumericField(text, index);
  if (!context || (own && index.match(text)[own.ordinal]!.complete)) return own;
  const withContext = bestNumericField(context + text, index);
  if (!withContext || withContext === own) return own;
  const mine = index.match(text)[withContext.ordinal]!;
  return mine.sim >= 1 && index.match(context + text)[withContext.ordinal]!.complete ? withContext : own;
}

function expectationFor(entry: FieldEntry): string {
  const f = entry.field;
  return f.type === 'integer' ? `请填写整数${f.unit ? `（${f.unit}）` : ''}` : `请填写数字${f.unit ? `（${f.unit}）` : ''}`;
}

/** How many characters after a spoken answer are looked at for the next item's label (转移了十二个人 → 转移). */
const NEXT_LABEL_WORDS = 4;

const otherNamesOfEntries = new WeakMap<CandidateIndex, Map<FieldEntry, readonly string[]>>();

/** The names of every entry of the index but this one, in the index's order, once per index (read for every clause). */
function otherEntriesNames(index: CandidateIndex, entry: FieldEntry): readonly string[] {
  let byEntry = otherNamesOfEntries.get(index);
  if (!byEntry) otherNamesOfEntries.set(index, byEntry = new Map());
  let names = byEntry.get(entry);
  if (!names) {
    const out: string[] = [];
    for (const e of index.entries) if (e !== entry) for (const n of e.names) out.push(n);
    byEntry.set(entry, names = out);
  }
  return names;
}

/**
 * Booleans, enum options, dates and text stated in the clause: 'answered' when a yes/no or a text item is answered,
 * 'said' when only a yes/no item's clause was found saying neither (台账没问题: no looser reading of yes or no then).
 */
function readWordValues(
  clause: Clause, text: string, plainText: string, index: CandidateIndex, emit: Emitter, today: LocalDate | null,
  hasFigures: boolean, sentenceText: string = plainText, textRunsTo: (end: number) => void = () => {},
): 'answered' | 'said' | null {
  let booleanFound = false;
  let clauseSaid = false;
  const dates = index.entries.filter((e) => e.field.type === 'date');
  for (const entry of index.entries) {
    const f = entry.field;
    if (f.type === 'boolean') {
      const found = findBooleanOrSaid(text, f, otherEntriesNames(index, entry));
      if (found?.value === null) clauseSaid = true;
      else if (found) {
        const value = found.value;
        emit.value(entry, clause.start + found.index, text.trim(), () => ({ ok: true, value }));
        booleanFound = true;
      }
    } else if (f.type === 'enum') {
      const startsOtherItem = (words: string): boolean => namesAnyField(words.slice(0, NEXT_LABEL_WORDS), index);
      const startsAnyItem = (words: string): boolean => {
        const matches = index.match(words.slice(0, NEXT_LABEL_WORDS));
        return index.entries.some((e) => e !== entry && matches[e.ordinal]!.sim >= 2);
      };
      const ownOption = (option: string): boolean => !index.entries.some((e) => e !== entry && e.field.type === 'enum' && (e.field.options ?? []).includes(option));
      const found = findEnum(text, f, (phrase) => index.match(phrase)[entry.ordinal]!.sim, index.shortLabelForms(entry), startsOtherItem, startsAnyItem, !clause.aside, ownOption);
      if (!found) continue;
      if ('invalid' in found) emit.invalid(entry, clause.start + found.index, text.trim(), found.invalid);
      else {
        emit.value(entry, clause.start + found.index, text.trim(), () => ({ ok: true, value: found.value }));
        readNothingDoneYet(entry, found.value, clause.start + found.index, text.trim(), index, emit);
      }
    } else if (f.type === 'date') {
      if (!today) continue;
      const forms = index.labelForms(entry);
      const names = (words: string): boolean => index.match(words)[entry.ordinal]!.sim >= 2;
      const found = findDate(sentenceText, f, today, forms)
        ?? (dates.length === 1
          ? findDoneOn(plainText, today, names) ?? findNamedDate(plainText, today, names)
            ?? (sentenceText.startsWith(plainText) ? findBracketDate(plainText, sentenceText.slice(plainText.length), f, today, names) : null)
          : null);
      if (!found) continue;
      if ('invalid' in found) emit.invalid(entry, clause.start + found.index, plainText.trim(), found.invalid);
      else emit.value(entry, clause.start + found.index, plainText.trim(), () => ({ ok: true, value: found.value }));
    } else if (f.type === 'text') {
      const found = findText(plainText, f, index.labelForms(entry));
      if (!found) {
        // 存在问题：（11月）有3个喇叭被雷击过，…: a label's colon that ends its clause (a bracket opens right after it)
        // owns what follows in the sentence; the figures there are words of the text.
        const opened = labelColonOpensText(plainText, sentenceText, f, index.labelForms(entry));
        if (opened === null) continue;
        const { value, end } = textToSentenceEnd('', plainText, sentenceText, entry, index);
        if (!value) continue;
        emit.value(entry, clause.start + opened, sentenceText.slice(0, end).trim(), () => ({ ok: true, value }));
        textRunsTo(clause.start + end);
        booleanFound = true;
        continue;
      }
      const cut = textEndInClause(found.value, entry, index);
      const { value, end } = cut.length < found.value.length
        ? { value: cut, end: plainText.indexOf(cut, found.index) + cut.length }
        : textToSentenceEnd(found.value, plainText, sentenceText, entry, index);
      emit.value(entry, clause.start + found.index, plainText.trim(), () => ({ ok: true, value }));
      textRunsTo(clause.start + end);
      // 重点纠纷：无 answers the text item; its 无 is no count's zero.
      booleanFound = true;
    }
  }
  if (!booleanFound && !hasFigures) booleanFound = readLabelledYesNo(clause, text, index, emit);
  // 漏了1户（已撤离）: a state in brackets after a figure is said of what that figure counts, not of the question
  // (the polarity reader decides wherever it found the item's clause; the loose reading only where it found none)
  if (!booleanFound && !clauseSaid && !hasFigures && !clause.aside) readLooseBoolean(clause, text, index, emit);
  if (!hasFigures) readBareOption(clause, text, index, emit);
  return booleanFound ? 'answered' : clauseSaid ? 'said' : null;
}

/**
 * LABELLED_YES_NO: 方案：是 under a pasted table's header, 监测员是否全部落实：是: a label and a bare yes or no answer the one
 * yes/no item the label names best (its object said in short: 方案 for 是否制定禁烧方案). Not when the label names a count
 * as well (隐患：无 is a zero), or two yes/no items equally.
 */
function readLabelledYesNo(clause: Clause, text: string, index: CandidateIndex, emit: Emitter): boolean {
  const said = labelledYesNo(text);
  if (!said) return false;
  const matches = index.match(said.label);
  if (index.entries.some((e) => e.field.type !== 'boolean' && matches[e.ordinal]!.sim >= 1)) return false;
  const named = index.entries.filter((e) => e.field.type === 'boolean' && matches[e.ordinal]!.sim >= 1)
    .sort((a, b) => matches[b.ordinal]!.rank - matches[a.ordinal]!.rank);
  if (named.length === 0) return false;
  if (named.length > 1 && matches[named[0]!.ordinal]!.rank - matches[named[1]!.ordinal]!.rank < 0.1) return false;
  emit.value(named[0]!, clause.start + said.index, text.trim(), () => ({ ok: true, value: said.value }));
  return true;
}

/** The option that says an activity has not begun (未开始, 没有启动). */
const NOT_BEGUN_OPTION = /^(?:未|没有?|尚未|不)/;

/**
 * NOTHING_DONE_YET: 整改这块都还没动 → 整改进度 未开始: nothing of that activity is done yet, so an open count of what
 * it has done (已整改隐患数) is 0, unless the reply gives a figure for it.
 */
function readNothingDoneYet(entry: FieldEntry, option: string, anchor: number, raw: string, index: CandidateIndex, emit: Emitter): void {
  if (!NOT_BEGUN_OPTION.test(option)) return;
  const activity = entry.names.map((n) => /^(.{2,6}?)(?:进度|进展|情况|状态)$/.exec(n)?.[1]).find(Boolean);
  if (!activity) return;
  const verb = activity.slice(-2);
  const counts = index.numericEntries.filter((e) =>
    e.field.type === 'integer' && e.field.unit !== '%' && countsDone(e) && e.names.some((n) => n.includes(verb)));
  if (counts.length !== 1) return;
  emit.value(counts[0]!, anchor, raw, (field) => checkNumericValue(0, field), true);
}

/**
 * 典型问题描述：3组后山裂缝雨后有掉块，已设警示牌 / 张某与李某（邻里）因宅基地/界址纠纷: free text after its label is
 * kept whole, brackets, slashes and quotes included, through the sentence's later clauses up to one that names
 * another field (…，整改状态：整改中) or has a label of its own (备注：…); a contact keeps its phone number.
 */
const PHONE = new RegExp(`(?<!\\d)(?:${MOBILE_NUMBER}|${LANDLINE_NUMBER})(?!\\d)`, 'g');

function textToSentenceEnd(
  value: string, clauseText: string, sentenceText: string, entry: FieldEntry, index: CandidateIndex,
): { value: string; end: number } {
  if (!sentenceText.startsWith(clauseText) || sentenceText.length === clauseText.length) return { value, end: clauseText.length };
  const others = index.entries.filter((e) => e !== entry).flatMap((e) => e.names).filter((n) => n.length >= 2);
  let out = value;
  const rest = sentenceText.slice(clauseText.length);
  let end = clauseText.length;
  const re = /([，,、]?)([^，,、]*)/g;
  for (let m = re.exec(rest); m && m[0]; m = re.exec(rest)) {
    const piece = m[2]!;
    // …，参加党员52人: a figure labelled like another item ends the text.
    // (…，涉及12户，镇里已介入 stays text when the item it looks like counts 人.)
    const figure = /\d/.test(piece.replace(PHONE, '')) && measuredLike(piece, bestNumericField(piece, index));
    if (m[1] && (/^[^:：]{1,8}[:：]/.test(piece) || figure || others.some((n) => piece.includes(n)))) break;
    out += m[1]! + piece;
    end = clauseText.length + m.index + m[0].length;
  }
  return { value: out.replace(/[\s。.!！了的啦]+$/, '').trim(), end };
}

/**
 * Where the text item's label stands when the clause ends on it and its colon (存在问题：) and the sentence goes on past a
 * bracket (（11月）有3个喇叭…): the value is in the clauses after it. Null when it is not so.
 */
function labelColonOpensText(clauseText: string, sentenceText: string, field: FieldDef, forms: readonly string[]): number | null {
  if (!sentenceText.startsWith(clauseText) || !/[(（]/.test(sentenceText.charAt(clauseText.length))) return null;
  const m = /[:：]\s*$/.exec(clauseText);
  if (!m) return null;
  const label = clauseText.slice(0, m.index);
  const found = findText(sentenceText, field, forms);
  return found && found.index < label.length ? found.index : null;
}

/**
 * 经办人 周强 18996541230 金额准确的是203.4万 (voice, no commas): a text value ends before a word that starts with
 * another item's name, or a figure labelled like another item.
 */
export function textEndInClause(value: string, entry: FieldEntry, index: CandidateIndex): string {
  const others = index.entries.filter((e) => e !== entry).flatMap((e) => e.names).filter((n) => n.length >= 2);
  const gap = /\s+/g;
  for (let m = gap.exec(value); m; m = gap.exec(value)) {
    const word = value.slice(m.index + m[0].length).split(/\s/)[0]!;
    const figure = /\d/.test(word.replace(PHONE, '')) && measuredLike(word, bestNumericField(word, index));
    if (figure || others.some((n) => word.startsWith(n)) || /^[^:：]{1,8}[:：]/.test(word)) return value.slice(0, m.index);
  }
  return value;
}

/** Where a clause's text value runs, [label, end of value), when an open text item is named in it. */
export function textSpan(clause: string, index: CandidateIndex): [number, number] | null {
  let span: [number, number] | null = null;
  for (const entry of index.entries) {
    if (entry.field.type !== 'text') continue;
    const found = findText(clause, entry.field, index.labelForms(entry));
    if (!found || (span && span[0] <= found.index)) continue;
    const value = textEndInClause(found.value, entry, index);
    const at = clause.indexOf(value, found.index);
    span = [found.index, at < 0 ? clause.length : value.length < found.value.length ? at + value.length : clause.length];
  }
  return span;
}

function measuredLike(piece: string, entry: FieldEntry | null): boolean {
  if (!entry) return false;
  const unit = /\d\s*([\u4e00-\u9fa5%])/.exec(piece)?.[1];
  return !unit || !entry.field.unit || unit === '个' || entry.field.unit.includes(unit);
}

/** 整改中 said as a clause of its own (地灾隐患点5处，整改中): the option of the one open choice field that has it. */
function readBareOption(clause: Clause, text: string, index: CandidateIndex, emit: Emitter): void {
  const answer = text.replace(/^[\s\p{P}]+|[\s\p{P}了的啦]+$/gu, '');
  if (!answer || answer.length > 8) return;
  const enums = index.entries.filter((e) => e.field.type === 'enum' && (e.field.options ?? []).includes(answer));
  if (enums.length !== 1) return;
  // 已完成 alone could as well answer an open yes/no question.
  if (bareBoolean(answer) !== null && index.entries.some((e) => e.field.type === 'boolean')) return;
  emit.value(enums[0]!, clause.start + text.indexOf(answer), answer, () => ({ ok: true, value: answer }));
}

// (无疫情 / 没得疫情: none of the question's object)
const NOT_DONE = /还没有?|尚未|还未|没有|没得|未|没|(?<![\u4e00-\u9fa5])无(?=[\u4e00-\u9fa5])/;
// (…发下去了 / 发出去了 / 收齐了: a verb with the result it was after)
const DONE = /已经|均已|都已|已|完成|完毕|(?:搞|弄|做|办|装|建|修)(?:完|好|定|妥)|[\u4e00-\u9fa5](?:完|好)了|[\u4e00-\u9fa5](?:下去|出去|下来|齐)了|(?:全部|均|都)安装|安装了|落实了|到位/;

/**
 * A yes/no said loosely about part of the label: 预案已修订 / 预案修订还没完成 for 是否完成应急预案修订. Only in
 * clauses without figures, when one yes/no field is clearly the one named.
 */
/** 估计月底能装完 / 下周将完成: done later is not done. */
const FUTURE = /估计|预计|争取|计划|准备|打算|能|会|将|要|可以|可望|有望/;

function readLooseBoolean(clause: Clause, text: string, index: CandidateIndex, emit: Emitter): void {
  if (VAGUE_RE.test(text)) return;
  const negative = NOT_DONE.exec(text);
  const marker = negative ?? DONE.exec(text) ?? doneByOwnVerb(text, index);
  if (!marker) return;
  if (!negative && FUTURE.test(text.slice(0, marker.index))) return;
  const rest = text.replace(new RegExp(`${NOT_DONE.source}|${DONE.source}`, 'g'), ' ');
  const matches = index.match(rest);
  let named = index.entries.filter((e) => e.field.type === 'boolean' && matches[e.ordinal]!.sim >= 2);
  // 无疫情 / 没得疫情 for 是否发生非洲猪瘟疫情: the head noun that ends the question, when it names nothing else
  if (named.length === 0) {
    const heads = index.entries.filter((e) => e.field.type === 'boolean' && e.names.some((n) => n.length >= 4 && rest.includes(n.slice(-2))));
    if (heads.length === 1 && index.entries.every((e) => e === heads[0] || matches[e.ordinal]!.sim === 0)) named = heads;
  }
  // 也建了 / 的也结束了 for 是否建立户厕台账: the state asked, said with 也 or 都 as of the thing another clause named
  if (named.length === 0 && !negative) named = sameStateToo(text, index, matches);
  if (named.length !== 1) return;
  // 危房没有 with C/D级危房户数 open beside 危房人员是否全部撤离: the words name a count at least as well, so 没有 is its zero.
  if (negative && index.numericEntries.some((e) => matches[e.ordinal]!.sim >= matches[named[0]!.ordinal]!.sim)) return;
  const value = !negative;
  emit.value(named[0]!, clause.start + marker.index, text.trim(), () => ({ ok: true, value }));
}

/**
 * 预案修订了 for 是否完成应急预案修订 / 设了临时接种点 for 是否设立临时接种点: the question's own verb, its last word or the
 * word right after 是否 (or that word's first character), then 了.
 */
function doneByOwnVerb(text: string, index: CandidateIndex): RegExpExecArray | null {
  for (const e of index.entries) {
    if (e.field.type !== 'boolean') continue;
    for (const name of e.names) {
      if (!/^(?:是否|有无)/.test(name)) continue;
      const verbs = [name.slice(-2), name.slice(2, 4), name.slice(2, 3)].filter((v) => /^[\u4e00-\u9fa5]+$/.test(v));
      const m = new RegExp(`(?:${verbs.join('|')})(?:好|完)?了`).exec(text);
      if (m) return m;
    }
  }
  return null;
}

/**
 * SAME_STATE_TOO: 大岗也结束了 / 石板的也建了 from a town clerk, after 紫荆收购结束了 / 花园台账已经建好了: a clause with no item
 * named, only 也 or 都 and the verb of a yes/no question (its word after 是否, or the first character of that word, or its
 * last word) done, says the state asked holds for this unit too. Only when exactly one yes/no item of the unit takes that
 * verb and the words name no item at all.
 */
const SAME_STATE = /^[\s的]*(?:也|都)(?:已经|已)?([\u4e00-\u9fa5]{1,2}?)(?:好|完)?了[\s。.!！~～]*$/;

function sameStateToo(text: string, index: CandidateIndex, matches: ReadonlyArray<{ sim: number }>): FieldEntry[] {
  const m = SAME_STATE.exec(text);
  if (!m || index.entries.some((e) => matches[e.ordinal]!.sim >= 2)) return [];
  const verb = m[1]!;
  return index.entries.filter((e) => e.field.type === 'boolean' && e.names.some((name) => {
    if (!/^(?:是否|有无)/.test(name)) return false;
    return [name.slice(-2), name.slice(2, 4), name.slice(2, 3)].includes(verb);
  })).slice(0, 2).filter((_e, _i, all) => all.length === 1);
}

/**
 * ANSWER_THEN_ITS_REASON: 否，还在进行 / 是，已完成 / 没有，下周完成 — yes or no said alone in its clause, then one short clause
 * with no figure that says nothing against it (还在进行 agrees with 否, never with 是): that yes or no.
 */
const ANSWER_THEN_REASON = /^([^，,。；;\s]{1,4})[，,。；;\s]+([^\d，,。；;]{1,12})$/;
function answerThenItsReason(text: string): boolean | null {
  const m = ANSWER_THEN_REASON.exec(text);
  const yes = m ? bareBoolean(m[1]!) : null;
  if (yes === null) return null;
  const reason = m![2]!;
  const says = NOT_DONE.test(reason) || /还在|正在|进行中|下周|明天|近期/.test(reason) ? false : DONE.test(reason) ? true : null;
  return says === null || says === yes ? yes : null;
}

/**
 * OPTION_IN_OTHER_WORDS (values.ts): 站点目前暂停运营 / 现在暂停了，等消防验收完再开 / 基本完成了，还剩两处 — a short reply with no
 * figure that names no count gives the option of the one open option item it fits (the one still waiting, when several
 * are open and fit). It was not read unless the item was named.
 */
const MAX_OPTION_REPLY = 16;

function readOptionInOtherWords(
  plain: string, index: CandidateIndex, emit: Emitter, byField: ReadonlyMap<string, readonly PeriodCandidate[]>,
): boolean {
  const answer = plain.trim();
  // (昨天报的有误，应为已完成: a correction that names no item may be of any item given before; not guessed)
  if (!answer || answer.length > MAX_OPTION_REPLY || /\d/.test(answer) || /[?？吗]/.test(answer) || hasCorrectionMarker(answer)) return false;
  const matches = index.match(answer);
  if (index.numericEntries.some((e) => matches[e.ordinal]!.sim >= 1)) return false;
  const fits = index.entries.flatMap((e) => {
    if (e.field.type !== 'enum') return [];
    const option = optionInOtherWords(answer.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, ''), e.field.options ?? [], e.names);
    return option ? [{ entry: e, option }] : [];
  });
  const waiting = fits.filter((f) => (byField.get(f.entry.field.key) ?? []).some((p) => !p.answered));
  const only = fits.length === 1 ? fits[0]! : waiting.length === 1 ? waiting[0]! : null;
  if (!only) return false;
  emit.value(only.entry, 0, answer, () => ({ ok: true, value: only.option }));
  return true;
}

/** A reply that is only an option (整改中) or only yes/no (是 / 否), when exactly one such field is open. */
const BARE_CHINESE_FIGURE = /^(?=.*[十拾百佰千仟万萬])[零〇一二两三四五六七八九十拾百佰千仟万萬壹贰叁肆伍陆柒捌玖]{2,12}$/;

export function readBareAnswer(
  plain: string, index: CandidateIndex, emit: Emitter, byField: ReadonlyMap<string, readonly PeriodCandidate[]> = new Map(),
): void {
  const answer = plain.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
  if (!index.entries.some((e) => e.field.type === 'enum' && (e.field.options ?? []).includes(answer))
    && readOptionInOtherWords(plain, index, emit, byField)) return;
  // (否，还在进行: a yes or no with its reason runs longer, see ANSWER_THEN_ITS_REASON)
  if (!answer || (answer.length > 8 && !ANSWER_THEN_REASON.test(answer))) return;
  const enums = index.entries.filter((e) => e.field.type === 'enum' && (e.field.options ?? []).includes(answer));
  if (enums.length === 1) {
    emit.value(enums[0]!, 0, answer, () => ({ ok: true, value: answer }));
    return;
  }
  // BARE_CHINESE_FIGURE: 二百零三 as the whole reply, when one count is open (or one still unanswered): a Chinese numeral
  // needs a label or a measure word inside a sentence (一下, 一起), but said alone it can only be the figure. It must say its
  // magnitude (十, 百, 千, 万): a lone 一 or 三 is as likely a word.
  if (BARE_CHINESE_FIGURE.test(answer)) {
    const numeric = index.entries.filter((e) => e.field.type === 'integer' || e.field.type === 'number');
    const waiting = numeric.filter((e) => (byField.get(e.field.key) ?? []).some((p) => !p.answered));
    const only = numeric.length === 1 ? numeric[0]! : waiting.length === 1 ? waiting[0]! : null;
    const value = parseChineseInteger(answer);
    if (only && value !== null) emit.value(only, 0, answer, (field) => checkNumericValue(value, field));
    return;
  }
  // Yes/no alone is only clear when the one thing open is that question (or the one still unanswered).
  const yes = bareBoolean(answer) ?? answerThenItsReason(answer);
  if (yes === null) return;
  const waiting = index.entries.filter((e) => (byField.get(e.field.key) ?? []).some((p) => !p.answered));
  const only = index.entries.length === 1 ? index.entries[0]! : waiting.length === 1 ? waiting[0]! : null;
  if (only?.field.type === 'boolean') emit.value(only, 0, answer, () => ({ ok: true, value: yes }));
}
