// 跟上个月比有变化的报一下: the month after 跟 … 比 is the base of a comparison, not the period asked (it was read as 10月).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2049-11-20T09:00:00+08:00'));

describe('a month compared with', () => {
  it('跟上个月比 is no period', () => {
    expect(parse('请各镇街核对一下本辖区百岁老人人数，跟上个月比有变化的报一下，没变化的不用报。11月25日前。')?.period).not.toBe('2049-10');
  });

  it('上个月 asked is still the period', () => {
    expect(parse('请各镇街报一下上个月的百岁老人人数，11月25日前。')?.period).toBe('2049-10');
  });
});
