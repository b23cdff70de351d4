// Months said together with one figure for all of them, or with one figure each.

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
  String.raw`(\d{1,2})月份?([^。\n月]*?\d[^。\n月]*?)(\d{1,2})月份?([^。\n月]*?\d[^。\n月]*?)([\s，,；;])([^\s，,。；;\n\d都均月]{2,12}?)(?:都|均)(?:是|为|有)?\s*${FIGURE}`,
  'g',
);

/**
 * SAME_FOR_TWO_MONTHS_AFTER: 养护里程、专职养护员分别是5.8公里、1人，10月11月一样 — figures said with no month, then two months
 * said to be the same: the figures are each of those months'. With both months open they were asked back. The words
 * before are said again, one month a clause (10月养护里程…，11月养护里程…).
 */
const SAME_FOR_TWO_MONTHS_AFTER = /^([^月]*\d[^月]*?)[，,\s]+(\d{1,2})月份?(?:和|、|跟|与|及)?(\d{1,2})月份?(?:都|也|是)*(?:一样|相同|一致)的?\s*$/;

/**
 * BOTH_OPEN_MONTHS: 人数两个月都是67 / 这两个月均为0 — the months are not named, but only two are open for the reply: they are
 * named (10月和11月都是67) and the figure spread to each as SHARED_PERIODS does. It was "no data found". With one month or
 * more than two open, or two months of different years, the words name nothing and the text is left as it is.
 */
const TWO_MONTHS = /(?:这)?(?:两个月份?|两月|两期)(?:的)?(?=[^，,。；;\n\d]{0,10}?(?:都|均))/g;

export function nameBothOpenMonths(text: string, periods: ReadonlyArray<string | null>): string {
  if (!/两/.test(text)) return text;
  const months = [...new Set(periods.filter((p): p is string => p !== null && /^\d{4}-\d{2}$/.test(p)))].sort();
  if (months.length !== 2 || months[0]!.slice(0, 4) !== months[1]!.slice(0, 4)) return text;
  const [first, second] = months.map((m) => Number(m.slice(5)));
  // (制止非粮化和已整改 两个月都是0: items listed before are each of both months' already; spread one clause a month, the list
  // would pair its items with the months)
  return text.replace(TWO_MONTHS, (words, at: number) => (LISTED_BEFORE.test(clauseBefore(text, at)) ? words : `${first}月和${second}月`));
}

/** Items listed together: 户数和人数, 户数、人数. */
const LISTED_BEFORE = /[和、及与跟]/;

function clauseBefore(text: string, at: number): string {
  const start = Math.max(...['，', ',', '。', '；', ';', '\n'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
  return text.slice(start, at);
}

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

/**
 * RESPECTIVE_PERIODS: 10月、11月低保户数分别为128、130 / 10月和11月的低保户数分别是128户和130户 — months joined, then 分别 and
 * as many figures: each month has the figure in its place. Read as it stands, the first figure went to the month nearer the
 * figures (11月 got October's 128) and the second was lost. Rewritten one month a clause (10月低保户数128，11月低保户数130);
 * a clause right after that names no month (，人数分别为203、206) goes on with the same months. With another number of
 * figures, which is whose cannot be told: the clause is taken out and returned in `unsure`, for the reporter to say again.
 */
const RESPECTIVE_PERIODS = new RegExp(
  String.raw`(${MONTH}(?:月份?)?(?:\s*(?:和|、|及|跟|与)\s*${MONTH}(?:月份?)?)+)(?<=月份?)([^，,。；;\n\d]{0,16}?)分别(?:是|为|有)?\s*`,
  'g',
);
/** ，人数分别为203、206: the next clause, said of the same months. */
const SAME_MONTHS = /[，,；;]\s*([^，,。；;\n\d月]{1,12}?)分别(?:是|为|有)?\s*/y;
const LISTED_FIGURE = /^\s*(\d+(?:\.\d+)?\s*[\u4e00-\u9fa5]{0,2}?)(?=\s*(?:和|、|及|与|跟|[，,。；;！!\s]|$))/;
const FIGURE_JOIN = /^\s*(?:和|、|及|与|跟|，|,)\s*(?=\d)/;

/** The figures listed from `at`, where they end, and whether they are exactly `count`. */
function figuresAt(text: string, at: number, count: number): { figures: string[]; end: number; exact: boolean } {
  const figures: string[] = [];
  let end = at;
  for (;;) {
    const figure = LISTED_FIGURE.exec(text.slice(end));
    if (!figure) return { figures, end, exact: false };
    figures.push(figure[1]!.trim());
    end += figure[0].length;
    const join = FIGURE_JOIN.exec(text.slice(end));
    if (!join) return { figures, end, exact: figures.length === count };
    end += join[0].length;
  }
}

export function spreadRespectivePeriods(text: string, unsure: string[]): string {
  if (!text.includes('分别')) return text;
  let out = '';
  let from = 0;
  RESPECTIVE_PERIODS.lastIndex = 0;
  for (let m = RESPECTIVE_PERIODS.exec(text); m; m = RESPECTIVE_PERIODS.exec(text)) {
    const months = m[1]!.split(/\s*(?:和|、|及|跟|与)\s*/).map((w) => w.replace(/月份?$/, ''));
    const clauses: string[] = [];
    let label = m[2]!.replace(/^的/, '');
    let { figures, end, exact } = figuresAt(text, m.index + m[0].length, months.length);
    for (;;) {
      if (!exact) {
        unsure.push(text.slice(m.index, end));
        clauses.length = 0;
        break;
      }
      clauses.push(months.map((n, i) => `${n}月${label}${figures[i]}`).join('，'));
      SAME_MONTHS.lastIndex = end;
      const next = SAME_MONTHS.exec(text);
      if (!next) break;
      label = next[1]!;
      ({ figures, end, exact } = figuresAt(text, end + next[0].length, months.length));
    }
    out += text.slice(from, m.index) + clauses.join('，');
    from = end;
    RESPECTIVE_PERIODS.lastIndex = end;
  }
  return out + text.slice(from);
}
