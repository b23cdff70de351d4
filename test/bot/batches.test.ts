// Batched asks: a member's asks wait for the batch times and go out together, except when a deadline is too close.
import { describe, expect, it } from 'vitest';
import { runBatches } from '../../src/bot/batches.js';
import { DIBAO_REQUEST, useHarness } from '../support/harness.js';
import { ALL_UNITS, STAFF_OF } from '../support/roster.js';

const harness = useHarness({ settings: { askBatches: ['09:00', '14:00'] } });

const sh = (local: string): Date => new Date(`${local}+08:00`);
const dmsTo = (member: string): string[] => harness().store.messages.fromBot().filter((m) => m.chat === `dm:${member}`).map((m) => m.text);
const batchAt = (local: string): number => {
  harness().clock.set(sh(local));
  return runBatches(harness().bot.deps, harness().clock.now());
};

describe('batched asks', () => {
  it('wait for the next batch time, then go out as one message per member with every open item', () => {
    const confirmation = harness().send('lead_mz', 'channel', DIBAO_REQUEST, { at: '2026-11-23T10:00:00+08:00' }).out;
    expect(confirmation.filter((m) => m.chat.startsWith('dm:'))).toEqual([]);
    expect(confirmation.find((m) => m.chat === 'channel')!.text).toContain('将在 11月23日 14:00 随当次汇总私信收到');
    harness().send('lead_cl', 'channel', '【区残联】请各镇街于11月27日前报送本月残疾人两项补贴人数。', { at: '2026-11-23T11:00:00+08:00' });
    expect(harness().store.asks.all().every((a) => a.sentAt === null)).toBe(true);

    expect(batchAt('2026-11-23T14:00:00')).toBe(ALL_UNITS.length);
    const [batch, ...more] = dmsTo(STAFF_OF.zhutuo!);
    expect(more).toEqual([]);
    expect(batch).toMatch(/^【报数】请报送以下 3 项数据/);
    expect(batch).toContain('■ 民政局');
    expect(batch).toContain('■ 残联');
    expect(harness().store.asks.all().every((a) => a.sentAt?.getTime() === sh('2026-11-23T14:00:00').getTime())).toBe(true);
    // The same batch time again (a restart) sends nothing twice.
    expect(batchAt('2026-11-23T14:00:00')).toBe(0);
  });

  it('count a reply that came before the batch: the item leaves the batch and is never sent', () => {
    harness().send('lead_mz', 'channel', DIBAO_REQUEST, { at: '2026-11-23T10:00:00+08:00' });
    const reply = harness().send(STAFF_OF.zhutuo!, 'dm', '低保户数120户，低保人数210人', { at: '2026-11-23T11:00:00+08:00' });
    expect(reply.out[0]!.text).toContain('已记录');
    expect(harness().store.pool.get('zhutuo', 'dibao_households', '2026-11')?.value).toBe(120);
    batchAt('2026-11-23T14:00:00');
    expect(dmsTo(STAFF_OF.zhutuo!).filter((t) => t.startsWith('【报数】'))).toEqual([]);
    const zhutuo = harness().store.asks.all().filter((a) => a.unit === 'zhutuo');
    expect(zhutuo.map((a) => [a.status, a.sentAt])).toEqual([['answered', null], ['answered', null]]);
    expect(dmsTo(STAFF_OF.songji!).filter((t) => t.startsWith('【报数】'))).toHaveLength(1);
  });

  it('go out at once when waiting would leave less than the margin, carrying what was waiting', () => {
    harness().send('lead_cl', 'channel', '【区残联】请各镇街于11月27日前报送本月残疾人两项补贴人数。', { at: '2026-11-23T10:00:00+08:00' });
    expect(dmsTo(STAFF_OF.zhutuo!)).toEqual([]);
    const out = harness().send('lead_mz', 'channel', '【区民政局】请各镇街今天下班前报送本月低保户数。', { at: '2026-11-23T10:30:00+08:00' }).out;
    expect(out.find((m) => m.chat === 'channel')!.text).toContain(`已私信 ${ALL_UNITS.length} 位同志`);
    const [now] = dmsTo(STAFF_OF.zhutuo!);
    expect(now).toContain('低保户数');
    expect(now).toContain('残疾人两项补贴人数');
    expect(harness().store.asks.all().every((a) => a.sentAt?.getTime() === sh('2026-11-23T10:30:00').getTime())).toBe(true);
  });

  it('send a member at most one message per batch time, and no more than two a day unless a deadline would be missed', () => {
    harness().send('lead_mz', 'channel', DIBAO_REQUEST, { at: '2026-11-23T08:30:00+08:00' });
    batchAt('2026-11-23T09:00:00');
    harness().send('lead_yb', 'channel', '【区医保局】请各镇街今天下班前报送本月医疗救助人次。', { at: '2026-11-23T10:00:00+08:00' });
    harness().send('lead_cl', 'channel', '【区残联】请各镇街于11月27日前报送本月残疾人两项补贴人数。', { at: '2026-11-23T11:00:00+08:00' });
    expect(dmsTo(STAFF_OF.zhutuo!)).toHaveLength(2);
    // The day's two messages went out: the 14:00 batch holds the new item until tomorrow's first batch.
    batchAt('2026-11-23T14:00:00');
    expect(dmsTo(STAFF_OF.zhutuo!)).toHaveLength(2);
    batchAt('2026-11-24T09:00:00');
    const texts = dmsTo(STAFF_OF.zhutuo!);
    expect(texts).toHaveLength(3);
    expect(texts[2]).toContain('残疾人两项补贴人数');
    expect(texts[2]).toContain('【新】');
  });

  it('let an ask still waiting for its batch go quietly when its request is withdrawn', () => {
    harness().send('lead_mz', 'channel', DIBAO_REQUEST, { at: '2026-11-23T10:00:00+08:00' });
    harness().send('lead_mz', 'channel', '撤回', { at: '2026-11-23T10:10:00+08:00' });
    batchAt('2026-11-23T14:00:00');
    for (const member of Object.values(STAFF_OF)) expect(dmsTo(member)).toEqual([]);
  });

  it('put every open item on one card, and one submission of it fills the items of several collections', () => {
    harness().send('lead_mz', 'channel', DIBAO_REQUEST, { at: '2026-11-23T10:00:00+08:00' });
    harness().send('lead_cl', 'channel', '【区残联】请各镇街于11月27日前报送本月残疾人两项补贴人数。', { at: '2026-11-23T11:00:00+08:00' });
    batchAt('2026-11-23T14:00:00');
    const batch = harness().store.messages.fromBot().find((m) => m.chat === `dm:${STAFF_OF.zhutuo}`)!;
    const card = batch.card as { type: string; fields: Array<{ key: string }> };
    expect(card.type).toBe('ask');
    const keys = card.fields.map((f) => f.key);
    expect(keys).toEqual(expect.arrayContaining(['dibao_households', 'dibao_persons']));
    expect(keys).toHaveLength(3);
    const collections = new Set(harness().store.asks.openOf(STAFF_OF.zhutuo!).map((a) => a.collectionId));
    expect(collections.size).toBe(2);
    const values = Object.fromEntries(keys.map((k, i) => [k, String(100 + i)]));
    const seq = harness().bot.ingest({
      platform: 'web', id: 'card-all', chat: { kind: 'dm', id: STAFF_OF.zhutuo! }, sender: { platformUserId: STAFF_OF.zhutuo! },
      text: Object.entries(values).map(([k, v]) => `${harness().store.fields.get(k)!.label}：${v}`).join('\n'), mentionsBot: false,
      at: harness().clock.now(), form: { collectionId: [...collections][0]!, values },
    });
    harness().bot.process(seq!);
    for (const k of keys) expect(harness().store.pool.get('zhutuo', k, '2026-11')?.value, k).toBe(Number(values[k]));
    expect(harness().store.asks.openOf(STAFF_OF.zhutuo!)).toEqual([]);
  });
});
