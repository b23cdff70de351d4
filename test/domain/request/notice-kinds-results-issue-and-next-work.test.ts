// A results document whose title names its kind and then an issue of a series (…工作简报（第3期）) or, for a 通报, the work
// it sets next (…情况的通报及下步工作安排) still tells results: it asks the units for nothing unless it lists items with a due
// day. A head line without 关于 or a header is read as such a title too (kind.ts ISSUE_NUMBER, RESULTS_AND_NEXT_WORK,
// RESULTS_HEAD_LINE).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2027-11-16T10:00:00+08:00'));

describe('a results title with an issue number or the next work', () => {
  it('a numbered 简报 that tells what the towns did is not a request', () => {
    const text = '低保工作简报（第3期）\n为做好今冬低保工作，各镇采取多种措施抓落实。\n'
      + '青峰镇：镇党委召开专题会议，逐户核实低保户数，印发实施方案；组织民政专干入户走访。\n'
      + '白沙镇：镇党委专题研究低保工作，张贴宣传资料30余张，悬挂横幅20条。';
    expect(parse(text)).toBeNull();
  });

  it('a 通报 followed by the next work it sets is not a request', () => {
    const text = '【区民政局】关于2027年1—10月全区低保工作情况的通报及下步工作安排\n各镇人民政府：\n'
      + '今年以来，经各镇共同努力，全区低保工作总体平稳。\n一、1—10月情况\n'
      + '1—10月，全区低保户数较去年同期下降，临时救助人次有所上升。\n二、下步工作安排\n'
      + '年底前时间紧、任务重，各镇要盯紧目标，再开展一轮入户核查，确保完成全年任务。\n区民政局\n2027年11月10日';
    expect(parse(text)).toBeNull();
  });

  it('a 通报 with the next work that lists items and a due day still asks', () => {
    const text = '关于低保资金检查情况的通报及下步工作安排\n各镇人民政府：\n报送内容：\n1. 低保户数\n请于11月30日前报区民政局。';
    expect(parse(text)?.fields).toEqual(['dibao_households']);
  });
});
