// 同上月 / 低保户数、人数都没变 / 其他同上月: items said to be as they were last period. The reply names which items (or
// all it does not give a figure for) and, when it says one, the period; the bot takes last period's figures from the pool.
import type { CandidateIndex } from './candidate-index.js';
import type { ReplyMention } from './reply-state.js';
import type { Sentence } from './segment.js';
import type { UnchangedClaim } from './reply-types.js';
import { isQuestion } from './intents.js';

// (和上次一样: as last reported, which for an item still open is last period's)
const REFERENCE = '上(?:月|期|个月|周|季度?|年|次|回)';
// (AS_IT_WAS_THEN: 还是上个月那样 / 沿用上月 / 照上月报 — the manner or the source named, not a period a figure is of: 还是上个月的
// alone may say which month a figure is, so it is not one)
const UNCHANGED = new RegExp(
  `同${REFERENCE}|(?:和|跟|同|与)${REFERENCE}[^，,。；;]{0,3}?(?:一样|[一1]个样|相同|一致|持平)` +
    `|还是${REFERENCE}(?:那样|那个样|一样)|(?:沿用|照搬)${REFERENCE}|照${REFERENCE}(?:的)?(?:报|填)` +
    '|(?:都|均|也|全部|全都)?(?:没变|没有变化|没变化|无变化|未变|不变|无变动|没有变动|未变动|没有增减|无增减)',
);
/** Words that leave a piece naming no item: the rest, data, the situation, particles. */
const NOTHING_NAMED = /其他|其它|其余|别的|剩下的?|剩余|数据|情况|数字|都|均|也|全部|全都|的|了|啊|呢|和|跟|与|同|一样|相同|不好意思|另外|还有|[\s\p{P}]/gu;

/** 户数 / 人数 / 人次 / 金额 alone: a measure, no item's own words (see MEASURE_NAMES_THE_ITEM). */
const MEASURE_ALONE = /^(?:(?:人次|户次|人|户|家|处|个|件|座|张)数|人次|户次|金额|资金)$/;

export function readUnchangedClaims(
  plain: string, visible: string, sentences: readonly Sentence[], mentions: readonly ReplyMention[], index: CandidateIndex,
): UnchangedClaim[] {
  const claims: UnchangedClaim[] = [];
  if (!UNCHANGED.test(plain)) return claims;
  for (const sentence of sentences) {
    const text = plain.slice(sentence.start, sentence.end);
    if (!UNCHANGED.test(text) || isQuestion(plain.slice(sentence.start, sentence.end + 1))) continue;
    // the period the sentence names for itself (11月), never the one it compares with (上月)
    const own = mentions.filter((m) => m.index >= sentence.start && m.index < sentence.end && !m.text.startsWith('上'));
    const period = new Set(own.map((m) => m.period)).size === 1 ? own[0]!.period : null;
    // pieces end at a comma or at a pause typed in a voice run (扑火队员没变化 检查站和上次一样 巡山1260人次)
    const pieces = /[^，,；;\s]+(?:\s+(?=[^\s\u4e00-\u9fa5]))?/g;
    for (let m = pieces.exec(text); m; m = pieces.exec(text)) {
      const piece = m[0];
      const start = sentence.start + m.index;
      const same = UNCHANGED.exec(piece);
      if (!same) continue;
      // 特困7人无变化: the figure is given; the words only add that it did not change
      const seen = visible.slice(start, start + piece.length);
      // (the words of the claim are no figure: 跟上月一个样 has 一个 in it)
      const said = `${seen.slice(0, same.index)} ${seen.slice(same.index + same[0].length)}`;
      if (/\d/.test(said) || /[一二两三四五六七八九十百千]+[人户个次件处]/.test(said)) continue;
      const matches = index.match(piece);
      const near = index.numericEntries.filter((e) => matches[e.ordinal]!.sim >= 2);
      // ONLY_THE_ITEM_NAMED: 低保户数跟上个月一样 names 低保户数, not 低保人数 beside it, though they share 低保: when the piece
      // says the measure of some item it names (户数), items whose measure it does not say are not named (低保户数、人数都没变
      // says both; 低保没变 says no measure and names both)
      const measureSaid = (e: (typeof near)[number]): boolean => e.names.some((n) => piece.includes(n.slice(-2)));
      const named = (near.some(measureSaid) ? near.filter(measureSaid) : near).map((e) => e.field.key);
      if (named.length) {
        claims.push({ fields: named, period, raw: piece.trim() });
        continue;
      }
      const rest = said.replace(new RegExp(REFERENCE, 'g'), '').replace(NOTHING_NAMED, '');
      // MEASURE_NAMES_THE_ITEM: 户数没变，人数多了3个 — a piece naming only a measure (户数, 人数, 金额) names the one open item
      // counted in it, as 户数132 does for a figure (it named nothing, and the claim was lost)
      const measured = MEASURE_ALONE.test(rest) ? index.numericEntries.filter((e) => e.names.some((n) => n.endsWith(rest))) : [];
      if (measured.length === 1) {
        claims.push({ fields: [measured[0]!.field.key], period, raw: piece.trim() });
        continue;
      }
      // (特困7人 无变化: a piece a pause cut off says nothing of the other items)
      const cutByPause = /\s/.test(plain.charAt(start - 1)) || /\s/.test(plain.charAt(start + piece.length));
      if (!rest && !cutByPause) claims.push({ fields: null, period, raw: piece.trim() });
    }
  }
  return claims;
}
