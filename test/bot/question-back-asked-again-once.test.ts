// ASKED_AGAIN_ONCE: the first reply after a question back that neither settles it nor gives anything to record gets
// the question again, short, naming the answers it takes, instead of the generic 没有找到; the reply after that gets the
// generic answer (asked once more, never on and on), and the held figure still waits for its answer.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST } from '../support/harness.js';
import { withVillages } from '../support/villages.js';
import { useConversation } from './conversation.js';

const { bot, AT, dmAs } = useConversation({ day: '2026-11-24' });

describe('a question back asked again once', () => {
  it('“120”是低保户数还是低保人数？ asked again, short, then the generic answer; 户数 still settles it', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    expect(dmAs('sll_jz', '低保120', AT('10:00'))).toMatch(/“120”是低保户数还是低保人数/);
    const again = dmAs('sll_jz', '按次算的', AT('10:05'));
    expect(again).toContain('“120”是低保户数还是低保人数？请只回复“低保户数”或“低保人数”。');
    expect(again).not.toContain('没有找到');
    const third = dmAs('sll_jz', '按次算的', AT('10:10'));
    expect(third).toContain('没有找到');
    expect(third).not.toContain('请只回复');
    dmAs('sll_jz', '户数', AT('10:15'));
    expect(bot().store.pool.get('shenglilu', 'dibao_households', '2026-11')?.value).toBe(120);
  });

  it('「石乔村」是不是石桥村？ asked again the same way', () => {
    withVillages(bot());
    expect(dmAs('zt_jz', '石乔村：低保户数12户', AT('10:00'))).toContain('「石乔村」是不是石桥村？');
    const again = dmAs('zt_jz', '那个', AT('10:05'));
    expect(again).toContain('「石乔村」是不是石桥村？请回复“是的”或“不是”。');
    expect(again).not.toContain('没有找到');
  });
});
