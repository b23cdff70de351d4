// The reply parser's public shapes.
import type { FieldDef } from '../types.js';
import type { Reading } from './short-answer.js';

export interface ReplyCandidate {
  field: FieldDef;
  period: string | null;
  /** already has a value from this unit (a correction may target it) */
  answered: boolean;
  /** what it has is an estimate (约260人) or someone else's figure: this reporter's own figure may still come for it */
  estimate?: boolean;
  /** its figure came from this reporter's latest reply that gave any (刚才说错了，91.2 corrects it when it is the only one) */
  latest?: boolean;
  /** the order (message id) of the reply in which this reporter gave the figure it holds: later replies have larger ones */
  given?: number;
}
export interface ReplyContext {
  at: Date;
  timezone: string;
  candidates: ReplyCandidate[];
  /**
   * The whole field dictionary (the same array from call to call: its index is cached on it). A figure is bound
   * against it first, so one labelled with an item nobody asked of this unit is reported as `unasked`.
   */
  dictionary?: readonly FieldDef[];
  /** The reporter's own unit: lines, table rows and columns naming another unit are not read as its figures. */
  unitName?: string;
  /**
   * Units the reporter may also report for (a town clerk's villages), each with what it was asked: lines, table rows
   * and columns naming one of them are read against its asks and their values carry its id.
   */
  others?: Array<{ id: string; name: string; candidates: ReplyCandidate[] }>;
}
/** A figure that could mean two fields or two periods: the bot asks which, and the next reply settles it. */
export interface ChoiceValue {
  unit?: string;
  raw: string;
  options: Array<{ field: string; period: string | null; value: number | string | boolean; approximate?: boolean }>;
}
/** A figure for a dictionary item this unit was not asked for: acknowledged, not stored. */
export interface UnaskedValue {
  unit?: string;
  /** The dictionary item the figure was labelled with; '' when its words name no item (see label). */
  field: string;
  /** A figure of no item (高龄老人78人 with 百岁老人人数 open, OTHER_KIND_OF_THE_SAME_NOUN): the words it was said with. */
  label?: string;
  raw: string;
}
/** 同上月 / 低保户数没变: items said to be as last period (fields null: every item the reply gives no figure for). */
export interface UnchangedClaim {
  unit?: string;
  fields: string[] | null;
  /** The period the reply names for them, if it names one. */
  period: string | null;
  raw: string;
}
/**
 * 比上月少2户 / 比之前报的多了1个 / 人数少了5个: a figure said as a change against an earlier one. The bot turns it into
 * a level from the unit's figure it is measured against (the period before, or the one already held), or asks for
 * the figure itself when there is none.
 */
export interface ChangeClaim {
  unit?: string;
  field: string;
  /** null when the field is open for several periods and the reply names none of them (see `periods`). */
  period: string | null;
  /** The periods it could be for. */
  periods: Array<string | null>;
  /** In the field's own unit, signed. */
  delta: number;
  against: 'previous-period' | 'held';
  raw: string;
}
export interface ParsedValue {
  /** Set when the figure is for another unit the reporter speaks for (ReplyContext.others). */
  unit?: string;
  field: string;
  period: string | null;
  value: number | string | boolean;
  raw: string;
  correction: boolean;
  /** 约三百八, 1.2万左右: the clerk gave an estimate; it is kept marked as one, never as an exact figure. */
  approximate?: boolean;
  /** Why the value needs the reporter's confirmation before it enters the pool (it is held until then). */
  confirm?: string;
}
export interface InvalidValue {
  unit?: string;
  field: string;
  period: string | null;
  raw: string;
  /** Chinese, says what is expected, e.g. "请填写整数（户）" */
  reason: string;
  /**
   * The figures the reason offers back (是“15人次”还是“16人次”？), in the field's own unit and in the order it names
   * them; absent when it offers none and any valid figure answers it.
   */
  readings?: Reading[];
  /** The figure was said for a period nobody asked (10月 while 11月 is asked): `period` is the one asked. */
  saidForAnotherPeriod?: true;
}
export interface ParsedReply {
  values: ParsedValue[];
  invalid: InvalidValue[];
  /** true for 收到/好的/明白/👌-type acknowledgements with no data */
  ack: boolean;
  /** a question to the requester (…含不含分散供养的？/ 是按…还是…填？) */
  question: boolean;
  /** the staff member says a figure is pending (还在核对，晚点报 / 明天报) */
  pending: boolean;
  /** a correction of an earlier value (刚才报错了 / 更正 / 有误 / 应为 / 改为) */
  correction: boolean;
  /** figures labelled with an item nobody asked of this unit */
  unasked: UnaskedValue[];
  /** figures that could mean two fields or periods */
  choices: ChoiceValue[];
  /** other units the reply gives figures for (a town clerk's villages): not read as the reporter's own */
  otherUnits: string[];
  /** items said to be unchanged from last period, whose figures the reply does not give */
  unchanged: UnchangedClaim[];
  /** figures said as a change against an earlier figure, with no level for the same item in the reply */
  changes: ChangeClaim[];
  /**
   * 太平、刘家、东山三个村的边沟分别是4公里、3.2公里: clauses naming units in a list with 分别 and a different number of
   * figures (RESPECTIVELY_UNMATCHED, parse.ts): none of their figures is read; the reporter is asked to say them again.
   */
  unspread?: string[];
}
