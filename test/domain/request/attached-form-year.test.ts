// 附件：1.…范围 2.2043年…调查表（禁养区）: an attachment entry whose name opens with its year is an entry of the list, not
// the decimal 1.2043 (anatomy.ts, MARKER_LEVELS); and when the body names that form in title marks (按类别填写《2043年…调查表》),
// the year the form opens with is the year counted, read after every part of the ask (period-choice.ts, attachedFormYear).
// A form the body never names, and a year a season follows (2031年秋季…), give no period.
import { describe, expect, it } from 'vitest';
import { partTexts, readAnatomy } from '../../../src/domain/request/anatomy.js';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));

describe('attachment entries whose names open with a year', () => {
  it('are every one an entry of the attachment list', () => {
    const text = '关于报送2049年低保统计年报的通知\n各镇人民政府：\n请于2049年12月31日前报送低保户数、低保人数（见附表1至3）。\n附件：1.2049年低保对象情况表\n2.2049年度低保资金支出情况统计表\n3.2049年低保户数汇总表\n区民政局';
    expect(partTexts(readAnatomy(text), 'attachment')).toEqual(['附件：1.2049年低保对象情况表', '2.2049年度低保资金支出情况统计表', '3.2049年低保户数汇总表']);
  });

  it('a decimal stays a decimal', () => {
    const a = readAnatomy('关于报送低保户数的通知\n各镇人民政府：\n请报送低保户数。\n1.5倍以上的按实际填写。\n附件：1.低保户数统计表');
    expect(partTexts(a, 'attachment')).toEqual(['附件：1.低保户数统计表']);
  });
});

describe('the year of an attached form the body names in title marks', () => {
  const body = (form: string, entries: string) =>
    `关于开展低保对象情况调查的通知\n各镇人民政府：\n一、调查内容\n由各镇对照《低保政策范围》（附件1），统计辖区低保户数、低保人数，按类别填写《${form}》（附件2—3）。\n二、工作要求\n请各镇于5月10日前将调查情况报区民政局。\n附件：1.低保政策范围\n${entries}`;

  it('is the year counted', () => {
    const r = parse(body('2043年永川区低保对象基本情况调查表', '2.2043年永川区低保对象基本情况调查表（城市）\n3.2043年永川区低保对象基本情况调查表（农村）'), '2043-04-20T10:00:00+08:00');
    expect(r?.period).toBe('2043');
  });

  it('gives way to a period the ask names', () => {
    const text = body('2043年永川区低保对象基本情况调查表', '2.2043年永川区低保对象基本情况调查表（城市）').replace('统计辖区低保户数', '统计辖区2042年底低保户数');
    expect(parseRequest(text, member('lead_mz'), ctxAt('2043-04-20T10:00:00+08:00'))?.period).not.toBe('2043');
  });

  it('is no period when a season follows it', () => {
    const r = parse(body('2043年秋季低保对象基本情况调查表', '2.2043年秋季低保对象基本情况调查表'), '2043-09-20T10:00:00+08:00');
    expect(r?.period ?? null).toBeNull();
  });

  it('is no period when the body never names the form', () => {
    const text = '关于开展低保对象情况调查的通知\n各镇人民政府：\n请各镇统计辖区低保户数、低保人数，于5月10日前报区民政局。\n附件：2043年永川区低保对象基本情况调查表';
    expect(parse(text, '2043-04-20T10:00:00+08:00')?.period ?? null).toBeNull();
  });
});
