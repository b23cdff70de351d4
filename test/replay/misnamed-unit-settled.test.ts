// MISNAMED_UNIT in replay, on the virtual clock: the town clerk's 白菓村 figures wait for the answer to 「白菓村」是不是
// 白果村？ and enter the pool under 白果村 only at the 是的 a few minutes later.
import { describe, expect, it } from 'vitest';
import { replay } from '../../src/replay/run.js';
import { scenarioSchema } from '../../src/replay/schema.js';

const scenario = {
  name: '错字村名',
  botName: '报数助手',
  start: '2026-11-30T08:00:00+08:00',
  end: '2026-11-30T20:00:00+08:00',
  departments: [{ id: 'mz', name: '社会事务办', aliases: ['社事办'] }],
  units: [
    { id: 'qitang', name: '七塘镇', kind: 'town' },
    { id: 'jiangjun', name: '将军村', kind: 'village', parent: 'qitang' },
    { id: 'baiguo', name: '白果村', kind: 'village', parent: 'qitang' },
  ],
  members: [
    { id: 'lead', name: '付主任', role: 'lead', department: 'mz' },
    { id: 'qt', name: '吕燕', role: 'staff', unit: 'qitang' },
    { id: 'jj', name: '秦刚', role: 'staff', unit: 'jiangjun' },
    { id: 'bg', name: '熊芳', role: 'staff', unit: 'baiguo' },
  ],
  fields: [
    { key: 'winter_aid_households', label: '冬春救助户数', aliases: [], type: 'integer', unit: '户', min: 0 },
    { key: 'winter_aid_persons', label: '冬春救助人数', aliases: [], type: 'integer', unit: '人', min: 0 },
  ],
  events: [
    { at: '2026-11-30T09:00:00+08:00', from: 'lead', in: 'channel', text: '【社会事务办】请各村于12月4日前报送11月冬春救助户数（户）、冬春救助人数（人）。' },
    { at: '2026-11-30T09:50:00+08:00', from: 'qt', in: 'dm', text: '将军村38户95人；白菓村27户61人' },
    { at: '2026-11-30T09:55:00+08:00', from: 'qt', in: 'dm', text: '是的' },
  ],
};

describe('a misnamed unit in replay', () => {
  it('is asked about, and its figures enter the pool at the answer', async () => {
    const out = await replay(scenarioSchema.parse(scenario));
    const asked = out.messages.find((m) => m.to === 'dm:qt' && m.at === '2026-11-30T09:50:00+08:00')!;
    expect(asked.text).toContain('「白菓村」是不是白果村？');
    // event 2 is the 是的
    const baiguo = out.values.filter((v) => v.unit === 'baiguo').map((v) => [v.field, v.value, v.event]).sort();
    expect(baiguo).toEqual([['winter_aid_households', 27, 2], ['winter_aid_persons', 61, 2]]);
  });
});
