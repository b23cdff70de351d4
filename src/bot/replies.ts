// A staff member's free-text reply: values into the pool (every version kept), then thanks, follow-up or help.
import { describePeriod, findPeriodMentions } from '../domain/period.js';
import { isPersonalField, maskPersonalText } from '../domain/personal.js';
import { periodBefore } from '../domain/prefill.js';
import { counted } from '../store/work-counts.js';
import { parseReply, type InvalidValue, type ParsedReply, type ParsedValue, type ReplyCandidate, type ReplyContext } from '../domain/reply/parse.js';
import { asksWhenDue, pointsToWhatCannotBeRead, saysNotMyItem, saysReported, tellsAMistake } from '../domain/reply/intents.js';
import type { FieldDef, FieldValue } from '../domain/types.js';
import { askFieldsOf, dayKey } from './collect.js';
import { announceIfComplete } from './completion.js';
import { answer, type BotDeps, type Turn } from './context.js';
import { requestersOf } from './ledgers.js';
import { askedAgainLines, heldLines, holdValues, screen, settleHeld } from './held-replies.js';
import { confirmRecheck } from './recheck.js';
import { handOff } from './hand-off.js';
import { quotedFigureCorrection, type FigureOnFile } from '../domain/reply/quoted-figure.js';
import { answerQuestions, askOffered, recordAskedBack, recordQuestions, type AnsweredValue } from './open-questions.js';
import { holdMisnamed, misnamedLines, pendingMisnamed, pendingMisnamedLines, readMisnamed } from './misnamed-units.js';
import { holdUnplaced, readSharedNames, readUnplaced, unplacedLines } from './which-unit.js';
import { applyChanges, siblingChanges, unplacedChange } from './reply-changes.js';
import { replyAnchor } from './reply-anchor.js';
import { EARLY_FIGURES, OTHER_PERIOD_FIGURES } from './early-figures.js';
import { fieldLabel, formatTime, formatValue, memberName, quoteRaw, unitName } from './render.js';
import { labelsOnly, joined, splitQuestion, splitReply } from './split-reply.js';
import { remainingLines, waitingOnAnswer } from './todo.js';

/** The reply names a period (上月, 10月) that none of what it can answer is asked for. */
function namesAnUnaskedPeriod(text: string, at: Date, timezone: string, asked: readonly ReplyCandidate[]): boolean {
  let mentions: ReturnType<typeof findPeriodMentions>;
  try {
    mentions = findPeriodMentions(text, at, timezone);
  } catch {
    return false;
  }
  return mentions.some((m) => !asked.some((c) => c.period === m.period));
}

/** How long after it was asked a figure can still be reported or corrected by a plain reply. */
const REPLY_WINDOW_DAYS = 60;

/**
 * What a unit was asked and can still answer. `reporter`: the member replying; a figure someone else gave for the unit
 * (a town clerk's table) is held but not yet this reporter's answer, so a bare figure of theirs may be meant for it.
 */
export function replyCandidates(deps: BotDeps, unit: string, reporter?: string, now = deps.clock.now()): ReplyCandidate[] {
  const { store } = deps;
  const out: ReplyCandidate[] = [];
  const seen = new Set<string>();
  const heldBy = new Map<ReplyCandidate, number | null>();
  for (const ask of store.asks.replyableOf(unit, new Date(now.getTime() - REPLY_WINDOW_DAYS * 86_400_000))) {
    const field = store.fields.get(ask.field);
    const key = `${ask.field}\u0000${ask.period ?? ''}`;
    if (!field || seen.has(key)) continue;
    seen.add(key);
    const held = store.pool.get(unit, ask.field, ask.period);
    const unsure = held !== undefined && (held.approximate || (reporter !== undefined && held.memberId !== reporter));
    out.push({ field, period: ask.period, answered: held !== undefined, ...(unsure ? { estimate: true } : {}) });
    if (held && reporter !== undefined && held.memberId === reporter) heldBy.set(out[out.length - 1]!, held.messageId);
  }
  // what the reporter's latest reply gave: a bare figure said to correct "what I just said" is for it
  const lastMessage = Math.max(-1, ...[...heldBy.values()].map((m) => m ?? -1));
  for (const [c, message] of heldBy) {
    if (message === null) continue;
    c.given = message;
    if (message === lastMessage) c.latest = true;
  }
  // A figure recently filed under the period the reply named rather than the one asked (the ask's period was misread)
  // can still be corrected by a plain reply.
  const since = new Date(now.getTime() - REPLY_WINDOW_DAYS * 86_400_000);
  const fieldsRead = new Set<string>();
  for (const c of [...out]) {
    // a field asked for several periods: its recent figures were all found at its first candidate
    if (fieldsRead.has(c.field.key)) continue;
    fieldsRead.add(c.field.key);
    for (const period of store.pool.periodsGivenSince(unit, c.field.key, since)) {
      const key = `${c.field.key}\u0000${period}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ field: c.field, period, answered: true });
    }
  }
  return out;
}

export function handleReply(deps: BotDeps, turn: Turn): void {
  const { store } = deps;
  const unit = turn.member.unit;
  if (!unit) {
    answer(deps, turn, '你在名册里还没有所属单位，无法记录数据。请联系管理员补充。');
    return;
  }
  const roster0 = store.roster.snapshot();
  const unitNames = (): string[] => [unit, ...roster0.units.filter((u) => u.parent === unit).map((u) => u.id)].map((u) => unitName(roster0, u));
  const namesAsked = (): string[] => {
    const out: string[] = [];
    for (const u of [unit, ...roster0.units.filter((x) => x.parent === unit).map((x) => x.id)]) {
      for (const c of replyCandidates(deps, u, turn.member.id)) out.push(c.field.label, ...c.field.aliases);
    }
    return out;
  };
  // 宣讲 卫生活动, then 3 7: the figures of a reply whose names came in the message before (LABELS_THEN_FIGURES)
  const split = splitReply(deps, turn, () => ({ asked: namesAsked(), units: unitNames() }));
  // (a question back about no item, 请把项目和数写在一起再发一次, is no question these figures could answer)
  if (split && (split.figures.length !== split.labels.length || waitingOnAnswer(deps, turn.member.id, true))) {
    const why = split.figures.length !== split.labels.length ? 'count' : 'waiting';
    const question = splitQuestion(split, why);
    if (why === 'count') recordAskedBack(deps, turn, unit, split.figures.join(' '), question);
    respond(deps, turn, unit, emptyParse(), [], { lines: [question] });
    return;
  }
  const settled = split ? { values: [], lines: [], consumed: false } : settleHeld(deps, turn);
  if (settled.consumed && !settled.rest) {
    // figures confirmed for the unit a misnamed one meant are checked as any new figure is
    const { pass, hold } = screen(deps, unit, { ...emptyParse(), values: settled.named ?? [] });
    const recorded = storeValues(deps, turn, unit, [...settled.values, ...pass]);
    holdValues(deps, turn, unit, hold, []);
    respond(deps, turn, unit, emptyParse(), recorded, { lines: [...settled.lines, ...heldLines(deps, unit, hold, [])] });
    return;
  }
  // 无误 / 没问题 to figures a lead asked the member to check (RECHECK_ASKED, recheck.ts): they stand, and the lead hears it
  const confirmed = settled.consumed ? null : confirmRecheck(deps, turn);
  if (confirmed) {
    respond(deps, turn, unit, emptyParse(), [], { lines: [confirmed] });
    return;
  }
  // 核了，是0.65万 / 第二个: a short answer to the question the bot asked back settles that question only
  const answered = settled.consumed ? null : answerQuestions(deps, turn);
  if (answered) {
    const recorded = storeValues(deps, turn, unit, answered.values);
    respond(deps, turn, unit, emptyParse(), recorded, { lines: answered.lines });
    return;
  }
  const candidates = counted('reply candidates', () => replyCandidates(deps, unit, turn.member.id));
  const roster = store.roster.snapshot();
  // A town or street clerk may report for the villages and communities under it: each is read against its own asks.
  const others = roster.units.filter((u) => u.parent === unit)
    .map((u) => ({ id: u.id, name: u.name, candidates: replyCandidates(deps, u.id, turn.member.id) }))
    .filter((o) => o.candidates.length > 0);
  if (!candidates.length && !others.length) {
    // figures sent before the ask: read again when one goes out for them (EARLY_FIGURES, early-figures.ts)
    if (turn.message.chat.kind === 'dm') turn.note = EARLY_FIGURES;
    answer(deps, turn, `${unitName(roster, unit)}目前没有需要你报送的数据。有新的报数需求时我会私信你。发送“帮助”查看我能做什么。`);
    return;
  }
  // QUOTED_FIGURE_CORRECTED: 208不对，应该是211 — the figure quoted picks the item the new one corrects (quoted-figure.ts)
  if (!split && !settled.consumed && correctQuotedFigure(deps, turn, unit, candidates)) return;
  const text = split ? joined(split) : settled.rest ?? turn.text;
  const asked = [...candidates, ...others.flatMap((o) => o.candidates)];
  const askedNames: string[] = []; // (a loop: Array#flatMap costs ~1 µs an element, and a reply has hundreds)
  for (const c of asked) askedNames.push(c.field.label, ...c.field.aliases);
  const at = replyAnchor(text, turn.message.at, deps.settings().timezone, asked.map((c) => c.period), askedNames);
  const context: ReplyContext = {
    at, timezone: deps.settings().timezone, candidates, dictionary: store.fields.matchable(), unitName: unitName(roster, unit), others,
  };
  const parsed = counted('parse reply', () => parseReply(text, context));
  // OTHER_PERIOD_KEPT: 护理补贴上月七十一人本月七十三人 with only 本月 asked — the figure said for a period nobody asks of the
  // unit is no figure of the one asked and is not stored, but the message is kept, as early figures are (EARLY_FIGURES): when
  // an ask for that period is about to go out (补报11月…), it is read again for it, instead of the figure being lost and
  // the reporter asked for what they already said.
  if (turn.message.chat.kind === 'dm' && !turn.note && namesAnUnaskedPeriod(text, at, deps.settings().timezone, asked)) turn.note = OTHER_PERIOD_FIGURES;
  // each name with its figure, one item each, nothing else: or nothing is stored and the member is asked
  if (split && !pairedWhole(parsed, split.labels.length, unit)) {
    const question = splitQuestion(split, 'unread');
    recordAskedBack(deps, turn, unit, split.figures.join(' '), question);
    respond(deps, turn, unit, emptyParse(), [], { lines: [question] });
    return;
  }
  // 白菓村 for 白果村: figures under a unit one character from one the reporter reports for wait for a 是的
  const misnamed = readMisnamed(text, context, parsed, { id: unit, name: unitName(roster, unit) }, roster);
  // (one whose figures could not be read again stays noted as another unit's: its figures were not recorded)
  parsed.otherUnits = parsed.otherUnits.filter((u) => !misnamed.some((m) => m.label === u && m.values.length));
  // 四和村还在核: no figure under a misnamed unit yet, still being checked
  const misnamedPending = pendingMisnamed(text, misnamed);
  parsed.otherUnits = parsed.otherUnits.filter((u) => !misnamedPending.some((m) => m.label === u));
  // 清平29户 for 清平村 or 清平社区: 「清平」是清平村还是清平社区？
  const shared = readSharedNames(text, context, parsed, others, roster);
  parsed.otherUnits = parsed.otherUnits.filter((u) => !shared.some((s) => s.label === u));
  const sharedHeld = shared.filter((s) => s.values.length);
  // figures a town clerk gave under no unit it reports for (none named, or a name no roster unit has): 哪个村的数？
  const unplaced = misnamed.length || shared.length ? null : readUnplaced(text, context, parsed, others, roster);
  if (unplaced) {
    parsed.unasked = parsed.unasked.filter((u) => u.unit !== undefined);
    parsed.otherUnits = parsed.otherUnits.filter((u) => u !== unplaced.label);
  }
  const unchanged = carryUnchanged(deps, unit, parsed, candidates, others);
  parsed.values.push(...unchanged.values);
  // 多了5户，人数多了19人: the households of the group whose persons changed
  parsed.changes.push(...siblingChanges(text, parsed, candidates));
  const changed = applyChanges(deps, unit, parsed, turn.member.id);
  parsed.values.push(...changed.values);
  const { pass, hold } = screen(deps, unit, parsed);
  const recorded = storeValues(deps, turn, unit, [...settled.values, ...(split ? pass.map((v) => ({ ...v, labelledIn: split.labelledIn })) : pass)]);
  holdValues(deps, turn, unit, hold, parsed.choices);
  holdMisnamed(deps, turn, unit, misnamed);
  for (const u of [...sharedHeld, ...(unplaced ? [unplaced] : [])]) holdUnplaced(deps, turn, unit, u);
  recordQuestions(deps, turn, unit, [...parsed.invalid, ...unchanged.asked, ...changed.asked]);
  // DUE_QUESTION: 什么时候截止？ / 几号之前报 — the bot knows the due days of what the unit still owes: it says them, and the
  // lead is not called for it (it was forwarded, and the reporter waited on the lead for what the bot's list already said)
  const dueAsked = parsed.question && !recorded.length && asksWhenDue(text) && remainingLines(deps, turn.member.id, unit)[0] === '还差：';
  const forwarded = parsed.question && !recorded.length && !dueAsked && forwardQuestion(deps, turn, unit);
  // 满意率95是按户算的 按人算是93 报哪个: two figures offered for one item are asked back, nothing stored (TWO_FIGURES_OFFERED)
  const offered = parsed.question && !recorded.length && !parsed.values.length && !parsed.invalid.length && !parsed.choices.length
    && !hold.length && !unplaced && !misnamed.length && !sharedHeld.length ? askOffered(deps, turn, unit, text, candidates) : [];
  if (offered.length && forwarded) offered.push('你的问题也已转给发布需求的部门负责人。');
  // 太平、刘家、东山三个村的边沟分别是4公里、3.2公里: which figure is whose cannot be told; nothing of it was read
  // (RESPECTIVELY_UNMATCHED, parse.ts), and the question stays open until a figure comes
  const unspread = (parsed.unspread ?? []).map((raw) => ({ raw, line: `“${raw}”没有记录：名称和数的个数对不上，请逐个写上名称和数再发一次。` }));
  for (const u of unspread) recordAskedBack(deps, turn, unit, u.raw, u.line);
  const lines = [...(dueAsked ? ['各项的截止时间写在下面的括号里：'] : []), ...offered, ...unspread.map((u) => u.line), ...unchanged.lines, ...changed.lines, ...heldLines(deps, unit, hold, parsed.choices), ...misnamedLines(deps, misnamed), ...pendingMisnamedLines(misnamedPending),
    ...[...sharedHeld, ...(unplaced ? [unplaced] : [])].flatMap((u) => unplacedLines(deps, u))];
  // nothing read at all: a question back still waiting is asked again, once (ASKED_AGAIN_ONCE)
  const readNothing = !recorded.length && !lines.length && !parsed.invalid.length && !parsed.unasked.length && !parsed.otherUnits.length
    && !parsed.question && !parsed.pending && !parsed.ack;
  // 宣讲 卫生活动 alone: the figures are expected in the next message
  const labels = readNothing && turn.message.chat.kind === 'dm' ? labelsOnly(turn.text, askedNames, unitNames()) : null;
  // 多了5户 naming no item: asked which, never answered 没有找到
  const change = readNothing && !labels ? unplacedChange(text) : null;
  // NOT_MY_ITEM: 我不负责培训这块，找村里的李娟 / 商户这块我们社区不管，你问下王所长 — the reporter says an item is not theirs (and
  // maybe who has it): the lead who asked is told, to ask the right person, and the reporter hears so (it was answered
  // 这条消息里没有找到…数据, as if the figures were missing)
  // (HANDED_TO_A_COLLEAGUE, hand-off.ts: 低保这块不归我管，是曾强在负责 names a colleague of the unit — told directly, the lead
  // is not called)
  const handed = readNothing && !labels && !change ? handOff(deps, turn, unit) : null;
  const notMine = !handed && readNothing && !labels && !change && saysNotMyItem(text) && forwardQuestion(deps, turn, unit, '说');
  // NOT_MY_ITEM_BESIDE_FIGURES: 低保不归我管，特困是18人 — figures stored, and the words saying another item is not the
  // reporter's (their clauses with no figure in them) go to the lead as they would alone (the lead never heard of it)
  const notMineSaid = !readNothing && recorded.length ? notMyItemClauses(text) : '';
  const notMineBeside = !!notMineSaid && forwardQuestion(deps, turn, unit, '说', notMineSaid);
  const notMineLine = handed ? [handed] : notMine ? ['好的，已转告发布需求的部门负责人，由负责人找对应的同志报送这一项。你负责的其他项目请继续报。']
    : notMineBeside ? [`“${notMineSaid}”已转告发布需求的部门负责人，由负责人找对应的同志报送。`] : [];
  const again = readNothing && !labels && !change && !notMine && !handed ? askedAgainLines(deps, turn) : [];
  const fits = change ? asked.find((c) => c.field.unit === change.unit) : undefined;
  const changeLine = change ? [`“${change.said}”没有记录：是哪一项的变化？请写上项目名称再发一次${fits ? `，例如“${fits.field.label}${change.said}”` : ''}。`] : [];
  const labelsLine = labels ? [`好的，请接着按顺序发${labels.labels.join('、')}的数，用空格隔开即可。`] : [];
  if (change) recordAskedBack(deps, turn, unit, change.said, changeLine[0]!);
  respond(deps, turn, unit, parsed, recorded, { lines: [...lines, ...again, ...labelsLine, ...changeLine, ...notMineLine] });
}

/** A reply put back together from names and figures read whole: one figure (or question) for each name, each item once. */
function pairedWhole(parsed: ParsedReply, names: number, unit: string): boolean {
  const items = new Set([...parsed.values, ...parsed.invalid].map((v) => `${v.unit ?? unit}\u0000${v.field}`));
  return parsed.values.length + parsed.invalid.length === names && items.size === names && !parsed.choices.length
    && !parsed.unasked.length && !parsed.otherUnits.length && !parsed.question;
}

const NO_LAST_FIGURE = '以下数据项没有上期数据可以沿用，请直接回复数字';

/**
 * 同上月 / 低保户数、人数都没变: each item the reply says is unchanged, still open for one period (the one it names, if
 * it names one the unit was asked for), takes the unit's figure for the period just before; an item with none is said.
 */
function carryUnchanged(
  deps: BotDeps, unit: string, parsed: ParsedReply, candidates: ReplyCandidate[], others: Array<{ id: string; candidates: ReplyCandidate[] }>,
): { values: ParsedValue[]; lines: string[]; asked: InvalidValue[] } {
  const values: ParsedValue[] = [];
  const without = new Set<string>();
  // the items with no figure to carry, one period each: a bare number in the next reply answers them
  const asked: InvalidValue[] = [];
  for (const claim of parsed.unchanged) {
    const owner = claim.unit ?? unit;
    const open = (claim.unit ? others.find((o) => o.id === claim.unit)?.candidates ?? [] : candidates).filter((c) => !c.answered);
    const given = (c: ReplyCandidate): boolean =>
      [...parsed.values, ...values].some((v) => (v.unit ?? unit) === owner && v.field === c.field.key && v.period === c.period)
      || parsed.invalid.some((v) => (v.unit ?? unit) === owner && v.field === c.field.key)
      || parsed.choices.some((ch) => (ch.unit ?? unit) === owner && ch.options.some((o) => o.field === c.field.key));
    const wanted = open.filter((c) => (!claim.fields || claim.fields.includes(c.field.key)) && !given(c));
    const named = claim.period ? wanted.filter((c) => c.period === claim.period) : [];
    const inScope = named.length ? named : wanted;
    for (const c of inScope) {
      // the same item open for two periods and none named: which one is unclear, so nothing is carried
      if (!c.period || inScope.filter((x) => x.field.key === c.field.key).length > 1) continue;
      const before = periodBefore(c.period);
      const last = before ? deps.store.pool.get(owner, c.field.key, before) : undefined;
      if (!last) {
        without.add(c.field.label);
        asked.push({ ...(claim.unit ? { unit: claim.unit } : {}), field: c.field.key, period: c.period, raw: claim.raw, reason: NO_LAST_FIGURE });
        continue;
      }
      values.push({
        ...(claim.unit ? { unit: claim.unit } : {}), field: c.field.key, period: c.period, value: last.value, raw: claim.raw, correction: false,
        ...(last.approximate ? { approximate: true } : {}),
      });
    }
  }
  const lines = without.size ? [`${NO_LAST_FIGURE}：${[...without].join('、')}。`] : [];
  return { values, lines, asked };
}

/**
 * Stores (or refuses, saying why) the correction a message makes by quoting the unit's wrong figure. False when the message
 * is no such correction.
 */
function correctQuotedFigure(deps: BotDeps, turn: Turn, unit: string, candidates: readonly ReplyCandidate[]): boolean {
  const onFile: FigureOnFile[] = [];
  for (const c of candidates) {
    const held = c.answered ? deps.store.pool.get(unit, c.field.key, c.period) : undefined;
    if (held && !held.approximate) onFile.push({ field: c.field, period: c.period, value: held.value });
  }
  if (!onFile.length) return false;
  const names = deps.store.fields.matchable().some((f) => [f.label, ...f.aliases].some((n) => n.length >= 2 && turn.text.includes(n)));
  const found = quotedFigureCorrection(turn.text, onFile, names);
  if (!found) return false;
  const parsed = emptyParse();
  if (found.kind === 'invalid') {
    parsed.invalid.push({ field: found.field.key, period: found.period, raw: found.raw, reason: found.reason });
    recordQuestions(deps, turn, unit, parsed.invalid);
    respond(deps, turn, unit, parsed, []);
    return true;
  }
  parsed.values.push({ field: found.field.key, period: found.period, value: found.value, raw: found.raw, correction: true });
  const { pass, hold } = screen(deps, unit, parsed);
  const recorded = storeValues(deps, turn, unit, pass);
  holdValues(deps, turn, unit, hold, []);
  respond(deps, turn, unit, parsed, recorded, { lines: heldLines(deps, unit, hold, []) });
  return true;
}


function emptyParse(): ParsedReply {
  return { values: [], invalid: [], ack: false, question: false, pending: false, correction: false, unasked: [], choices: [], otherUnits: [], unchanged: [], changes: [] };
}

interface Recorded {
  unit: string;
  field: FieldDef;
  period: string | null;
  value: string;
  previous: string | null;
  approximate: boolean;
}

/** 约380人 for an estimate. */
function shown(value: FieldValue, field: FieldDef, approximate: boolean | undefined): string {
  return `${approximate ? '约' : ''}${formatValue(value, field)}`;
}

/** A figure whose item was named in the message before (LABELS_THEN_FIGURES): that message is kept with it. */
type LabelledValue = ParsedValue & { labelledIn: number };

function storeValues(deps: BotDeps, turn: Turn, reporter: string, values: ReadonlyArray<ParsedValue | AnsweredValue | LabelledValue>): Recorded[] {
  const { store } = deps;
  const roster = store.roster.snapshot();
  const tz = deps.settings().timezone;
  const out: Recorded[] = [];
  const touched = new Set<number>();
  for (const v of values) {
    const field = store.fields.get(v.field);
    if (!field) continue;
    // a figure a town clerk gave for one of its villages goes to that village
    const unit = v.unit ?? reporter;
    // a figure for what was held supersedes the hold
    store.held.settleFor(unit, v.field, v.period, 'replaced', turn.now);
    store.questions.closeFor(unit, v.field, v.period, turn.lineId, turn.now);
    const { previous } = store.pool.put({
      unit, field: v.field, period: v.period, value: v.value, memberId: turn.member.id, messageId: turn.lineId, at: turn.now,
      ...(v.approximate ? { approximate: true } : {}),
    });
    store.asks.answer(unit, v.field, v.period, turn.now);
    const changed = previous !== undefined
      && (JSON.stringify(previous.value) !== JSON.stringify(v.value) || !!previous.approximate !== !!v.approximate);
    // The pool holds a personal value; the audit keeps only its masked form (the pool's history has every version).
    const personal = isPersonalField(field);
    const audited = (x: FieldValue | undefined): FieldValue | undefined => (personal && x !== undefined ? maskPersonalText(String(x)) : x);
    store.audit.record(turn.now, turn.member.id, changed ? 'value.correct' : 'value.report', `${unit}/${v.field}/${v.period ?? ''}`, {
      value: audited(v.value), previous: audited(previous?.value), raw: personal ? maskPersonalText(v.raw) : v.raw, message: turn.lineId,
      // 留痕: an answer to a question back keeps the message that raised the question beside its own
      ...('askedIn' in v ? { askedIn: v.askedIn } : {}),
      ...('labelledIn' in v ? { labelledIn: v.labelledIn } : {}),
      ...(v.approximate ? { approximate: true } : {}),
    });
    out.push({
      unit, field, period: v.period, value: shown(v.value, field, v.approximate), previous: changed ? shown(previous!.value, field, previous!.approximate) : null,
      approximate: !!v.approximate,
    });
    if (!previous) store.counters.add('valuesCollected', 1, dayKey(deps, turn.now));
    for (const id of store.collections.idsCovering(unit, v.field, v.period)) touched.add(id);
    if (changed) {
      const leads = new Set(
        store.collections.idsCovering(unit, v.field, v.period)
          .flatMap((id) => store.requests.inCollection(id))
          .filter((r) => askFieldsOf(r).includes(v.field) && r.targets.includes(unit))
          .flatMap((r) => requestersOf(roster, r)),
      );
      for (const lead of leads) {
        const change = personal ? `已更正（个人信息，不在聊天中显示）` : `由 ${shown(previous!.value, field, previous!.approximate)} 改为 ${shown(v.value, field, v.approximate)}`;
        deps.outbound.say({ kind: 'dm', memberId: lead }, {
          text: `更正通知：${unitName(roster, unit)}${field.label}（${describePeriod(v.period)}）${change}（${turn.member.name}，${formatTime(turn.now, tz)}）。此前引用旧数的地方请同步更新。`,
        }, { initiated: true });
      }
    }
  }
  // a figure reported settles a question back about no one item (是哪一项的变化？请…再发一次)
  if (out.length) store.questions.closeOfNoItem(turn.member.id, turn.lineId, turn.now);
  for (const id of touched) announceIfComplete(deps, id);
  return out;
}

function forwardQuestion(deps: BotDeps, turn: Turn, unit: string, verb = '问', said = turn.text): boolean {
  const { store } = deps;
  const roster = store.roster.snapshot();
  // The unit's open asks are all among its replyable ones (kept in memory); every ask it had is read only when none is open.
  const openCollections = [...new Set(store.asks.replyableOf(unit, turn.now).filter((a) => a.status === 'open').map((a) => a.collectionId))];
  const pool = openCollections.length ? openCollections : [...new Set(store.asks.ofUnit(unit).map((a) => a.collectionId))];
  const mentioned = pickCollectionsByText(deps, said, pool);
  // A question about one item goes to the leads whose requests ask for it, not to every lead of a merged collection.
  const items = fieldsNamedIn(deps, said, mentioned);
  const leads = [...new Set(mentioned.flatMap((id) => store.requests.inCollection(id)
    .filter((r) => !items.length || askFieldsOf(r).some((k) => items.includes(k)))
    .flatMap((r) => requestersOf(roster, r))))].slice(0, 3);
  if (!leads.length) return false;
  const names = leads.map((id) => `@${memberName(roster, id)}`).join(' ');
  deps.outbound.say({ kind: 'channel' }, {
    text: `${names} ${turn.member.name}（${unitName(roster, unit)}）${verb}：${said.trim()}`, mentions: leads,
  });
  return true;
}

/** Fields of these collections the text names by label or alias (whole words, not a shared prefix). */
function fieldsNamedIn(deps: BotDeps, text: string, ids: number[]): string[] {
  const keys = [...new Set(ids.flatMap((id) => deps.store.collections.get(id)?.fields ?? []))];
  return keys.filter((k) => {
    const f = deps.store.fields.get(k);
    return f !== undefined && [f.label, ...f.aliases].some((name) => name.length >= 2 && text.includes(name));
  });
}

/** Collections whose field labels share words with the question; all of them when none does. */
// (loops, not closures made each call: HOT_WORK_IN_LONG_LIVED_FUNCTIONS in collect.ts)
function pickCollectionsByText(deps: BotDeps, text: string, ids: number[]): number[] {
  const hits: number[] = [];
  for (const id of ids) {
    if (fieldStartSaid(deps, text, deps.store.collections.get(id)?.fields ?? [])) hits.push(id);
  }
  return hits.length ? hits : ids;
}

/** Whether the text says the first two characters of a label or alias (two or more long) of one of the fields. */
function fieldStartSaid(deps: BotDeps, text: string, keys: readonly string[]): boolean {
  for (const k of keys) {
    const f = deps.store.fields.get(k);
    if (startSaid(text, f?.label ?? '')) return true;
    for (const alias of f?.aliases ?? []) if (startSaid(text, alias)) return true;
  }
  return false;
}

function startSaid(text: string, name: string): boolean {
  return name.length >= 2 && text.includes(name.slice(0, 2));
}

/** The clauses of a reply with figures that say an item is not the reporter's (NOT_MY_ITEM) and hold no figure, joined. */
function notMyItemClauses(text: string): string {
  const clauses = text.split(/[，,。；;！!\n]+/).map((c) => c.trim()).filter(Boolean);
  const at = clauses.findIndex((c) => saysNotMyItem(c) && !/\d/.test(c));
  if (at < 0) return '';
  // (低保不归我管，是农服中心在发: who has it, said right after with no figure, goes with it)
  const next = clauses[at + 1];
  return next && !/\d|[一二两三四五六七八九十百千万]/.test(next) && /^(?:是|由|找|问)/.test(next) ? `${clauses[at]}，${next}` : clauses[at]!;
}



interface Extra {
  /** Held figures and questions back, or what settling them said. */
  lines: string[];
}


/** A figure said for a period nobody asked, while the asked period's figure is already held: nothing more is asked for. */
function reasonNow(deps: BotDeps, bad: InvalidValue, unit: string): string {
  if (!bad.saidForAnotherPeriod || !bad.period || !deps.store.pool.get(unit, bad.field, bad.period)) return bad.reason;
  return `${bad.reason.split('，')[0]}（${describePeriod(bad.period)}的已经报了）`;
}

function respond(deps: BotDeps, turn: Turn, unit: string, parsed: ParsedReply, recorded: Recorded[], extra: Extra = { lines: [] }): void {
  const { store } = deps;
  const roster = store.roster.snapshot();
  const fields = store.fields;
  const lines: string[] = [];
  // the reporter's own unit first, then each village or community it reported for
  const units = [...new Set([unit, ...recorded.map((r) => r.unit)])];
  for (const u of units) {
    const mine = recorded.filter((r) => r.unit === u);
    if (!mine.length) continue;
    lines.push(`已记录（${unitName(roster, u)}）：`);
    for (const r of mine) {
      lines.push(r.previous !== null
        ? `· ${r.field.label}（${describePeriod(r.period)}）：${isPersonalField(r.field) ? r.value : `${r.previous} → ${r.value}`}（已更正，旧值留档）`
        : `· ${r.field.label}（${describePeriod(r.period)}）：${r.value}`);
    }
  }
  if (recorded.some((r) => r.approximate)) lines.push('标“约”的是约数，已按约数记录；有准确数时直接回复即可更正。');
  const whose = (u: string | undefined): string => (u && u !== unit ? `${unitName(roster, u)}` : '');
  if (parsed.invalid.length) {
    lines.push('以下内容没有记录：');
    for (const bad of parsed.invalid) lines.push(`· ${whose(bad.unit)}${fieldLabel(fields, bad.field)}“${quoteRaw(bad.raw, fields.get(bad.field))}”：${reasonNow(deps, bad, bad.unit ?? unit)}`);
  }
  lines.push(...extra.lines);
  if (parsed.otherUnits.length) {
    lines.push(`${parsed.otherUnits.join('、')}的数没有记录：没有要你代报的项目，请由该单位的报数人报送。`);
  }
  if (parsed.unasked.length) {
    lines.push('以下数字不在要你报的项目里，没有记录：');
    for (const u of parsed.unasked) lines.push(`· ${whose(u.unit)}${u.label ?? fieldLabel(fields, u.field)}“${quoteRaw(u.raw, fields.get(u.field))}”`);
  }
  if (!recorded.length && !parsed.invalid.length && !extra.lines.length && !parsed.unasked.length && !parsed.otherUnits.length) {
    if (parsed.question) lines.push('你的问题已转给发布需求的部门负责人，请留意群里的答复。');
    // WRONG_WITHOUT_THE_RIGHT_FIGURE: 撤回，上面的数据不对，我重新核一下 — the reporter says a figure given was wrong and gives
    // none in its place: what stands, and how to correct it, not "no data found"
    // (刚才的人数多报了10个: the size of a mistake is no figure either)
    else if ((parsed.correction || tellsAMistake(turn.text)) && deps.store.pool.ofUnit(unit).some((v) => v.memberId === turn.member.id)) {
      lines.push('好的。更正时请直接回复正确的数，如“更正：低保户数应为…”；更正之前，已报的数仍按原数保留在数据池中。');
    } else if (parsed.pending) lines.push('好的，记下了，核实后直接回复数据即可。');
    else if (parsed.ack) lines.push('收到。');
    else if (pointsToWhatCannotBeRead(turn.text)) lines.push('图片、语音和文件里的内容我读不到，请把数据直接打字回复，例如“低保户数：120”。');
    // SAID_REPORTED_ELSEWHERE: 周科，已报 / 数据已发邮箱 / 系统里填了 with nothing of theirs on file for what is owed: the bot says
    // it has not got the figures (a generic "no data found" left the clerk believing they had reported)
    else if (saysReported(turn.text) && remainingLines(deps, turn.member.id, unit)[0] === '还差：') {
      lines.push('我这里还没有收到下面这些数据。如果是在别的系统、邮箱或表格里报的，也请在这里直接回复一遍数字，例如“低保户数：120”。');
    }
    else lines.push('这条消息里没有找到需要你报送的数据。可以这样回复：“低保户数：120”，一行一项，或一句话写几项。');
  }
  lines.push(...remainingLines(deps, turn.member.id, unit));
  answer(deps, turn, lines.join('\n'));
}
