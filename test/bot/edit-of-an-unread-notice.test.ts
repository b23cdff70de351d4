// EDIT_OF_AN_UNREAD_NOTICE: a lead whose notice is still waiting for its items (the bot could not read them) and who sends
// an edit hears about that notice, not that they posted no request: 撤回 withdraws it; 截止改为… is not applied and the lead
// is told to list the items first.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT } = useConversation({ day: '2026-11-20' });

const notice = ['【区民政局】关于开展2026年困难群众情况摸底调查的通知', '各镇人民政府、各街道办事处：',
  '为做好今冬明春困难群众救助工作，请各镇街组织开展摸底，于11月30日前将调查情况报区民政局。', '联系人：王明，电话：12345678'].join('\n');

function after(edit: string): string {
  bot().send('lead_mz', 'channel', notice, { at: AT('09:00') });
  const sent = bot().send('lead_mz', 'channel', edit, { at: AT('09:10') });
  return sent.out.filter((m) => m.chat === 'channel').map((m) => m.text).join('\n');
}

describe('an edit while the notice waits for its items', () => {
  it('撤回 withdraws the waiting notice and says nobody was asked', () => {
    const said = after('撤回');
    expect(said).toContain('已撤回“关于开展2026年困难群众情况摸底调查的通知”');
    expect(bot().store.requests.all()[0]!.status).toBe('withdrawn');
    expect(said).not.toContain('还没有发布过');
  });

  it('截止改为12月2日 is not applied, and the lead is told to list the items first', () => {
    const said = after('截止改为12月2日');
    expect(said).toContain('这条修改暂未生效');
    expect(bot().store.requests.all()[0]!.status).toBe('unread');
    expect(bot().store.requests.all()[0]!.deadline?.toISOString()).toBe('2026-11-30T15:59:59.000Z');
  });
});
