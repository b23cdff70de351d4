// DEADLINE_OF_EACH_REQUEST: two departments need the same item of the same units and period, each by its own due day;
// their asks merge into one collection. Each due day has its own reminder (for the items due then) and its own
// escalation (to the leads whose requests were due then, for their items): the later department is not @-mentioned
// when the earlier one's day passes, and its own day is not skipped.
import { describe, expect, it } from 'vitest';
import { escalate, sendReminders } from '../../../plugins/digest/jobs.js';
import { pluginContext, useHarness, type Harness } from '../../support/harness.js';

const sh = (local: string): Date => new Date(`${local}+08:00`);
const bot = useHarness({ start: '2026-11-23T09:00:00+08:00' });

async function runAt(h: Harness, local: string): Promise<string[]> {
  const ctx = await pluginContext(h, 'digest');
  h.clock.set(sh(local));
  const before = h.lastMessageId();
  sendReminders(ctx, h.clock.now());
  escalate(ctx, h.clock.now());
  return h.botSaidSince(before).map((m) => `${m.chat} ${m.text}`);
}

describe('a collection merging two departments\' due days', () => {
  it('reminds and escalates each department on its own deadline', async () => {
    const h = bot();
    h.send('lead_mz', 'channel', '【区民政局】请各镇街于11月25日前报送本月低保户数。');
    h.send('lead_cl', 'channel', '【区残联】请各镇街于11月30日前报送本月低保户数、残疾人两项补贴人数。', { at: '2026-11-23T10:00:00+08:00' });
    expect(new Set(h.store.requests.inCollection(1).map((r) => r.department))).toEqual(new Set(['minzheng', 'canlian']));
    // 朱沱镇 reports 低保户数 in time; its 残联 item is still open
    h.send('zt_jz', 'dm', '低保户数120户', { at: '2026-11-24T10:00:00+08:00' });

    const first = await runAt(h, '2026-11-25T20:00:00');
    const reminders = first.filter((t) => t.includes('提醒'));
    expect(reminders.length).toBe(5);
    for (const r of reminders) {
      expect(r).toContain('11月25日');
      expect(r).toContain('还差：低保户数。');
      expect(r).not.toContain('残疾人两项补贴人数');
    }

    const escalated = await runAt(h, '2026-11-26T09:00:00');
    expect(escalated).toHaveLength(1);
    expect(escalated[0]).toContain('@周志刚');
    expect(escalated[0]).not.toContain('@刘芸');
    expect(escalated[0]).toContain('中民政局的部分（11月25日（周三）截止）已过截止，仍有');
    expect(escalated[0]).toContain('仍有 5 个单位未报齐');
    expect(escalated[0]).not.toContain('朱沱镇');

    const second = await runAt(h, '2026-11-30T20:00:00');
    const later = second.filter((t) => t.includes('提醒'));
    expect(later.length).toBe(6);
    expect(later.find((t) => t.startsWith('dm:zt_jz'))).toContain('11月30日');
    expect(later.find((t) => t.startsWith('dm:zt_jz'))).toContain('还差：残疾人两项补贴人数。');

    const escalatedLater = await runAt(h, '2026-12-01T09:00:00');
    expect(escalatedLater).toHaveLength(1);
    expect(escalatedLater[0]).toContain('@刘芸');
    expect(escalatedLater[0]).not.toContain('@周志刚');
    expect(escalatedLater[0]).toContain('中残联的部分（11月30日（周一）截止）已过截止，仍有');
    expect(escalatedLater[0]).toContain('朱沱镇（胡晓燕）');
  });

  it('one department with one due day is escalated as before', async () => {
    const h = bot();
    h.send('lead_mz', 'channel', '【区民政局】请各镇街于11月25日前报送本月低保户数。');
    const escalated = await runAt(h, '2026-11-26T09:00:00');
    expect(escalated).toHaveLength(1);
    expect(escalated[0]).toMatch(/^channel @周志刚 汇总 c1（低保户数，2026年11月）已过截止，仍有 6 个单位未报齐/);
  });
});
