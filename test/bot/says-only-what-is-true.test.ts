// The bot says only what happened: held DMs are "scheduled", a past deadline is questioned and never used, a deadline
// on a day off gets a word, and nothing a known member sends is dropped without saying why.
import { describe, expect, it } from 'vitest';
import { useHarness } from '../support/harness.js';

const card = (out: Array<{ card: unknown; text: string }>): string => out.find((l) => (l.card as { type?: string } | null)?.type === 'request')?.text ?? '';

describe('asks held for working hours', () => {
  const bot = useHarness({ start: '2026-11-27T01:45:00+08:00' }); // a Friday, 01:45

  it('are announced as scheduled, with when they go out, never as sent', () => {
    const { out } = bot().send('lead_mz', 'channel', '【区民政局】请各镇街于12月4日前报送本月低保户数。');
    const text = card(out);
    expect(text).toContain('询问：已安排私信 6 位同志，共 6 项（工作时间 08:00 后送达）');
    expect(text).not.toContain('已私信');
    const dms = out.filter((l) => l.chat.startsWith('dm:'));
    expect(dms).toHaveLength(6);
    expect(dms.every((l) => l.at.getTime() === new Date('2026-11-27T08:00:00+08:00').getTime())).toBe(true);
  });

  it('name the day when it is not today (Saturday night → Monday)', () => {
    const { out } = bot().send('lead_mz', 'channel', '【区民政局】请各镇街于12月4日前报送本月低保户数。', { at: '2026-11-28T23:00:00+08:00' });
    expect(card(out)).toContain('已安排私信 6 位同志，共 6 项（工作时间 11月30日 08:00 后送达）');
  });

  it('for a notice of several periods, once for all of them', () => {
    const { out } = bot().send('lead_mz', 'channel', '【区民政局】请朱沱镇于12月4日前报送本月和上月低保户数。');
    expect(card(out)).toContain('期间：2026年11月、2026年10月');
    expect(card(out)).toContain('询问：已安排私信 1 位同志，共 2 项（工作时间 08:00 后送达）');
  });

  it('with batches on: those waiting for the batch are told its time, those sent at once are scheduled', () => {
    bot().settings = { ...bot().settings, askBatches: ['09:00', '14:00'] };
    const later = card(bot().send('lead_mz', 'channel', '【区民政局】请各镇街于12月4日前报送本月低保户数。').out);
    expect(later).toContain('询问：共 6 项：6 位同志将在 11月27日 09:00 随当次汇总私信收到');
    expect(later).not.toContain('已安排私信');
    // Due at 11:00: waiting for 09:00 would leave too little working time, so the asks go at once, held until 08:00.
    const soon = card(bot().send('lead_cl', 'channel', '【区残联】请各镇街于11月27日11时前报送本月持证残疾人数。').out);
    expect(soon).toContain('询问：已安排私信 6 位同志，共 6 项（工作时间 08:00 后送达）');
  });
});

describe('deadlines', () => {
  const bot = useHarness({ start: '2026-12-04T10:00:00+08:00' }); // a Friday in December

  it('already past are questioned with the lead and not used for the asks', () => {
    const { out } = bot().send('lead_mz', 'channel', '【区民政局】请各镇街于11月30日前报送本月低保户数。');
    expect(card(out)).toContain('截止：11月30日（周一）（已经过了，没有采用，询问暂不写截止时间）');
    expect(card(out)).toContain('注意：截止时间11月30日（周一）已经过了，请确认截止时间');
    // The request keeps the notice's reading; its collection (what the asks, reminders and overdue notices use) has none.
    const request = bot().store.requests.all()[0]!;
    expect(request.deadline?.toISOString()).toBe(new Date('2026-11-30T23:59:59+08:00').toISOString());
    expect(bot().store.collections.get(request.collectionId!)!.deadline).toBeNull();
    const ask = out.find((l) => l.card && (l.card as { type: string }).type === 'ask')!;
    expect(ask.text).toContain('没有定截止时间');
    expect(ask.text).not.toContain('11月30日');
  });

  it('already past are used for no period of a notice that asks for several', () => {
    const { out } = bot().send('lead_mz', 'channel', '【区民政局】请各镇街于11月30日前报送本月和上月低保户数。');
    expect(card(out)).toContain('已经过了，没有采用');
    const requests = bot().store.requests.all();
    expect(requests).toHaveLength(2);
    expect(requests.map((r) => bot().store.collections.get(r.collectionId!)!.deadline)).toEqual([null, null]);
  });

  it('once corrected, are used', () => {
    bot().send('lead_mz', 'channel', '【区民政局】请各镇街于11月30日前报送本月低保户数。');
    const { out } = bot().send('lead_mz', 'channel', '截止改为12月9日');
    expect(out[0]!.text).toContain('已将 r1 的截止时间改为 12月9日');
    const request = bot().store.requests.all()[0]!;
    expect(bot().store.collections.get(request.collectionId!)!.deadline?.toISOString()).toBe(new Date('2026-12-09T23:59:59+08:00').toISOString());
  });

  it('moved to a date already past are not changed', () => {
    bot().send('lead_mz', 'channel', '【区民政局】请各镇街于12月10日前报送本月低保户数。');
    const { out } = bot().send('lead_mz', 'channel', '截止改为12月1日');
    expect(out[0]!.text).toContain('已经过了，截止时间没有修改');
    expect(bot().store.requests.all()[0]!.deadline?.toISOString()).toBe(new Date('2026-12-10T23:59:59+08:00').toISOString());
  });

  it('on a day off get one word (the cost rows\' 注意 with a date to move to); on a working day none', () => {
    const sunday = card(bot().send('lead_mz', 'channel', '【区民政局】请各镇街于12月13日前报送本月低保户数。').out);
    expect(sunday).toContain('截止：12月13日（周日）\n');
    expect(sunday.match(/休息日/g)).toHaveLength(1);
    expect(sunday).toContain('注意：截止日是休息日；建议截止改为12月11日（周五）');
    const monday = card(bot().send('lead_cl', 'channel', '【区残联】请各镇街于12月8日前报送本月持证残疾人数。').out);
    expect(monday).toContain('截止：12月8日（周二）\n');
    expect(monday).not.toContain('休息日');
  });
});

describe('what the bot leaves out, it says', () => {
  const bot = useHarness();

  it('a unit the notice names that is not on the roster', () => {
    const { out } = bot().send('lead_mz', 'channel', '【区民政局】朱沱镇、黄山镇：请于11月26日前报送本月低保户数。');
    expect(card(out)).toContain('不在名册的单位：黄山镇 — 请管理员添加或更正');
    expect(bot().store.requests.all()[0]!.targets).toEqual(['zhutuo']);
  });

  it('an ask naming only units not on the roster asks nobody in their place', () => {
    const { out } = bot().send('lead_mz', 'channel', '【区民政局】请黄山镇、白鹤乡于11月26日前补报本月低保户数。');
    expect(card(out)).toContain('不在名册的单位：黄山镇、白鹤乡 — 请管理员添加或更正');
    expect(bot().store.requests.all()[0]!.targets).toEqual([]);
    expect(out.filter((l) => l.chat.startsWith('dm:'))).toEqual([]);
  });

  it('an edit adding a unit not on the roster', () => {
    bot().send('lead_mz', 'channel', '【区民政局】请中山路街道于11月26日前报送本月低保户数。');
    const { out } = bot().send('lead_mz', 'channel', '加上黄山镇');
    expect(out).toHaveLength(1);
    expect(out[0]!.text).toBe('没有修改：不在名册的单位：黄山镇 — 请管理员添加或更正。添加后再说一次即可。');
    expect(bot().store.requests.all()[0]!.targets).toEqual(['zhongshanlu']);
  });

  it('a request posted in the channel by a staff member', () => {
    const { out } = bot().send('zt_jz', 'channel', '各镇街：请于11月26日前报送本月低保户数。');
    expect(out).toHaveLength(1);
    expect(out[0]!.chat).toBe('channel');
    expect(out[0]!.text).toMatch(/像是一项数据需求（低保户数）.*名册里你是工作人员.*没有登记/);
    expect(bot().store.requests.all()).toEqual([]);
  });

  it('an empty message to the bot; ordinary chatter in the channel stays unanswered', () => {
    expect(bot().send('zt_jz', 'dm', '   ').out[0]!.text).toContain('没有读到文字内容');
    expect(bot().send('lead_mz', 'channel', '@报数助手').out[0]!.text).toContain('没有读到文字内容');
    expect(bot().send('zt_jz', 'channel', '收到，谢谢').out).toEqual([]);
  });
});

describe('a question about one item', () => {
  const bot = useHarness();

  it('goes only to the leads whose requests ask for it', () => {
    bot().send('lead_mz', 'channel', '【区民政局】请朱沱镇于11月26日前报送本月低保户数、低保人数。');
    bot().send('lead_cl', 'channel', '【区残联】请朱沱镇于11月27日前报送本月低保户数、特困供养人数。');
    expect(bot().store.collections.all()).toHaveLength(1);
    const forwarded = (text: string): string => bot().send('zt_jz', 'dm', text).out.find((l) => l.chat === 'channel')?.text ?? '';
    const one = forwarded('特困供养人数要不要包括集中供养的？');
    expect(one).toContain('@刘芸');
    expect(one).not.toContain('@周志刚');
    const other = forwarded('低保人数是按户籍算还是按居住地算？');
    expect(other).toContain('@周志刚');
    expect(other).not.toContain('@刘芸');
  });
});

describe('codes', () => {
  const bot = useHarness();

  it('r and c are explained where they appear: the confirmation card and 帮助', () => {
    const { out } = bot().send('lead_mz', 'channel', '【区民政局】请各镇街于11月26日前报送本月低保户数。');
    expect(card(out)).toContain('汇总：c1（汇总编号，发“导出 c1”可下载表格）');
    expect(bot().send('lead_mz', 'dm', '帮助').out[0]!.text).toMatch(/r 开头的是需求.*c 开头的是汇总/);
  });
});
