// MISNAMED_UNIT: a unit a reply names that is no roster unit but one character from exactly one unit the reporter may
// report for (石乔村 for 石桥村, as fresh8's 白菓村 for 白果村 and 中鳌镇 for 中敖镇) is never guessed: its figures are held,
// nothing is stored, and the reporter is asked one short question naming every such unit. A name that close to no unit,
// or to two, is noted as another unit's as before.
import { describe, expect, it } from 'vitest';
import { useHarness } from '../support/harness.js';
import { withVillages } from '../support/villages.js';

const bot = useHarness();
const AT = '2026-11-24T10:00:00+08:00';

function dm(from: string, text: string): string {
  return bot().send(from, 'dm', text, { at: AT }).out.find((m) => m.chat === `dm:${from}`)!.text;
}

describe('a misnamed unit in a reply', () => {
  it('a village one character off: held, asked 「石乔村」是不是石桥村？, nothing stored', () => {
    withVillages(bot());
    const out = dm('zt_jz', '石乔村：低保户数12户，低保人数20人');
    expect(out).toContain('「石乔村」是不是石桥村？');
    expect(out).not.toContain('没有要你代报');
    expect(bot().store.pool.all()).toEqual([]);
    const held = bot().store.held.openOf('zt_jz');
    expect(held.map((h) => [h.unit, h.field, h.value, h.label]).sort()).toEqual([
      ['shiqiao', 'dibao_households', 12, '石乔村'], ['shiqiao', 'dibao_persons', 20, '石乔村'],
    ]);
  });

  it('the reporter\'s own unit misnamed (朱驼镇 for 朱沱镇): asked too', () => {
    bot().send('lead_mz', 'channel', '【区民政局】请各镇街于11月26日前报送本月低保户数、低保人数。', { at: '2026-11-23T09:00:00+08:00' });
    const out = dm('zt_jz', '朱驼镇 低保户数120户 低保人数208人');
    expect(out).toContain('「朱驼镇」是不是朱沱镇？');
    expect(bot().store.pool.all()).toEqual([]);
    expect(bot().store.held.openOf('zt_jz').map((h) => [h.unit, h.value]).sort()).toEqual([['zhutuo', 120], ['zhutuo', 208]]);
  });

  it('two misnamed villages in one message: one question naming both', () => {
    withVillages(bot());
    const out = dm('zt_jz', '石乔村：低保户数12户\n白纱村：低保户数9户');
    expect(out.match(/是不是/g)).toHaveLength(2);
    expect(out).toContain('「石乔村」是不是石桥村，「白纱村」是不是白沙村？');
    expect(bot().store.pool.all()).toEqual([]);
  });

  it('beside it, a name close to no unit of the reporter\'s is noted as another unit\'s, not asked', () => {
    withVillages(bot());
    const out = dm('zt_jz', '红星村：低保户数12户\n石乔村：低保户数9户');
    expect(out).toContain('「石乔村」是不是石桥村？');
    expect(out).not.toContain('「红星村」');
    expect(out).toContain('红星村的数没有记录');
    expect(bot().store.held.openOf('zt_jz').map((h) => [h.unit, h.value])).toEqual([['shiqiao', 9]]);
  });

  it('beside it, a name one character from two of the reporter\'s units (石沙村: 石桥村 and 白沙村) is not asked', () => {
    withVillages(bot());
    const out = dm('zt_jz', '石沙村：低保户数12户\n石乔村：低保户数9户');
    expect(out).toContain('「石乔村」是不是石桥村？');
    expect(out).not.toContain('「石沙村」');
    expect(bot().store.held.openOf('zt_jz').map((h) => [h.unit, h.value])).toEqual([['shiqiao', 9]]);
  });
});
