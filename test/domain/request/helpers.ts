// The 永川 roster as the parser meets it (test/support/roster.ts) and a small dictionary, for unit tests of the request parser.
import { readFileSync } from 'node:fs';
import type { FieldDef, Member, ParseContext, ParsedRequest, Roster } from '../../../src/domain/types.js';
import { parserFor } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { wideRoster } from '../../support/roster.js';

export const roster: Roster = wideRoster;

export const fields: FieldDef[] = [
  {"key": "dibao_households", "label": "低保户数", "aliases": ["低保户", "最低生活保障户数"], "type": "integer", "unit": "户", "min": 0},
  {"key": "dibao_persons", "label": "低保人数", "aliases": ["低保对象人数", "低保人口数"], "type": "integer", "unit": "人", "min": 0},
  {"key": "tekun_persons", "label": "特困供养人数", "aliases": ["特困人员数", "特困供养对象数"], "type": "integer", "unit": "人", "min": 0},
  {"key": "temp_aid_times", "label": "临时救助人次", "aliases": ["临时救助次数", "临救人次"], "type": "integer", "unit": "人次", "min": 0},
  {"key": "temp_aid_amount", "label": "临时救助金额", "aliases": ["临时救助资金", "临救金额"], "type": "number", "unit": "元", "min": 0},
  {"key": "centenarians", "label": "百岁老人人数", "aliases": ["百岁老人数", "百岁老人"], "type": "integer", "unit": "人", "min": 0},
  {"key": "disability_subsidy_persons", "label": "残疾人两项补贴人数", "aliases": ["两项补贴人数", "两项补贴享受人数"], "type": "integer", "unit": "人", "min": 0},
  {"key": "medical_aid_times", "label": "医疗救助人次", "aliases": ["医疗救助次数"], "type": "integer", "unit": "人次", "min": 0},
  {"key": "medical_aid_amount", "label": "医疗救助金额", "aliases": ["医疗救助资金"], "type": "number", "unit": "元", "min": 0},
  {"key": "dilapidated_households", "label": "危房改造户数", "aliases": ["农村危房改造户数", "危改户数"], "type": "integer", "unit": "户", "min": 0},
];

export function ctxAt(at: string): ParseContext {
  return { roster, fields, at: new Date(at), timezone: 'Asia/Shanghai', botName: '报数助手' };
}

export const member = (id: string): Member => {
  const m = roster.members.find((x) => x.id === id);
  if (!m) throw new Error(`no member ${id}`);
  return m;
};

let withDictionary: ReturnType<typeof parserFor> | null = null;

/** A notice read as the bot reads it: the whole dictionary of data/fields.json, not the small one above. */
export function parseWithDictionary(text: string, memberId: string, at: string): ParsedRequest | null {
  withDictionary ??= parserFor({ roster, fields: JSON.parse(readFileSync('data/fields.json', 'utf8')).fields, timezone: 'Asia/Shanghai', botName: '报数助手' });
  return withDictionary.parse(text, member(memberId), new Date(at));
}

/** The request's due time in Asia/Shanghai as 2049-11-28T23:59, or undefined. */
export function localDue(request: ParsedRequest | null): string | undefined {
  return request?.deadline ? formatZoned(request.deadline, 'Asia/Shanghai').slice(0, 16) : undefined;
}
