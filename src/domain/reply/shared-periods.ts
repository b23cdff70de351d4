// Two months said together with one figure for both.

const MONTH = String.raw`(?:\d{1,2}|[一二三四五六七八九十]{1,3})`;
/**
 * SHARED_PERIODS: 10月和11月低保户数都是128 / 10、11月份外出务工都是20人 — two months joined, then 都 / 均 and one figure: the
 * figure is each month's. Read as it stands, only the month nearer the figure got it and the other was asked again. The
 * clause is rewritten one month a clause (10月低保户数128，11月低保户数128); the label between stays with each.
 */
const SHARED_PERIODS = new RegExp(
  String.raw`(${MONTH})(?:月份?)?\s*(?:和|、|及|跟|与)\s*(${MONTH})月份?([^，,。；;\n\d]{0,16}?)(?:都|均)(?:是|为|有)?\s*(\d+(?:\.\d+)?\s*[\u4e00-\u9fa5]{0,2}?)(?=\s*(?:[，,。；;！!\n]|$))`,
  'g',
);

export function spreadSharedPeriods(text: string): string {
  if (!/[都均]/.test(text)) return text;
  return text.replace(SHARED_PERIODS, (_whole, first: string, second: string, label: string, figure: string) =>
    `${first}月${label}${figure}，${second}月${label}${figure}`);
}
