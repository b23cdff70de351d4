// 三、活动时间 2058年6月 … 将活动期间发放宣传材料的份数…报局: the ask counts what was done during the activity, and the
// notice's own 活动时间 says when that is.
import type { PeriodMention } from '../period.js';

/** The label a notice states its activity's time with (三、活动时间：2058年6月). */
const ACTIVITY_TIME_LABEL = /活动(?:时间|日期)\s*[:：]?\s*$/;
/** The ask's words for the activity's own time. */
const DURING_ACTIVITY = /活动期间/;

/**
 * Whether a period mention is the activity's stated time and the ask counts during the activity: then it says what the
 * figures are for, as a data-time label does.
 */
export function activityTimeAsked(text: string, asked: string, m: PeriodMention): boolean {
  return DURING_ACTIVITY.test(asked) && ACTIVITY_TIME_LABEL.test(text.slice(Math.max(0, m.index - 10), m.index));
}
