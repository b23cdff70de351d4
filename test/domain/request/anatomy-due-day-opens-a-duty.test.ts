// 三、6月16日前，各镇（街道）要…集中开展一次排查，切实掌握拖欠工资数额…: a clause that is only a due day opens the units'
// duty, whatever verb follows (掌握, not 报送): the sentence is the ask, not background.
import { describe, expect, it } from 'vitest';
import { readAnatomy } from '../../../src/domain/request/anatomy.js';

const kindOf = (text: string, sentence: string): string | undefined => {
  const a = readAnatomy(text);
  const at = text.indexOf(sentence);
  return a.parts.find((p) => at >= p.start && at < p.end)?.kind;
};

describe('a due day that opens a duty', () => {
  it('makes its sentence the ask', () => {
    const text = '关于开展低保对象核查的通知\n各镇人民政府：\n一、核查重点：收入变化较大的低保家庭。\n二、6月16日前，各镇要对辖区低保户集中开展一次核查，切实掌握低保户数、低保人数。';
    expect(kindOf(text, '二、6月16日前')).toBe('ask');
  });

  it('a day that is not alone in its clause opens nothing', () => {
    const text = '关于开展百岁老人核查的通知\n各镇人民政府：\n一、核查重点：百岁老人。\n1933年12月31日前出生的老人，全县共有12人。';
    expect(kindOf(text, '1933年')).not.toBe('ask');
  });
});
