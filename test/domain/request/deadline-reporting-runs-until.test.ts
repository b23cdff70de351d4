// 三、上报时间截至2031年9月1日: 截至 whose subject is the reporting says until when the reporting runs — the due day — while
// 统计数据截至…日 (the data's subject) names what is counted.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2031-08-20T09:00:00+08:00'));

describe('the reporting runs until a day', () => {
  it('上报时间截至… is the due day', () => {
    const r = parse('关于报送低保数据的通知\n各镇街：\n一、上报数据包括2030年低保户数。\n二、上报时间截至2031年9月1日，报送加盖公章的纸质材料。');
    expect(r?.deadline?.toISOString()).toBe('2031-09-01T15:59:59.000Z');
    expect(r?.period).toBe('2030');
  });

  it('数据截至… is still the day counted, not a due day', () => {
    const r = parse('关于报送低保数据的通知\n各镇街：\n请报送低保户数，统计数据截至2031年8月15日。');
    expect(r?.deadline).toBeNull();
    expect(r?.period).toBe('2031-08-15');
  });
});
