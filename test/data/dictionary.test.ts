import fs from 'node:fs';
import { describe, it, expect } from 'vitest';
import type { Department, FieldDef, Ledger, Member, Unit } from '../../src/domain/types.js';

function readJson<T>(rel: string): T {
  return JSON.parse(fs.readFileSync(new URL(rel, import.meta.url), 'utf8')) as T;
}

interface Dictionary {
  ledgers: Ledger[];
  fields: FieldDef[];
}
interface DemoRoster {
  botName: string;
  departments: Department[];
  units: Unit[];
  members: Member[];
}
interface Expectation {
  department: string;
  fields: string[];
  newFields?: string[];
  period: string | null;
  deadline: string | null;
  targets: string[];
}
interface Fixture {
  id: string;
  from: string;
  at: string;
  text: string;
  expect: Expectation | null;
}

const dict = readJson<Dictionary>('../../data/fields.json');
const roster = readJson<DemoRoster>('../../data/demo/roster.json');
const fixtures = readJson<Fixture[]>('../fixtures/requests.json');

const FIELD_TYPES = new Set(['integer', 'number', 'text', 'date', 'boolean', 'enum']);
const SNAKE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) dup.add(v);
    seen.add(v);
  }
  return [...dup];
}

describe('data/fields.json (built-in field dictionary)', () => {
  it('has at least 90 fields in at least 10 ledgers', () => {
    expect(dict.fields.length).toBeGreaterThanOrEqual(90);
    expect(dict.ledgers.length).toBeGreaterThanOrEqual(10);
  });

  it('has unique snake_case ledger and field keys', () => {
    expect(duplicates(dict.ledgers.map((l) => l.key))).toEqual([]);
    expect(duplicates(dict.fields.map((f) => f.key))).toEqual([]);
    for (const l of dict.ledgers) {
      expect(l.key).toMatch(SNAKE);
      expect(l.name.trim()).not.toBe('');
    }
    for (const f of dict.fields) expect(f.key, f.key).toMatch(SNAKE);
  });

  it('puts every field in an existing ledger, and every ledger has fields', () => {
    const ledgers = new Set(dict.ledgers.map((l) => l.key));
    for (const f of dict.fields) expect(ledgers.has(f.ledger ?? ''), `${f.key} → ${f.ledger}`).toBe(true);
    for (const l of dict.ledgers) {
      expect(dict.fields.some((f) => f.ledger === l.key), l.key).toBe(true);
    }
  });

  it('gives every field a label, 2–4 aliases, a valid type and sane bounds', () => {
    for (const f of dict.fields) {
      expect(f.label.trim(), f.key).not.toBe('');
      expect(f.aliases.length, f.key).toBeGreaterThanOrEqual(2);
      expect(f.aliases.length, f.key).toBeLessThanOrEqual(4);
      expect(FIELD_TYPES.has(f.type), f.key).toBe(true);
      if (f.type === 'integer' || f.type === 'number') {
        expect(f.unit, f.key).toBeTruthy();
        expect(f.min, f.key).toBe(0);
      }
      if (f.unit === '%') expect(f.max, f.key).toBe(100);
      if (f.max !== undefined && f.min !== undefined) expect(f.max).toBeGreaterThan(f.min);
    }
  });

  it('gives enum fields a non-empty list of distinct options', () => {
    const enums = dict.fields.filter((f) => f.type === 'enum');
    expect(enums.length).toBeGreaterThan(0);
    for (const f of enums) {
      expect(f.options?.length ?? 0, f.key).toBeGreaterThanOrEqual(2);
      expect(duplicates(f.options ?? [])).toEqual([]);
    }
    for (const f of dict.fields.filter((x) => x.type !== 'enum')) expect(f.options, f.key).toBeUndefined();
  });

  it('shares no alias between two fields', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const f of dict.fields) {
      for (const a of new Set(f.aliases)) {
        const prev = owner.get(a);
        if (prev !== undefined && prev !== f.key) clashes.push(`${a}: ${prev} / ${f.key}`);
        owner.set(a, f.key);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('keeps every label and alias unique across all fields', () => {
    const all: string[] = [];
    for (const f of dict.fields) {
      const own = [f.label, ...f.aliases];
      expect(duplicates(own), `${f.key} repeats a name`).toEqual([]);
      all.push(...own);
    }
    expect(duplicates(all)).toEqual([]);
  });

  it('agrees with the public scenarios on shared keys and labels', () => {
    const labels: Record<string, string> = {
      dibao_households: '低保户数',
      dibao_persons: '低保人数',
      tekun_persons: '特困供养人数',
      temp_aid_times: '临时救助人次',
      temp_aid_amount: '临时救助金额',
      centenarians: '百岁老人人数',
      disability_subsidy_persons: '残疾人两项补贴人数',
      medical_aid_times: '医疗救助人次',
      medical_aid_amount: '医疗救助金额',
      dilapidated_households: '危房改造户数',
      jiuxiao_venues: '九小场所数量',
      inspected_venues: '已检查场所数',
      blocked_fire_exits: '消防通道堵塞处数',
      expired_extinguishers: '灭火器过期数',
      food_safety_hazards: '食品安全隐患数',
      gas_hazards: '燃气隐患数',
      electrical_hazards: '电路隐患数',
      self_check_done: '是否完成自查',
      fire_rectify_status: '消防隐患整改进度',
      broken_manhole_covers: '井盖破损数',
      road_occupation: '占道经营处数',
      septic_tank_hazards: '化粪池隐患数',
    };
    const byKey = new Map(dict.fields.map((f) => [f.key, f]));
    for (const [key, label] of Object.entries(labels)) expect(byKey.get(key)?.label, key).toBe(label);
    expect(byKey.get('self_check_done')?.type).toBe('boolean');
    expect(byKey.get('fire_rectify_status')?.options).toEqual(['已完成', '整改中', '未开始']);
  });
});

describe('data/demo/roster.json', () => {
  const deptIds = new Set(roster.departments.map((d) => d.id));
  const unitIds = new Set(roster.units.map((u) => u.id));

  it('has unique ascii snake_case ids', () => {
    expect(duplicates(roster.departments.map((d) => d.id))).toEqual([]);
    expect(duplicates(roster.units.map((u) => u.id))).toEqual([]);
    expect(duplicates(roster.members.map((m) => m.id))).toEqual([]);
    for (const x of [...roster.departments, ...roster.units, ...roster.members]) expect(x.id).toMatch(SNAKE);
    expect(roster.botName.trim()).not.toBe('');
  });

  it('has no department name or alias shared by two departments', () => {
    expect(duplicates(roster.departments.flatMap((d) => [...new Set([d.name, ...d.aliases])]))).toEqual([]);
  });

  it('links every non-district unit to an existing parent', () => {
    expect(roster.units.filter((u) => u.kind === 'district').length).toBe(1);
    for (const u of roster.units) {
      if (u.kind === 'district') {
        expect(u.parent).toBeUndefined();
        continue;
      }
      expect(unitIds.has(u.parent ?? ''), `${u.id} → ${u.parent}`).toBe(true);
    }
    const kinds = new Set(roster.units.map((u) => u.kind));
    for (const k of ['town', 'street', 'village', 'community']) expect(kinds.has(k as Unit['kind'])).toBe(true);
  });

  it('references only existing departments and units from members', () => {
    for (const m of roster.members) {
      if (m.role === 'lead') expect(deptIds.has(m.department ?? ''), m.id).toBe(true);
      if (m.role === 'staff') expect(unitIds.has(m.unit ?? ''), m.id).toBe(true);
      for (const s of m.serves ?? []) expect(deptIds.has(s), `${m.id} serves ${s}`).toBe(true);
    }
    expect(roster.members.some((m) => m.role === 'admin')).toBe(true);
  });

  it('has a lead for every department and staff in every town and street', () => {
    for (const d of roster.departments) {
      expect(roster.members.some((m) => m.role === 'lead' && m.department === d.id), d.id).toBe(true);
    }
    for (const u of roster.units.filter((x) => x.kind === 'town' || x.kind === 'street')) {
      expect(roster.members.some((m) => m.role === 'staff' && m.unit === u.id), u.id).toBe(true);
    }
  });
});

describe('test/fixtures/requests.json', () => {
  const members = new Map(roster.members.map((m) => [m.id, m]));
  const deptIds = new Set(roster.departments.map((d) => d.id));
  const unitIds = new Set(roster.units.map((u) => u.id));
  const fieldKeys = new Set(dict.fields.map((f) => f.key));
  const PERIOD = /^\d{4}(-H[12]|-Q[1-4]|-W\d{2}|-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
  const DEADLINE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d)?$/;

  it('has at least 90 messages with unique ids, covering requests and non-requests', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(90);
    expect(duplicates(fixtures.map((f) => f.id))).toEqual([]);
    expect(fixtures.filter((f) => f.expect !== null).length).toBeGreaterThanOrEqual(40);
    expect(fixtures.filter((f) => f.expect === null).length).toBeGreaterThanOrEqual(20);
  });

  it('posts every message from an existing member at a valid +08:00 time', () => {
    for (const f of fixtures) {
      expect(members.has(f.from), `${f.id} from ${f.from}`).toBe(true);
      expect(f.at, f.id).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
      expect(Number.isNaN(Date.parse(f.at)), f.id).toBe(false);
      expect(typeof f.text, f.id).toBe('string');
    }
  });

  it('references only existing departments, fields and units in expectations', () => {
    for (const f of fixtures) {
      const e = f.expect;
      if (e === null) continue;
      expect(deptIds.has(e.department), `${f.id} department ${e.department}`).toBe(true);
      for (const k of e.fields) expect(fieldKeys.has(k), `${f.id} field ${k}`).toBe(true);
      expect(duplicates(e.fields), f.id).toEqual([]);
      expect(e.fields.length + (e.newFields?.length ?? 0), f.id).toBeGreaterThan(0);
      for (const label of e.newFields ?? []) {
        expect(label.trim(), f.id).not.toBe('');
        expect(dict.fields.some((d) => d.label === label || d.aliases.includes(label)), `${f.id} ${label}`).toBe(false);
      }
      expect(e.targets.length, f.id).toBeGreaterThan(0);
      for (const u of e.targets) expect(unitIds.has(u), `${f.id} target ${u}`).toBe(true);
      expect(duplicates(e.targets), f.id).toEqual([]);
      if (e.period !== null) expect(e.period, f.id).toMatch(PERIOD);
      if (e.deadline !== null) expect(e.deadline, f.id).toMatch(DEADLINE);
    }
  });

  it('expects requests only from leads and admins', () => {
    for (const f of fixtures) {
      if (f.expect === null) continue;
      expect(members.get(f.from)?.role, f.id).not.toBe('staff');
    }
  });
});
