// KEEP_BUILTIN_CHECKS: a scenario's dictionary redefines 低保户数 by key and says nothing of its checks; the built-in history
// tolerance was lost, and 低保580户 after 58 last month (a digit typed twice) was stored unasked. It is held now and
// asked about; 多打了个0 drops it, 对，新增了一个安置小区 confirms one.
import { describe, expect, it } from 'vitest';
import { replay } from '../../src/replay/run.js';
import { scenarioSchema } from '../../src/replay/schema.js';
import { withBuiltinChecks } from '../../src/store/seed.js';

const event = (at: string, from: string, text: string) => ({ at: `2026-${at}:00+08:00`, from, in: from === 'lead' ? 'channel' : 'dm', text });

const scenario = {
  name: '多打一个0',
  botName: '报数助手',
  start: '2026-10-20T08:00:00+08:00',
  end: '2026-11-23T20:00:00+08:00',
  departments: [{ id: 'mz', name: '民政局', aliases: [] }],
  units: [{ id: 'zt', name: '朱沱镇', kind: 'town' }, { id: 'sg', name: '松溉镇', kind: 'town' }],
  members: [
    { id: 'lead', name: '周志刚', role: 'lead', department: 'mz' },
    { id: 'zt_s', name: '胡晓燕', role: 'staff', unit: 'zt' },
    { id: 'sg_s', name: '邓芳', role: 'staff', unit: 'sg' },
  ],
  fields: [{ key: 'dibao_households', label: '低保户数', aliases: ['低保户'], type: 'integer', unit: '户', min: 0 }],
  events: [
    event('10-20T09:00', 'lead', '请各镇于10月26日前报送本月低保户数。'),
    event('10-20T10:00', 'zt_s', '低保58户'),
    event('10-20T10:05', 'sg_s', '低保41户'),
    event('11-23T09:00', 'lead', '请各镇于11月26日前报送本月低保户数。'),
    event('11-23T15:00', 'zt_s', '低保580户'),
    event('11-23T15:05', 'zt_s', '多打了个0'),
    event('11-23T15:10', 'sg_s', '低保410户'),
    event('11-23T15:15', 'sg_s', '对，新增了一个安置小区'),
  ],
};

describe('a scenario field keeps the built-in checks it does not set', () => {
  it('keeps tolerance and plausible maximum only for the same type and unit, and never overrides the scenario’s', () => {
    const builtins = [{ key: 'k', label: 'K', aliases: [], type: 'integer' as const, unit: '户', tolerance: 3, plausibleMax: 1000 }];
    expect(withBuiltinChecks([{ key: 'k', label: '本地K', aliases: [], type: 'integer', unit: '户' }], builtins)[0]).toMatchObject({ tolerance: 3, plausibleMax: 1000 });
    expect(withBuiltinChecks([{ key: 'k', label: 'K', aliases: [], type: 'integer', unit: '人' }], builtins)[0]!.tolerance).toBeUndefined();
    expect(withBuiltinChecks([{ key: 'k', label: 'K', aliases: [], type: 'integer', unit: '户', tolerance: 5 }], builtins)[0]!.tolerance).toBe(5);
  });

  it('a tenfold jump is asked about, not stored; the mistake told drops it, a reason confirms one', async () => {
    const out = await replay(scenarioSchema.parse(scenario));
    const november = out.values.filter((v) => v.period === '2026-11').map((v) => `${v.unit}=${v.value}`);
    expect(november).toEqual(['sg=410']);
    expect(out.messages.find((m) => m.to === 'dm:zt_s' && m.at.startsWith('2026-11-23T15:00'))!.text).toContain('是上次（2026年10月）58户的10倍');
  });
});
