// REPOST_MOVES_THE_DEADLINE: a lead who posts the same notice again (same items, units and period) with another due
// day moves the open request's deadline instead of opening a second request; the lead hears so, and each member
// already asked hears the new due time once.
import { beforeEach, describe, expect, it } from 'vitest';
import { useHarness } from '../support/harness.js';

const bot = useHarness();
beforeEach(() => {
  bot().send('lead_mz', 'channel', '民政：请各镇街11月30日前报送本月低保户数', { at: '2026-11-23T09:00:00+08:00' });
});

const dmsTo = (member: string, since: number) => bot().store.messages.fromBot().filter((m) => m.chat === `dm:${member}` && m.id > since);

describe('a repost with a changed deadline', () => {
  it('moves the open request’s deadline, and no second request is made', () => {
    const sent = bot().send('lead_mz', 'channel', '民政：请各镇街12月2日前报送本月低保户数', { at: '2026-11-24T09:00:00+08:00' });
    const all = bot().store.requests.all();
    expect(all).toHaveLength(1);
    expect(all[0]!.deadline!.toISOString()).toBe(new Date('2026-12-02T23:59:59+08:00').toISOString());
    const said = sent.out.find((m) => m.replyTo === sent.lineId)!.text;
    expect(said).toContain('r1');
    expect(said).toMatch(/截止时间由.*11月30日.*改为.*12月2日/);
  });

  it('tells each member already asked once, and a second identical repost tells nobody again', () => {
    bot().send('zt_jz', 'dm', '我的任务', { at: '2026-11-23T20:00:00+08:00' });
    const mark = Math.max(0, ...bot().store.messages.fromBot().map((m) => m.id));
    const asked = bot().store.asks.all().filter((a) => a.sentAt !== null).map((a) => a.memberId);
    expect(asked.length).toBeGreaterThan(0);
    bot().send('lead_mz', 'channel', '民政：请各镇街12月2日前报送本月低保户数', { at: '2026-11-24T09:00:00+08:00' });
    for (const m of new Set(asked)) {
      const told = dmsTo(m, mark).filter((d) => d.text.includes('12月2日'));
      expect(told, m).toHaveLength(1);
    }
    const mark2 = Math.max(0, ...bot().store.messages.fromBot().map((m) => m.id));
    bot().send('lead_mz', 'channel', '民政：请各镇街12月2日前报送本月低保户数', { at: '2026-11-24T10:00:00+08:00' });
    expect(bot().store.requests.all()).toHaveLength(1);
    expect(bot().store.messages.fromBot().filter((m) => m.id > mark2 && m.chat.startsWith('dm:'))).toEqual([]);
  });

  it('a due day already gone changes nothing, and the lead hears why', () => {
    const sent = bot().send('lead_mz', 'channel', '民政：请各镇街11月23日前报送本月低保户数', { at: '2026-11-24T09:00:00+08:00' });
    expect(bot().store.requests.all()).toHaveLength(1);
    expect(bot().store.requests.all()[0]!.deadline!.toISOString()).toBe(new Date('2026-11-30T23:59:59+08:00').toISOString());
    expect(sent.out.find((m) => m.replyTo === sent.lineId)!.text).toContain('已经过了');
  });
});
