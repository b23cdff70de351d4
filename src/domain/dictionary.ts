// The field matcher: maps a free-text item ("城乡低保户", "纳入最低生活保障的人员数") to dictionary fields.
// Shared by the request parser and the reply parser; built once per dictionary version.
import { parseChineseInteger, toHalfWidth } from './numbers.js';
import { toSimplified } from './text/traditional.js';
import type { FieldDef, FieldType } from './types.js';
import { cadenceOf } from './cadence.js';

export interface FieldMatch {
  field: FieldDef;
  /** 0..1; 1 is an exact label/alias hit after normalisation. */
  score: number;
}

export interface FieldMatcher {
  /** Candidate fields for a phrase, best first (only those scoring at least `minScore`, default 0.5). */
  match(phrase: string, minScore?: number): FieldMatch[];
  /** The best field when it clears the acceptance threshold (default 0.62), else null. */
  best(phrase: string, minScore?: number): FieldMatch | null;
  /** The normalised form used for matching (exposed for tests and for callers that build their own keys). */
  normalize(phrase: string): string;
}

/** Default score at which a match is trusted. */
export const ACCEPT_SCORE = 0.62;

// Words that carry no identity of a data item: periods, scope, verbs of reporting, filler.
const PERIOD_NOISE =
  /\d{4}\s*[—–~～至到-]\s*\d{4}年度?|本周|上周|当周|截[至止](?:到|至)?\d{1,2}月\d{1,2}[日号]?|\d{4}年(?:度)?|\d{1,2}月份?|本月份?|上个?月份?|当月|(?:今年|本年度?)以来|本年度?|今年|全年|本季度|上季度|第?[一二三四1-4]季度|目前|现在|当前/g;
const FILLER =
  /以下|如下|相关|有关|本辖区|全辖区|辖区内?|辖内|报送|上报|填报|统计|数据|情况|及以上|以上|及以下|以下|其中|累计|合计|总计|现有|针对性|各类|各项|具体|在册|的/g;

/**
 * Question wording (共有几处, 有多少人, 是多少) says the item is a count in that measure: 火灾隐患共有几处 → 火灾隐患处数.
 */
const QUESTION = /(?:共有|共计|一共|总共|总计|有|是|为)?(?:多少|几)(人次|个|处|人|户|家|起|件|座|辆|名|次|所|条|份|宗|栋|套|亩|座)?(?:[?？])?/g;

/**
 * An item written as a definition: 纳入特困人员救助供养范围的人员 / 享受最低生活保障的在册人口 / 符合条件的…: the verb of
 * membership and the word 范围 carry no identity; what is counted is the object and the measure.
 */
const DEFINITION = /^(?:已?纳入|享受|符合|属于|列入|认定为|登记为|获得)|(?:保障)?范围内?(?=的)|(?:待遇|政策)(?=的)/g;

/**
 * One synonym and abbreviation lexicon for every dictionary: a long official name and its usual short form read as the
 * same words (最低生活保障 = 低保), applied to the dictionary's terms and to the phrases alike. Longest first.
 */
const LEXICON: Array<[RegExp, string]> = [
  [/特困人员(?:救助)?供养|特困救助供养/g, '特困供养'],
  [/城乡低保/g, '低保'],
  [/最低生活保障/g, '低保'],
  [/城乡居民基本医疗保险|城乡居民医疗保险|居民基本医疗保险|城乡居民医保/g, '居民医保'],
  [/城乡居民基本养老保险|城乡居民养老保险/g, '城乡居保'],
  [/防止返贫/g, '防返贫'],
  // 住房安全有保障 (one of the 三保障) is said 住房安全 for short
  [/住房安全有保障/g, '住房安全'],
  // 老年人 and 老人 name the same people; 退伍军人 is the older name of 退役士兵
  [/老年人/g, '老人'],
  [/退伍军人/g, '退役士兵'],
  // 拖欠农民工工资 / 被拖欠的工资 / 欠薪: one thing, in its long and short names
  [/被?拖欠(?:的)?(?:农民工)?工资|欠薪/g, '拖欠工资'],
  [/数额/g, '金额'],
  // 总库容 / 总容积: what a reservoir or pond holds is its capacity, said either way
  [/库容/g, '容积'],
  // 服务总时数 / 服务小时数 / 服务时长: one measure of time spent
  [/总?(?:小时数|时数)|总时长/g, '时长'],
  [/供销合作社/g, '供销社'],
  // 新发现 / 新受理 隐患、案件 are what is new in the period, like 新增; 因返乡减少 is an outflow, like 退出
  [/新(?:发现|受理|登记)/g, '新增'],
  [/减少/g, '退出'],
  [/《|》|“|”|"/g, ''],
];

/**
 * Ages and age bands in one form: 周岁 = 岁, Chinese numerals as digits (八十至八十九岁 → 80-89岁, 百岁 → 100岁), a range
 * written with 至 / 到 / — as a dash (dropped with the other punctuation), so that 80—89周岁 and 80至89岁 meet.
 */
const AGE_NUMERAL = /[零〇一二三四五六七八九十百]+(?=\s*(?:周?岁|[至到—–~～-]\s*[零〇一二三四五六七八九十百\d]+\s*周?岁))/g;
const AGE_RANGE = /(\d)\s*[至到]\s*(?=\d+\s*周?岁)/g;

function normalizeAges(t: string): string {
  return t
    .replace(AGE_NUMERAL, (m) => String(m === '百' ? 100 : parseChineseInteger(m) ?? m))
    .replace(AGE_RANGE, '$1-')
    .replace(/周岁/g, '岁');
}

/**
 * 留守儿童（0-5周岁）: an age band in brackets says which part of a whole the field counts, so it stays part of the
 * field's identity (read before the noun, where Chinese puts such a qualifier: 0-5岁留守儿童). Other brackets explain.
 */
const BAND_ASIDE = /[（(]\s*(\d+\s*(?:岁)?\s*(?:[-—–~～]\s*\d+\s*)?岁(?:以[上下])?)\s*[）)]/;

/**
 * X完成 (夏播完成面积, 整改完成数) is the perfective 已X (已夏播面积, 已整改数): one form for a finished state. The two
 * characters before 完成 are the work, never the 已 of a 已完成 (安全生产隐患已完成整改数 read 患已 as the work).
 */
const DONE = /(?<!已)((?:(?!已)[\u4e00-\u9fa5]){2})完成(?=[\u4e00-\u9fa5]*(?:数|面积|户|人|量|率|金额)$)/g;
/**
 * DONE_BEFORE_ITS_WORK: 其中已完成整改的数量 / 隐患完成整改数 — 完成 said before the work it finishes (two characters or more,
 * then the measure) is the same perfective 已 of that work (已整改数). Read as X完成 (DONE), the noun before it took the
 * 已 (安全生产已隐患整改数) and 安全生产隐患整改数 was no longer found. 完成率 / 完成数 (nothing between) are left alone.
 */
const DONE_BEFORE_ITS_WORK = /已?完成(?=[\u4e00-\u9fa5]{2}[\u4e00-\u9fa5]*(?:数|面积|户|人|量|率|金额)$)/g;

/** 就业再就业人员情况表 / 农民负担情况统计表: a form of the state of something is read as what it records. */
const FORM_OF_A_STATE = /情况(?:统计|汇总)?(?:报表|表)$/;
// Suffix variants that mean the same measure; applied to both sides so labels and phrases meet.
// 人口 and 人员 at the end name a count of people (享受低保的在册人口 = 低保人数).
const SUFFIX_VARIANTS: Array<[RegExp, string]> = [
  // 老人人数 / 残疾人人数 / 退役军人（总）人数: a kind of people ending in 人, counted, is said with one 人 as often (老人数,
  // 退役军人总数); first, so that the total below reads the same (退役军人总人数 = 退役军人总数 = 退役军人数)
  [/人(总?)人数$/, '人$1数'],
  // 养殖总面积 / 专业户总户数 / 养殖总产量: the total of a measure, said of an object, is that measure of it
  [/(?<=[\u4e00-\u9fa5]{2})总(?=(?:面积|户数|产量|容积|金额|数|量)$)/, ''],
  [/(?:家庭户数|家庭数|户家庭数)$/, '户数'],
  [/(?:人员数|人口数|人员人数|对象人数|对象数|人员|人口)$/, '人数'],
  [/(?:数量|底数|总数|个数)$/, '数'],
  // 优抚对象总人数: the total count of a kind of people is the count of them (but 年末总人口 is its own figure)
  [/(对象|人员)总(人数|户数|数)$/, '$1$2'],
];

/**
 * Words that qualify what is counted: 已整改 / 未完成 (a state) and 新纳入 / 退出 (a change of state; 新增 is not one:
 * 本月新增加装电梯数 is the month's 加装电梯数). 已整改燃气隐患数 is not 燃气隐患数,
 * whatever else they share: a qualifier on one side must be on the other (for 已整改, its verb 整改 is enough there).
 * PLANNED_STATE: 拟改造户数 / 拟新建个数 count what is planned, a state of its own beside 已 and 未: 拟改造户数 is no
 * 已改造户数, while a plain name (危房改造户数) holds either, the plan's count and the done count being told by the period.
 */
/** The 拟 of 拟改造 / 拟新建 (PLANNED_STATE). */
const PLANNED_MARK = /拟(?=[\u4e00-\u9fa5]{2})/g;
const QUALIFIER = /[已未拟]([\u4e00-\u9fa5]{2})|(新纳入|新认定|退出|停保|注销)/g;

function qualifiers(text: string): string[] {
  const out: string[] = [];
  QUALIFIER.lastIndex = 0;
  for (let m = QUALIFIER.exec(text); m; m = QUALIFIER.exec(text)) out.push(m[0]);
  return out;
}

/**
 * True when every qualifier of one side is found on the other: a change word as it is; a state by its verb (已整改 ~
 * 整改), or by its mark and first character, since the verb may be one character long (已收获面积 ~ 已收小麦面积).
 */
function sameQualifiers(a: string[], aText: string, b: string[], bText: string): boolean {
  // 已入学 and 未入学 are opposite states of one verb: the verb alone does not make them the same; 拟改造 (planned) is
  // neither 已改造 nor 未改造, and a plain name (危改户数) holds it
  const others = (q: string): string[] => ['已', '未', '拟'].filter((mark) => mark !== q[0]).map((mark) => mark + q.slice(1));
  const found = (q: string, text: string): boolean =>
    /^拟/.test(q)
      ? !others(q).some((o) => text.includes(o))
      : /^[已未]/.test(q)
      ? !others(q).some((o) => text.includes(o)) && (text.includes(q.slice(1)) || text.includes(q.slice(0, 2)))
      : text.includes(q);
  return a.every((q) => found(q, bText)) && b.every((q) => found(q, aText));
}

/** The change word the lexicon gives 新增 / 新发现 / 新受理. */
const NEW = '新增';

/**
 * CHANGE_OF_A_COUNT: 事实无人抚养儿童变动人数 / 用工数量增减 count how much a figure moved in the period, never the figure
 * itself (事实无人抚养儿童人数), nor another count that shares its characters (变动人数 is no 流动人口数): a name that says
 * a change matches only a name that says one too, and the other way round.
 */
const CHANGE_OF_A_COUNT = /变动|增减|净增|净减/;

/**
 * NEW_OF_A_STOCK: 新增低保户数 is how many households came onto 低保 in the period, not how many are on it: a field
 * that counts households or people holds a stock, and 新增 of it is another item. A count of acts or money (人次, 金额,
 * 加装电梯数) is already the period's, and 新增 of it says nothing new.
 */
function isStock(term: { measure: Measure }): boolean {
  return term.measure === 'household' || term.measure === 'person';
}

/** 人员…情况 at the end of an item: how many of those people are in that state. */
const PERSONS_IN_A_STATE = /人员([\u4e00-\u9fa5]{2,10}?)情况$/;

/**
 * A_COUNT: 燃气隐患已整改数 asks how many; a field that holds a state, a yes or no, a date or words (消防隐患整改进度) is
 * no answer to it, however many characters they share.
 */
const A_COUNT = /(?:数|数量|人次|户次)$/;
const COUNTED_TYPES: ReadonlySet<string> = new Set(['integer', 'number']);
/**
 * OTHER_NUMBERS: 90岁以上老人人数 is not 80周岁以上老人人数 — ages and other numbers in both names, once written alike
 * (normalizeAges), must be the same numbers.
 */
function numbersOf(text: string): string {
  return (text.match(/\d+/g) ?? []).join('-');
}

/** A share of a whole (隐患整改率, 参保比例) is no count of it either. */
const A_SHARE = /(?:率|比例|比重|占比)$/;

/** Measure classes; a phrase and a field of different classes are unlikely to be the same item. */
type Measure = 'household' | 'person' | 'times' | 'amount' | 'building' | 'spot' | null;
function measureOf(text: string): Measure {
  if (/人次|次数|次$/.test(text)) return 'times';
  if (/金额|资金|元$|费用|款/.test(text)) return 'amount';
  if (/户数?$|户$/.test(text)) return 'household';
  if (/人数$|人员|人口|人$/.test(text)) return 'person';
  // BUILDINGS_AND_SPOTS: 已整改栋数 counts buildings, 隐患整改数 (处) places: a count of the one is no count of the other
  if (/(?:栋|幢|套)数?$/.test(text)) return 'building';
  if (/^(?:处|起)$|处数$/.test(text)) return 'spot';
  return null;
}

export function inferFieldType(label: string): FieldType {
  const t = toHalfWidth(label).replace(/[（(][^）)]*[）)]/g, '').trim();
  if (/^是否|有无|是否/.test(t)) return 'boolean';
  if (/联系人|姓名|名称|电话|手机|地址|措施|说明|备注|原因|名单/.test(t)) return 'text';
  if (/日期|时间$/.test(t)) return 'date';
  if (/金额|资金|面积|费用|比例|比率|率$|万元|亩数|产量|收入|支出|平均|人均|吨|公里/.test(t)) return 'number';
  if (/(?:人数|户数|人次|场次|次数|个数|数量|底数|总数|家数|处数|起数|件数|数|次|人口)$|[户家处起件个台辆座]$/.test(t)) return 'integer';
  return 'text';
}

/**
 * 年报 is not 半年报, nor 月报 建筑业年报: a report's cadence is part of what it is. The cadence of a name is its last
 * report word's (建筑业统计年报月报 is a 月报), or none.
 */
const REPORT_WORD = /(?:半年|年|季|月)度?(?:统计)?报表?|快报/g;
function reportCadence(text: string): string | null {
  const words = text.match(REPORT_WORD);
  if (!words) return null;
  const last = words[words.length - 1]!;
  return last === '快报' ? 'flash' : cadenceOf(last);
}

interface Term {
  field: FieldDef;
  cadence: string | null;
  text: string; // normalised
  measure: Measure;
  qualifiers: string[];
  /** The measure the field's unit gives a name that says none: a phrase in that measure is compared by its object. */
  unitMeasure: string | null;
  /** The name as a count is said: with the measure its unit gives, when it says none (百岁老人, 人 → 百岁老人数). */
  counted: string;
  /** A name that keeps a word telling it from another field's (景区累计接待人数): compared with the phrase as said. */
  kept?: boolean;
}

function stripNoise(s: string): string {
  return stripNoiseKeeping(s);
}

/** stripNoise, keeping the filler words in `keep` (see distinguishingFillers). */
function stripNoiseKeeping(s: string, keep?: ReadonlySet<string>): string {
  let t = normalizeAges(toSimplified(toHalfWidth(s)).toLowerCase());
  const band = BAND_ASIDE.exec(t);
  if (band) t = band[1]! + t.slice(0, band.index) + t.slice(band.index + band[0].length);
  t = t.replace(/[（(][^）)]*[）)]/g, '').replace(/【[^】]*】/g, '');
  t = t.replace(QUESTION, (_m, unit: string | undefined) => `${unit ?? ''}数`);
  for (const [re, to] of LEXICON) t = t.replace(re, to);
  t = t.replace(DEFINITION, '');
  const content = t.replace(FORM_OF_A_STATE, '');
  if (content.length >= 2) t = content;
  // 领取优惠证人员实现再就业情况: the state of a kind of people, asked as a figure, is a count of them (实现再就业人数)
  t = t.replace(PERSONS_IN_A_STATE, '$1人数');
  t = t.replace(PERIOD_NOISE, '').replace(FILLER, (w) => (keep?.has(w) ? w : ''));
  t = t.replace(/[\s\p{P}\p{S}]/gu, '');
  return t.replace(DONE_BEFORE_ITS_WORK, '已').replace(DONE, '已$1');
}

function applySuffixVariants(t: string): string {
  for (const [re, to] of SUFFIX_VARIANTS) t = t.replace(re, to);
  return t;
}

/** True when `short`'s characters appear in order inside `long` (Chinese abbreviations: 低保 ⊂ 最低生活保障). */
function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
function commonSuffix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}

/**
 * Abbreviations the dictionary itself teaches: a label and an alias that differ only in one part where one part
 * abbreviates the other (低保户数 / 最低生活保障户数 → 最低生活保障 ≈ 低保; 危改户数 / 危房改造户数 → 危房改造 ≈ 危改).
 */
function learnAbbreviations(terms: string[][]): Array<[string, string]> {
  const found = new Map<string, string>();
  for (const group of terms) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        // 地灾隐患点 / 地质灾害隐患点数: a measure word one of them adds (数) is set aside so that the shared head shows
        for (const [a, b] of [[group[i]!, group[j]!], [group[i]!.replace(/数$/, ''), group[j]!.replace(/数$/, '')]] as const) {
        const p = commonPrefix(a, b), s = commonSuffix(a, b);
        const cuts: Array<[string, string]> = [
          [a.slice(0, a.length - s), b.slice(0, b.length - s)],
          [a.slice(p), b.slice(p)],
        ];
        if (p + s <= Math.min(a.length, b.length)) cuts.push([a.slice(p, a.length - s), b.slice(p, b.length - s)]);
        for (const [x, y] of cuts) {
          const [short, long] = x.length <= y.length ? [x, y] : [y, x];
          // A contiguous piece (人数 in 供养人数) is a dropped modifier, not an abbreviation.
          if (short.length >= 2 && long.length >= short.length + 2 && long.length <= 10 && !long.includes(short) && isSubsequence(short, long)) {
            if (!found.has(long)) found.set(long, short);
          }
        }
        }
      }
    }
  }
  // Longest first so that a longer expansion is rewritten before any shorter one inside it.
  return [...found.entries()].sort((x, y) => y[0].length - x[0].length);
}

function bigrams(t: string): string[] {
  if (t.length < 2) return t ? [t] : [];
  const out: string[] = [];
  for (let i = 0; i < t.length - 1; i++) out.push(t.slice(i, i + 2));
  return out;
}

function lcsLength(a: string, b: string): number {
  if (!a || !b) return 0;
  const prev = new Array<number>(b.length + 1).fill(0);
  const cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    for (let j = 0; j <= b.length; j++) prev[j] = cur[j]!;
  }
  return prev[b.length]!;
}

function bigramDice(a: string, b: string): number {
  const x = bigrams(a), y = bigrams(b);
  if (!x.length || !y.length) return 0;
  const pool = new Map<string, number>();
  for (const g of y) pool.set(g, (pool.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of x) {
    const n = pool.get(g) ?? 0;
    if (n > 0) { shared++; pool.set(g, n - 1); }
  }
  return (2 * shared) / (x.length + y.length);
}

/**
 * Phrase characters inserted between the term's characters (特困[人员救助]供养人数, 就业[年龄段]残疾人数), as runs.
 */
function insertedRuns(phrase: string, term: string): string[] {
  const n = phrase.length, m = term.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i]![j] = phrase[i] === term[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
    }
  }
  const aligned: boolean[] = new Array<boolean>(n).fill(false);
  for (let i = 0, j = 0; i < n && j < m;) {
    if (phrase[i] === term[j]) { aligned[i] = true; i++; j++; }
    else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
    else j++;
  }
  const first = aligned.indexOf(true), last = aligned.lastIndexOf(true);
  const runs: string[] = [];
  let run = '';
  for (let i = first + 1; i < last; i++) {
    if (aligned[i]) { if (run) runs.push(run); run = ''; } else run += phrase[i];
  }
  if (run) runs.push(run);
  return runs;
}

const BARE_MEASURE_TAIL = /^(?:人数|户数|个数|家数|处数|数|人次|次数)$/;

/** A measure with no object (人员数量 → 人数, 面积, 金额): it says how something is counted, not what. */
const MEASURE_ONLY = /^(?:人数|户数|个数|家数|处数|数|人次|次数|面积|金额|总数|总量|数额)$/;

/**
 * ACTION_AND_MEASURE: 发放人数 / 拨付金额 / 到位资金 — what is done and its measure, with nothing of what is paid or given.
 * So is the work of checking (排查户数 / 走访人次 / 核查户数): 排查户数 under 燃气隐患 is no 自建房安全排查户数.
 */
const WORK_DONE_WORDS = '发放|拨付|到位|领取|享受|支出|使用|下达|兑现|排查|检查|核查|摸排|巡查|走访|入户|复核|核实';
const ACTION_AND_MEASURE = new RegExp(`^(?:${WORK_DONE_WORDS})(?:人数|户数|人次|户次|金额|资金|额|数)$`);
/** One of those words of the work done (发放, 排查…), alone. */
const WORK_DONE = new RegExp(`^(?:${WORK_DONE_WORDS})$`);

/** What may be said of a count without naming what is counted: new, a state reached or not, or where (农村|户数). */
const SAID_OF_A_COUNT = /^(?:新增|[已未][\u4e00-\u9fa5]{1,2}|农村|城市|城镇|城区|乡村|全镇|全区|全县)$/;

/** The length of a word at either end that a shorter name must keep (一般|隐患, 大型|机械). */
const END_WORD = 2;

/**
 * True when the phrase is the term with one run of two or more characters left out between the term's first and last
 * words, both kept whole: 一般隐患 in 一般事故隐患. A phrase cut at either end (事故隐患) is not: the words at the ends
 * say which item and what is counted.
 */
function leavesOutAMiddleWord(phrase: string, term: string): boolean {
  if (phrase.length < 2 * END_WORD || term.length - phrase.length < 2) return false;
  for (let cut = END_WORD; cut <= phrase.length - END_WORD; cut++) {
    const head = phrase.slice(0, cut), tail = phrase.slice(cut);
    // (新增|人数 of 新增[就业]人数 keeps only what is said of a count and its measure: the word left out is what is counted)
    if (SAID_OF_A_COUNT.test(head) && BARE_MEASURE_TAIL.test(tail)) continue;
    if (term.startsWith(head) && term.endsWith(tail) && head.length + tail.length <= term.length - 2) return true;
  }
  return false;
}

/** Similarity of a normalised phrase to a normalised term; `known` tells whether a run of text is dictionary vocabulary. */
function similarity(phrase: string, term: string, known: (run: string) => boolean): number {
  if (phrase === term) return 1;
  // A term worn down to two characters by normalising (上月工作情况 → 工作) is too common a word to be found inside others.
  if (phrase.includes(term)) {
    // …but a two-character name followed only by a measure (台胞 → 台胞人数) is that name counted
    if (term.length < 3) return phrase.startsWith(term) && BARE_MEASURE_TAIL.test(phrase.slice(term.length)) ? 0.9 : 0;
    // Chinese puts what is counted last: a term followed by three or more other characters (领取优惠证[人员实现再就业]…)
    // only qualifies the item, which another term ending the phrase names better.
    const tail = phrase.length - (phrase.lastIndexOf(term) + term.length);
    return 0.85 + 0.1 * (term.length / phrase.length) - (tail >= 3 ? 0.2 : 0);
  }
  // (two characters that do not end a longer name, 农村 of 农村公厕, 旅游 of 民俗旅游收入, say which but not what is
  // counted: no likeness; 公厕 does, and so does 台胞 of 台胞人数, where only a measure follows)
  if (term.includes(phrase)) {
    // (发放人数 of 高龄津贴发放人数 says how and how much, not of what: ACTION_AND_MEASURE)
    if (ACTION_AND_MEASURE.test(phrase)) return 0;
    const counted = phrase.length > 2 || term.endsWith(phrase) || (term.startsWith(phrase) && MEASURE_ONLY.test(term.slice(phrase.length)));
    return phrase.length >= 2 && counted ? 0.55 + 0.3 * (phrase.length / term.length) : 0;
  }
  // 重大隐患 / 重大事故隐患, 大型机械 / 大型工程机械: the phrase keeps the term's first and last words and leaves out a
  // word between them, as a shorter name of the same item does; read like the term holding the phrase whole
  if (leavesOutAMiddleWord(phrase, term)) return 0.55 + 0.3 * (phrase.length / term.length);
  const lcs = lcsLength(phrase, term);
  // Most of the term must be present: 低保家庭户数 ≈ 低保户数, but 低保 ≉ 特困供养人数.
  if (lcs / term.length < 0.75) return Math.min(0.5, bigramDice(phrase, term));
  const score = Math.max((2 * lcs) / (phrase.length + term.length), bigramDice(phrase, term));
  // Words the dictionary never uses, inserted inside a known term, make a different item (就业年龄段残疾人数 is not
  // 就业残疾人数); words it does use are a rephrasing (特困人员救助供养人数 ≈ 特困供养人数).
  const unknown = insertedRuns(phrase, term).some((run) => run.length >= 2 && !known(run));
  // 台属企业 is not 台资企业, 侨眷 not 台属: a word of the term put back with another in its place names another thing
  return unknown || substitutes(phrase, term) ? score * 0.7 : score;
}

/** The shortest word that, opening both names differently, makes them name different things. */
const HEAD_WORD = 2;

/**
 * True when, between two characters the phrase and the term share, each has characters of its own: the phrase says
 * something else where the term says what it counts (台[属]企业 / 台[资]企业). So does a different word of two or more
 * characters opening each (燃气隐患已整改数 / 消防隐患已整改数: which hazards). A word at one end only, on one side only,
 * is a qualifier added or dropped, not a substitution.
 */
function substitutes(phrase: string, term: string): boolean {
  const n = phrase.length, m = term.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i]![j] = phrase[i] === term[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
    }
  }
  let i = 0, j = 0, started = false, gapP = 0, gapT = 0;
  while (i < n && j < m) {
    if (phrase[i] === term[j]) {
      if (started && gapP > 0 && gapT > 0) return true;
      // 燃气[隐患已整改数] / 消防[隐患已整改数]: each opens with a word of its own where the other says which thing
      if (!started && gapP >= HEAD_WORD && gapT >= HEAD_WORD) return true;
      started = true; gapP = 0; gapT = 0; i++; j++;
    } else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) { gapP++; i++; } else { gapT++; j++; }
  }
  return false;
}

/**
 * The dictionary as the parsers should see it: a fallback entry (the built-in dictionary) that names the same item as
 * one the scenario, roster or admin defined — a shared label or alias after normalisation (防返贫监测户数 / 撂荒面积)
 * — yields to it. Two entries for one item would otherwise tie and the item would match neither.
 */
export function withoutShadowed(fields: FieldDef[], isFallback: (f: FieldDef) => boolean): FieldDef[] {
  const own = new Set<string>();
  const termsOf = (f: FieldDef): string[] =>
    [f.label, ...f.aliases].map((s) => applySuffixVariants(stripNoise(s))).filter((t) => t.length >= 2);
  for (const f of fields) if (!isFallback(f)) for (const t of termsOf(f)) own.add(t);
  if (!own.size) return fields;
  const shadowed = fields.filter((f) => isFallback(f) && termsOf(f).some((t) => own.has(t)));
  if (!shadowed.length) return fields;
  // The built-in knowledge stays: a configured field also answers to the names of the built-in entry it shadows
  // (a roster's 低保户 is reached by 城乡低保户数 / 最低生活保障户数 as the shipped 低保户数 is).
  return fields.filter((f) => !shadowed.includes(f)).map((f) => {
    if (isFallback(f)) return f;
    const mine = new Set(termsOf(f));
    const inherited = shadowed.filter((b) => termsOf(b).some((t) => mine.has(t))).flatMap((b) => [b.label, ...b.aliases]);
    const aliases = [...new Set([...f.aliases, ...inherited])].filter((a) => a !== f.label);
    return aliases.length === f.aliases.length ? f : { ...f, aliases };
  });
}

/** What a bracket in a dictionary name says when it is no short name: a scope, a total, a unit, a note. */
const NOT_A_SHORT_NAME = /^(?:含|包括|包含|不含|即|以|按|注|下同|其中|合计|小计|总计|共计|单位|万?元|人|户|个|亩|吨|%)|\d/;

/**
 * 台湾同胞（台胞） / 化学需氧量（COD）排放量 / 台胞在大陆亲属（台属）: a dictionary name may give the short name of what
 * stands before its bracket. The name is then also known by it: the short name takes the place of the words it
 * abbreviates (台属; COD排放量), which run from its first character when it is drawn from them, else the whole lead.
 * Only a name shorter than those words is one (留守儿童（0-5周岁）, 欠薪金额（农民工工资） say which, not what).
 */
export function shortNames(name: string): string[] {
  const out: string[] = [];
  for (const m of name.matchAll(/[（(]([^（()）]{2,8})[）)]/g)) {
    const short = m[1]!.trim();
    const lead = name.slice(0, m.index);
    if (NOT_A_SHORT_NAME.test(short) || /[，,、；;]/.test(short)) continue;
    let from = 0;
    for (let i = 0; i < lead.length; i++) {
      if (lead[i] === short[0] && isSubsequence(short, lead.slice(i))) from = i;
    }
    const drawn = isSubsequence(short, lead.slice(from)) && lead[from] === short[0];
    const replaced = drawn ? lead.slice(from) : lead;
    if (short.length >= replaced.length) continue;
    out.push((drawn ? lead.slice(0, from) : '') + short + name.slice(m.index! + m[0].length));
  }
  return out;
}

/** A bracket of a dictionary name with what it says (农村劳动力（男）→ 男). */
const NAME_BRACKET = /[（(]([^（()）]{1,8})[）)]/g;

/**
 * 农村劳动力（男） beside 农村劳动力 and 农村劳动力（女）: where dropping a bracket, as brackets that explain are dropped,
 * would leave two fields with one name, the bracket is what tells them apart and stays in the name, read after it
 * (农村劳动力男, as a notice says 农村劳动力…其中男性).
 */
function keepDistinguishingBrackets(fields: FieldDef[], normalize: (s: string) => string): (name: string) => string {
  const owners = new Map<string, Set<string>>();
  for (const f of fields) {
    for (const name of [f.label, ...f.aliases]) {
      const text = normalize(name);
      if (!owners.has(text)) owners.set(text, new Set());
      owners.get(text)!.add(f.key);
    }
  }
  return (name) => {
    const text = normalize(name);
    const brackets = [...name.matchAll(NAME_BRACKET)];
    if ((owners.get(text)?.size ?? 0) < 2 || brackets.length === 0) return text;
    const kept = normalize(name.replace(NAME_BRACKET, '') + brackets.map((m) => m[1]).join(''));
    return kept.length > text.length ? kept : text;
  };
}

/**
 * 水产养殖专业户 counted in 户 is the 水产养殖专业户户数 a notice asks for (养殖专业户总户数): a name without a measure word
 * is also read with the measure its unit gives.
 */
const UNIT_MEASURES: Array<[RegExp, string]> = [
  [/^户$/, '户数'],
  [/^人$/, '人数'],
  [/^人次$/, '人次'],
  [/^(?:个|家|处|座|所|支|台|辆|件|起|宗|栋|套|条|名|项|艘|只|头)$/, '数'],
  [/^(?:亩|万亩|公顷|平方米|平方公里)$/, '面积'],
  [/^万?元$/, '金额'],
];
/** A name that already says how it is counted. */
const NAMES_A_MEASURE = /(?:数|量|面积|金额|额|率|比例|人次|时长|里程|长度|容积|收入|支出|产值)$/;

/** The measure a field's unit gives its name, when the name says none (水产养殖专业户, 户 → 户数). */
function unitMeasure(field: FieldDef, text: string): string | null {
  if (NAMES_A_MEASURE.test(text)) return null;
  const unit = (field.unit ?? '').trim();
  return UNIT_MEASURES.find(([re]) => re.test(unit))?.[1] ?? null;
}

/**
 * 景区接待人数 beside 景区累计接待人数, 基层工会统计调查表 beside 基层以上工会统计调查表: where dropping the filler words
 * (累计, 以上…) would leave names of two fields the same, those words are what tells the two fields apart (as a bracket
 * may, see keepDistinguishingBrackets). The names that say such a word keep it, and are compared with the phrase as it
 * is said, that word kept; the field whose name leaves it out is not what a phrase saying it asks for. Elsewhere the
 * word stays filler: 民俗旅游累计接待人数 is still the dictionary's 民俗旅游接待人数.
 */
function distinguishingFillers(fields: ReadonlyArray<FieldDef>): { keep: Set<string>; lacks: Map<string, Set<string>> } {
  const owners = new Map<string, Array<{ key: string; words: string[] }>>();
  const fillersOf = (name: string): string[] =>
    [...toSimplified(toHalfWidth(name)).replace(/[（(][^）)]*[）)]/g, '').matchAll(FILLER)].map((m) => m[0]).filter((w) => w !== '的');
  for (const f of fields) {
    if (f.fallback) continue;
    for (const name of [f.label, ...f.aliases]) {
      const text = applySuffixVariants(stripNoise(name));
      if (!owners.has(text)) owners.set(text, []);
      owners.get(text)!.push({ key: f.key, words: fillersOf(name) });
    }
  }
  const keep = new Set<string>();
  const lacks = new Map<string, Set<string>>();
  for (const names of owners.values()) {
    if (new Set(names.map((n) => n.key)).size < 2) continue;
    for (const { words } of names) {
      for (const w of words) {
        if (names.every((n) => n.words.includes(w))) continue;
        keep.add(w);
        for (const n of names) {
          if (n.words.includes(w)) continue;
          if (!lacks.has(n.key)) lacks.set(n.key, new Set());
          lacks.get(n.key)!.add(w);
        }
      }
    }
  }
  return { keep, lacks };
}

/**
 * HEAD_SPLIT_BY_QUALIFIER: 60周岁以上老年人数, 80周岁以上老年人数, 百岁老人人数, 空巢老人人数: where the dictionary's own names
 * split one head (老人数) into fields by what stands before it, that qualifier is what each field counts. The head read with a
 * qualifier none of a field's names give it, nor any part of one (失能老年人数, 经济困难的高龄老年人数), is another figure,
 * not that field (累计 of 景区累计接待人数 is part of one); the head
 * alone is still the field that the dictionary gives the bare name (老年人口数 → 60周岁以上老年人数). A head only one field
 * qualifies (城镇+新增就业人数) is not split: the words before it may be scope or talk (今年以来低保户数).
 * Map: head → field key → the qualifiers that field's names give the head ('' for the bare head).
 */
function headsSplitByQualifier(terms: ReadonlyArray<Term>): Map<string, Map<string, Set<string>>> {
  const heads = new Set(terms.filter((t) => !t.field.fallback && t.text.length >= 3).map((t) => t.text));
  const split = new Map<string, Map<string, Set<string>>>();
  for (const head of heads) {
    const owners = new Map<string, Set<string>>();
    for (const t of terms) {
      if (t.field.fallback || !t.text.endsWith(head)) continue;
      if (!owners.has(t.field.key)) owners.set(t.field.key, new Set());
      owners.get(t.field.key)!.add(t.text.slice(0, -head.length));
    }
    const qualifying = [...owners.values()].filter((qs) => [...qs].some(Boolean)).length;
    if (qualifying >= 2) split.set(head, owners);
  }
  return split;
}

/** Whether the phrase qualifies a split head (see HEAD_SPLIT_BY_QUALIFIER) otherwise than any name of the term's field does. */
function otherQualifierOfASplitHead(phrase: string, term: Term, split: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>): boolean {
  for (const [head, owners] of split) {
    if (!phrase.endsWith(head) || !term.text.endsWith(head)) continue;
    const said = phrase.slice(0, -head.length);
    const own = [...(owners.get(term.field.key) ?? [])].filter(Boolean);
    if (said && own.length && !own.some((q) => said.includes(q) || q.includes(said))) return true;
  }
  return false;
}

/**
 * OBJECT_SPLIT_BY_ITS_WORK: 九小场所数量 / 已检查场所数 (已检查九小场所数): where the dictionary's own names count an object
 * both as it stands and as the work done on it (检查, 排查, 走访… of WORK_DONE_WORDS), a phrase that says that work of that
 * object (九小场所检查数, 九小场所检查家数, 检查九小场所数) counts what the work was done on, and a field none of whose names
 * says the work (九小场所数量) counts the stock, not it. A phrase may say the work after the object, as notices write it
 * (九小场所|检查|数), or before it, as the dictionary's names do (检查|九小场所|数): both are read in the names' order. Where
 * no name says the work of that object (燃气隐患 beside 安全生产隐患排查数), the work word is left to the likeness alone.
 * Map: work word → the objects the names that say it count (场所, 九小场所).
 */
const WORK_WORD = new RegExp(`(?:${WORK_DONE_WORDS})`);
/** The measure at a name's end, with the measure word of a count (家数, 处数, 栋数) or the count alone. */
const COUNT_TAIL = /(?:[户人家处个件座栋套条名具张]|人次|户次)?(?:数|数量)$|(?:次数|金额|面积|人数|户数)$/;

function objectOfTheWork(text: string, work: string): string {
  return text.replace(new RegExp(`[已未]?${work}`), '').replace(COUNT_TAIL, '');
}

function objectsSplitByTheirWork(terms: ReadonlyArray<Term>): Map<string, Set<string>> {
  const objects = new Map<string, Set<string>>();
  for (const t of terms) {
    if (t.field.fallback) continue;
    const work = WORK_WORD.exec(t.text)?.[0];
    const object = work ? objectOfTheWork(t.text, work) : '';
    if (!work || object.length < 2) continue;
    if (!objects.has(work)) objects.set(work, new Set());
    objects.get(work)!.add(object);
  }
  return objects;
}

/** The work (OBJECT_SPLIT_BY_ITS_WORK) a phrase says of an object that the dictionary's names count by that work, or null. */
function workOnASplitObject(phrase: string, split: ReadonlyMap<string, ReadonlySet<string>>): string | null {
  const work = WORK_WORD.exec(phrase)?.[0];
  if (!work) return null;
  const object = objectOfTheWork(phrase, work);
  return [...(split.get(work) ?? [])].some((o) => object === o || (o.length >= 2 && object.endsWith(o))) ? work : null;
}

/** The phrase in the names' order: 九小场所检查数 → 检查九小场所数 (the work before its object and the measure). */
function workBeforeItsObject(phrase: string, work: string): string {
  const at = phrase.indexOf(work);
  const tail = COUNT_TAIL.exec(phrase.slice(at + work.length));
  if (at < 2 || !tail || tail.index !== 0) return phrase;
  return work + phrase.slice(0, at) + phrase.slice(at + work.length);
}

/** A name's measure at its end (人数, 总人数, 户数, 数, 金额…), set aside to see the words that say what is counted. */
const MEASURE_TAIL = /总?(?:人数|户数|人次|户次|次数|数|金额|面积|率)$/;

/**
 * CORE_OF_A_FIELD: 受灾人口数 / 受灾人数 / 受灾群众人数, 残疾儿童送教上门人数 / 送教上门人数: where a count of people has names
 * of its own that differ, the words every one of them says (受灾, 送教上门) are what the field counts, and the words only
 * some say (群众, 残疾儿童) qualify it. A phrase that says nothing of the field's core, only words that qualify it (群众人数,
 * 残疾儿童人数, 困难群众人数 against 困难群众参保资助人数), is a wider figure than the field, or another: not that field.
 * A phrase keeping some of the core (走访慰问人次 of 退役军人走访慰问人次 / 退役军人慰问人次) is still read by its likeness.
 * Map: field key → the character pairs of its core.
 */
function coresOfFields(terms: ReadonlyArray<Term>): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  for (const t of terms) {
    // (a name kept in its telling words, 景区累计接待人数, is compared in another form: it does not say what the core is)
    // (a count of people only: a form or a report, 申报表 of 五四红旗团委申报表, is named by the notice that asks for it)
    if (t.field.fallback || t.kept || t.measure !== 'person') continue;
    if (!names.has(t.field.key)) names.set(t.field.key, new Set());
    names.get(t.field.key)!.add(t.text.replace(MEASURE_TAIL, ''));
  }
  const cores = new Map<string, Set<string>>();
  for (const [key, texts] of names) {
    if (texts.size < 2) continue;
    const [first, ...rest] = [...texts].map((t) => new Set(bigrams(t).filter((g) => g.length === 2)));
    // (排查 of 排查自建房户数 / 排查户数 is the work that finds them, which a notice's item leaves to its verb: no core)
    const core = new Set([...first!].filter((g) => rest.every((r) => r.has(g)) && !WORK_DONE.test(g)));
    if (core.size) cores.set(key, core);
  }
  return cores;
}

/** Whether the phrase, its measure set aside, says any word of a field's core (CORE_OF_A_FIELD), as a character pair. */
function saysOfTheCore(phrase: string, core: ReadonlySet<string>): boolean {
  return bigrams(phrase.replace(MEASURE_TAIL, '')).some((g) => core.has(g));
}

/**
 * PEOPLE_COUNTED_LAST: a count of people ends in the kind of people counted (低保|老人数, 特困|老人数, 困难|老人数): a
 * phrase ending in a kind of people the dictionary counts — a whole name of a count of people (老人数), or the end of the
 * names of two fields' counts (儿童人数 of 留守儿童人数 and 事实无人抚养儿童人数) — counts those people, and the words
 * before them say which. A field whose name does not end so (低保人数, 特困人数) counts other people, whatever characters
 * the two share. The set of such endings.
 */
function kindsOfPeople(terms: ReadonlyArray<Term>): Set<string> {
  const counted = terms.filter((t) => !t.field.fallback && t.measure === 'person' && /人数$/.test(t.counted) && t.counted.length >= 3);
  const owners = new Map<string, Set<string>>();
  for (const t of counted) {
    for (let n = 3; n <= t.counted.length; n++) {
      const tail = t.counted.slice(-n);
      if (!owners.has(tail)) owners.set(tail, new Set());
      owners.get(tail)!.add(t.field.key);
    }
  }
  const whole = new Set(counted.map((t) => t.counted));
  return new Set([...owners].filter(([tail, keys]) => keys.size >= 2 || whole.has(tail)).map(([tail]) => tail));
}

/** Whether the phrase ends in a kind of people (PEOPLE_COUNTED_LAST) that the term's name does not end in. */
function countsOtherPeople(phrase: string, term: Term, kinds: ReadonlySet<string>): boolean {
  let said = false;
  for (let n = 3; n <= phrase.length; n++) {
    const tail = phrase.slice(-n);
    if (!kinds.has(tail)) continue;
    said = true;
    if (term.counted.endsWith(tail)) return false;
  }
  return said;
}

export function createFieldMatcher(fields: FieldDef[]): FieldMatcher {
  const namesOf = (f: FieldDef): string[] => [f.label, ...f.aliases].flatMap((n) => [n, ...shortNames(n)]);
  /** Whether some name of the field says the work (OBJECT_SPLIT_BY_ITS_WORK). */
  const saysTheWork = (f: FieldDef, work: string): boolean => [f.label, ...f.aliases].some((n) => n.includes(work));
  const { keep, lacks } = distinguishingFillers(fields);
  const rawGroups = fields.map((f) => [f.label, ...f.aliases].map((s) => applySuffixVariants(stripNoise(s))).filter(Boolean));
  const abbreviations = learnAbbreviations(rawGroups);
  const expand = (t: string): string => {
    for (const [long, short] of abbreviations) if (t.includes(long)) t = t.split(long).join(short);
    return t;
  };
  const normalize = (s: string): string => applySuffixVariants(expand(applySuffixVariants(stripNoise(s))));
  /** The normal form with the words that tell two fields apart kept (see distinguishingFillers). */
  const normalizeKept = (s: string): string => (keep.size ? applySuffixVariants(expand(applySuffixVariants(stripNoiseKeeping(s, keep)))) : normalize(s));
  /** The telling words a phrase says. */
  const tellingWords = (s: string): string[] =>
    keep.size ? [...toSimplified(toHalfWidth(s)).replace(/[（(][^）)]*[）)]/g, '').matchAll(FILLER)].map((m) => m[0]).filter((w) => keep.has(w)) : [];
  const nameOf = keepDistinguishingBrackets(fields, normalize);

  const terms: Term[] = [];
  const byBigram = new Map<string, Set<number>>();
  const exact = new Map<string, FieldDef[]>();
  const exactKept = new Map<string, FieldDef[]>();
  fields.forEach((field) => {
    const seen = new Set<string>();
    for (const raw of namesOf(field)) {
      const kept = tellingWords(raw).length > 0;
      const text = kept ? normalizeKept(raw) : nameOf(raw);
      if (!text || seen.has(text)) continue;
      seen.add(text);
      const idx = terms.length;
      const measureOfUnit = unitMeasure(field, text);
      const counted = measureOfUnit ? applySuffixVariants(text + measureOfUnit) : text;
      terms.push({ field, cadence: reportCadence(text), text, measure: measureOf(text) ?? measureOf(field.unit ?? ''), qualifiers: qualifiers(text), unitMeasure: measureOfUnit, counted, ...(kept ? { kept } : {}) });
      const names = kept ? exactKept : exact;
      const list = names.get(text) ?? [];
      if (!list.includes(field)) list.push(field);
      names.set(text, list);
      for (const g of bigrams(text)) {
        let set = byBigram.get(g);
        if (!set) byBigram.set(g, (set = new Set()));
        set.add(idx);
      }
    }
  });

  const splitHeads = headsSplitByQualifier(terms);
  const cores = coresOfFields(terms);
  const kinds = kindsOfPeople(terms);
  const splitByWork = objectsSplitByTheirWork(terms);

  // Vocabulary: bigrams of the terms both before and after suffix/abbreviation rewriting (人员 survives only in the former).
  const vocabulary = new Set<string>();
  for (const t of terms) for (const g of bigrams(t.text)) vocabulary.add(g);
  for (const f of fields) for (const raw of namesOf(f)) for (const g of bigrams(stripNoise(raw))) vocabulary.add(g);
  /** A run is vocabulary when it splits into bigrams that some dictionary term contains. */
  const known = (run: string): boolean => {
    if (run.length % 2 === 1) return false;
    for (let i = 0; i < run.length; i += 2) if (!vocabulary.has(run.slice(i, i + 2))) return false;
    return true;
  };
  const cache = new Map<string, FieldMatch[]>();

  // 无改厕户数 / 尚未改厕的户数: a state the dictionary's own names mark with 已 / 未 (已改厕户数, 未改厕户数) is denied by
  // 无, 没有 and 尚未 as by 未; elsewhere 无 keeps its sense (长年无人居住户)
  const states = new Set<string>();
  for (const t of terms) for (const m of t.text.matchAll(/[已未]([\u4e00-\u9fa5]{2})/g)) states.add(m[1]!);
  const denied = (t: string): string => t.replace(/(?:尚未|没有|无)([\u4e00-\u9fa5]{2})/g, (w, state: string) => (states.has(state) ? `未${state}` : w));

  function scoreAll(phrase: string): FieldMatch[] {
    const p = denied(normalize(phrase));
    if (!p) return [];
    // (景区累计接待人数 where 累计 tells two fields apart: the name that says it, not the one that leaves it out)
    const telling = tellingWords(phrase);
    const pKept = telling.length ? denied(normalizeKept(phrase)) : p;
    const leavesOut = (field: FieldDef): boolean => telling.some((w) => lacks.get(field.key)?.has(w));
    const keptHit = telling.length ? exactKept.get(pKept) : undefined;
    if (keptHit && keptHit.length === 1) return [{ field: keptHit[0]!, score: 1 }];
    const hit = exact.get(p);
    if (hit && hit.length === 1 && !leavesOut(hit[0]!)) return [{ field: hit[0]!, score: 1 }];
    if (MEASURE_ONLY.test(p)) return [];
    const candidates = new Set<number>();
    for (const g of new Set([...bigrams(p), ...bigrams(pKept)])) for (const i of byBigram.get(g) ?? []) candidates.add(i);
    const pPlain = p;
    // (the name read without its planned mark, abbreviations and all: 危房拟改造户数 → 危改户数)
    const pUnplanned = /拟/.test(phrase) ? denied(normalize(phrase.replace(PLANNED_MARK, ''))) || p : p;
    const measure = measureOf(p);
    const own = qualifiers(p);
    const cadence = reportCadence(p);
    const asksACount = A_COUNT.test(p);
    const numbers = numbersOf(p);
    // (改厕户数: what a short phrase counts, OBJECT_NOT_NAMED)
    const shortObject = objectOfAShortPhrase(phrase);
    // (九小场所检查数: the work said of an object the dictionary counts by its work — OBJECT_SPLIT_BY_ITS_WORK)
    const work = workOnASplitObject(p, splitByWork);
    const inNamesOrder = work ? workBeforeItsObject(p, work) : p;
    const best = new Map<string, FieldMatch>();
    for (const i of candidates) {
      const term = terms[i]!;
      if (term.field.fallback) continue; // exact names only, and those returned above
      const p = term.kept ? pKept : pPlain;
      // (拟改造户数 against 危房改造户数: the planned mark is a state, checked with the qualifiers below; it is no part of the name)
      let score = similarity(term.text.includes('拟') || term.kept ? p : pUnplanned, term.text, known);
      if (inNamesOrder !== p) score = Math.max(score, similarity(inNamesOrder, term.text, known));
      // 养殖专业户总户数 for 水产养殖专业户 (户): the phrase's measure is the field's unit, and what it counts is the name
      const object = term.unitMeasure && p.endsWith(term.unitMeasure) ? p.slice(0, -term.unitMeasure.length) : '';
      // (an object of two characters must be the whole name: 新增 of 新增人数 says what is said of a count, not what)
      if (object.length >= 3 || (object && object === term.text)) score = Math.max(score, similarity(object, term.text, known));
      // (百岁老人 counted in 人 is 百岁老人人数, which is written 百岁老人数 as the phrases are: the name and its measure read so)
      if (term.unitMeasure && term.text.length >= 3 && term.counted !== term.text + term.unitMeasure) score = Math.max(score, similarity(p, term.counted, known));
      if (measure && term.measure && measure !== term.measure) score *= 0.6;
      if (cadence && term.cadence && cadence !== term.cadence) score *= 0.5;
      if (!sameQualifiers(own, p, term.qualifiers, term.text)) score *= 0.5;
      // A field of what is new in the period (新增留守儿童) is not the stock an item without 新增 counts; the other way
      // round it is only less likely (本月新增加装电梯数 is the month's 加装电梯数 when nothing counts the new ones apart),
      // unless the field counts households or people (NEW_OF_A_STOCK)
      if (term.text.includes(NEW) !== p.includes(NEW)) score *= term.text.includes(NEW) || isStock(term) ? 0.5 : 0.85;
      if (CHANGE_OF_A_COUNT.test(term.text) !== CHANGE_OF_A_COUNT.test(p)) score *= 0.5;
      if (asksACount && (!COUNTED_TYPES.has(term.field.type) || A_SHARE.test(term.text))) score *= 0.5;
      if (numbers && numbersOf(term.text) && numbers !== numbersOf(term.text)) score *= 0.5;
      if (leavesOut(term.field)) score *= 0.5;
      if (otherQualifierOfASplitHead(p, term, splitHeads)) score *= 0.5;
      const core = cores.get(term.field.key);
      if (core && !saysOfTheCore(p, core)) score *= 0.5;
      if (countsOtherPeople(p, term, kinds)) score *= 0.5;
      if (work && !saysTheWork(term.field, work)) score *= 0.5;
      if (shortObject && objectNotNamed(shortObject, term.field)) score *= 0.5;
      const prev = best.get(term.field.key);
      if (!prev || prev.score < score) best.set(term.field.key, { field: term.field, score });
    }
    return [...best.values()].sort((a, b) => b.score - a.score);
  }

  function match(phrase: string, minScore = 0.5): FieldMatch[] {
    let all = cache.get(phrase);
    if (!all) {
      all = scoreAll(phrase);
      if (cache.size > 5000) cache.clear();
      cache.set(phrase, all);
    }
    return all.filter((m) => m.score >= minScore);
  }

  function best(phrase: string, minScore = ACCEPT_SCORE): FieldMatch | null {
    const [first, second] = match(phrase, minScore);
    if (!first) return null;
    // Two fields equally close is no answer (救助金额: 临时 or 医疗?).
    if (second && second.score >= first.score - 1e-9 && first.score < 1) return null;
    return first;
  }

  return { match, best, normalize };
}

/**
 * OBJECT_NOT_NAMED: 改厕户数 / 改水户数 scored .75 against 危改户数 (危房改造户数's short name), 易返贫户数 .67 against 脱贫户数 —
 * a short phrase shares most of its characters with a short name, but what it counts (厕, 水, 易返) is written in none of the
 * field's names. A phrase whose object (the words before its measure, less where and how it is counted) is at most three
 * characters, one of them in no name of the field, is that field's only at half the score (危改户数, 农村危改户数 write only
 * characters of its names; longer objects, 低保对象户数, have other checks).
 */
const MEASURE_AT_END = /(?:户数|人数|人次|次数|个数|数量|总数|数)$/;
/** Where a count is taken: 农村, 城镇, 全镇, 辖区, 本村. */
const PLACE_QUALIFIER = /^(?:农村|城镇|城市|城区|全镇|全村|全区|全县|全乡|辖区|本镇|本村|本乡|我镇|我村|各村|各镇)/;
/** Characters that say how or when a count is taken, never what it counts. */
const NOT_AN_OBJECT = /[的总共新增已未本当月年季周累计全合其中各]/g;

export function objectOfAShortPhrase(phrase: string): string | null {
  const text = phrase.replace(/\s+/g, '');
  const measure = MEASURE_AT_END.exec(text);
  if (!measure) return null;
  const object = text.slice(0, measure.index).replace(PLACE_QUALIFIER, '').replace(NOT_AN_OBJECT, '');
  return object.length >= 1 && object.length <= 3 && /^[\u4e00-\u9fa5]+$/.test(object) ? object : null;
}

export function objectNotNamed(object: string, field: FieldDef): boolean {
  const names = [field.label, ...field.aliases].join('');
  return [...object].some((c) => !names.includes(c));
}
