// 上面的户数和人数写反了 / 撤回上一条 from a clerk who has reported: answered "这条消息里没有找到需要你报送的数据", as if nothing
// had been said. They hear how to correct, and that the figures stand until they do (the bot keeps them; it never says it
// took anything back).
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT, dmAs, pool } = useConversation({ day: '2026-11-20', member: 'zt_jz' });

describe('a mistake told without the right figure', () => {
  for (const text of ['上面的户数和人数写反了', '撤回上一条', '撤回']) {
    it(`${text}: how to correct, the figures kept`, () => {
      bot().send('lead_mz', 'channel', '【区民政局】请各镇街于11月27日前报送本月低保户数、低保人数。', { at: AT('09:00') });
      dmAs('zt_jz', '低保75户120人', AT('09:10'));
      const said = dmAs('zt_jz', text, AT('09:12'));
      expect(said).toContain('更正时请直接回复正确的数');
      expect(said).not.toContain('没有找到');
      expect(pool('dibao_households')).toBe(75);
    });
  }
});
