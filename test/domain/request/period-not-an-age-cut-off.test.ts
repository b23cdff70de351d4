// 年龄计算截至7月31日 / 截至2026年12月31日年满60周岁: a day that fixes an age is not the day the figures are counted at.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-04-08T15:00:00+08:00'));

describe('age cut-off days', () => {
  it('年龄计算截至7月31日', () => {
    expect(parse('请各镇按年龄段报送低保人数，年龄计算截至7月31日。')?.period).toBeNull();
  });

  it('截至某日年满 an age', () => {
    expect(parse('请各镇报送截至2026年3月31日年满100周岁的百岁老人人数。')?.period).toBeNull();
  });

  it('截至 a day with nothing about age is a snapshot', () => {
    expect(parse('请各镇报送截至3月31日的百岁老人人数。')?.period).toBe('2026-03-31');
  });
});
