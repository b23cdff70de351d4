// A notice that is a request by its anatomy (关于开展…摸底调查的通知 to the towns, a due day) but names no item the bot can
// read is kept as an unread request (parseUnread: its period, due day and units, no items) for the bot to ask the lead;
// what sends, allocates or is addressed to no lower unit is not caught, nor a notice whose items are read.
import { describe, expect, it } from 'vitest';
import { parserFor } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const ctx = ctxAt('2026-11-20T09:00:00+08:00');
const unread = (text: string) => parserFor(ctx).parseUnread(text, member('lead_mz'), ctx.at);

const notice = (title: string, addressee: string, ask = '为做好今冬明春困难群众救助工作，请各镇街组织开展摸底，于11月30日前将调查情况报区民政局。'): string =>
  [`【区民政局】${title}`, addressee, ask, '联系人：王明，电话：12345678'].join('\n');

describe('a request whose items the bot cannot read', () => {
  it('is kept with its due day and units, and no item', () => {
    const r = unread(notice('关于开展2026年困难群众情况摸底调查的通知', '各镇人民政府、各街道办事处：'));
    expect(r?.fields).toEqual([]);
    expect(r?.newFields).toEqual([]);
    expect(r?.deadline?.toISOString()).toBe('2026-11-30T15:59:59.000Z');
    expect(r?.targets.length).toBeGreaterThan(0);
  });

  it('a report handed to an office with a bare 报 (…形成专题报告，报区民政局) is kept', () => {
    const r = unread(notice('关于加强困难群众冬季走访工作的通知', '各镇人民政府、各街道办事处：',
      '各镇街务必于11月30日前完成走访，并将走访开展情况形成专题报告，报区民政局社会救助科。'));
    expect(r?.deadline?.toISOString()).toBe('2026-11-30T15:59:59.000Z');
    expect(r?.fields).toEqual([]);
  });

  it('a report said of the past (已报区民政局) is not caught', () => {
    expect(unread(notice('关于加强困难群众冬季走访工作的通知', '各镇人民政府、各街道办事处：',
      '各镇街于11月30日前完成走访，通报区民政局的情况另行安排。'))).toBeNull();
  });

  it('an allocation (关于下达…) is not caught', () => {
    expect(unread(notice('关于下达2026年困难群众救助调查任务的通知', '各镇人民政府、各街道办事处：'))).toBeNull();
  });

  it('a notice to the district\'s own departments is not caught', () => {
    expect(unread(notice('关于开展2026年困难群众情况摸底调查的通知', '区直各单位：', '请各单位组织开展摸底，于11月30日前将调查情况报区民政局。'))).toBeNull();
  });

  it('a notice whose items are read is an ordinary request, not an unread one', () => {
    expect(unread(notice('关于开展2026年困难群众情况摸底调查的通知', '各镇人民政府、各街道办事处：', '请各镇街于11月30日前报送本月低保户数。'))).toBeNull();
  });
});
