// Two months said together with one figure for both.

const MONTH = String.raw`(?:\d{1,2}|[一二三四五六七八九十]{1,3})`;
const FIGURE = String.raw`(\d+(?:\.\d+)?\s*[\u4e00-\u9fa5]{0,2}?)(?=\s|[，,。；;！!]|$)`;
/**
 * SHARED_PERIODS: 10月和11月低保户数都是128 / 10、11月份外出务工都是20人 — two months joined, then 都 / 均 and one figure: the
 * figure is each month's. Read as it stands, only the month nearer the figure got it and the other was asked again. The
 * clause is rewritten one month a clause (10月低保户数128，11月低保户数128); the label between stays with each. More items
 * said the same way right after (…都是203人 公益岗都是15个) are each month's too.
 */
const SHARED_PERIODS = new RegExp(
  String.raw`(${MONTH})(?:月份?)?\s*(?:和|、|及|跟|与)\s*(${MONTH})月份?([^，,。；;\n\d]{0,16}?)(?:都|均)(?:是|为|有)?\s*${FIGURE}`,
  'g',
);
/** 公益岗都是15个: one more item after a shared figure, said the same way (sticky, at the end of the last). */
const ONE_MORE = new RegExp(String.raw`([\s，,]*)([^，,。；;\n\d\s都均]{1,12}?)(?:都|均)(?:是|为|有)?\s*${FIGURE}`, 'y');

/**
 * SHARED_AFTER_MONTHS: 10月巡查14次11月16次 养护里程都是9.3公里 — a sentence that gave two months a figure each, then another
 * item with 都 / 均 and one figure and no month of its own: the figure is each of those months'. Only the nearer month's
 * was read (or, with both open, neither). The clause is rewritten one month a clause, as SHARED_PERIODS does.
 */
const SHARED_AFTER_MONTHS = new RegExp(
  String.raw`(\d{1,2})月份?([^。
月]*?\d[^。
月]*?)(\d{1,2})月份?([^。
月]*?\d[^。
月]*?)([\s，,；;])([^\s，,。；;
\d都均月]{2,12}?)(?:都|均)(?:是|为|有)?\s*${FIGURE}`,
  'g',
);

/**
 * SAME_FOR_TWO_MONTHS_AFTER: 养护里程、专职养护员分别是5.8公里、1人，10月11月一样 — figures said with no month, then two months
 * said to be the same: the figures are each of those months'. With both months open they were asked back. The words
 * before are said again, one month a clause (10月养护里程…，11月养护里程…).
 */
const SAME_FOR_TWO_MONTHS_AFTER = /^([^月]*\d[^月]*?)[，,\s]+(\d{1,2})月份?(?:和|、|跟|与|及)?(\d{1,2})月份?(?:都|也|是)*(?:一样|相同|一致)的?\s*$/;

export function spreadSharedPeriods(text: string): string {
  const same = /一样|相同|一致/.test(text) ? spreadSameForTwoMonths(text) : text;
  if (!/[都均]/.test(same)) return same;
  return spreadAfterMonths(spreadJoinedMonths(same));
}

function spreadSameForTwoMonths(text: string): string {
  return text.split(/(?<=[。！!\n])/).map((piece) => {
    const end = /[。！!\n]$/.exec(piece)?.[0] ?? '';
    const m = SAME_FOR_TWO_MONTHS_AFTER.exec(piece.slice(0, piece.length - end.length));
    if (!m || m[2] === m[3]) return piece;
    const head = m[1]!.trim();
    return `${m[2]}月${head}，${m[3]}月${head}${end}`;
  }).join('');
}

function spreadAfterMonths(text: string): string {
  return text.replace(SHARED_AFTER_MONTHS, (m, first: string, saidFirst: string, second: string, saidSecond: string, sep: string, label: string, figure: string) =>
    (first === second ? m : `${first}月${saidFirst}${second}月${saidSecond}${sep}${first}月${label}${figure}，${second}月${label}${figure}`));
}

function spreadJoinedMonths(text: string): string {
  let out = '';
  let from = 0;
  SHARED_PERIODS.lastIndex = 0;
  for (let m = SHARED_PERIODS.exec(text); m; m = SHARED_PERIODS.exec(text)) {
    const [, first, second, label, figure] = m as unknown as [string, string, string, string, string];
    const saids: Array<[string, string]> = [[label, figure]];
    let end = m.index + m[0].length;
    ONE_MORE.lastIndex = end;
    for (let more = ONE_MORE.exec(text); more; more = ONE_MORE.exec(text)) {
      saids.push([more[2]!, more[3]!]);
      end = ONE_MORE.lastIndex;
    }
    const month = (n: string): string => saids.map(([l, f]) => `${n}月${l}${f}`).join('，');
    out += text.slice(from, m.index) + `${month(first)}，${month(second)}`;
    from = end;
    SHARED_PERIODS.lastIndex = end;
  }
  return out + text.slice(from);
}
