// A short answer to the bot's question back may come after the reason the figure was wrong (dev 永川 中山路:
// 补贴发放-32,000元 → 不能为负数… → 刚才多了个横杠，是32,000元): the clauses before it carry no figure and name no other
// item, so the last clause answers the question, not every open item (two items in 元 were open there).
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST, useHarness } from '../support/harness.js';

const bot = useHarness();
const AT = (time: string): string => `2026-11-23T${time}:00+08:00`;
const CLERK = 'zt_jz';

function dm(text: string, at: string): string {
  return bot().send(CLERK, 'dm', text, { at }).out.find((m) => m.chat === `dm:${CLERK}`)!.text;
}
const pool = (field: string) => bot().store.pool.get('zhutuo', field, '2026-11')?.value;

describe('a short answer after the reason the figure was wrong', () => {
  it('the last clause answers the question asked back', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    expect(dm('低保人数-186', AT('10:00'))).toMatch(/负数/);
    dm('刚才多打了个负号，是186', AT('10:30'));
    expect(pool('dibao_persons')).toBe(186);
    expect(pool('dibao_households')).toBeUndefined();
  });

  it('a clause naming another item is no explanation: the figure is not taken as the answer', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    dm('低保人数-186', AT('10:00'));
    dm('低保户数还在核，是186', AT('10:30'));
    expect(pool('dibao_persons')).toBeUndefined();
  });
});
