// 由供电企业直接向市统计局报送 / 县民政局将定期向各成员单位通报…: a sentence in which another body does the reporting asks
// nothing of the units addressed; one in which the units act (请…, 各镇…) still asks.
import { describe, expect, it } from 'vitest';
import { readAnatomy } from '../../../src/domain/request/anatomy.js';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const kindOf = (text: string, sentence: string): string | undefined => {
  const a = readAnatomy(text);
  const at = text.indexOf(sentence);
  return a.parts.find((p) => at >= p.start && at < p.end)?.kind;
};

describe('another body reports', () => {
  it('the issuing office\'s own reporting is no ask of the units', () => {
    const text = '关于建立低保信息定期通报制度的通知\n县领导小组各成员单位：\n为实现数据共享，县里建立信息定期通报制度。\n县民政局将定期向领导小组各成员单位通报全县低保户数和低保人数。';
    expect(kindOf(text, '县民政局将定期')).toBe('quote');
    expect(parseRequest(text, member('lead_mz'), ctxAt('2032-04-10T09:00:00+08:00'))).toBeNull();
  });

  it('a company reporting straight to a higher office is no ask of the units', () => {
    const text = '一、修订情况：\n（二）新增低保资金表，由银行直接向市民政局报送，月后4日前报送。';
    expect(kindOf(text, '（二）新增')).toBe('quote');
  });

  it('a sentence in which the units act still asks', () => {
    const text = '关于报送低保户数的通知\n各镇街：\n请各镇街于11月25日前报送低保户数，由区民政局统一汇总上报市局。';
    expect(kindOf(text, '请各镇街')).toBe('ask');
  });
});
