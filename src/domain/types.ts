// Core vocabulary shared by the pure domain, the store and the bot engine.

export type FieldType = 'integer' | 'number' | 'text' | 'date' | 'boolean' | 'enum';

export interface FieldDef {
  key: string;
  label: string;
  aliases: string[];
  type: FieldType;
  unit?: string;
  min?: number;
  max?: number;
  /** Above this a figure is held until the reporter confirms it (a ceiling by measure word when unset). */
  plausibleMax?: number;
  /**
   * How far a figure may move from the unit's previous one for this field before the reporter is asked to confirm it:
   * a ratio (3: more than three times, or less than a third). Unset: no history check.
   */
  tolerance?: number;
  options?: string[];
  /** Ledger (台账) key this field belongs to. */
  ledger?: string;
  /**
   * Its values are personal information (an ID number, a phone, a home address, a list of people): never shown in
   * chat, masked on screen, exported in full only with a stated purpose. Unset: read from the field's name
   * (isPersonalField in personal.ts).
   */
  personal?: boolean;
  /**
   * A shipped entry consulted only by its exact label or aliases (not by similarity): set while a scenario brings its
   * own dictionary, so the run is understood in the scenario's terms.
   */
  fallback?: boolean;
}

/** A cross-field rule of the dictionary: `left op right` must hold for one unit and period (低保人数 >= 低保户数). */
export interface FieldRule {
  id?: number;
  left: string;
  op: '>=' | '<=' | '>' | '<' | '=';
  right: string;
}

export interface Ledger {
  key: string;
  name: string;
}

export interface Department {
  id: string;
  name: string;
  aliases: string[];
}

export type UnitKind = 'district' | 'town' | 'street' | 'village' | 'community';

export interface Unit {
  id: string;
  name: string;
  kind: UnitKind;
  parent?: string;
}

export type Role = 'lead' | 'staff' | 'admin';

export interface Member {
  id: string;
  name: string;
  role: Role;
  department?: string;
  unit?: string;
  serves?: string[];
  identities?: Record<string, string>;
}

export interface Roster {
  departments: Department[];
  units: Unit[];
  members: Member[];
}

/**
 * A reporting period: `YYYY`, `YYYY-Hn`, `YYYY-Qn`, `YYYY-MM`, `YYYY-Www` (ISO week), `YYYY-MM-DD` (a snapshot
 * "截至" that day, or a running total counted to that day), or null.
 */
export type Period = string | null;

export type FieldValue = number | string | boolean;

export interface NewFieldSpec {
  label: string;
  type: FieldType;
  unit?: string;
  /**
   * Dictionary fields the item may mean, best first, when it is close to more than one or only weakly like one: the
   * lead picks (是第N个) rather than the bot guessing or inventing a field.
   */
  choices?: string[];
}

/** What the request parser understood from a lead's notice. */
export interface ParsedRequest {
  department: string;
  title: string;
  fields: string[];
  newFields: NewFieldSpec[];
  period: Period;
  /** Every period the notice asks for when it names several (本月和上月), `period` first; absent when it names one. */
  periods?: string[];
  /** Other periods the ask names that it may mean instead of `period`: the lead is asked which (see requests.ts). */
  periodDoubt?: string[];
  /**
   * The time the ask names when it has no period form (11月1日至20日, 春节期间, 10-11月): the period is null and the lead is
   * asked which period to collect for (see bot/requests.ts).
   */
  periodFormless?: string;
  /**
   * MONTH_NOT_BEGUN: 11月30日前报送12月… posted in November — the month the ask names without its year (`said`) and the years it
   * may be in (`periods`): the period is null and the lead is asked which (see bot/requests.ts).
   */
  periodYearUnclear?: { said: string; periods: string[] };
  /** The instant the data is due; a day-only deadline is the end of that day (23:59:59) in the timezone. */
  deadline: Date | null;
  /** True when the text stated a clock time. */
  deadlineHasTime: boolean;
  /**
   * The units' due time as the notice words it when it names no day (12月中旬前, 下月初前): no deadline is stored from it
   * (a 旬 has no day), and the lead is asked for the day (see bot/requests.ts).
   */
  deadlineVague?: string;
  /**
   * The standing rule's due day as the notice words it (每月8日前) when the period asked now is another round's (本次请补报10月份
   * 数据): no deadline is stored from it, and the lead is asked for this round's day (see bot/requests.ts).
   */
  deadlineOfRounds?: string;
  targets: string[];
  /**
   * The units as the ask words them when a condition picks them (办结率低于95%的镇街): no unit is guessed (targets is empty)
   * and the lead is asked which (see bot/requests.ts).
   */
  targetsCondition?: string;
  /** Units the ask names that the roster does not have (请白鹤乡…): targets is empty and the lead is told (bot/requests.ts). */
  targetsUnknown?: string[];
  /**
   * A titled notice that urges or re-asks (关于催报…的通知, 仍有…尚未报送) and sets its own due time: a reminder of the
   * sender's open request for the same items when there is one, else a notice of its own (see bot/leads.ts).
   */
  reminder?: boolean;
  /**
   * ADDED_ASK (domain/request/parse.ts): the message urged an open ask (…还没报的抓紧) before it added this item; the lead
   * hears about the nudge as well as the added item (bot/leads.ts, NUDGE_BEFORE_AN_ADDED_ITEM).
   */
  nudge?: boolean;
  /**
   * ITEM_TARGETS (domain/request/item-targets.ts): items the notice asks of only some of its units (其中第3项只需街道报送,
   * 养老机构床位数（仅涉农镇街填报）): the item (a field key or a new item's label), the units that report it (empty when the
   * words name none the roster can tell: the item is then asked of nobody and the lead is asked), and those words.
   */
  itemTargets?: Array<{ item: string; targets: string[]; words: string }>;
  /** Only from parseUnread: kinds the notice names that several items count (低保 of 低保、特困数据); the lead is asked which. */
  unreadKinds?: string[];
}

/** Everything the parsers need to know about the world, passed in: the domain does no I/O. */
export interface ParseContext {
  roster: Roster;
  fields: FieldDef[];
  /** The message's own time. Relative words (本月, 明天, 本周五) resolve against it. */
  at: Date;
  /** IANA timezone, e.g. Asia/Shanghai. */
  timezone: string;
  botName: string;
}
