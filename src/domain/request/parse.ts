// The request parser: a lead's (or admin's) channel message → a structured data request, or null.
import { createFieldMatcher, type FieldMatcher } from '../dictionary.js';
import { blankSpans as blankWith, spansOf } from '../text/spans.js';
import { unknownUnitsAskedByName } from '../unknown-units.js';
import { partSpans, partTexts, readAnatomy, splitInlineTitle, withoutParts, type Anatomy, type PartKind } from './anatomy.js';
import type { FieldDef, Member, ParseContext, ParsedRequest, Roster } from '../types.js';
import { daysOfOtherLevelsOnly, findUnitsDeadline, findVagueDue } from './units-deadline.js';
import { boundingDays, dueDays } from './deadline.js';
import { handedForms } from './handed-forms.js';
import { definedItemSpans } from './defined-items.js';
import { coverageSpans } from './coverage.js';
import { readNoticeKind } from './kind.js';
import { buildDepartmentIndex, departmentsIn, resolveDepartment, type DepartmentIndex } from './department.js';
import { asksBeyondNegations, hasAskVerb, isNudgeWithoutAVerb, negatedClauses, looksLikeChannelProcedure, looksLikeDeadlineChange, looksLikeQuestion, looksLikeReminder, resentLabel } from './detect.js';
import { blankSpans, COUNTS_THE_SCOPE, extractItems, itemsFromAttachments, wholeNamesOf } from './items.js';
import { choosePeriod } from './period-choice.js';
import { buildUnitIndex, findTargets, locatingParents, unitNamesIn, type UnitIndex } from './targets.js';
import { prepareText } from '../text/normalize.js';
import { requestTitle } from './title.js';
import { cadenceOf } from '../cadence.js';
import { keepCadenceWord, keepRoundCadence, periodsByCadence } from './report-cadence.js';
import { periodKind } from '../period.js';
import { lateRoundDeadline } from './late-round.js';
import { withImpliedAsk, withLabelledAsk, withMentionedItems, withRepliedCount } from './implied-ask.js';
import { itemTargets } from './item-targets.js';

export interface RequestParser {
  parse(text: string, sender: Member, at: Date): ParsedRequest | null;
  /**
   * A notice the bot cannot read the items of: everything but the items is read (period, due day, targets) and it is a
   * request by its anatomy (see unreadRequestGate); null for anything else, a readable request included.
   */
  parseUnread(text: string, sender: Member, at: Date): ParsedRequest | null;
  /** The items a lead lists in answer to the bot's question about an unread notice (低保户数、特困人数), read as a notice's items. */
  listedItems(text: string): Pick<ParsedRequest, 'fields' | 'newFields'>;
  /** A reminder read as the ask it words (its urging set aside): see readReminderAsAsk. */
  parseReminderAsAsk(text: string, sender: Member, at: Date): ParsedRequest | null;
  matcher: FieldMatcher;
  units: UnitIndex;
  departments: DepartmentIndex;
}

export type ParserSetup = Omit<ParseContext, 'at'>;

/**
 * ADDED_ASK: 另外，这周再加一项： / 此外再增加： / 另外还要补报以下一项： — a clause that opens a new sentence (after a full stop or
 * a comma that follows 另外 / 此外 / 同时) and adds an item to what is asked; what follows it is the added ask.
 */
const ADDED_ASK = /(?<=[。；;！!\n]\s*)(?:另外|此外|同时)?[，,\s]*(?:这周|本周|这次|本次)?(?:再|还要?|另)?(?:加|增加|追加|新增|补充)(?:上)?(?:一项|一个|几项|两项|以下(?:一项|几项)?)(?:数据|指标)?[:：，,]?/;

/**
 * Builds the roster and dictionary indexes once; `parse` is then cheap. Call again when the roster or the
 * dictionary changes.
 *
 * Department: a header naming a department (民政：, 【区民政局】, 转区医保局通知：) wins; else the lead's own; else a
 * department named in an admin's first line; else '' (unknown), which the caller should treat as unassigned.
 * Targets: named units and group phrases; with none, every non-district unit that has staff (see targets.ts).
 */
export function createRequestParser(setup: ParserSetup): RequestParser {
  const matcher = createFieldMatcher(setup.fields);
  const wholeNames = wholeNamesOf(setup.fields);
  const labels = new Map(setup.fields.map((f) => [f.key, f.label]));
  const itemNames = setup.fields.flatMap((f) => [f.label, ...(f.aliases ?? [])]);
  const units = buildUnitIndex(setup.roster);
  const departments = buildDepartmentIndex(setup.roster.departments);
  const { timezone, botName } = setup;

  function parse(text: string, sender: Member, at: Date): ParsedRequest | null {
    return read(text, sender, at, false);
  }

  function parseUnread(text: string, sender: Member, at: Date): ParsedRequest | null {
    return read(text, sender, at, true);
  }

  function listedItems(text: string): Pick<ParsedRequest, 'fields' | 'newFields'> {
    const prepared = prepareText(text, botName);
    // the whole answer is the list of items: it needs no ask verb
    const { fields, newFields } = extractItems(prepared, { matcher, wholeNames, fields: setup.fields, listSpans: [[0, prepared.length]] });
    return { fields, newFields };
  }

  function parseReminderAsAsk(text: string, sender: Member, at: Date): ParsedRequest | null {
    return read(text, sender, at, false, true);
  }

  function read(text: string, sender: Member, at: Date, unread: boolean, asAsk = false): ParsedRequest | null {
    if (sender.role !== 'lead' && sender.role !== 'admin') return null;
    if (typeof text !== 'string' || !text.trim() || Number.isNaN(at.getTime())) return null;
    const prepared = splitInlineTitle(prepareText(text, botName));
    const dept = resolveDepartment(prepared, sender, departments);
    // The header is blanked rather than cut so that 【区民政局】 does not read as a target or an item.
    const withoutHeader = dept.header
      ? prepared.slice(0, dept.header.start) + ' '.repeat(dept.header.end - dept.header.start) + prepared.slice(dept.header.end)
      : prepared;
    const anatomy = readAnatomy(withoutHeader);
    const body = withoutParts(anatomy, TAIL);
    const title = partTexts(anatomy, 'title').join('\n') || undefined;
    // 关于催报…的通知 with an addressee line is a notice of its own: its reminder words say why it is sent, and it is a
    // reminder only when it sets no due time (a repeat of an open request is the bot's repost check, see bot/leads.ts)
    const reminder = !asAsk && looksLikeReminder(withoutParts(anatomy, [...TAIL, 'rules']), title);
    const formal = Boolean(title) && anatomy.parts.some((p) => p.kind === 'addressee');
    // ADDED_ASK: …还没报的抓紧。另外再加一项：事实无人抚养儿童人数，一并报来 — a nudge that goes on to add an item asks for it:
    // the added clause is read as the ask (the nudge before it urges what is already open)
    if (reminder && !formal && !unread) {
      const added = ADDED_ASK.exec(text);
      // (the head itself, 这周再加一项, says when the item is added, not the period it is counted for)
      const cut = added ? added.index + added[0].length : 0;
      if (added && added.index > 0) {
        const ask = read(' '.repeat(cut) + text.slice(cut), sender, at, unread);
        return ask ? { ...ask, nudge: true } : ask;
      }
    }
    if (!asksBeyondNegations(body) && !reminder) {
      const asked = withImpliedAsk(text, matcher) ?? withLabelledAsk(text, matcher) ?? withRepliedCount(text);
      if (asked) return read(asked, sender, at, unread);
    }
    if (!asksBeyondNegations(body) || (reminder && !formal) || looksLikeQuestion(body)) return null;
    // A short 截止时间改为… is an edit of the lead's earlier request (see edit.ts), not a new one.
    if (looksLikeDeadlineChange(body)) return null;

    const deadline = findUnitsDeadline(anatomy, at, timezone);
    if (!deadline && looksLikeChannelProcedure(body, botName)) return null;
    if (reminder && !deadline) return null;
    const vagueDue = deadline ? null : findVagueDue(anatomy);
    const { period, periods: named, spans: periodSpans, candidates, alternatives, formless, dueOfAnotherRound, yearUnclear } = choosePeriod(anatomy, at, timezone, deadline ? [deadline.start, deadline.end] : null, deadline?.deadline, deadline?.round, deadline?.rounds, itemNames);
    // 各乡镇人民政府、街道办事处: a department's short name inside the addressee line (民政 in 人民政府) is not a department
    const addresseeSpans = partSpans(anatomy, ['addressee']);
    const deptSpans = departmentsIn(body, departments).map((d): [number, number] => [d.index, d.index + d.text.length])
      .filter(([s, e]) => !addresseeSpans.some(([as, ae]) => s >= as && e <= ae));
    const targetText = blankWith(withoutParts(anatomy, NOT_FOR_TARGETS), [...deptSpans, ...spansOf(REFERENCE, body)]);
    // 局机关各股室、中心：: a notice addressed only to the issuer's own sections asks the units for nothing
    if (addressesOnlyOwnOffices(anatomy, units)) return null;
    const addressed = scopeNamed(anatomy, targetText, units) ?? addresseeFirst(anatomy, targetText, units);
    const found = addressed ?? findTargets(targetText, units);
    // CONDITIONED_UNITS: 请办结率低于95%的镇街于…前报送整改情况 asks the units a figure puts below a line, which the bot cannot
    // tell: no unit is guessed (not all of them), and the lead is asked which (see bot/requests.ts)
    const condition = conditionOnUnits(withoutParts(anatomy, NOT_FOR_TARGETS), units);
    // ASKED_BY_NAME: 请白鹤乡于明天中午前补报… names units the roster does not have: nobody is asked in their place (not all
    // the units), and the lead is told which names are not on the roster (see bot/requests.ts)
    const unknownAsked = found.explicit ? [] : unknownUnitsAskedByName(targetText, setup.roster);
    const targets = condition || unknownAsked.length ? { ...found, targets: [] } : found;

    // Department names stay in the item text: 消防 (a department) is also part of 消防通道堵塞处数.
    // 按以上八类分别统计人数: an ask that counts the scope list makes its entries the items
    const countsScope = COUNTS_THE_SCOPE.test(withoutParts(anatomy, [...TAIL, 'scope']));
    // 再发一次：按…请各街道于4月8日前…: the resent label names nothing asked; the message re-asks an open request
    const resent = resentLabel(withoutHeader);
    const blanks: Array<[number, number]> = [...keepCadenceWord(body, periodSpans), ...targets.spans, ...partSpans(anatomy, NOT_FOR_ITEMS), ...(countsScope ? [] : scopeWithoutAsk(anatomy, body))];
    if (resent) blanks.push(resent);
    if (deadline) blanks.push(keepRoundCadence(body, [deadline.start, deadline.end]));
    // 5月底以前实际已播种的农作物面积: the day bounds the item, it is not part of its name
    blanks.push(...boundingDays(body));
    // 请于8月16日前填好安全巡查记录表: a second part's due day stays out of the item it is said with
    // (每周五前报一次: the cadence 每周 the due day shares its 周 with stays, as for the deadline itself: keepRoundCadence)
    blanks.push(...dueDays(body).map((span) => keepRoundCadence(body, span)));
    blanks.push(...negatedClauses(body));
    const readItems = (covered: ReadonlyArray<[number, number]>): ReturnType<typeof extractItems> => {
      const read = extractItems(blankSpans(body, [...blanks, ...covered]), {
        matcher, wholeNames, fields: setup.fields, listSpans: partSpans(anatomy, countsScope ? ['items', 'scope'] : ['items']), notice: body,
      });
      for (const key of itemsFromAttachments(withoutParts(anatomy, [...TAIL, ...NOT_FOR_ITEMS]), partTexts(anatomy, 'attachment').join('\n'), matcher)) {
        if (!read.fields.includes(key)) read.fields.push(key);
      }
      // 请于3月5日前将内部审计统计调查表报送…: a notice whose ask names no figure but the forms it hands in by a due day
      if (!read.fields.length && !read.newFields.length && (deadline || vagueDue)) {
        read.fields.push(...handedForms(blankSpans(withoutParts(anatomy, [...TAIL, ...NOT_FOR_ITEMS]), covered), partTexts(anatomy, 'attachment').join('\n'), matcher));
      }
      return read;
    };
    // …等6大类124个指标 / 重点分析…等方面情况，形成《…报告》: a list of what a form or a report covers is no further item,
    // as long as the ask still names a form or a report the dictionary knows; otherwise the list is what is asked
    const covered = coverageSpans(body, partSpans(anatomy, ['items']));
    const withCoverage = covered.length ? readItems(covered) : null;
    const asked = withCoverage?.fields.length ? withCoverage : readItems([]);
    const items = asked.fields.length || asked.newFields.length ? asked : definedItems(body, anatomy) ?? quotedItems(body, anatomy, blanks) ?? asked;
    // (低保、特困数据: a member naming only a kind of several items leaves the list unread; the lead is asked for it whole)
    const noItems = (!items.fields.length && !items.newFields.length) || Boolean(items.categories?.length);
    if (noItems !== unread) return null;
    // (VAGUE_DUE_GATES: 附件表格请于12月上旬报送 hands its forms in by a time as surely as by a day; the lead is asked the day)
    if (unread && !unreadRequestGate(anatomy, body, Boolean(deadline || vagueDue))) return null;
    // 年报和第四季度报表: reports of different cadences each count their own period
    const cadences = items.fields.map((key) => cadenceOf(labels.get(key) ?? ''));
    const periods = (named.length < 2 && period && periodsByCadence(cadences, period, periodKind(period), candidates ?? [])) || named;
    const hasItemList = anatomy.parts.some((p) => p.kind === 'items');
    if (readNoticeKind(anatomy, { hasItemList, hasDeadline: Boolean(deadline), dueIsTask: Boolean(deadline?.task), dueIsRound: Boolean(deadline?.round), hasPeriod: Boolean(periods[0] ?? period), othersDaysOnly: !deadline && !vagueDue && daysOfOtherLevelsOnly(anatomy, at, timezone) }) !== 'request') return null;
    // Unknown items alone are weak evidence: also require something that makes it an ask to units.
    // (a period read only from a scope or a note, 检查范围：2030年以来…, says what is looked at, not what is asked)
    const periodAsked = Boolean(period) && (candidates ?? []).some((c) => c.period === period && c.tier >= 0 && c.tier <= 2);
    // (every notice has an addressee line: only units the ask names itself count here)
    // (an item close to fields the dictionary knows is put to the lead as a choice, see bot/requests.ts: it is not unknown)
    const offered = items.newFields.some((f) => f.choices?.length);
    // UNREAD_ASKS_THE_LEAD: a notice whose items were not read has only the gate's evidence (unreadRequestGate), which
    // already asks for a report or a survey to lower units, or a due day: it is put to the lead rather than dropped
    if (!unread && !items.fields.length && !offered && !deadline && !periodAsked && !(targets.explicit && !addressed)) return null;
    if (unread && (reminder || resent)) return null;

    const kinds = unread ? items.categories ?? [] : [];
    // 请于7月10日前报送上半年… written in November: a passed day that closes the period asked is its (late) round's
    // ITEM_TARGETS: 其中第3项只需街道报送 — an item asked of only some of the units
    const restricted = kinds.length ? [] : itemTargets(body, items.fields, items.newFields.map((f) => f.label), targets.targets, units, matcher, setup.fields);
    const late = deadline ? lateRoundDeadline(deadline.deadline, clauseAround(body, deadline.start, deadline.end), periods[0] ?? period, at) : null;
    return {
      department: dept.id,
      title: requestTitle(prepared),
      fields: kinds.length ? [] : items.fields,
      newFields: kinds.length ? [] : items.newFields,
      ...(kinds.length ? { unreadKinds: kinds } : {}),
      period: periods[0] ?? period,
      ...(periods.length > 1 ? { periods } : {}),
      ...(alternatives?.length && periods.length <= 1 ? { periodDoubt: alternatives } : {}),
      ...(formless && !(periods[0] ?? period) ? { periodFormless: formless } : {}),
      ...(yearUnclear && !(periods[0] ?? period) ? { periodYearUnclear: yearUnclear } : {}),
      // DUE_OF_ANOTHER_ROUND: 每月8日前报送上月…本次请补报10月份数据 — the rule's day is the next round's, none is said for this one:
      // nothing is stored, and the lead is asked for this round's day (bot/requests.ts)
      deadline: dueOfAnotherRound ? null : late ?? deadline?.deadline ?? null,
      deadlineHasTime: dueOfAnotherRound ? false : deadline?.hasTime ?? false,
      ...(dueOfAnotherRound && deadline ? { deadlineOfRounds: `${/每个?月的?\s*$/.exec(body.slice(Math.max(0, deadline.start - 4), deadline.start))?.[0] ?? ''}${body.slice(deadline.start, deadline.end)}` } : {}),
      ...(vagueDue ? { deadlineVague: vagueDue } : {}),
      targets: targets.targets,
      ...(condition ? { targetsCondition: condition } : {}),
      ...(unknownAsked.length ? { targetsUnknown: unknownAsked } : {}),
      ...(reminder || resent ? { reminder: true } : {}),
      ...(restricted.length ? { itemTargets: restricted } : {}),
    };
  }

  /** 请于每月3日前报送上月数据 under 一、统计口径 （一）低保户数：指…: an ask that names no item asks for the figures defined. */
  function definedItems(body: string, anatomy: Anatomy): ReturnType<typeof extractItems> | null {
    const heads = definedItemSpans(anatomy);
    if (!heads.length) return null;
    const onlyHeads = body.split('').map((c, i) => (c === '\n' || heads.some(([s, e]) => i >= s && i < e) ? c : ' ')).join('');
    const read = extractItems(onlyHeads, { matcher, wholeNames, fields: setup.fields, listSpans: heads });
    return read.fields.length || read.newFields.length ? read : null;
  }

  /**
   * QUOTED_ITEMS: 市局要求今天下午5点前报送百岁老人人数，各镇街务必按时报送 — an ask that names no item of its own (按时报送)
   * passes on what the higher body's requirement asks for; the quote is otherwise no place for items.
   */
  function quotedItems(body: string, anatomy: Anatomy, blanks: ReadonlyArray<[number, number]>): ReturnType<typeof extractItems> | null {
    const quotes = partSpans(anatomy, ['quote']);
    if (!quotes.length || !UNITS_ASKED.test(withoutParts(anatomy, [...TAIL, ...NOT_FOR_ITEMS]))) return null;
    const inQuote = (i: number): boolean => quotes.some(([s, e]) => i >= s && i < e);
    const otherBlanks = blanks.filter(([s, e]) => !quotes.some(([qs, qe]) => qs === s && qe === e));
    const onlyQuotes = blankSpans(body, otherBlanks).split('').map((c, i) => (c === '\n' || inQuote(i) ? c : ' ')).join('');
    const read = extractItems(onlyQuotes, { matcher, wholeNames, fields: setup.fields, listSpans: [] });
    return read.fields.length ? read : null;
  }

  return { parse, parseUnread, listedItems, parseReminderAsAsk, matcher, units, departments };
}

/**
 * 青石镇、双河镇人民政府： … 各镇要指定一名联络员 / 各村民小组…报村（居）委会: when the addressee line says who is asked, the
 * body's group words (各镇, 各村) refer back to those units or to levels below them; only units the body names itself
 * (请朱沱镇…) narrow or change the addressees.
 */
function addresseeFirst(anatomy: Anatomy, targetText: string, units: UnitIndex): ReturnType<typeof findTargets> | null {
  const addressees = partSpans(anatomy, ['addressee']);
  if (!addressees.length || !units.pattern) return null;
  const keep = (i: number): boolean => addressees.some(([s, e]) => i >= s && i < e);
  const addresseeText = targetText.split('').map((c, i) => (keep(i) || c === '\n' ? c : ' ')).join('');
  const fromAddressee = findTargets(addresseeText, units);
  if (!fromAddressee.explicit) return null;
  const body = blankWith(targetText, addressees);
  if (!unitNamesIn(body, units).length) return { ...fromAddressee, spans: [...fromAddressee.spans, ...findTargets(body, units).spans] };
  // 各镇街：…请中山路街道、松溉镇重新核实后报送: the units an asking sentence opens its 请 with, among those greeted, are
  // the ones asked. A unit named anywhere else (参照朱沱镇的做法, 报送至朱沱镇民政办, 其中朱沱镇还需…, 《青桐县…方案》)
  // narrows nothing.
  const asking = body.replace(/[^。；;！!\n]+/g, (sentence) => (hasAskVerb(sentence) && asksUnitsByName(sentence, units) ? sentence : ' '.repeat(sentence.length)));
  const fromAsks = asking.trim() ? findTargets(asking, units) : null;
  const among = fromAsks?.explicit && fromAsks.targets.every((id) => fromAddressee.targets.includes(id));
  return among ? { ...fromAsks, spans: [...fromAddressee.spans, ...findTargets(body, units).spans] } : null;
}

/** 请中山路街道、松溉镇…: the sentence's 请 is said to units it names right after it. */
function asksUnitsByName(sentence: string, units: UnitIndex): boolean {
  return unitNamesIn(sentence, units).some((h) => /请\s*$/.test(sentence.slice(0, h.start)));
}

/**
 * 一、参加范围：确定参加本次专项调查的有柏川镇、石岗镇、南河镇和城北街道: a scope section that names units of the roster says
 * who reports, whatever group the addressee line greets; the units it names are the targets (its group words, 根据各乡镇反馈的
 * 情况, are said of the past, not of who is asked).
 */
function scopeNamed(anatomy: Anatomy, targetText: string, units: UnitIndex): ReturnType<typeof findTargets> | null {
  const scopes = partSpans(anatomy, ['scope']);
  if (!scopes.length || !units.pattern) return null;
  const named: string[] = [];
  const spans: Array<[number, number]> = [];
  for (const [s, e] of scopes) {
    const part = targetText.slice(s, e);
    // 除石桥村外: a scope that states an exception is read with the addressees (see findTargets)
    if (/除/.test(part)) return null;
    // 《澄川县…实施方案》: a higher body named like a unit is not a unit (see unitNamesIn)
    // 朱沱镇石桥村: a unit named right before a unit under it only locates it (see locatingParents)
    const hits = unitNamesIn(part, units), locating = locatingParents(part, hits, units);
    for (const h of hits) {
      if (!locating.has(h.start) && !named.includes(h.id)) named.push(h.id);
      spans.push([s + h.start, s + h.end]);
    }
  }
  if (!named.length) return null;
  const whole = findTargets(targetText, units);
  const order = new Map(units.units.map((u, i) => [u.id, i]));
  return { targets: named.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)), explicit: true, spans: [...whole.spans, ...spans] };
}

/**
 * 局机关各股室、中心： / 本局各科室： — an addressee line that names no unit of the roster and no level of units (镇, 乡, 街道,
 * 村, 社区, 单位 in general) but only the issuer's own sections.
 */
const OWN_OFFICES = /(?:局|委|办)?(?:机关)?各?(?:股室|科室|处室|股|科|处|室|中心|站所)(?:[、，,和及]|$)/;
const UNIT_LEVEL = /镇|乡|街道|村|社区|居委会|单位|部门|人民政府/;

function addressesOnlyOwnOffices(anatomy: Anatomy, units: UnitIndex): boolean {
  const line = partTexts(anatomy, 'addressee').join('、').replace(/[:：\s]+$/, '');
  if (!line || UNIT_LEVEL.test(line) || (units.pattern && new RegExp(units.pattern.source).test(line))) return false;
  return OWN_OFFICES.test(line);
}

/**
 * A request whose items the bot cannot read, by its anatomy alone (no wording of one page): a formal notice (a title and an
 * addressee line to lower units), or an ask that opens on the units (各村 / 各社区…) and hands something in (报送 / 填报 /
 * 上报) by a due day, or a form or attachment to fill by a due day. The kind decision (not a reminder, plan, allocation,
 * meeting, bulletin) has already passed. Measured over every development part: no non-request caught (README, phase 19).
 */
function unreadRequestGate(anatomy: Anatomy, body: string, hasDeadline: boolean): boolean {
  const titles = partTexts(anatomy, 'title').map((t) => t.trim());
  if (titles.some((t) => NOT_ASKING_TITLE.test(t))) return false;
  const addressee = partTexts(anatomy, 'addressee').join('、');
  const toLowerUnits = LOWER_UNITS.test(addressee);
  // 关于报送…的通知 / 关于开展…调查的通知 to the towns: the notice's own subject is a report handed in or a survey launched
  if (toLowerUnits && titles.some((t) => REPORTING_TITLE.test(t))) return true;
  if (!hasDeadline) return false;
  // 关于做好…统计工作的通知: a duty to do well is a request only with a day something is due
  if (toLowerUnits && titles.some((t) => DUTY_TITLE.test(t))) return true;
  // 各村（社区）于5月10日前报送…: an ask that opens on the units and hands something in by a due day, read over its whole
  // sentence (ASK_SENTENCE: 1.各单位…于6月12日前完成自查，并将自查情况…报县档案局 is one sentence in two pieces)
  const asks = partSpans(anatomy, ['ask', 'topic']).flatMap(([s, e]) => [body.slice(s, e), body.slice(sentenceStart(body, s), e)]);
  if (asks.some((a) => UNITS_HAND_IN.test(a) || (toLowerUnits && ALL_UNITS_HAND_IN.test(a)))) return true;
  // 附件：…统计表 with a due day: a form to fill
  return toLowerUnits && partTexts(anatomy, 'attachment').some((a) => FORM_NAME.test(a));
}

/** Lower units in an addressee line: towns, streets, villages, communities (not 区直各单位, 县直各部门). */
const LOWER_UNITS = /镇|乡|街道|街镇|村|社区/;
/** A title whose subject is a report handed in or a survey run by the units. */
const REPORTING_TITLE = /关于[^，。；\n]{0,40}?(?:报送|填报|上报|(?:开展|启动)[^，。；\n]{0,40}?(?:调查|普查|统计|摸底|清查|收集|采集|调研|核查))/;
const DUTY_TITLE = /关于[^，。；\n]{0,10}?做好[^，。；\n]{0,40}?(?:调查|普查|统计|摸底|清查|收集|采集|调研|核查)/;
/** Titles that send, allocate, consult, convene or nominate: 下达…计划, 印发/转发…, 征求…意见, 召开/举办…, 启用…系统, 宣传活动, 推荐/申报. */
const NOT_ASKING_TITLE = /下达|印发|转发|征求|召开|举办|启用|宣传|推荐|评选|表彰|申报/;
/**
 * 各村（社区）于5月10日前报送… / 各乡镇…形成专题报告，报县文旅局: the units hand something in, with a verb of reporting or a
 * bare 报 addressed to an office above them (as ASK_VERB reads it).
 */
const HAND_IN = String.raw`[^。；;\n]{0,60}?(?:报送|填报|上报|(?<![瞒漏谎虚迟错汇通举申预情])报(?=[县区市][^，,。；;\n]{1,16}?(?:局|办|委|会|中心|站|股|科|室|大队)))`;
/** 1. / （二） / 3、: the number an entry of a list opens on. */
const ENTRY_NUMBER = String.raw`(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）.．、]\s*)?`;
const UNITS_HAND_IN = new RegExp(String.raw`^\s*${ENTRY_NUMBER}(?:请)?各(?:乡镇|镇街|镇|乡|街道|村|社区|居委会)` + HAND_IN);
/**
 * 1.各单位对照检查内容于6月12日前完成自查，并将自查情况…报县档案局: 各单位 says who hands in only in a notice addressed to the towns
 * and villages (各乡镇人民政府、街道办事处，县直各单位：), where it takes in the units the addressee line greets.
 */
const ALL_UNITS_HAND_IN = new RegExp(String.raw`^\s*${ENTRY_NUMBER}(?:请)?各单位` + HAND_IN);

/**
 * ASK_SENTENCE: where the sentence a piece of the anatomy belongs to begins — the anatomy cuts a sentence at its commas (a
 * topic, then the ask), and who is asked often opens the first piece while the hand-in ends the last.
 */
/** The clause a span is said in, between the stops around it. */
function clauseAround(text: string, start: number, end: number): string {
  let from = start, to = end;
  while (from > 0 && !/[。；;\n]/.test(text[from - 1]!)) from--;
  while (to < text.length && !/[。；;\n]/.test(text[to]!)) to++;
  return text.slice(from, to);
}

function sentenceStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !/[。；;\n]/.test(text[i - 1]!)) i--;
  return i;
}
const FORM_NAME = /表/;

/** Contacts, attachments and the signature: read for nothing. */
const TAIL: PartKind[] = ['contact', 'attachment', 'signature'];
/** Nor are the targets a group named there or in a note. */
const NOT_FOR_TARGETS: PartKind[] = [...TAIL, 'purpose', 'background', 'quote', 'rules', 'period'];
/** 请…报 / 各镇街务必按时报送: the units asked to report, in the notice's own words (QUOTED_ITEMS needs it). */
const UNITS_ASKED = /(?:请|各(?:乡镇|镇街|镇|乡|街道|村|社区|单位))[^，,。；;\n]{0,16}?(?:报送|上报|填报|报)/;
/** Items come from the ask and its list, never from a note or the purpose. */
const NOT_FOR_ITEMS: PartKind[] = ['addressee', 'purpose', 'background', 'quote', 'rules', 'period'];

/**
 * 采集对象：军队转业干部、退役士兵…等十二类人员: a scope entry that asks for nothing lists who is covered, not what is
 * counted (but 已建山塘都要填报表1-1 under 调查范围和内容 asks for a form).
 */
function scopeWithoutAsk(anatomy: Anatomy, text: string): Array<[number, number]> {
  return partSpans(anatomy, ['scope']).filter(([s, e]) => !hasAskVerb(text.slice(s, e)));
}

/** 参照对各街道的要求 / 按前期对街道的要求: units named in a reference to another ask are not addressed. */
/**
 * CONDITIONED_UNITS: 办结率低于95%的镇街 / 进度排名后三位的乡镇 / 未达到序时进度的村: the units an ask speaks to are those a
 * figure puts past a line (低于, 未达到, 排名后…) — said of the group word right after 的, in a clause that asks (请…报送). Which
 * units they are is not in the text unless it names them there (请低于95%的朱沱镇…: the named ones are asked).
 */
const CONDITIONED_UNITS = /(?:低于|高于|不足|不到|未达到?|达不到|超过|少于|多于|排名(?:后|靠后|末|倒数)|排在后|靠后|滞后)[^，,。；;\n]{0,14}?的(镇街|乡镇|镇|乡|街道|村|社区|单位)(?![民级委组干数])/g;

function conditionOnUnits(text: string, units: UnitIndex): string | null {
  CONDITIONED_UNITS.lastIndex = 0;
  for (let m = CONDITIONED_UNITS.exec(text); m; m = CONDITIONED_UNITS.exec(text)) {
    let start = m.index;
    while (start > 0 && !/[，,。；;！!\n]/.test(text[start - 1]!)) start--;
    let end = m.index + m[0].length;
    while (end < text.length && !/[。；;！!\n]/.test(text[end]!)) end++;
    const clause = text.slice(start, end);
    if (!/请|要|须|务必/.test(text.slice(start, m.index + m[0].length + 2)) && !/^\s*(?:对|凡)/.test(clause)) continue;
    if (!hasAskVerb(text.slice(m.index + m[0].length, end))) continue;
    if (unitNamesIn(clause, units).length) continue;
    return text.slice(start, m.index + m[0].length).replace(/^\s*(?:请|对|凡)/, '').trim();
  }
  return null;
}

const REFERENCE = /(?:参照|按照?|比照|依照|对照)(?:前期|此前|之前)?对?[^，,。；;]{0,12}?的(?:要求|做法|标准|口径|方式|安排)/g;


// One parser per (roster, fields, timezone, botName); contexts usually share the same arrays across messages.
const cache = new WeakMap<Roster, WeakMap<FieldDef[], Map<string, RequestParser>>>();

/** The cached parser for a context: its indexes are reused while the roster and fields arrays stay the same. */
export function parserFor(ctx: Omit<ParseContext, 'at'>): RequestParser {
  let byFields = cache.get(ctx.roster);
  if (!byFields) cache.set(ctx.roster, (byFields = new WeakMap()));
  let byKey = byFields.get(ctx.fields);
  if (!byKey) byFields.set(ctx.fields, (byKey = new Map()));
  const key = `${ctx.timezone}\u0000${ctx.botName}`;
  let parser = byKey.get(key);
  if (!parser) byKey.set(key, (parser = createRequestParser(ctx)));
  return parser;
}

/** Convenience entry point over the cached parser. */
/**
 * REMINDER_OF_AN_ASK: 请尚未报送4月低保数据的镇街于5月13日前报送 / …白沙镇未按时报送…请上述镇街于5月12日前补报: a lead's
 * message that urges an ask already made (looksLikeReminder) and names no item the parser reads is no request; it is read
 * for the department it urges (the bot links it to the sender's open ask there, see bot/leads.ts). Null for anything else.
 */
export function readReminder(
  text: string, sender: Member, ctx: ParseContext, parsed?: ParsedRequest | null,
): { department: string } | null {
  if (sender.role !== 'lead' && sender.role !== 'admin') return null;
  if (typeof text !== 'string' || !text.trim()) return null;
  // The caller that has read the message as a request already (null: none) hands its reading in: the text is not read twice.
  if ((parsed === undefined ? parseRequest(text, sender, ctx) : parsed)) return null;
  const prepared = prepareText(text, ctx.botName);
  // The cached parser's department index (built once per roster), not one built for every message.
  const dept = resolveDepartment(prepared, sender, parserFor(ctx).departments);
  const anatomy = readAnatomy(prepared);
  const title = partTexts(anatomy, 'title').join('\n') || undefined;
  const body = withoutParts(anatomy, [...TAIL, 'rules']);
  if (!(hasAskVerb(body) || isNudgeWithoutAVerb(body)) || looksLikeQuestion(body) || !looksLikeReminder(body, title)) return null;
  return { department: dept.id };
}

/**
 * REMINDER_WITH_NOTHING_OPEN: 低保户数每月3日前报上月，请抓紧补报10月份，本周五下班前报来 — a reminder (抓紧, 补报) that names its own
 * item, period and due time words a whole ask. When nothing of the department is open to link it to (bot/leads.ts), it is read as
 * that ask, its urging set aside; a reminder that names less (还没报的抓紧) stays a reminder. Null unless the item, the period and
 * the due time are all read.
 */
export function readReminderAsAsk(text: string, sender: Member, ctx: ParseContext): ParsedRequest | null {
  const asked = parserFor(ctx).parseReminderAsAsk(text, sender, ctx.at);
  return asked && asked.fields.length && asked.period && asked.deadline ? { ...asked, reminder: false } : null;
}

export function parseRequest(text: string, sender: Member, ctx: ParseContext): ParsedRequest | null {
  return parserFor(ctx).parse(text, sender, ctx.at);
}

/**
 * A message that mentions the bot (the mention already cut from `text`) and names only items, whom and when: read as the
 * ask it leaves its verb out of (MENTIONED_ITEMS), or null.
 */
export function parseMentionedItems(text: string, sender: Member, ctx: ParseContext): ParsedRequest | null {
  const parser = parserFor(ctx);
  const asked = withMentionedItems(prepareText(text, ctx.botName).trim(), parser.matcher);
  return asked ? parser.parse(asked, sender, ctx.at) : null;
}
