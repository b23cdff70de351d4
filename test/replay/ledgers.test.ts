// Standing ledgers in replay: the scenario's `ledgers` key, rounds opening by themselves, requests joining them.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, replay } from '../../src/replay/run.js';
import { scenarioSchema } from '../../src/replay/schema.js';
import { tempDir } from '../support/temp.js';

const base = {
  name: '台账回放',
  botName: '报数助手',
  start: '2026-11-26T08:00:00+08:00',
  end: '2026-12-08T20:00:00+08:00',
  departments: [
    { id: 'minzheng', name: '民政办', aliases: [] },
    { id: 'canlian', name: '镇残联', aliases: ['残联'] },
    { id: 'yingji', name: '应急办', aliases: [] },
  ],
  units: [
    { id: 'town', name: '青山镇', kind: 'town' },
    { id: 'a', name: '东岭村', kind: 'village', parent: 'town' },
    { id: 'b', name: '西坪村', kind: 'village', parent: 'town' },
    { id: 'c', name: '南沟村', kind: 'village', parent: 'town' },
  ],
  members: [
    { id: 'lead_mz', name: '王主任', role: 'lead', department: 'minzheng' },
    { id: 'lead_cl', name: '李理事长', role: 'lead', department: 'canlian' },
    { id: 'lead_yj', name: '周主任', role: 'lead', department: 'yingji' },
    { id: 'sa', name: '赵文', role: 'staff', unit: 'a' },
    { id: 'sb', name: '钱武', role: 'staff', unit: 'b' },
    { id: 'sc', name: '孙丽', role: 'staff', unit: 'c' },
  ],
  fields: [
    { key: 'dibao_households', label: '低保户数', aliases: ['低保户'], type: 'integer', unit: '户', min: 0 },
    { key: 'dibao_persons', label: '低保人数', aliases: ['低保对象人数'], type: 'integer', unit: '人', min: 0 },
    { key: 'disability_living_subsidy', label: '困难残疾人生活补贴人数', aliases: ['残疾人生活补贴人数'], type: 'integer', unit: '人', min: 0 },
    { key: 'forest_patrol', label: '森林防火巡查人次', aliases: ['巡山人次'], type: 'integer', unit: '人次', min: 0 },
  ],
  ledgers: [
    { id: 'aid', name: '社会救助月报', department: 'minzheng', fields: ['dibao_households', 'dibao_persons'], cadence: 'monthly', due: 5 },
    { id: 'fire', name: '森林防火周报', department: 'yingji', fields: ['forest_patrol'], cadence: 'weekly', due: 1, targets: ['a', 'c'] },
  ],
  events: [
    { at: '2026-11-27T09:00:00+08:00', from: 'lead_cl', in: 'channel', text: '镇残联：请东岭村、西坪村于11月30日前报送本月低保户数。' },
    { at: '2026-11-27T10:00:00+08:00', from: 'sa', in: 'dm', text: '低保户数：12' },
    { at: '2026-12-02T09:00:00+08:00', from: 'lead_cl', in: 'channel', text: '镇残联：请各村于12月4日前报送上月低保人数和困难残疾人生活补贴人数。' },
  ],
};

const run = async (over: Record<string, unknown> = {}) => replay(scenarioSchema.parse({ ...base, ...over }));
const key = (a: { unit: string; field: string; period: string | null }): string => `${a.unit}:${a.field}:${a.period}`;

describe('standing ledgers in replay', () => {
  it('opens each round at 09:00 on the first working day after its period, due `due` days after it ends', async () => {
    const out = await run();
    const ledgerCollections = out.collections.filter((c) => c.ledger);
    expect(ledgerCollections.map((c) => [c.ledger, c.period, c.targets])).toEqual([
      ['fire', '2026-W48', ['a', 'c']],
      ['aid', '2026-11', ['a', 'b', 'c']],
      ['fire', '2026-W49', ['a', 'c']],
    ]);
    const aid = ledgerCollections[1]!;
    // The round's own deadline holds until a request with an earlier one joins; here the joining one is earlier.
    expect(aid.deadline).toBe('2026-12-04T23:59:59+08:00');
    const fireAsks = out.asks.filter((a) => a.field === 'forest_patrol').map((a) => `${a.at} ${a.member}`);
    expect(fireAsks).toEqual([
      '2026-11-30T09:00:00+08:00 sa', '2026-11-30T09:00:00+08:00 sc', '2026-12-07T09:00:00+08:00 sa', '2026-12-07T09:00:00+08:00 sc',
    ]);
    expect(out.messages.some((m) => m.to === 'channel' && m.at === '2026-12-01T09:00:00+08:00' && m.text.includes('【社会救助月报】'))).toBe(true);
  });

  it('asks a round only for what the pool does not hold and nobody was asked already', async () => {
    const out = await run();
    const opening = out.asks.filter((a) => a.at === '2026-12-01T09:00:00+08:00').map(key).sort();
    // a's households are in the pool (reported 11-27), b's were asked 11-27: neither is asked again.
    expect(opening).toEqual(['a:dibao_persons:2026-11', 'b:dibao_persons:2026-11', 'c:dibao_households:2026-11', 'c:dibao_persons:2026-11']);
    expect(new Set(out.asks.map(key)).size).toBe(out.asks.length);
  });

  it('lists only posted requests; a request for the ledger\'s fields and period joins its open round', async () => {
    const out = await run();
    expect(out.requests.map((r) => r.event)).toEqual([0, 2]);
    const aid = out.collections.find((c) => c.ledger === 'aid')!;
    const joined = out.requests.find((r) => r.event === 2)!;
    expect(joined.collection).toBe(aid.id);
    expect(aid.requests).toEqual([joined.id]);
    // The earlier request (closed 11-30, before the round opened) keeps its own collection.
    expect(out.requests.find((r) => r.event === 0)!.collection).not.toBe(aid.id);
    // Joining asks only the new item: low-income persons were asked when the round opened.
    expect(out.asks.filter((a) => a.at === '2026-12-02T09:00:00+08:00').map((a) => a.field)).toEqual(
      ['disability_living_subsidy', 'disability_living_subsidy', 'disability_living_subsidy']);
  });

  it('tells the joining lead the figures are already collected by the ledger; its department\'s leads answer for a round', async () => {
    const out = await run();
    const confirmation = out.messages.find((m) => m.at === '2026-12-02T09:00:00+08:00' && m.to === 'channel')!;
    expect(confirmation.text).toContain('已在“社会救助月报”中按月收集，12月5日（周六）前报齐，无需另行通知');
    expect(confirmation.text).not.toMatch(/与 r\d+ 合并/);
    // Nobody answered the fire round of week 48: the 应急办 lead hears it, not a made-up member.
    const late = out.messages.find((m) => m.to === 'channel' && m.text.includes('已过截止') && m.text.includes('2026年第48周'));
    expect(late?.text).toMatch(/^@周主任 /);
    expect(out.messages.some((m) => m.text.includes('ledger:') || m.to.includes('ledger:'))).toBe(false);
  });

  it('the digest shows a round under the ledger\'s name, not as somebody\'s new request', async () => {
    const out = await run();
    const digest = out.digests.find((d) => d.at.startsWith('2026-12-01T18:00'))!;
    expect(digest.text).toMatch(/社会救助月报：低保户数、低保人数（民政办/);
    expect(digest.text).not.toContain('今日新需求');
  });

  it('opens no round for a period that ended before the replay starts, nor one that opens after it ends', async () => {
    const out = await run({ start: '2026-12-01T10:00:00+08:00', end: '2026-12-06T20:00:00+08:00', events: [] });
    expect(out.collections.filter((c) => c.ledger)).toEqual([]);
    expect(out.asks).toEqual([]);
  });

  it('a scenario without a `ledgers` key opens no round', async () => {
    const out = await run({ ledgers: undefined });
    expect(out.collections.filter((c) => c.ledger)).toEqual([]);
    expect(out.asks.filter((a) => a.field === 'forest_patrol')).toEqual([]);
  });
});

describe('a scenario\'s ledgers are checked like the rest of it', () => {
  const cases: Array<[string, (l: Record<string, unknown>) => void, RegExp]> = [
    ['an unknown field', (l) => { l.fields = ['dibao_households', 'no_such_field']; }, /ledgers\[0\]\.fields\[1\].*no_such_field/],
    ['an unknown department', (l) => { l.department = 'nowhere'; }, /ledgers\[0\]\.department.*nowhere/],
    ['an unknown unit', (l) => { l.targets = ['a', 'zz']; }, /ledgers\[0\]\.targets\[1\].*zz/],
    ['an unknown cadence', (l) => { l.cadence = 'daily'; }, /ledgers\.0\.cadence|ledgers\[0\]\.cadence/],
    ['a negative due', (l) => { l.due = -1; }, /ledgers\.0\.due|ledgers\[0\]\.due/],
  ];
  it.each(cases)('rejects %s with the path of the bad value', (_label, mutate, message) => {
    const tmp = tempDir();
    try {
      const ledger = structuredClone(base.ledgers[0]!) as Record<string, unknown>;
      mutate(ledger);
      const file = join(tmp.dir, 'scenario.json');
      writeFileSync(file, JSON.stringify({ ...base, ledgers: [ledger] }));
      expect(() => loadScenario(file)).toThrow(message);
    } finally {
      tmp.remove();
    }
  });
});
