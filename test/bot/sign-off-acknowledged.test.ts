// SIGN_OFF: a reply that only says the figures sent before were checked (以上数据已经分管领导审核[抱拳], 上述数字均已核实无误)
// is acknowledged (收到。) instead of told 这条消息里没有找到需要你报送的数据 with the how-to. A figure beside it is read.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST } from '../support/harness.js';
import { useConversation } from './conversation.js';

const { bot, AT, dmAs } = useConversation({ day: '2026-11-24' });

describe('a note that the figures sent were checked', () => {
  it('is acknowledged, not answered 没有找到', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: '2026-11-23T09:00:00+08:00' });
    dmAs('zt_jz', '低保户数120户', AT('10:00'));
    for (const [text, at] of [['以上数据已经分管领导审核[抱拳]', '10:05'], ['上述数字均已核实无误。', '10:10']] as const) {
      const out = dmAs('zt_jz', text, AT(at));
      expect(out).toContain('收到。');
      expect(out).not.toContain('没有找到');
    }
    expect(dmAs('zt_jz', '以上数据已审核，低保人数208人', AT('10:15'))).toContain('低保人数（2026年11月）：208人');
  });
});
