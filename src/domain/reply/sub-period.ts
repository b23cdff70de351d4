// A part of the month said before a figure, in words no period reader turns into a period of its own.
import { periodKind } from '../period.js';
import type { PeriodCandidate } from './period-choice.js';

/**
 * SUB_PERIOD_BEFORE: 第一周检查12家 / 前两周12家 / 下半月15家 / 上旬12家 / 8日至14日15家 — a week, a part of the month or a run
 * of days named before a figure, with a month (or a longer span) asked: the figure is that part's, no figure of the whole
 * (taken as one, 第一周's 12 was stored as November's). Counted up to a day (截至25日) is no part: it is when the figure
 * was read; nor is a run from the first day to about the day of the reply (1日至25日共15家 is the month so far), nor
 * 这周 / 本周 (这周查了餐饮24家 early in July answers 本月: what was done so far is often all done this week).
 */
const SUB_PERIOD_BEFORE = /(?:第[一二三四五1-5]|前[一两二三四1-4]|后[一两二三1-3]|最后一|头[一两二三1-3])(?:个)?(?:周|星期|礼拜)|(?:上|下|前|后)半(?:个)?月|[上中下]旬/;
const DAY_RUN_BEFORE = /(?<![\d截至止])(\d{1,2})\s*(?:日|号)?\s*(?:至|到|-|—|~|－)\s*(\d{1,2})\s*(?:日|号)/;
/** A run from the first day ending this close to the reply's day is the period so far. */
const SO_FAR_SLACK_DAYS = 3;
const WITH_PARTS = new Set(['month', 'quarter', 'half']);

/**
 * The part of the period said in `words` (the figure's words before it), when every open period of the item has parts;
 * `today` is the reply's day (YYYY-MM-DD).
 */
export function partOfThePeriodSaid(words: string, open: readonly PeriodCandidate[], today?: string): string | null {
  if (!open.length || !open.every((c) => c.period !== null && WITH_PARTS.has(periodKind(c.period)))) return null;
  const part = SUB_PERIOD_BEFORE.exec(words)?.[0];
  if (part) return part;
  const run = DAY_RUN_BEFORE.exec(words);
  if (!run) return null;
  const day = today ? Number(today.slice(8, 10)) : 31;
  return Number(run[1]) === 1 && Number(run[2]) >= day - SO_FAR_SLACK_DAYS ? null : run[0];
}
