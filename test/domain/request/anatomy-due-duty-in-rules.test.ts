// 三、报送要求：各单位…于每年1月、4月、7月、10月的8日之前，将上一季度统计数据报送…: a sentence under a rules heading that
// gives the units their own due day is the ask, not a rule.
import { describe, expect, it } from 'vitest';
import { readAnatomy } from '../../../src/domain/request/anatomy.js';

const kindOf = (text: string, sentence: string): string | undefined => {
  const a = readAnatomy(text);
  const at = text.indexOf(sentence);
  return a.parts.find((p) => at >= p.start && at < p.end)?.kind;
};

describe('a due duty under a rules heading', () => {
  const text = '关于建立统计报送制度的通知\n各乡镇人民政府：\n一、报送要求：\n各单位指定专人填写统计表，于每年1月、4月、7月、10月的8日之前，将上一季度统计数据报送县政务公开办。\n县政务公开办将定期通报报送情况。';

  it('the sentence with its own due day is the ask', () => {
    expect(kindOf(text, '于每年1月')).toBe('ask');
  });

  it('the sentence about what the office does is no ask', () => {
    expect(kindOf(text, '县政务公开办将定期通报')).not.toBe('ask');
  });
});
