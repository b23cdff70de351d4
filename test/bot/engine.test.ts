import { beforeEach, describe, expect, it } from 'vitest';
import { Dispatcher } from '../../src/bot/dispatcher.js';
import { MemoryAdapter } from '../../src/chat/memory-adapter.js';
import { DIBAO_REQUEST, Harness, useHarness } from '../support/harness.js';
import { ALL_UNITS, STAFF_OF } from '../support/roster.js';

const harness = useHarness();
let h: Harness;
beforeEach(() => {
  h = harness();
});

const AT = (day: number, time: string): string => `2026-11-${day}T${time}:00+08:00`;

function postDibao(): ReturnType<Harness['send']> {
  return h.send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT(23, '09:00') });
}

describe('who is speaking', () => {
  it('answers a stranger in a DM that they are not registered, and keeps the message', () => {
    const sent = h.send('ou_unknown', 'dm', '低保户数120');
    expect(sent.out).toHaveLength(1);
    expect(sent.out[0]!.text).toContain('还没有在名册中登记');
    expect(sent.out[0]!.text).toContain('你的消息已保存');
    expect(sent.out[0]!.replyTo).toBe(sent.lineId);
    const row = h.store.inbox.get(sent.seq!)!;
    expect(row.message.text).toBe('低保户数120');
    expect(row.status).toBe('done');
    expect(h.store.messages.get(sent.lineId!)!.sender).toBe('?ou_unknown');
    expect(h.store.pool.count()).toBe(0);
  });

  it('keeps a stranger\'s channel chatter without answering it', () => {
    const sent = h.send('ou_unknown', 'channel', '大家好');
    expect(sent.out).toEqual([]);
    expect(h.store.inbox.get(sent.seq!)!.message.text).toBe('大家好');
  });

  it('gives every DM an answer linked to the message, and none to channel chatter', () => {
    postDibao();
    const texts: Array<[string, string]> = [
      ['zt_jz', '低保户数120'], ['zt_jz', '好的'], ['zt_jz', '特困人数包括分散供养的吗？'], ['zt_jz', '😀'],
      ['lead_mz', '你好'], ['admin', '统计'], ['sg_jz', ''],
    ];
    for (const [from, text] of texts) {
      const sent = h.send(from, 'dm', text);
      const answers = sent.out.filter((m) => m.chat === `dm:${from}` && m.replyTo === sent.lineId);
      expect(answers, `${from}: ${text}`).toHaveLength(1);
      expect(answers[0]!.text.length).toBeGreaterThan(0);
    }
    for (const [from, text] of [['zt_jz', '收到'], ['sg_jz', '好的👌'], ['lead_cl', '谢谢大家']] as const) {
      expect(h.send(from, 'channel', text).out, text).toEqual([]);
    }
  });
});

describe('a redelivered message', () => {
  it('acts once: one request, one confirmation, one set of asks', () => {
    const first = h.send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT(23, '09:00'), id: 'lark-msg-1', platform: 'web' });
    const again = h.send('lead_mz', 'channel', DIBAO_REQUEST, { id: 'lark-msg-1', platform: 'web' });
    expect(first.seq).not.toBeNull();
    expect(again.seq).toBeNull();
    expect(again.out).toEqual([]);
    expect(h.store.requests.all()).toHaveLength(1);
    expect(h.store.asks.all()).toHaveLength(ALL_UNITS.length * 2);
    expect(h.store.messages.fromBot().filter((m) => m.chat === 'channel')).toHaveLength(1);

    const reply = h.send('zt_jz', 'dm', '低保户数120，低保人数200', { id: 'r-1' });
    const replyAgain = h.send('zt_jz', 'dm', '低保户数120，低保人数200', { id: 'r-1' });
    expect(reply.out).toHaveLength(1);
    expect(replyAgain.out).toEqual([]);
    expect(h.store.pool.history('zhutuo', 'dibao_households', '2026-11')).toHaveLength(1);
  });
});

describe('requests, replies and the pool', () => {
  it('registers a request, asks each responsible member once by DM, and confirms in the channel', () => {
    const sent = postDibao();
    const confirmation = sent.out.find((m) => m.chat === 'channel')!;
    expect(confirmation.replyTo).toBe(sent.lineId);
    expect(confirmation.text).toContain('已登记 r1');
    const asked = sent.out.filter((m) => m.chat.startsWith('dm:')).map((m) => m.chat).sort();
    expect(asked).toEqual(ALL_UNITS.map((u) => `dm:${STAFF_OF[u]}`).sort());
    expect(h.store.asks.all().map((a) => `${a.unit}/${a.field}/${a.period}`).sort()).toEqual(
      ALL_UNITS.flatMap((u) => [`${u}/dibao_households/2026-11`, `${u}/dibao_persons/2026-11`]).sort(),
    );
  });

  it('reuses the pool across departments: a second department asks nobody for values already reported', () => {
    postDibao();
    h.send('zt_jz', 'dm', '低保户数120，低保人数200', { at: AT(23, '10:00') });
    const asksBefore = h.store.asks.all().length;
    const dmsBefore = h.store.messages.fromBot().filter((m) => m.chat.startsWith('dm:')).length;

    const yb = h.send('lead_yb', 'channel', '医保局：请朱沱镇11月27日前报送本月低保人数。', { at: AT(24, '09:00') });
    expect(h.store.requests.all()).toHaveLength(2);
    expect(h.store.asks.all()).toHaveLength(asksBefore);
    expect(yb.out.filter((m) => m.chat.startsWith('dm:'))).toEqual([]);
    expect(h.store.messages.fromBot().filter((m) => m.chat.startsWith('dm:'))).toHaveLength(dmsBefore);
    expect(yb.out.find((m) => m.chat === 'channel' && m.replyTo === yb.lineId)!.text).toContain('无需再问任何人');
    expect(h.store.counters.get('valuesReused')).toBe(1);
    expect(h.store.counters.get('asksAvoided')).toBe(1);
  });

  it('counts a need an earlier request already asked for as an avoided ask, without asking again', () => {
    postDibao();
    const yb = h.send('lead_yb', 'channel', '医保局：请朱沱镇、松溉镇11月27日前报送本月低保人数。', { at: AT(23, '11:00') });
    expect(yb.out.filter((m) => m.chat.startsWith('dm:'))).toEqual([]);
    expect(h.store.counters.get('asksAvoided')).toBe(2);
    expect(h.store.counters.get('valuesReused')).toBe(0);
    expect(h.store.requests.all().map((r) => r.collectionId)).toEqual([1, 1]);
  });

  it('records a correction as a new version and notifies the requesting lead', () => {
    postDibao();
    h.send('sll_jz', 'dm', '低保户数110，低保人数175', { at: AT(24, '16:05') });
    const fix = h.send('sll_jz', 'dm', '刚才报错了，低保户数应为108', { at: AT(24, '16:30') });
    expect(h.store.pool.get('shenglilu', 'dibao_households', '2026-11')).toMatchObject({ value: 108, version: 2 });
    expect(h.store.pool.history('shenglilu', 'dibao_households', '2026-11').map((v) => v.value)).toEqual([110, 108]);
    const notice = fix.out.filter((m) => m.chat === 'dm:lead_mz');
    expect(notice).toHaveLength(1);
    expect(notice[0]!.text).toMatch(/更正通知.*110户.*108户/);
    expect(fix.out.find((m) => m.chat === 'dm:sll_jz')!.text).toContain('已更正');
  });

  it('posts the completed table to the channel once, when the last value arrives', () => {
    h.send('lead_mz', 'channel', '【区民政局】请朱沱镇、松溉镇于11月26日前报送本月低保户数。', { at: AT(23, '09:00') });
    const first = h.send('zt_jz', 'dm', '低保户数120');
    expect(first.out.filter((m) => m.chat === 'channel')).toEqual([]);
    const last = h.send('sg_jz', 'dm', '低保户数203');
    const tables = last.out.filter((m) => m.chat === 'channel');
    expect(tables).toHaveLength(1);
    expect(tables[0]!.text).toContain('已全部报齐');
    expect(tables[0]!.text).toContain('朱沱镇 | 120户');
    expect(tables[0]!.text).toContain('松溉镇 | 203户');
    expect(tables[0]!.card?.type).toBe('table');
    // A re-report of the same value, or a correction, does not post the table again.
    h.send('sg_jz', 'dm', '低保户数203');
    h.send('zt_jz', 'dm', '更正：低保户数应为121');
    expect(h.store.messages.fromBot().filter((m) => m.chat === 'channel' && m.text.includes('已全部报齐'))).toHaveLength(1);
  });
});

describe('commands', () => {
  beforeEach(() => {
    postDibao();
    h.send('zt_jz', 'dm', '低保户数120，低保人数200', { at: AT(23, '10:00') });
    h.send('sg_jz', 'dm', '低保户数203', { at: AT(23, '10:05') });
  });

  it('帮助 explains what the bot does, per role', () => {
    const staff = h.send('zt_jz', 'dm', '帮助').out[0]!;
    const lead = h.send('lead_mz', 'dm', '帮助').out[0]!;
    expect(staff.text).toContain('直接回复数据');
    expect(lead.text).toContain('发布需求');
    expect(staff.text).not.toBe(lead.text);
  });

  it('我的任务 lists what a staff member still owes and a lead\'s progress', () => {
    expect(h.send('sg_jz', 'dm', '我的任务').out[0]!.text).toMatch(/你的待报数据：\n· 2026年11月：低保人数/);
    expect(h.send('zt_jz', 'dm', '我的任务').out[0]!.text).toBe('你目前没有待报的数据。');
    const lead = h.send('lead_mz', 'dm', '我的任务').out[0]!.text;
    expect(lead).toContain('r1');
    expect(lead).toContain('1/6 个单位已报齐');
    expect(lead).toContain('松溉镇');
  });

  it('查询 11月 低保户数 answers from the pool with a total', () => {
    const text = h.send('lead_mz', 'dm', '查询 11月 低保户数').out[0]!.text;
    expect(text).toContain('朱沱镇：120户');
    expect(text).toContain('松溉镇：203户');
    expect(text).toContain('合计：323户');
    expect(h.send('lead_mz', 'dm', '查询 10月 低保户数').out[0]!.text).toContain('还没有');
  });

  it('导出 cN attaches the collection as CSV', async () => {
    const adapter = new MemoryAdapter();
    h.bot.outbound.attach(adapter);
    const reply = h.send('lead_mz', 'dm', '导出 c1').out[0]!;
    expect(reply.text).toContain('6 个单位 × 2 项');
    await new Dispatcher(h.bot.deps).tick();
    const file = adapter.to('lead_mz')[0]!.file!;
    expect(file).toMatchObject({ name: 'c1.csv', mime: 'text/csv' });
    const lines = file.content.toString('utf8').split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFF单位,低保户数/);
    expect(lines.find((l) => l.startsWith('朱沱镇,'))).toMatch(/^朱沱镇,120\D/);
    expect(h.send('lead_mz', 'dm', '导出 c99').out[0]!.text).toContain('没有找到');
  });

  it('keeps an export\'s attachment in memory only until its delivery settles', async () => {
    const adapter = new MemoryAdapter('fake');
    expect(h.bot.outbound.fileOf(h.send('lead_mz', 'dm', '导出 c1').out[0]!.id)).toBeUndefined();
    h.bot.outbound.attach(adapter);
    const reply = h.send('lead_mz', 'dm', '导出 c1').out[0]!;
    expect(h.bot.outbound.fileOf(reply.id)?.name).toBe('c1.csv');
    await new Dispatcher(h.bot.deps).tick();
    expect(adapter.sent.find((s) => s.message.file)?.message.file?.name).toBe('c1.csv');
    expect(h.bot.outbound.fileOf(reply.id)).toBeUndefined();
  });

  it('a delivery tick never rejects, even when the store goes away mid-send (shutdown)', async () => {
    let release!: () => void;
    const adapter = new MemoryAdapter('slow', { beforeSend: () => new Promise<void>((resolve) => { release = resolve; }) });
    h.bot.outbound.attach(adapter);
    h.send('lead_mz', 'dm', '帮助');
    const errors: unknown[] = [];
    const tick = new Dispatcher({ ...h.bot.deps, logger: { info() {}, warn() {}, error: (o) => errors.push(o) } }).tick();
    await new Promise((resolve) => setImmediate(resolve));
    h.store.close();
    release();
    await expect(tick).resolves.toBeUndefined();
    expect(errors).toHaveLength(1);
  });
});

describe('a lead edits their last request', () => {
  beforeEach(() => {
    postDibao();
  });

  it('截止改为 moves the deadline of the request and its collection', () => {
    const sent = h.send('lead_mz', 'channel', '截止改为11月30日');
    expect(sent.out[0]!.text).toContain('截止时间改为 11月30日');
    expect(sent.out[0]!.replyTo).toBe(sent.lineId);
    expect(h.store.requests.get(1)!.deadline!.toISOString()).toBe('2026-11-30T15:59:59.000Z');
    expect(h.store.collections.get(1)!.deadline!.toISOString()).toBe('2026-11-30T15:59:59.000Z');
  });

  it('an edit that names an item goes to the earlier request that asks for it', () => {
    h.send('lead_mz', 'channel', '民政：各镇街11月28日前报一下本月百岁老人人数');
    const sent = h.send('lead_mz', 'channel', '低保户数截止时间改为11月30日');
    expect(sent.out[0]!.text).toContain('r1 的截止时间改为 11月30日');
    expect(h.store.requests.get(1)!.deadline!.toISOString()).toBe('2026-11-30T15:59:59.000Z');
  });

  it('撤回 withdraws it and closes an otherwise empty collection', () => {
    const sent = h.send('lead_mz', 'channel', '撤回');
    expect(sent.out.find((m) => m.replyTo === sent.lineId)!.text).toContain('已撤回 r1');
    expect(h.store.requests.get(1)!.status).toBe('withdrawn');
    expect(h.store.collections.get(1)!.status).toBe('closed');
    expect(h.send('lead_mz', 'channel', '撤回').out[0]!.text).toContain('没有可以修改');
  });

  it('撤回 cancels the open asks nobody needs any more, tells the staff, and a later request asks again', () => {
    expect(h.store.asks.openOf('zt_jz').map((a) => a.field).sort()).toEqual(['dibao_households', 'dibao_persons']);
    const sent = h.send('lead_mz', 'channel', '撤回');
    expect(sent.out.find((m) => m.chat === 'channel')!.text).toContain('不用再报');
    expect(h.store.asks.openOf('zt_jz')).toEqual([]);
    expect(sent.out.some((m) => m.chat === 'dm:zt_jz' && m.text.includes('不用再报'))).toBe(true);
    expect(h.send('zt_jz', 'dm', '我的任务').out[0]!.text).toContain('没有待报');
    h.send('lead_yb', 'channel', '医保局：请朱沱镇11月27日前报送本月低保人数。', { at: AT(23, '11:00') });
    expect(h.store.asks.openOf('zt_jz').map((a) => a.field)).toEqual(['dibao_persons']);
  });

  it('去掉 a field keeps the asks another request still needs', () => {
    h.send('lead_yb', 'channel', '医保局：请朱沱镇11月27日前报送本月低保人数。', { at: AT(23, '10:00') });
    h.send('lead_mz', 'channel', '去掉低保人数');
    expect(h.store.asks.openOf('zt_jz').map((a) => a.field).sort()).toEqual(['dibao_households', 'dibao_persons']);
    h.send('lead_mz', 'channel', '去掉低保户数');
    expect(h.store.asks.openOf('zt_jz').map((a) => a.field)).toEqual(['dibao_persons']);
    expect(h.store.asks.openOf('sg_jz').map((a) => a.field)).toEqual([]);
  });

  it('applies to the sender\'s own last request only', () => {
    h.send('lead_yb', 'channel', '医保局：请朱沱镇11月27日前报送本月医疗救助人次。', { at: AT(23, '10:00') });
    h.send('lead_mz', 'channel', '截止改为11月30日');
    expect(h.store.requests.get(2)!.deadline!.toISOString()).toBe('2026-11-27T15:59:59.000Z');
    expect(h.store.requests.get(1)!.deadline!.toISOString()).toBe('2026-11-30T15:59:59.000Z');
  });

  it('去掉 a unit takes it off the request and answers', () => {
    const sent = h.send('lead_mz', 'channel', '去掉朱沱镇');
    expect(sent.out.filter((m) => m.replyTo === sent.lineId)).toHaveLength(1);
    expect(sent.out[0]!.text).toContain('朱沱镇');
    expect(h.store.requests.get(1)!.targets).not.toContain('zhutuo');
    expect(h.store.collections.get(1)!.units).not.toContain('zhutuo');
  });

  it('期间改为 moves the request to a collection for the new period and asks for it', () => {
    const sent = h.send('lead_mz', 'channel', '期间改为10月');
    expect(sent.out.filter((m) => m.replyTo === sent.lineId)).toHaveLength(1);
    const r = h.store.requests.get(1)!;
    expect(r.period).toBe('2026-10');
    expect(h.store.collections.get(r.collectionId!)!.period).toBe('2026-10');
    expect(h.store.asks.exists('zhutuo', 'dibao_households', '2026-10')).toBe(true);
  });
});

describe('a request with an item the dictionary did not have', () => {
  it('counts and corrects the new item like any other', () => {
    h.send('lead_mz', 'channel', '【区民政局】请各镇街于11月26日前报送本月低保户数、困难儿童心理辅导次数。', { at: AT(23, '09:00') });
    h.send('zt_jz', 'dm', '低保户数120户');
    expect(h.send('lead_mz', 'dm', '我的任务').out[0]!.text).toContain('0/6 个单位已报齐');
    h.send('zt_jz', 'dm', '困难儿童心理辅导次数3次');
    expect(h.send('lead_mz', 'dm', '我的任务').out[0]!.text).toContain('1/6 个单位已报齐');
    const corrected = h.send('zt_jz', 'dm', '更正：困难儿童心理辅导次数应为5次');
    expect(corrected.out.find((m) => m.chat === 'dm:lead_mz')?.text).toMatch(/^更正通知：朱沱镇困难儿童心理辅导次数.*由 3 改为 5/);
  });
});
