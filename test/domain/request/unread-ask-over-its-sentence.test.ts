// ASK_SENTENCE (parse.ts, unreadRequestGate): who is asked opens a sentence and the hand-in ends it, while the anatomy cuts
// the sentence at its commas (1.各单位对照检查内容于6月12日前完成自查，/ 并将自查情况形成书面材料…报县档案局业务指导股。): the
// gate reads the ask over its whole sentence, past an entry's number, and takes 各单位 for the units the addressee line
// greets when that line names towns or villages. An office above the units may be a 大队 (报县消防大队汇总). A notice whose
// items the bot cannot read is then put to the lead instead of being dropped.
import { describe, expect, it } from 'vitest';
import { parserFor } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const ctx = ctxAt('2026-05-10T09:00:00+08:00');
const unread = (text: string) => parserFor(ctx).parseUnread(text, member('lead_mz'), ctx.at);

const check = (addressee: string): string =>
  ['【区民政局】关于开展2026年养老机构安全检查的通知', addressee,
    '为确保养老机构安全运行，区民政局拟分批开展安全检查，现将检查安排通知如下：',
    '一、检查方法和步骤',
    '1.各单位对照检查内容于6月12日前完成自查，并将自查情况形成书面材料连同电子版报区民政局养老服务科。',
    '2.区民政局于10月15日至10月31日对随机抽取的单位进行检查。'].join('\n');

describe('an unread ask read over its whole sentence', () => {
  it('各单位 opening a numbered entry and 报区民政局 ending the sentence keep the notice for the lead', () => {
    const r = unread(check('各镇人民政府、各街道办事处，区直各单位：'));
    expect(r?.fields).toEqual([]);
    expect(r?.deadline?.toISOString()).toBe('2026-06-12T15:59:59.000Z');
  });

  it('各单位 in a notice addressed only to the district\'s own departments is not caught', () => {
    expect(unread(check('区直各单位：'))).toBeNull();
  });

  it('a hand-in to a 大队 (报区消防大队汇总) is one to an office above the units', () => {
    const text = ['【区消防救援大队】关于做好冬季火灾防控工作的通知', '各镇人民政府、各街道办事处：',
      '为全面掌握冬防工作开展情况，请各镇人民政府务必于12月1日前将有关工作情况报区消防大队汇总。'].join('\n');
    expect(parserFor(ctxAt('2026-11-20T09:00:00+08:00')).parseUnread(text, member('lead_mz'), new Date('2026-11-20T01:00:00Z'))?.deadline?.toISOString())
      .toBe('2026-12-01T15:59:59.000Z');
  });
});
