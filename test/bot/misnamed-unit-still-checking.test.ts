// PENDING_UNDER_A_MISNAMED_UNIT: a town clerk's 石乔村还在核 (one character from its 石桥村) with no figure under it is not
// another unit's (没有要你代报): the figures are still being checked, which is acknowledged with the roster's name to
// write. Nothing is stored or held; the figures for the other village in the same message are recorded.
import { describe, expect, it } from 'vitest';
import { useHarness } from '../support/harness.js';
import { withVillages } from '../support/villages.js';

const bot = useHarness();
const AT = '2026-11-24T10:00:00+08:00';

function dm(from: string, text: string): string {
  return bot().send(from, 'dm', text, { at: AT }).out.find((m) => m.chat === `dm:${from}`)!.text;
}

describe('a misnamed unit whose figures are still being checked', () => {
  it('石乔村还在核: acknowledged as pending, not another unit\'s', () => {
    withVillages(bot());
    const out = dm('zt_jz', '白沙村低保户数9户，低保人数15人；石乔村还在核');
    expect(out).not.toContain('没有要你代报');
    expect(out).toContain('「石乔村」的数还在核实');
    expect(out).toContain('是石桥村的话，请写“石桥村”');
    expect(bot().store.pool.all().map((v) => `${v.unit}.${v.field}=${v.value}`).sort()).toEqual([
      'baisha.dibao_households=9', 'baisha.dibao_persons=15',
    ]);
    expect(bot().store.held.openOf('zt_jz')).toEqual([]);
  });
});
