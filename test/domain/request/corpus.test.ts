// The hand-written request corpus (test/fixtures/requests.json) over the demo roster and built-in dictionary.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRequestParser } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import type { Department, FieldDef, Member, Unit } from '../../../src/domain/types.js';

const readJson = <T>(rel: string): T => JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as T;

interface Fixture {
  id: string;
  from: string;
  at: string;
  text: string;
  expect: { department: string; fields: string[]; newFields?: string[]; period: string | null; deadline: string | null; targets: string[] } | null;
}

const dict = readJson<{ fields: FieldDef[] }>('../../../data/fields.json');
const roster = readJson<{ botName: string; departments: Department[]; units: Unit[]; members: Member[] }>('../../../data/demo/roster.json');
const fixtures = readJson<Fixture[]>('../../fixtures/requests.json');
const TZ = 'Asia/Shanghai';
const parser = createRequestParser({ roster, fields: dict.fields, timezone: TZ, botName: roster.botName });
const members = new Map(roster.members.map((m) => [m.id, m]));
const sameSet = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));

function check(f: Fixture): string[] {
  const sender = members.get(f.from);
  if (!sender) return [`${f.id}: unknown sender ${f.from}`];
  const got = parser.parse(f.text, sender, new Date(f.at));
  const want = f.expect;
  if (!want) return got ? [`${f.id}: false positive ${JSON.stringify(got)}`] : [];
  if (!got) return [`${f.id}: not detected`];
  const out: string[] = [];
  if (got.department !== want.department) out.push(`${f.id}: department ${got.department} ≠ ${want.department}`);
  if (!sameSet(got.fields, want.fields)) out.push(`${f.id}: fields [${got.fields}] ≠ [${want.fields}]`);
  const gotNew = got.newFields.map((n) => n.label);
  if (!sameSet(gotNew, want.newFields ?? [])) out.push(`${f.id}: newFields [${gotNew}] ≠ [${want.newFields ?? []}]`);
  if (got.period !== want.period) out.push(`${f.id}: period ${got.period} ≠ ${want.period}`);
  const d = got.deadline ? formatZoned(got.deadline, TZ) : null;
  const ok = want.deadline == null ? d == null : d != null && (want.deadline.includes('T') ? d.slice(0, 16) === want.deadline && got.deadlineHasTime : d.slice(0, 10) === want.deadline && !got.deadlineHasTime);
  if (!ok) out.push(`${f.id}: deadline ${d} (time ${got.deadlineHasTime}) ≠ ${want.deadline}`);
  if (!sameSet(got.targets, want.targets)) out.push(`${f.id}: targets [${got.targets}] ≠ [${want.targets}]`);
  return out;
}

describe('request corpus', () => {
  it(`parses all ${fixtures.length} messages as expected`, () => {
    const misses = fixtures.flatMap(check);
    if (misses.length) console.log(`${misses.length} misses\n${misses.join('\n')}`);
    expect(misses).toEqual([]);
  });

  it('ignores a 20,000-character notice that asks for nothing, and reads the ask at the end of a long one', () => {
    const lead = members.get('lead_mz')!;
    const at = new Date('2026-11-23T09:00:00+08:00');
    const filler = '请各镇街认真学习文件精神，抓好贯彻落实。'.repeat(2000);
    expect(parser.parse(filler, lead, at)).toBeNull();
    const got = parser.parse(`${filler}请于11月30日前报送本月低保户数。`, lead, at);
    expect(got?.department).toBe('minzheng');
    expect(got?.fields).toEqual(['dibao_households']);
  });
});
