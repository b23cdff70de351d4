// After the bot asked the lead to list the items of a notice it could not read, the lead's next message listing them
// (低保户数、特困人数) is read as that notice's items: one request with the notice's own period, due day and units, asked
// of the units' staff and confirmed to the lead.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT } = useConversation({ day: '2026-11-20' });

const NOTICE = ['【区民政局】关于开展2026年困难群众情况摸底调查的通知', '各镇人民政府、各街道办事处：',
  '为做好今冬明春困难群众救助工作，请各镇街组织开展摸底，于11月30日前将调查情况报区民政局。', '联系人：王明，电话：12345678'].join('\n');

describe('the items listed after an unread notice', () => {
  it('become the notice\'s items, with its period, due day and units', () => {
    const first = bot().send('lead_mz', 'channel', NOTICE, { at: AT('09:00') });
    const sent = bot().send('lead_mz', 'channel', '低保户数、特困人数', { at: AT('09:10') });
    const active = bot().store.requests.activeBy('lead_mz');
    expect(active).toHaveLength(1);
    const r = active[0]!;
    expect(r.fields.sort()).toEqual(['dibao_households', 'tekun_persons']);
    expect(r.deadline?.toISOString()).toBe('2026-11-30T15:59:59.000Z');
    expect(r.period).toBe('2026');
    const kept = bot().store.requests.all()[0]!;
    expect(kept.status).toBe('read');
    expect(r.targets.sort()).toEqual(['chashan', 'laisu', 'shenglilu', 'songji', 'zhongshanlu', 'zhutuo']);
    expect(r.targets).toEqual(kept.targets.sort());
    expect(r.messageId).toBe(kept.messageId);
    expect(sent.out.find((m) => m.chat === 'channel')?.text).toMatch(/已登记 r\d+：关于开展2026年困难群众情况摸底调查的通知/);
    expect(sent.out.some((m) => m.chat.startsWith('dm:'))).toBe(true);
    expect(first.out.some((m) => m.chat.startsWith('dm:'))).toBe(false);
  });
});
