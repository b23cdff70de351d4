// 低保户数约90户 is stored as an estimate, and stays one wherever the pool's figure comes back: a lead's 查询 (and its
// 合计), the note of a figure reused for another request, the last figure shown with next month's ask, and the
// figure 无变化 carries forward (STORED_ESTIMATE_SHOWN, render.ts).
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST, useHarness } from '../support/harness.js';

const bot = useHarness();
const AT = (local: string): string => `${local}+08:00`;

describe('a figure given as an estimate', () => {
  it('is shown with 约 by 查询, and the total over it says it is one', () => {
    const h = bot();
    h.send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('2026-11-23T09:00:00') });
    h.send('csz_jz', 'dm', '低保户数约90户', { at: AT('2026-11-23T10:00:00') });
    h.send('sll_jz', 'dm', '低保户数66户', { at: AT('2026-11-23T10:10:00') });
    const said = h.send('lead_mz', 'dm', '查询 本月 低保户数', { at: AT('2026-11-23T11:00:00') }).out.at(-1)!.text;
    expect(said).toContain('茶山竹海街道：约90户');
    expect(said).toContain('胜利路街道：66户');
    expect(said).toContain('合计：约156户');
  });

  it('is reused for another department\'s request with 约', () => {
    const h = bot();
    h.send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('2026-11-23T09:00:00') });
    h.send('csz_jz', 'dm', '低保户数约90户', { at: AT('2026-11-23T10:00:00') });
    const card = h.send('lead_cl', 'channel', '【区残联】请各镇街于11月27日前报送本月低保户数。', { at: AT('2026-11-23T11:00:00') }).out
      .find((m) => m.chat === 'channel')!.text;
    expect(card).toContain('茶山竹海街道低保户数 约90户');
  });

  it('is shown as last month\'s figure with 约, and 无变化 carries it forward as an estimate', () => {
    const h = bot();
    h.store.pool.put({ unit: 'laisu', field: 'dibao_households', period: '2026-10', value: 77, approximate: true, memberId: 'ls_jz', messageId: null, at: new Date(AT('2026-10-28T10:00:00')) });
    const ask = h.send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('2026-11-23T09:00:00') }).out.find((m) => m.chat === 'dm:ls_jz')!.text;
    expect(ask).toContain('上月：约77户');
    const said = h.send('ls_jz', 'dm', '低保户数无变化', { at: AT('2026-11-23T10:00:00') }).out.at(-1)!.text;
    expect(said).toContain('低保户数（2026年11月）：约77户（与2026年10月相同）');
    expect(h.store.pool.get('laisu', 'dibao_households', '2026-11')).toMatchObject({ value: 77, approximate: true });
  });
});
