// The reply parser's public shapes.
import type { FieldDef } from '../types.js';

export interface ReplyCandidate {
  field: FieldDef;
  period: string | null;
  /** already has a value from this unit (a correction may target it) */
  answered: boolean;
}
export interface ReplyContext {
  at: Date;
  timezone: string;
  candidates: ReplyCandidate[];
}
export interface ParsedValue {
  field: string;
  period: string | null;
  value: number | string | boolean;
  raw: string;
  correction: boolean;
}
export interface InvalidValue {
  field: string;
  period: string | null;
  raw: string;
  /** Chinese, says what is expected, e.g. "请填写整数（户）" */
  reason: string;
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
}
