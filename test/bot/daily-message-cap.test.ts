// The day's message cap (issue 15): once a member had the day's two messages, an ask that cannot wait is held for the
// next day's first batch, the lead hears so, and only the lead's 加急 rN sends it today.
import { describe, expect, it } from 'vitest';
import { runBatches } from '../../src/bot/batches.js';
import { DIBAO_REQUEST, useHarness } from '../support/harness.js';
import { ALL_UNITS, STAFF_OF } from '../support/roster.js';

const harness = useHarness({ settings: { askBatches: ['09:00', '14:00'] } });

const sh = (local: string): Date => new Date(`${local}+08:00`);
const asksTo = (member: string): string[] =>
  harness().store.messages.fromBot().filter((m) => m.chat === `dm:${member}` && m.text.startsWith('【报数】')).map((m) => m.text);
const batchAt = (local: string): number => {
  harness().clock.set(sh(local));
  return runBatches(harness().bot.deps, harness().clock.now());
};

/** 09:00 batch, then a notice due today at 10:00: the clerks have had the day's two messages. */
function spendTheDay(): void {
  harness().send('lead_mz', 'channel', DIBAO_REQUEST, { at: '2026-11-23T08:30:00+08:00' });
  batchAt('2026-11-23T09:00:00');
  harness().send('lead_yb', 'channel', '【区医保局】请各镇街今天下班前报送本月医疗救助人次。', { at: '2026-11-23T10:00:00+08:00' });
  expect(asksTo(STAFF_OF.zhutuo!)).toHaveLength(2);
}

const URGENT_THIRD = '【区残联】请各镇街今天下班前报送本月残疾人两项补贴人数。';

describe('the daily message cap', () => {
  it('holds a third ask that cannot wait, and tells the lead who was spared and how to send it anyway', () => {
    spendTheDay();
    const confirmation = harness().send('lead_cl', 'channel', URGENT_THIRD, { at: '2026-11-23T11:00:00+08:00' }).out.find((m) => m.chat === 'channel')!.text;
    expect(asksTo(STAFF_OF.zhutuo!)).toHaveLength(2);
    expect(confirmation).toContain(`${ALL_UNITS.length} 位同志今天的私信已达上限，将在 11月24日 09:00 随当次汇总私信收到`);
    expect(confirmation).toMatch(/· 减负：.*今天已收到 2 条私信.*回复“加急 r\d+”/);
    expect(confirmation).not.toContain('已私信');
    batchAt('2026-11-23T14:00:00');
    expect(asksTo(STAFF_OF.zhutuo!)).toHaveLength(2);
    batchAt('2026-11-24T09:00:00');
    expect(asksTo(STAFF_OF.zhutuo!)[2]).toContain('残疾人两项补贴人数');
  });

  it('sends the held asks at once when the lead who posted says 加急, and only for that lead or an admin', () => {
    spendTheDay();
    const confirmation = harness().send('lead_cl', 'channel', URGENT_THIRD, { at: '2026-11-23T11:00:00+08:00' }).out.find((m) => m.chat === 'channel')!.text;
    const id = /加急 (r\d+)/.exec(confirmation)![1]!;
    const refused = harness().send('lead_yb', 'channel', `加急 ${id}`, { at: '2026-11-23T11:05:00+08:00' }).out;
    expect(refused[0]!.text).toContain(`只有发布 ${id} 的负责人或管理员可以加急`);
    expect(asksTo(STAFF_OF.zhutuo!)).toHaveLength(2);
    const done = harness().send('lead_cl', 'channel', `加急 ${id}`, { at: '2026-11-23T11:10:00+08:00' }).out;
    expect(done.find((m) => m.chat === 'channel')!.text).toContain(`已加急私信 ${ALL_UNITS.length} 位同志`);
    const third = asksTo(STAFF_OF.zhutuo!);
    expect(third).toHaveLength(3);
    expect(third[2]).toContain('残疾人两项补贴人数');
    expect(harness().store.asks.all().filter((a) => a.field === 'disability_subsidy_persons').every((a) => a.sentAt?.getTime() === sh('2026-11-23T11:10:00').getTime())).toBe(true);
    const again = harness().send('lead_cl', 'channel', `加急 ${id}`, { at: '2026-11-23T11:20:00+08:00' }).out;
    expect(again.find((m) => m.chat === 'channel')!.text).toContain('没有在等待发出的询问');
  });

  it('follows the cap an admin sets: with three a day the third urgent ask goes out at once', () => {
    harness().settings = { ...harness().settings, dailyMessageCap: 3 };
    spendTheDay();
    const out = harness().send('lead_cl', 'channel', URGENT_THIRD, { at: '2026-11-23T11:00:00+08:00' }).out;
    expect(out.find((m) => m.chat === 'channel')!.text).toContain(`已私信 ${ALL_UNITS.length} 位同志`);
    expect(asksTo(STAFF_OF.zhutuo!)).toHaveLength(3);
  });

  it('takes a withdrawn item off the list without a third message, and tells the lead so', () => {
    spendTheDay();
    const out = harness().send('lead_yb', 'channel', '撤回', { at: '2026-11-23T11:00:00+08:00' }).out;
    expect(out.find((m) => m.chat === 'channel')!.text).toContain(`${ALL_UNITS.length} 项已从对口同志的待报清单中去掉（他们今天的私信已达上限，不另行通知）`);
    expect(out.find((m) => m.chat === 'channel')!.text).not.toContain('已通知');
    expect(harness().store.messages.fromBot().filter((m) => m.chat === `dm:${STAFF_OF.zhutuo}`)).toHaveLength(2);
    expect(harness().store.asks.openOf(STAFF_OF.zhutuo!).map((a) => a.field)).toEqual(['dibao_households', 'dibao_persons']);
  });
});
