// Typed values: a number checked against the field's type, unit and bounds; booleans, enum options, dates, text.
import type { FieldDef } from '../types.js';
import { roundFloat } from '../numbers.js';
import { checkNumericValue, expectation, type Checked } from '../validate/number.js';

export { checkNumericValue, expectation, type Checked };
import { resolveDateExpression } from '../period.js';
import { formatLocalDate, type LocalDate } from '../time.js';
import type { Quantity } from './quantities.js';
import { rosterScale } from './measures.js';

export function isNumeric(field: FieldDef): boolean {
  return field.type === 'integer' || field.type === 'number';
}

const UNIT_MULTIPLIERS: Record<string, number> = { 万元: 10_000, 千元: 1000, 亿元: 1e8 };


/** 十二万三千羽 for a field in 万羽 (or 6,180亩 for one in 万亩): the field's own measure word counted one by one. */
function inTensOfThousands(fieldUnit: string, unit: string): number | undefined {
  if (!unit || unit === '元') return undefined;
  // 一万二千个工日 for a field in 万工日: a classifier before the measure word
  if (fieldUnit === `万${unit}` || (unit.length > 2 && unit.startsWith('个') && fieldUnit === `万${unit.slice(1)}`) || (fieldUnit === '万羽' && unit === '只')) return 1e-4;
  // 8.6万只 for a field in 万羽: birds counted by 只 are counted by 羽
  return fieldUnit === '万羽' && unit === '万只' ? 1 : undefined;
}

export function scaledUnitFits(numberUnit: string, fieldUnit: string): boolean {
  return !!(rosterScale(numberUnit, fieldUnit) ?? inTensOfThousands(fieldUnit, numberUnit));
}

/** The quantity expressed in the field's unit: 3.5万元 → 35000 for a 元 field, 3.5 for a 万元 field. */
function inFieldUnit(q: Quantity, field: FieldDef): number {
  const fieldUnit = field.unit ?? '';
  // SAME_MEASURE_SCALED: 1.2公里 for a field in 米, 80公顷 for one in 亩, 12万斤 for one in 吨 (measures.ts)
  const scale = rosterScale(q.unit, fieldUnit) ?? inTensOfThousands(fieldUnit, q.unit);
  if (scale) return roundFloat(q.value * scale);
  let value = q.value * (UNIT_MULTIPLIERS[q.unit] ?? 1);
  // 2.35亿元 / 18,600万元 / 0.45亿 for a field in 亿元: the stated magnitude converts; a bare 1.2 is already in 亿元.
  // 四亿二千万 in Chinese numerals states its magnitude as 4.2亿 does.
  const magnitude = q.multiplier > 1 || (q.chinese && /[万萬亿億]/.test(q.raw));
  if (fieldUnit === '亿元') return roundFloat(q.unit || magnitude ? value / 1e8 : q.value);
  if (fieldUnit.startsWith('万')) {
    if (q.multiplier === 10_000 || q.unit === '万元') value = q.base;
    // 1.2亿 against a 万元 field: the magnitude is stated, so 12000 (万元); a bare 3456.7 is already in 万元.
    else if (q.unit === '元' || (q.unit === '' && (q.multiplier >= 1e8 || (q.chinese && magnitude)))) value = value / 10_000;
  }
  return roundFloat(value);
}

/**
 * BARE_DECIMAL_MONEY: 金额5.6 for a field in 元 — money in 元 is counted in whole yuan, and a small figure with a decimal
 * written without its unit is the clerk's 万元 as often as not: held and asked (是5.6元，还是5.6万元？), never stored as 5.6元.
 */
const BARE_DECIMAL_MONEY_BELOW = 1000;

/**
 * MONEY_PAST_FEN: 临时救助金额 32.000元 — a sum in 元 is kept to the 分, two places; three digits after the point are a
 * thousands mark typed as a point (32.000 for 32,000) as often as decimals, so the two readings are put to the reporter.
 */
const PAST_FEN = /^\s*\d+\.(\d{3,})\s*$/;

function pastFen(q: Quantity, field: FieldDef): string | null {
  if (field.unit !== '元' || q.multiplier !== 1 || q.chinese || (q.unit !== '' && q.unit !== '元')) return null;
  const whole = q.raw.replace(/元$/, '').trim();
  const m = PAST_FEN.exec(whole);
  if (!m) return null;
  return m[1]!.length === 3 ? `是${Number(whole)}元，还是${whole.replace('.', '')}元？` : `金额到分为止（两位小数），“${whole}”是多少元？`;
}

/** The question BARE_DECIMAL_MONEY asks (是5.6元，还是5.6万元？). */
const YUAN_OR_WAN_ASKED = /^是(.+)元，还是\1万元？$/;
/** An answer that is only the unit picked: 万元 / 是万元 / 万的 / 单位是万元; 元 / 是元 / 就是元. */
const UNIT_ONLY = /^(?:单位)?(?:是|就是|应该是|为)?(万元?|元)(?:的|吧|啊|呀)?[。.！!]?$/;

/**
 * SCALE_PICKED: 万元 / 是万的 after 是2.4元，还是2.4万元？ — the unit alone answers the question: the factor the held figure is
 * taken with (10000 for 万, 1 for 元), or null when the answer is not only a unit or the question was another. It was
 * "no data found", and the figure stayed held.
 */
export function scalePicked(answer: string, question: string): number | null {
  if (!YUAN_OR_WAN_ASKED.test(question)) return null;
  const m = UNIT_ONLY.exec(answer.trim());
  return m ? (m[1]!.startsWith('万') ? 10_000 : 1) : null;
}

export function checkNumber(q: Quantity, field: FieldDef): Checked {
  const checked = checkNumericValue(inFieldUnit(q, field), field, q);
  const fen = checked.ok && !checked.confirm ? pastFen(q, field) : null;
  if (fen) return { ok: false, reason: fen };
  if (!checked.ok || checked.confirm || field.unit !== '元' || q.unit !== '' || q.multiplier !== 1 || q.chinese) return checked;
  if (Number.isInteger(q.value) || Math.abs(q.value) >= BARE_DECIMAL_MONEY_BELOW) return checked;
  return { ...checked, confirm: `是${q.raw.trim()}元，还是${q.raw.trim()}万元？` };
}

export interface Found<T> {
  value: T;
  /** Where in the clause the value was stated. */
  index: number;
}

/** Said to mean "done / yes": 是的, 有的, 弄好了, 已经搞完, 落实了. */
const DONE_WORDS = '是的|是|对|有的|有|已经?完成|完成|已经?(?:搞|弄|做|办)?(?:完|好|定|妥|结)|(?:搞|弄|做|办)(?:完|好|定|妥)|已经|已|落实|到位|√';
/** Said to mean "not done / no": 否, 没有, 还没弄, 尚未完成. */
const NOT_DONE_WORDS = '否|不是|没有的|还?没有?(?:搞|弄|做|办)?(?:完成|完|好)?|尚未(?:完成)?|还未(?:完成)?|未完成|未|无|×';
const YES_NO = new RegExp(`^\\s*[:：]?\\s*(?:改为|改成|更正为|应为|为|是|填写?|写)?\\s*(${NOT_DONE_WORDS}|${DONE_WORDS})\\s*[了的啦哈。.!！~～]*\\s*$`, 'i');
const NONE_BEFORE = /(?:暂无|暂未发生|未发生|没有发生|没有|均无|无)\s*$/;
const NEGATIVE_ANSWER = new RegExp(`^(?:${NOT_DONE_WORDS})$`);
const AFFIRM = '已经|已|均已|都已|全部|均|都';
const NEGATE = '尚未|还未|还没|没有|未|没|不|无';
const ASKING = /(?:是否|是不是|有无|有没有)$/;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface PredicatePattern {
  re: RegExp;
  /** The name had nothing before 是否 (是否完成自查 → 完成自查). */
  bare: boolean;
}

const predicateCache = new Map<string, PredicatePattern | null>();
const NEGATION_WORD = new RegExp(`^(?:${NEGATE})$`);

/**
 * Predicates that say the same of a check's result (水质检测是合格的 answers 水质检测是否达标), or the same state in other
 * words (危房没有住人的: the people are out, so 撤离 is yes).
 */
const SAME_PREDICATE: Readonly<Record<string, readonly string[]>> = {
  达标: ['合格'], 合格: ['达标'], 撤离: ['没有住人', '无人居住', '没人住', '搬离', '搬出'],
};

/** 全部调解成功 is also said 都调解成功了 / 均已调解成功: a quantifier at the head of a predicate may be any of these. */
const ALL_WORDS = '全部|全都|都|均|全';
const ALL = new RegExp(`^(?:${ALL_WORDS})`);

/** 危房有两户没有住人的 / 危房1户 已撤离: a count of the subject may come between it and what is said of it. */
const SUBJECT_COUNT = '(?:有)?\\s*(?:[\\d零一二两三四五六七八九十]+\\s*[户人个处件间栋座]?\\s*)?';

/** 自查是否完成 → /自查\s*(已|未…)?\s*完成/: the statement form of a yes/no label. */
function predicatePattern(name: string): PredicatePattern | null {
  let pattern = predicateCache.get(name);
  if (pattern !== undefined) return pattern;
  pattern = null;
  // 全部化解 as an alias: a predicate with its quantifier is a question's statement form already
  const split = /是否|是不是|有无|有没有/.exec(name) ?? (ALL.test(name) && name.length >= 4 ? { index: 0, 0: '' } : null);
  const prefix = split ? name.slice(0, split.index) : '';
  const suffix = split ? name.slice(split.index + split[0].length) : '';
  if (split && suffix) {
    // 水质也达标 for 水质检测是否达标: the subject may be said by its first word, with 也/还 before the marker;
    // 路都通的 for 道路是否畅通: a two-character subject and predicate by their last character, with a marker between
    // (制度贴在墙上了 for 管理制度是否上墙: a subject of two words may be said by its last, the head noun)
    const subjects = prefix.length >= 3 ? [escapeRe(prefix), escapeRe(prefix.slice(0, 2))] : prefix ? [escapeRe(prefix)] : [];
    if (prefix.length >= 4 && /^[\u4e00-\u9fa5]+$/.test(prefix)) subjects.push(escapeRe(prefix.slice(-2)));
    if (prefix.length === 2) subjects.push(`${escapeRe(prefix.slice(1))}(?=\\s*[是都也])`);
    const subject = subjects.length ? `(?:${subjects.join('|')})${prefix ? SUBJECT_COUNT : ''}` : '';
    const own = suffix.replace(ALL, '');
    const all = own !== suffix ? `(?:${ALL_WORDS})?` : '';
    const predicates = [own, ...(SAME_PREDICATE[own.slice(-2)] ?? [])].map(escapeRe);
    if (own.length === 2) predicates.push(`${escapeRe(own.slice(1))}(?=[的了\\s，,。]|$)`);
    // PUT_IN_PLACE: 上墙 / 进村 / 入库 (a verb of moving and the place) is also said as the state it leaves: 贴在墙上, 在库里
    const place = /^(?:(上)|进|入)([\u4e00-\u9fa5])$/.exec(own);
    if (place) predicates.push(`[\u4e00-\u9fa5]?在${escapeRe(place[2]!)}${place[1] ? '上' : '里'}`);
    const predicate = predicates.join('|');
    const stated = `${subject}\\s*(?:[:：]\\s*)?(?:也|还|是)?(${AFFIRM}|${NEGATE})?\\s*${all}(?:已经?|均已|都已)?\\s*(?:${predicate})`;
    // 开展培训 is also said object first with a marker: 培训已开展 / 培训未开展; 整改到位 with the marker inside: 整改没到位.
    const flipped = !prefix && suffix.length === 4
      ? `|${escapeRe(suffix.slice(2))}\\s*(${AFFIRM}|${NEGATE})\\s*${escapeRe(suffix.slice(0, 2))}`
        + `|${escapeRe(suffix.slice(0, 2))}\\s*(${AFFIRM}|${NEGATE})\\s*${escapeRe(suffix.slice(2))}`
      : '';
    // COPULA_OBJECT: 是否属于乡镇政府驻地 answered 是镇政府驻地 / 不是乡镇驻地 / 非乡镇驻地: the question's verb is a copula,
    // so the answer is the copula (or its negation) before the object, said in short by its head (驻地).
    const object = /^(?:属于|是|为)/.test(suffix) ? suffix.replace(/^(?:属于|是|为)/, '') : '';
    const copula = !prefix && object.length >= 3
      ? `|(不是|不属于|非|是|属于)\\s*[\\u4e00-\\u9fa5]{0,4}?${escapeRe(object.slice(-2))}`
      : '';
    pattern = { re: new RegExp(stated + flipped + copula, 'g'), bare: !prefix };
  }
  if (predicateCache.size > 1024) predicateCache.clear();
  predicateCache.set(name, pattern);
  return pattern;
}

/**
 * EXISTS_WITH_A_COUNT: 是否有停产整顿企业 answered 停产整顿：有1家（…） / 停产整顿 2家: the number of what the question asks
 * about says whether there is any (0 says no).
 */
const EXISTS_WITH_A_COUNT = /^(?:是否有|是否存在|有无|有没有)/;
const COUNT_OF_WHAT_EXISTS = /^\s*[:：]?\s*(?:有|存在|共)?\s*(\d+|[零一二两三四五六七八九十]{1,3})\s*(?:家|个|处|起|户|人|名|件|座|条|所|项)/;

/** The words after a label up to the first pause typed as a space (voice input has no commas): 无 in 无 困难：暂无. */
function untilPause(after: string): string {
  const m = /^\s*\S+(?=\s+\S)/.exec(after);
  return m ? m[0] : after;
}

/**
 * The item's clause found by the polarity reader (台账没问题, 台账没报: its object, then words said of the report, not of
 * the thing), saying neither yes nor no. No looser reading may take a yes or a no from it.
 */
export interface SaidOfNothing { value: null; index: number }

/** Boolean stated for a field: 是否完成自查：否 / 已完成自查 / 自查已完成 / 未完成自查. */
export function findBoolean(clause: string, field: FieldDef, otherNames: readonly string[] = []): Found<boolean> | null {
  const found = findBooleanOrSaid(clause, field, otherNames);
  return found && found.value !== null ? found as Found<boolean> : null;
}

/** 刚才说 / 之前报的 / 上次讲: the item's state was said before, by the writer. */
const SAID_BEFORE = /(?:说|报|讲|填)的?\s*$/;
/** 是错的 / 不对 / 错了 / 有误 right after the item's state: what was said is taken back. */
const RETRACTED_AFTER = /^\s*(?:是错的|是错误的|不对|错了|有误|是不对的)/;

/** findBoolean, or where the item's clause is said of something else than the thing (SaidOfNothing). */
export function findBooleanOrSaid(
  clause: string, field: FieldDef, otherNames: readonly string[] = [],
): Found<boolean> | SaidOfNothing | null {
  const names = [field.label, ...field.aliases];
  for (const name of names) {
    const at = clause.indexOf(name);
    if (at < 0) continue;
    // 取暖隐患无 困难：暂无 (voice): the answer runs to the next typed pause
    const after = clause.slice(at + name.length);
    // SAID_THEN_RETRACTED: 刚才说全部撤离是错的 takes back the state said before: not that state (never 是 read as yes).
    if (SAID_BEFORE.test(clause.slice(0, at)) && RETRACTED_AFTER.test(after)) return { value: false, index: at };
    const m = YES_NO.exec(after) ?? YES_NO.exec(untilPause(after));
    if (m) return { value: !NEGATIVE_ANSWER.test(m[1]!), index: at };
    const counted = EXISTS_WITH_A_COUNT.test(field.label) ? COUNT_OF_WHAT_EXISTS.exec(after) : null;
    if (counted) return { value: !/^[0零]$/.test(counted[1]!), index: at };
    // 暂无道路中断 for 是否有道路中断: the thing asked about, said not to exist, and nothing after it.
    const none = NONE_BEFORE.exec(clause.slice(0, at));
    if (none && /^[\s。.!！了的]*$/.test(clause.slice(at + name.length))) return { value: false, index: none.index };
  }
  // 自查：否 for 是否完成自查: the object of the question, as a label of its own with a colon, at the clause start.
  // 预案修订：是 for 是否完成应急预案修订: the object's head may be left off (its last three characters or more stay).
  for (const name of names) {
    const core = questionCore(name);
    if (!core) continue;
    for (let from = 0; from === 0 || core.length - from >= 3; from++) {
      const m = new RegExp(`^\\s*${escapeRe(core.slice(from))}(?:情况)?\\s*[:：]`).exec(clause);
      if (!m) continue;
      const answer = YES_NO.exec(clause.slice(m[0].length));
      if (answer) return { value: !NEGATIVE_ANSWER.test(answer[1]!), index: m.index };
    }
  }
  for (const name of names) {
    const pattern = predicatePattern(name);
    if (!pattern) continue;
    const re = pattern.re;
    re.lastIndex = 0;
    for (let m = re.exec(clause); m; m = re.exec(clause)) {
      if (ASKING.test(clause.slice(Math.max(0, m.index - 3), m.index))) continue;
      const word = m[1] ?? m[2] ?? m[3] ?? m[4];
      if (pattern.bare && !word && clause.charAt(m.index + m[0].length) !== '了') {
        // A bare predicate (完成自查) only counts when it is the whole statement.
        if (clause.trim() !== m[0]) continue;
      }
      return { value: !(word !== undefined && (NEGATION_WORD.test(word) || /^(?:不是|不属于|非)$/.test(word))), index: m.index };
    }
  }
  // (业委会成立了 for 是否成立业主委员会 with 业委会 among its names: the item's other names are its object too)
  const objects = names.filter((n) => n.length >= 2 && !/^(?:是否|有无)/.test(n));
  for (const name of names) {
    const done = objectDone(clause, name, objects);
    if (done) return done;
  }
  const had = objectHad(clause, names, objects);
  if (had) return had;
  return underWay(clause, field.label, objects) ?? objectClause(clause, field.label, names, objects, otherNames);
}

/** Words that only place a statement in time or scope, between a subject and its verb (台账去年就有了, 早就建了). */
const CLAUSE_ADVERB = '(?:也|都|还是|还|均|全部|全都|早就|早已|就|已经|已|刚刚|刚|去年|前年|今年|本月|这个月|当月|今天|昨天|前天'
  + '|上个?月(?:底|初|中)?|上个?星期|上周|月(?:底|初|中)|\\d{1,2}月(?:\\d{1,2}[日号])?)';
const CLAUSE_NEGATION = '尚未|还未|还没有?|没有?|未';
/** What a negation says of the report, not of the thing: 没报, 未统计, 没问题, 没确定. */
const NOT_OF_THE_THING = /^(?:报|说|统计|核|填|问题|清楚|确定|数)/;
/** Begun, not finished: 台账今天开始建了 / 正在建 / 还在弄 (for a question of setting something up or finishing it, a no). */
const CLAUSE_BEGUN = '正在|开始|着手|准备';
/** A verb of one or two characters and what says it happened: 建了, 搞了三次, 建起来了, 开展过, 有了; 已经…了. */
const CLAUSE_DONE = '(?:[\\u4e00-\\u9fa5]{1,2}?)(?:起来了?|了|过|完|好)'
  // (管理员上个月底已经安排村妇联主席兼任了: after 已经, a longer verb phrase with nothing negated in it)
  + '|(?:已经|早已|早就|已)[^，,。；;！!\\s没未不]{1,10}?了';
/** Verbs of reporting or counting: 台账报了 says nothing of the ledger. */
const REPORTING = /^(?:报|说|问|算|统计|核|填|写|发现)/;
/** Questions of setting something up or finishing it, whose thing begun is not yet there. */
const SET_UP_QUESTION = /^(?:是否|有无)(?:已经|已)?(?:完成|建成|建立|完工|成立|设立|组建|制定|配备|配齐|落实)/;
const clauseCache = new Map<string, { after: RegExp; before: RegExp } | null>();

/**
 * OBJECT_CLAUSE: the polarity of the clause said about the question's object, whatever the verb — its subject one of the
 * item's names or what 是否 asks about (or that thing's last two characters: 台账 for 是否建立志愿服务台账), then words of
 * time or scope, then a negation (台账还没弄, 没建 → no), a start (今天开始建了, 正在弄 → no, for a thing to set up or
 * finish), or a verb of one or two characters with what says it happened (搞了三次, 建了一个, 去年就有了 → yes); or the verb
 * first, after a pause, and the object at the end (搞了产销对接 → yes, 没搞产销对接 → no). Not where the words that name the
 * object are part of another item's name (宣传 in 宣传材料发了 for 是否开展森林防火宣传), nor for a verb of reporting.
 */
function objectClause(
  clause: string, label: string, names: readonly string[], objects: readonly string[], otherNames: readonly string[],
): Found<boolean> | SaidOfNothing | null {
  const key = names.join('\u0000');
  let res = clauseCache.get(key);
  if (res === undefined) {
    const cores = names.map(questionCore).filter((c): c is string => !!c);
    const heads = [...new Set([...objects, ...cores, ...cores.filter((c) => c.length >= 4).map((c) => c.slice(-2))])]
      .filter((h) => h.length >= 2 && /^[\u4e00-\u9fa5]+$/.test(h)).sort((a, b) => b.length - a.length).map(escapeRe);
    res = heads.length
      ? {
        after: new RegExp(`(${heads.join('|')})\\s*(?:[:：]\\s*)?(?:${CLAUSE_ADVERB})*(?:(${CLAUSE_NEGATION})|(${CLAUSE_BEGUN})|(有(?:了|的)(?![村户人家处个社区地方些还没是])|${CLAUSE_DONE}))`, 'g'),
        before: new RegExp(`(?:^|[\\s，,。；;！!])(?:${CLAUSE_ADVERB})*(?:(${CLAUSE_NEGATION})([\\u4e00-\\u9fa5]{1,2}?)|([\\u4e00-\\u9fa5]{1,2}?)(?:了|过))(?:一[个场次项])?(${heads.join('|')})(?=$|[\\s，,。；;！!、])`, 'g'),
      }
      : null;
    if (clauseCache.size > 1024) clauseCache.clear();
    clauseCache.set(key, res);
  }
  if (!res) return null;
  // the words that name the object must not be part of another item's name said there
  const ownedByOther = (at: number, end: number): boolean => otherNames.some((n) => {
    for (let k = clause.indexOf(n, Math.max(0, at - n.length + 1)); k >= 0 && k < end; k = clause.indexOf(n, k + 1)) {
      if (k + n.length > at && n.length > end - at) return true;
    }
    return false;
  });
  // (没有发现隐患 for 是否发现取暖安全隐患: the question's own verb is no verb of reporting there)
  const reporting = (verb: string): boolean => REPORTING.test(verb) && !label.includes(REPORTING.exec(verb)![0]);
  // (台账没问题 / 台账报了: the item's clause, said of the report; kept so that no looser reading takes a no from it)
  let saidOfNothing: SaidOfNothing | null = null;
  res.after.lastIndex = 0;
  for (let m = res.after.exec(clause); m; m = res.after.exec(clause)) {
    const at = m.index, end = at + m[1]!.length;
    if (ownedByOther(at, end)) continue;
    if (m[2]) {
      if (NOT_OF_THE_THING.test(clause.slice(at + m[0].length))) { saidOfNothing ??= { value: null, index: at }; continue; }
      return { value: false, index: at };
    }
    if (m[3]) {
      if (SET_UP_QUESTION.test(label)) return { value: false, index: at };
      continue;
    }
    const said = m[4]!;
    if (reporting(said)) { saidOfNothing ??= { value: null, index: at }; continue; }
    return { value: true, index: at };
  }
  res.before.lastIndex = 0;
  for (let m = res.before.exec(clause); m; m = res.before.exec(clause)) {
    const end = m.index + m[0].length, at = end - m[4]!.length;
    if (ownedByOther(at, end)) continue;
    const verb = m[2] ?? m[3]!;
    if (reporting(verb) || (m[1] && NOT_OF_THE_THING.test(verb))) { saidOfNothing ??= { value: null, index: m.index }; continue; }
    return { value: !m[1], index: m.index };
  }
  return saidOfNothing;
}

const objectHadCache = new Map<string, RegExp | null>();

/**
 * OBJECT_HAD: 有档案 / 方案有的 for 是否建立关爱档案 / 是否制定禁烧方案: the question's object (one of its names, or the last
 * two characters of what 是否 asks about) said to be there is a yes — 有 right before it at the end of a stretch of speech,
 * or 有的 / 有了 right after it (not 有的村…, which is "some").
 */
function objectHad(clause: string, names: readonly string[], objects: readonly string[]): Found<boolean> | null {
  const key = names.join('\u0000');
  let re = objectHadCache.get(key);
  if (re === undefined) {
    const cores = names.map(questionCore).filter((c): c is string => !!c);
    const heads = [...new Set([...objects, ...cores, ...cores.map((c) => c.slice(-2))])].filter((h) => h.length >= 2)
      .sort((a, b) => b.length - a.length).map(escapeRe);
    re = heads.length
      ? new RegExp(`(?<![没无])有(?:${heads.join('|')})(?=$|[\\s，,。；;！!、])|(?:${heads.join('|')})(?:也|都|是)?有(?:的|了)(?![村户人家处个社区地方些还没是])`)
      : null;
    if (objectHadCache.size > 1024) objectHadCache.clear();
    objectHadCache.set(key, re);
  }
  const m = re?.exec(clause);
  return m ? { value: true, index: m.index } : null;
}

/** Questions whether something is finished or set up (是否完成自查, 是否建成集中充电点, 是否成立业主委员会). */
const FINISHED_QUESTION = /^(?:是否|有无)(?:已经|已)?(?:完成|建成|完工|建立|成立|设立|组建)(.{2,8})$/;
/** What is said of work still going on: 还在选址 / 正在施工 (a verb of work after 在), 筹备中 / 建设中, 明天才能弄完. */
const STILL_GOING = '(?:还|仍|正|尚|都还|也还)在\\s*(?:选址|建设|施工|筹备|筹建|准备|申请|审批|办理|推进|协调|招标|设计|规划|整改|安装|调试|收尾|做|搞|弄|建|修|装)'
  + '|(?:正在|还在|仍在)?(?:建设|施工|筹备|筹建|准备|审批|办理|推进|整改|安装|调试|收尾)中'
  + '|[\\u4e00-\\u9fa5]{0,4}?才(?:能|会|可以)[\\u4e00-\\u9fa5]{0,2}?(?:完|好)';
const underWayCache = new Map<string, RegExp | null>();

/**
 * STILL_UNDER_WAY: 充电点还在选址 / 业委会筹备中 / 自查明天才能弄完 for 是否建成集中充电点 / 是否成立业主委员会 / 是否完成自查:
 * the thing asked about, said to be still in the making, is not finished yet (否). Only for questions of finishing or
 * setting something up; 还在 before anything but a verb of work (还在小区门口) says nothing.
 */
function underWay(clause: string, label: string, objects: readonly string[]): Found<boolean> | null {
  const key = [label, ...objects].join('\u0000');
  let re = underWayCache.get(key);
  if (re === undefined) {
    const m = FINISHED_QUESTION.exec(label);
    const heads = m ? [m[1]!, ...objects].filter((h) => h.length >= 2).map(escapeRe) : [];
    re = heads.length ? new RegExp(`(?:${heads.join('|')})\\s*(?:[:：]\\s*)?(?:${STILL_GOING})(?:[了的]|$|[\\s，,。；;！!])`) : null;
    if (underWayCache.size > 1024) underWayCache.clear();
    underWayCache.set(key, re);
  }
  const m = re?.exec(clause);
  return m ? { value: false, index: m.index } : null;
}

const QUESTION_VERB = /^(?:是否|有无)(?:已经|已)?(完成|开展|落实|建立|成立|设立|组建|参加|签订|安装|配备|组织|进行|制定|召开)(.{2,8})$/;
/** Verbs a clerk says any task is done with (做了, 搞完了, 打完了 for vaccinations, 弄好了). */
const ANY_DONE_VERB = '做|搞|弄|打|办|建';
const objectDoneCache = new Map<string, RegExp | null>();

/**
 * 强制免疫开展了的 / 强制免疫做了的 / 免疫都打完了 / 走访弄好了 for 是否开展强制免疫 / 是否完成走访: the question's object
 * (or its last two characters) said with the question's verb or any verb of doing, finished (了, 完, 好) or negated.
 */
function objectDone(clause: string, name: string, objects: readonly string[] = []): Found<boolean> | null {
  const key = [name, ...objects].join('\u0000');
  let re = objectDoneCache.get(key);
  if (re === undefined) {
    const m = QUESTION_VERB.exec(name);
    re = null;
    if (m) {
      const object = m[2]!;
      const heads = [object, ...(object.length >= 4 ? [object.slice(-2)] : []), ...objects].map(escapeRe).join('|');
      re = new RegExp(`(?:${heads})\\s*(?:[:：]\\s*)?(?:也|都|还|均|全部|早就|早已)?\\s*(${NEGATE}|已经|已)?\\s*(?:${escapeRe(m[1]!)}|${ANY_DONE_VERB})(完|好|过)?(了|的)?`);
    }
    if (objectDoneCache.size > 1024) objectDoneCache.clear();
    objectDoneCache.set(key, re);
  }
  const m = re?.exec(clause);
  if (!m) return null;
  const negated = m[1] !== undefined && NEGATION_WORD.test(m[1]);
  // 在做 / 开展 alone says nothing finished: a marker, a result or 了 must say it
  if (!negated && !m[1] && !m[2] && !m[3]) return null;
  return { value: !negated, index: m.index };
}

/** 是否完成自查 → 自查, 是否开展培训 → 培训: what a yes/no question asks about; null for other names. */
function questionCore(name: string): string | null {
  const m = /^(?:是否|有无)(?:已经|已)?(?:完成|开展|落实|建立|成立|设立|参加|签订|安装|配备|组织|制定|召开)?(.{2,8})$/.exec(name);
  return m ? m[1]! : null;
}

/**
 * LABELLED_YES_NO: 方案：是 (a table's header over its cell) / 监测员是否全部落实：是 (the question copied back in short): a
 * label, a colon and nothing but a yes or a no. The label and the answer; which item the label names is the caller's.
 */
export function labelledYesNo(clause: string): { label: string; value: boolean; index: number } | null {
  const m = /^(\s*)([^\s:：，,。；;\d][^:：，,。；;\d]{1,23}?)\s*[:：]([^:：]*)$/.exec(clause);
  // (a bare answer is a few characters: a long run of blanked words is none, and YES_NO is not tried on it)
  if (!m || m[3]!.trim().length > 8) return null;
  const answer = YES_NO.exec(m[3]!.trim());
  if (!answer) return null;
  return { label: m[2]!, value: !NEGATIVE_ANSWER.test(answer[1]!), index: m[1]!.length };
}

/** Bare yes/no as the whole reply (是 / 否 / 已完成). */
export function bareBoolean(text: string): boolean | null {
  const m = YES_NO.exec(text.trim());
  if (!m) return null;
  return !NEGATIVE_ANSWER.test(m[1]!);
}

const TRAILING = /[\s。.!！了的啦]+$/;

/** An option that says the work is under way (整改中, 正在进行) and one that says it has not begun (未开始, 未整改). */
const UNDER_WAY_OPTION = /中$|进行/;
const NOT_BEGUN_OPTION = /^(?:未|没|不)|未/;

/** Progress-like answers in other words: 正在整改 → 整改中, 整改完毕 → 已完成, 还没开始 → 未开始. */
const OPTION_STATES: Array<{ answer: RegExp; option: RegExp }> = [
  // PARTLY_DONE: 大部分完成了 / 完成90% / 还剩1处 / 个别还在整改: some of it done and some left, so under way
  // (差不多整改完了 就剩一处灭火器没换: only one left is some left too; its 没换 was read as 未开始)
  { answer: /大部分|大部|部分|个别|少数|还剩|就剩|只剩|还有|剩下|剩余|\d+(?:\.\d+)?%/, option: UNDER_WAY_OPTION },
  // MOSTLY_DONE: 基本完成 / 差不多完了 says neither that it is finished nor how much is left: no option, the reporter is asked
  { answer: /基本|大体|大致|差不多/, option: /(?!)/ },
  // 还没整改完 / 未完成: begun and not finished, so under way (未开始 is 还没开始, 没动)
  { answer: /(?:没有?|未|不)[\u4e00-\u9fa5]{0,3}完(?!成)|没有?完成|未完成|尚未完成/, option: UNDER_WAY_OPTION },
  { answer: /未|没|尚未|还没/, option: NOT_BEGUN_OPTION },
  { answer: /正在|^(?:还|仍)?在|进行|推进|中$/, option: UNDER_WAY_OPTION },
  // 已经开始了 / 已启动: begun, so under way (checked before 已, which says done)
  { answer: /开始|启动|动工|着手/, option: UNDER_WAY_OPTION },
  { answer: /完成|完毕|办结|结束|已|完$/, option: /完成|完毕|^已/ },
];

function optionByState(answer: string, options: readonly string[]): string | null {
  // PROGRESS_SCALE: the states are steps of a piece of work (未开始 / 整改中 / 已完成); options that are no such steps
  // (正常运营 / 暂停运营 / 已关闭) are not chosen by them: 厨房改造完了 said of the canteen was read as 已关闭
  if (!options.some((o) => UNDER_WAY_OPTION.test(o) || NOT_BEGUN_OPTION.test(o))) return null;
  for (const state of OPTION_STATES) {
    if (!state.answer.test(answer)) continue;
    const hits = options.filter((o) => state.option.test(o));
    return hits.length === 1 ? hits[0]! : null;
  }
  return null;
}

// (风险等级定的中 / 评的中等: the grade given)
const COPULA = /^(?:属于|属|为|是|(?:定|评)(?:的是?|为)|评定为)/;
/** 风险等级提高到高: the option it changed to. */
const CHANGED_TO = /^(?:提高到|提高为|提升到|提升为|上升到|上升为|上调为|上调到|升为|升到|降低到|降低为|降到|降为|下调为|下调到|调整为|调整到|变为|变成|改为|改成|更正为)/;

/**
 * 中 for 中风险, 较大 for 较大风险: the answer is part of exactly one option. 较高 is not 高风险: a degree word is only
 * part of the answer when an option has it too, so 较高 against 高风险/中风险/低风险 is asked.
 */
/**
 * GOING_ON_SAID_OF_THE_STATE: 服务站正常开着的 / 正常运转着 — a verb of running with 着 after a part of an option says the state goes
 * on: the part (正常 of 正常运行) is the option (正常开着 matched no option and was asked back).
 */
const GOING_ON = /(?:开|办|营业|运转|运行|运营)着$/;

function optionByPart(answer: string, options: readonly string[]): string | null {
  // 中等 for 中风险: a grade said with 等/档 after it is that grade
  const core = answer.replace(COPULA, '').replace(GOING_ON, '').replace(/^([\u4e00-\u9fa5])(?:等|档)$/, '$1');
  if (!core || core.length > 6) return null;
  const hits = options.filter((o) => o.includes(core));
  if (hits.length === 1) return hits[0]!;
  // 缺劳力 for 缺劳动力: three characters or more, in order, of exactly one option
  if (hits.length > 1 || core.length < 3) return null;
  const inOrder = options.filter((o) => isSubsequence(core, o));
  return inOrder.length === 1 ? inOrder[0]! : null;
}

/**
 * 风险等级中转移了十二个人 (voice, no pause): the answer is the shortest start of the words after the label that is part
 * of exactly one option, when what follows it starts another item (转移…).
 */
const MAX_SPOKEN_OPTION = 4;

function optionBeforeNextItem(after: string, options: readonly string[], startsOtherItem: (words: string) => boolean): string | null {
  for (let k = 1; k <= Math.min(MAX_SPOKEN_OPTION, after.length - 2); k++) {
    const option = optionByPart(after.slice(0, k), options);
    if (option) return startsOtherItem(after.slice(k)) ? option : null;
  }
  return null;
}

/**
 * OPTION_IN_OTHER_WORDS: 基本完成了，还剩两处 / 现在暂停了，等消防验收 / 正常的 — a reply that names no item and gives an option by
 * its state (some left: under way) or by a part of it (暂停 of 暂停运营, 正常 of 正常运营), said in its first clause without the
 * time words around it (现在, 目前, 暂时). The caller decides the item: the one open option item this fits.
 */
const TIME_AROUND = /^(?:现在|目前|当前|暂时|眼下|这边|我们这边|我们)+|(?:了|的|啦|呢|着的)+$/g;

export function optionInOtherWords(answer: string, options: readonly string[], names: readonly string[] = []): string | null {
  // (已责令限期整改 / 整改已经督促了: the order given, not the work's state, URGED_ACTIVITY)
  if (URGED.test(answer)) return null;
  // (states only for a piece of work under way or not: 没开了 is no 未建成 of a service's state)
  const work = options.some((o) => UNDER_WAY_OPTION.test(o));
  // (站点目前暂停运营: the option's own words inside the reply)
  const inside = options.filter((o) => answer.includes(o));
  if (inside.length === 1) return inside[0]!;
  const byState = work ? optionByState(answer, options) : null;
  if (byState) return byState;
  const first = answer.split(/[，,。；;\s]+/).find((c) => c.length > 0) ?? '';
  const core = first.replace(TIME_AROUND, '');
  // (整改 alone: the item's own activity is no option of it)
  if (!core || core.length > 4 || names.some((n) => n.includes(core))) return null;
  return optionByPart(core, options) ?? (work ? optionByState(core, options) : null);
}

function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const ch of long) if (at < short.length && ch === short[at]) at++;
  return at === short.length && short[0] === long[0];
}

/** An option chosen for an enum field: 整改进度：整改中 / 整改进度整改中. Returns the reason when the label is there but no option is. */
export function findEnum(
  clause: string, field: FieldDef, similarity: (phrase: string) => number, shortForms: readonly string[] = [],
  startsOtherItem: (words: string) => boolean = () => false, startsAnyItem: (words: string) => boolean = startsOtherItem,
  /** False for an aside in brackets after a figure: its state words speak of what that figure counts. */
  activityStates = true,
  /** The option is one of this item's only, among the items open (STATE_SAID_ALONE_AFTER_A_PAUSE). */
  ownOption: (option: string) => boolean = () => false,
): Found<string> | { invalid: string; index: number } | null {
  const options = [...(field.options ?? [])].sort((a, b) => b.length - a.length);
  const names = [field.label, ...field.aliases].sort((a, b) => b.length - a.length);
  // a shortened label (等级良好, 自评优) only counts with an option after it; it is never reason to ask
  for (const name of [...names, ...shortForms]) {
    const at = clause.indexOf(name);
    if (at < 0) continue;
    const after = clause.slice(at + name.length).replace(/^[\s:：]*(?:为|是)?\s*/, '').replace(TRAILING, '');
    if (!after) continue;
    const exact = options.find((o) => o === after);
    if (exact) return { value: exact, index: at };
    const inside = options.find((o) => after.includes(o));
    if (inside) return { value: inside, index: at };
    const changed = after.replace(CHANGED_TO, '');
    // (整改已经督促了: URGED_ACTIVITY, the state of the order given)
    const similar = URGED.test(changed) ? null : optionByState(changed, options) ?? optionByPart(changed, options);
    if (similar) return { value: similar, index: at };
    const spoken = optionBeforeNextItem(after, options, startsOtherItem);
    if (spoken) return { value: spoken, index: at };
    if (names.includes(name)) return { invalid: expectation(field), index: at };
  }
  for (const option of options) {
    const at = clause.indexOf(option);
    if (at < 0) continue;
    const rest = clause.slice(0, at) + clause.slice(at + option.length);
    if (similarity(rest) >= 2) return { value: option, index: at };
  }
  if (!activityStates) return null;
  // 还没开始整改 / 整改正在进行中 for 整改进度: the activity the progress is of, with a state word and no figure
  // (已经整治完1处 其他还在整治: or after the last figure, of what is left; 整改已经开始了 现在整改了9处: or in a
  // stretch of voice between pauses that holds no figure).
  for (const [from, words] of statementsWithoutFigures(clause)) {
    const found = optionByActivity(words, names, options, startsAnyItem);
    if (!found) continue;
    // REST_UNDONE_IS_UNDER_WAY: 还剩1处没整改 — what is still undone is the rest: the rest of it was done, so the work is
    // under way, not unbegun
    const rest = LEFT_BEFORE_FIGURE.test(clause.slice(Math.max(0, from - 12), from)) && NOT_BEGUN_OPTION.test(found.value)
      ? options.filter((o) => UNDER_WAY_OPTION.test(o)) : [];
    return { value: rest.length === 1 ? rest[0]! : found.value, index: from + found.index };
  }
  return stateAloneAfterPause(clause, options, startsAnyItem, ownOption);
}

/**
 * STATE_SAID_ALONE_AFTER_A_PAUSE: 光明投资5.2万元 已完工 / 清淤800米 劳力投了三百个工 还在施工 (voice) — after the clause's last
 * figure and a typed pause, a stretch that is nothing but one of an open item's options (已完工), or a state that names one
 * (还在施工 → 施工中), answers that item, as it does in a clause of its own (投资5.2万元，已完工). Only an option no other open
 * item has, never a stretch that names an item, and no other state word (检查户数七百零三户 没问题 is no 未开始). Before, only the pause typed as a comma was read.
 */
const ALONE_STATE_WORDS = 6;

function stateAloneAfterPause(
  clause: string, options: readonly string[], startsAnyItem: (words: string) => boolean, ownOption: (option: string) => boolean,
): Found<string> | null {
  const end = lastFigureEnd(clause);
  if (end < 0) return null;
  const stretches = [...clause.slice(end).matchAll(/\S+/g)];
  // (the first stretch runs on from the figure: its measure word or the noun it counts)
  for (const m of stretches.slice(/^\s/.test(clause.slice(end)) ? 0 : 1)) {
    const words = m[0].replace(TRAILING, '');
    if (!words || words.length > ALONE_STATE_WORDS || startsAnyItem(words)) continue;
    // (a state word other than the option itself only when it says the work goes on: 还在施工; 没问题 is no 未开始)
    const going = /^(?:还|仍)?(?:正在|在)/.test(words) ? optionByState(words, options) : null;
    const value = options.find((o) => o === words) ?? (going && UNDER_WAY_OPTION.test(going) ? going : null);
    if (value && ownOption(value)) return { value, index: end + m.index! };
  }
  return null;
}

/** 还剩1处 / 还有两家 / 剩余3个: a figure of what is left, right before the statement after it. */
const LEFT_BEFORE_FIGURE = /(?:还剩|还有|剩下|剩余|尚有|仍有|剩)\s*(?:\d[\d.,]*|[零一二两三四五六七八九十百千万]+)\s*[\u4e00-\u9fa5]{0,2}$/;

/**
 * Where a state word may be said of an item's progress: after the clause's last figure (of what is left), and each
 * stretch between typed pauses that holds no figure. [offset in the clause, words].
 */
function statementsWithoutFigures(clause: string): Array<[number, string]> {
  const end = lastFigureEnd(clause);
  const out: Array<[number, string]> = [[Math.max(end, 0), end >= 0 ? clause.slice(end) : clause]];
  if (end < 0) return out;
  for (const m of clause.slice(0, end).matchAll(/\S+/g)) {
    if (!/[\d零一二两三四五六七八九十百千万]/.test(m[0])) out.push([m.index!, m[0]]);
  }
  return out;
}

/** How far after the activity its state is looked for (整改|这块都还没动). */
const STATE_WORDS = 8;

function optionByActivity(
  words: string, names: readonly string[], options: readonly string[], startsAnyItem: (words: string) => boolean,
): Found<string> | null {
  for (const name of names) {
    const core = /^(.{2,6}?)(?:进度|进展|情况|状态)$/.exec(name)?.[1];
    if (!core) continue;
    for (const activity of activityWords(core)) {
      const at = words.indexOf(activity);
      if (at < 0) continue;
      // 还有两处在改扑火队伍早就组建好了 (voice): the state ends where the next item's name starts
      let tail = words.slice(at + activity.length);
      if (activity !== core) {
        const own = /^[完好了的毕]{0,2}/.exec(tail)![0];
        if (tail.slice(own.length).trim() && !startsAnyItem(tail.slice(own.length))) continue;
        tail = own;
      } else {
        // 在整改没有停产的 / 整改这块都还没动 等下周…: nor does it run past a typed pause or into another item's name
        tail = tail.split(/\s/)[0]!;
        for (let k = 0; k < Math.min(tail.length, STATE_WORDS); k++) {
          if (!startsAnyItem(tail.slice(k))) continue;
          tail = tail.slice(0, k);
          break;
        }
      }
      // 已经督促整改 / 整改已经督促了: the state is said of the order to do it, not of the activity (已督促整改完毕 says
      // the activity's own end)
      if (URGED.test(words.slice(0, at) + tail) && !OWN_END.test(tail)) continue;
      const rest = (words.slice(0, at) + tail).replace(/[\s，,。.!！]/g, '').replace(TRAILING, '').replace(THE_REST, '').replace(THIS_PART, '');
      if (!rest || rest.length > 6) continue;
      const similar = optionByState(rest, options);
      if (similar) return { value: similar, index: at };
    }
  }
  return null;
}

/**
 * URGED_ACTIVITY: 已经督促整改 / 已责令限期整改 / 已下发通知要求整改 — a verb of ordering or urging with the activity: what is
 * done (已) is the order, and the activity itself may not have begun, so no progress option is read from it unless the
 * activity's own end is said right after it (整改完毕).
 */
const URGED = /督促|催促|敦促|要求|责令|责成|通知|部署|限期/;
const OWN_END = /^(?:完毕|完成|完了|好了|到位)/;

/** 整改这块 / 整改方面: a word that only points at the activity. */
const THIS_PART = /这块|这一块|方面|这边/g;

/**
 * The last figure of a clause with its measure word (4处, 两处, 1,280户): what follows it may be the state of the
 * rest. Chinese numerals only count with a measure word (一下 is no figure).
 */
const FIGURE_AT = /(?:\d[\d.,]*%?|[零一二两三四五六七八九十百千万]+(?=[处个件户人次家条起项座台]))(?:人次|户次|[处个件户人次家条起项座台])?/y;
const CHINESE_NUMERAL = /[零一二两三四五六七八九十百千万]/;
const MEASURE = /[处个件户人次家条起项座台]/;

/**
 * Where the clause's last figure ends (-1: none). The figure starts at the last digit, or at the last numeral right
 * before a measure word, whichever is later; found from the end, since a regex that backtracks from the end over a
 * long run of numerals (一 × 20,000) retries the whole run at every position.
 */
export function lastFigureEnd(clause: string): number {
  for (let i = clause.length - 1; i >= 0; i--) {
    const c = clause[i]!;
    if (!(c >= '0' && c <= '9') && !(CHINESE_NUMERAL.test(c) && MEASURE.test(clause[i + 1] ?? ''))) continue;
    FIGURE_AT.lastIndex = i;
    const m = FIGURE_AT.exec(clause);
    if (m) return i + m[0].length;
  }
  return -1;
}

/** 整改 for 火灾隐患整改进度, and 改 (还有两处在改) for a two-character activity: the words its state is said with. */
function activityWords(core: string): string[] {
  const verb = core.length > 2 ? core.slice(-2) : core;
  return [...new Set([core, verb, ...(verb.length === 2 && /^(?:整|维|修|治)/.test(verb) ? [verb.slice(1)] : [])])];
}

/** 其他还在整治: the rest of what was counted, whose state is the item's state while any of it is left. */
const THE_REST = /^(?:其他|其余|剩下的?|剩余的?|别的)/;

/** Free text after an explicit label: 备注：… / 负责人为张三 / 站长 蒋红梅 138…; `forms` are the names it may go by. */
export function findText(clause: string, field: FieldDef, forms: readonly string[] = [field.label, ...field.aliases]): Found<string> | null {
  for (const name of forms) {
    const at = clause.indexOf(name);
    if (at < 0) continue;
    // 这个月没有纠纷 调解成功零: a name said to be absent is the object of 没有, not a label with its text after it
    // (取暖隐患无 困难：暂无: a 无 that ends the words before a pause is another item's answer)
    if (/(?:没有|没|无)$/.test(clause.slice(Math.max(0, at - 2), at))) continue;
    const rest = clause.slice(at + name.length);
    // 主要问题补充：… / 重点纠纷有一件：…: a few words between the label and its colon still belong to the label.
    let m = /^\s*(?:[:：]|就是|是|为)\s*(.+)$/.exec(rest) ?? LABEL_TAIL.exec(rest) ?? /^\s+(\S.*)$/.exec(rest) ?? /^([“"「《].+)$/.exec(rest);
    // 站长黄国富: the label run into its value, said at the start of the message or right after the unit's name.
    // (not 主题党日： where 主题 starts a longer name of the field, nor a header ending in a colon)
    const longer = [field.label, ...field.aliases].some((n) => n.includes(name + rest.slice(0, 1)));
    if (!m && !longer && !/[:：]\s*$/.test(rest) && startsStatement(clause.slice(0, at))) m = /^([\u4e00-\u9fa5].*)$/.exec(rest);
    const value = m?.[1]?.replace(TRAILING, '').trim();
    if (value) return { value, index: at };
  }
  return null;
}

const LABEL_TAIL = /^\s*(?:补充|说明|情况|如下|有[一二两三四五六七八九十\d]{1,2}[件起个处条宗户])[:：]\s*(\S.*)$/;

function startsStatement(before: string): boolean {
  const t = before.trim();
  return t === '' || /(?:街道|镇|乡|社区|村)$/.test(t);
}

/**
 * What labelForms and shortLabelForms ask of the other open fields' names (labels and aliases): whether one ends with,
 * or contains, a piece of this field's name. A candidate index answers from tails each field registered once.
 */
export interface OtherNames {
  someEndsWith(tail: string): boolean;
  someIncludes(part: string): boolean;
}

function otherNamesIn(field: FieldDef, others: readonly FieldDef[]): OtherNames {
  const otherNames = others.filter((o) => o.key !== field.key).flatMap((o) => [o.label, ...o.aliases]);
  return {
    someEndsWith: (tail) => otherNames.some((n) => n.endsWith(tail)),
    someIncludes: (part) => otherNames.some((n) => n.includes(part)),
  };
}

/**
 * The names a text or date field may go by: its label and aliases, and their heads (站长 for 服务站站长, 主题 for
 * 主题党日活动主题, 日期 for 主题党日活动日期) when no other open field's name ends the same way.
 */
export function labelForms(field: FieldDef, others: readonly FieldDef[] | OtherNames): string[] {
  const names = [field.label, ...field.aliases].filter(Boolean);
  const otherNames = Array.isArray(others) ? otherNamesIn(field, others) : others as OtherNames;
  const heads: string[] = [];
  for (const name of names) {
    for (let cut = 1; cut <= name.length - 2; cut++) {
      const head = name.slice(cut);
      if (!/[\u4e00-\u9fa5]{2}/.test(head) || /^[数量人户次个处家元额情况总计合]+$/.test(head)) continue;
      if (otherNames.someEndsWith(head) || names.includes(head) || heads.includes(head)) continue;
      heads.push(head);
    }
  }
  // longest first: 活动主题 before 主题
  return [...names, ...heads.sort((a, b) => b.length - a.length)];
}

/** An option field's shortened labels: the heads above and the starts of its names (自评 for 自评等级) no other field shares. */
export function shortLabelForms(field: FieldDef, others: readonly FieldDef[] | OtherNames): string[] {
  const names = [field.label, ...field.aliases].filter(Boolean);
  const otherNames = Array.isArray(others) ? otherNamesIn(field, others) : others as OtherNames;
  const starts = names.flatMap((n) => Array.from({ length: Math.max(0, n.length - 2) }, (_, i) => n.slice(0, i + 2)))
    .filter((p) => /^[\u4e00-\u9fa5]{2,}$/.test(p) && !/[数量人户次个处家元额情况总计合]/.test(p) && !otherNames.someIncludes(p));
  const forms = [...labelForms(field, otherNames).filter((f) => !names.includes(f)), ...starts];
  return [...new Set(forms)].filter((f) => !names.includes(f)).sort((a, b) => b.length - a.length);
}

// (上个月25号 / 本月3号: a day of this month or the last, said by its month's word, is a date as 10月25号 is)
const DATE_RE = /(\d{4}年\d{1,2}月\d{1,2}[日号]?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}月\d{1,2}[日号]?|(?:本月|这个月|上个?月)\d{1,2}[日号]|\d{1,2}[日号]|今天|昨天|前天|明天|后天)/;
/** After a date field's label, 11/19 and 12.1 are a month and a day too. */
const DATE_AFTER_LABEL = new RegExp(`${DATE_RE.source}|(?<![\\d/.])(1[0-2]|0?[1-9])[/.]([12]\\d|3[01]|0?[1-9])(?![\\d/.])`);

/** 12.1 / 11/19 after a date field's label: a month and a day as typed, not a figure. */
export const MONTH_DAY = /^(?:1[0-2]|0?[1-9])[/.](?:[12]\d|3[01]|0?[1-9])$/;

function resolveDate(m: RegExpExecArray, today: LocalDate): LocalDate | null {
  return m[1] ? resolveDateExpression(m[1], today) : resolveDateExpression(`${Number(m[2])}月${Number(m[3])}日`, today);
}

/**
 * A date after the label: 完成日期：11月20日 → 2026-11-20; 日期：11/19; 日期写错了，是11月16日 (the first date later in the
 * sentence, when only a few words without figures come between).
 */
export function findDate(
  clause: string, field: FieldDef, today: LocalDate, forms: readonly string[] = [field.label, ...field.aliases],
): Found<string> | { invalid: string; index: number } | null {
  for (const name of forms) {
    const at = clause.indexOf(name);
    if (at < 0) continue;
    const after = clause.slice(at + name.length);
    const m = DATE_AFTER_LABEL.exec(after);
    if (!m || (m.index > 4 && (/\d/.test(after.slice(0, m.index)) || m.index > 12))) return { invalid: expectation(field), index: at };
    const d = resolveDate(m, today);
    if (!d) return { invalid: expectation(field), index: at };
    return { value: formatLocalDate(d), index: at };
  }
  return null;
}

/** 主题党日11月20日: a full date right after words that name the one open date field. */
export function findNamedDate(clause: string, today: LocalDate, names: (words: string) => boolean): Found<string> | null {
  // 2026.11.29 as typed in a sheet, 十一月十八号 as spoken
  const m = /(\d{4}年\d{1,2}月\d{1,2}[日号]?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?![\d.])|\d{1,2}月\d{1,2}[日号]|(?:本月|这个月|上个?月)\d{1,2}[日号]|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}[日号])/.exec(clause);
  if (!m) return null;
  // 演练2次 最近一次12月1日: the words since the last figure are the ones that name what the date is of
  const before = clause.slice(0, m.index).replace(/^[\s\S]*\d/, '');
  if (!names(before)) return null;
  const d = resolveDateExpression(m[1]!, today);
  return d ? { value: formatLocalDate(d), index: m.index } : null;
}

// DONE_ON_SAID_AS_FINISHED: 11月18号弄完的 / 11月22号就搞完了 — the day, then a verb of doing with its result (弄完, 搞完, 做好)
// or 就/已经 before it: the day it was finished (自查已经搞完了，11月18号弄完的 left 自查完成日期 unread)
const FINISHED_VERB = '(?:就|已经|已|都)?\\s*(?:(?:搞|弄|做|办|整)(?:完|好)?|开展|组织|举行|举办|进行|完成|办完)';
// DONE_WITH_ITS_RESULT: 18号就自查完了 / 25号自查完 / 11月21号查好的 — the day, then any short verb with its result 完 / 好 (自查完
// of 自查完成日期, 核完, 改好): the work finished that day, with or without 了 / 的 (the verb was only 搞 / 弄 / 做… before, so the
// item's own verb read nothing). A verb put off or not done (前, 能, 要, 才, 还没…) says no day it was done.
const DONE_WITH_ITS_RESULT = '(?:就|已经|已|都)?\\s*(?:(?![前后能会要可争才再将还没未不])[\\u4e00-\\u9fa5]){1,2}?(?:完|好)';
const DONE_ON = new RegExp(`^\\s*(?:我们|我村|本村|村里|社区|我们村|我们社区)?\\s*(?:是|在|于)?\\s*${DATE_RE.source}\\s*(?:${FINISHED_VERB}(?:的|了)+|${DONE_WITH_ITS_RESULT}(?:的|了)*)\\s*$`);
const DONE_ON_THING = new RegExp(`${DATE_RE.source}\\s*(?:搞|开展|组织|举行|举办|进行|召开|完成|办)(?:的|了)+(.*)$`);

/**
 * 11月28日搞的: a clause that only says on which day something was done, for the one open date field; or 11月12号搞的
 * 主题党日 when what was done names that field (`names` tells).
 */
export function findDoneOn(clause: string, today: LocalDate, names: (words: string) => boolean = () => false): Found<string> | null {
  let m = DONE_ON.exec(clause);
  if (!m) {
    const loose = DONE_ON_THING.exec(clause);
    if (!loose || /\d/.test(clause.slice(0, loose.index)) || !names(loose[2]!)) return null;
    m = loose;
  }
  const d = resolveDateExpression(m[1]!, today);
  return d ? { value: formatLocalDate(d), index: m.index } : null;
}

const BRACKET_DATES = new RegExp(`^\\s*[（(]\\s*(${DATE_RE.source}(?:\\s*[、，,和及]\\s*${DATE_RE.source})*)\\s*[）)]`);
const ANY_DATE = new RegExp(DATE_RE.source, 'g');

/**
 * 演练1次（11月12日） / 集中慰问 （12月1日）: dates in brackets right after a clause are said of what the clause names;
 * when its words name the one open date field, the date is that field's. Of several dates (11月8日、11月20日) only a
 * field of the latest (最近一次…日期) takes one: the latest.
 */
export function findBracketDate(
  clause: string, following: string, field: FieldDef, today: LocalDate, names: (words: string) => boolean,
): Found<string> | null {
  const m = BRACKET_DATES.exec(following);
  if (!m || !names(clause.replace(/[\d.,]+[\u4e00-\u9fa5]?/g, ' '))) return null;
  const days = [...m[1]!.matchAll(ANY_DATE)].map((d) => resolveDateExpression(d[1]!, today)).filter((d): d is LocalDate => d !== null).map(formatLocalDate);
  if (days.length === 0) return null;
  if (days.length > 1 && !/最近|最后|末次/.test(field.label)) return null;
  return { value: days.sort().at(-1)!, index: clause.length + m.index };
}

