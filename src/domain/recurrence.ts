// A notice that states its own recurrence (每月5日前报送上月…, 每周一前报上周…, 每季度结束后10日内…) describes a standing
// ledger: its cadence and how many days after the period ends it is due. Pure.
import type { Cadence } from './standing-ledger.js';

export interface Recurrence {
  cadence: Cadence;
  /** Days after the period ends. */
  due: number;
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function number(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '十') return 10;
  const m = /^([一二三]?)十([一二三四五六七八九]?)$/.exec(text);
  if (m) return (m[1] ? CN_DIGITS[m[1]]! : 1) * 10 + (m[2] ? CN_DIGITS[m[2]]! : 0);
  return CN_DIGITS[text] ?? null;
}

const WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
const CADENCE: Record<string, Cadence> = { 周: 'weekly', 月: 'monthly', 季: 'quarterly', 季度: 'quarterly', 年: 'yearly' };
/** The period just ended, in the words a recurring notice uses for it. */
const PREVIOUS: Record<Cadence, RegExp> = { weekly: /上周/, monthly: /上月|上个月/, quarterly: /上季度|上一季度|上个季度/, yearly: /上年|上一年|上年度/ };
const NUM = '(\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])';

/**
 * The recurrence a notice states, when it asks each round for the period just ended: 每月5日前报送上月 → monthly, due 5;
 * 每周一前报上周 → weekly, due 1; 每季度结束后10日内报上季度 → quarterly, due 10; 每年1月15日前报上年 → yearly, due 15.
 * Null when the notice states none, or asks for a period that has not ended (每月25日前报本月: no ledger can say that).
 */
export function findRecurrence(text: string): Recurrence | null {
  const weekly = new RegExp(`每(?:个)?(?:周|星期)([一二三四五六日天])(?:下班|中午|\\d{1,2}(?:时|点))?(?:前|之前|以前)`).exec(text);
  if (weekly && PREVIOUS.weekly.test(text)) return { cadence: 'weekly', due: WEEKDAY[weekly[1]!]! };
  const afterEnd = new RegExp(`每(?:个)?(月|季度?|年)(?:结束|末)后${NUM}(?:个工作)?[日天]内`).exec(text);
  if (afterEnd) {
    const cadence = CADENCE[afterEnd[1]!]!;
    const due = number(afterEnd[2]!);
    if (due !== null && PREVIOUS[cadence].test(text)) return { cadence, due };
  }
  const monthDay = new RegExp(`每(?:个)?月${NUM}[日号](?:下班|中午|\\d{1,2}(?:时|点))?(?:前|之前|以前)`).exec(text);
  if (monthDay && PREVIOUS.monthly.test(text)) {
    const due = number(monthDay[1]!);
    if (due !== null && due <= 28) return { cadence: 'monthly', due };
  }
  const quarterDay = new RegExp(`每(?:个)?季度?(?:首月|第一个月)?${NUM}[日号](?:前|之前|以前)`).exec(text);
  if (quarterDay && PREVIOUS.quarterly.test(text)) {
    const due = number(quarterDay[1]!);
    if (due !== null) return { cadence: 'quarterly', due };
  }
  const yearDay = new RegExp(`每年1月${NUM}[日号](?:前|之前|以前)`).exec(text);
  if (yearDay && PREVIOUS.yearly.test(text)) {
    const due = number(yearDay[1]!);
    if (due !== null) return { cadence: 'yearly', due };
  }
  return null;
}
