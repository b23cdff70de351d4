// UNREAD_ASKS_THE_LEAD: a notice that is a request by its anatomy (a title launching a survey or a report, to the towns)
// but states neither a due day nor a year, and whose items the bot cannot read, is put to the lead (没认出要报哪些项目) and
// kept waiting for the listing. Before, the weak-evidence check for unknown items (no item, no due day, no period) dropped
// it before the unread gate was tried: nothing was said and the lead's listing found no notice to complete.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT } = useConversation({ day: '2026-11-20' });

const notices = [
  ['【区民政局】关于开展困难群众情况摸底调查的通知', '各镇人民政府、各街道办事处：',
    '根据市民政局要求，全区困难群众摸底工作现在展开。请各镇街组织村（居）委会逐户走访，汇总后统一报区民政局。'],
  ['【区民政局】关于填报困难群众走访登记情况的通知', '各镇人民政府：',
    '请按照市里统一的登记样式，以村（社区）为单位逐户填报，汇总后报区民政局。'],
];

describe('an unread notice with no due day and no year', () => {
  for (const lines of notices) {
    it(`${lines[0]}: the lead is asked, the notice waits for the listing`, () => {
      const sent = bot().send('lead_mz', 'channel', lines.join('\n'), { at: AT('09:00') });
      const said = sent.out.filter((m) => m.chat === 'channel').map((m) => m.text).join('\n');
      expect(said).toContain('没认出要报哪些项目');
      expect(bot().store.requests.all().map((r) => r.status)).toEqual(['unread']);
      bot().send('lead_mz', 'channel', '低保户数、特困人数', { at: AT('09:10') });
      const active = bot().store.requests.activeBy('lead_mz');
      expect(active).toHaveLength(1);
      expect(active[0]!.fields.sort()).toEqual(['dibao_households', 'tekun_persons']);
    });
  }
});
