// 各单位要在去年工作的基础上继续改进: a period named as the basis the work builds on is compared with, not counted.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2031-03-08T09:00:00+08:00'));

describe('a period as the basis of the work', () => {
  it('在去年工作的基础上 names no period', () => {
    const r = parse('关于继续做好低保统计报送工作的通知\n各镇街：\n一、健全统计报送制度。各单位要在去年工作的基础上继续改进，认真填报低保户数。');
    expect(r?.period).toBeNull();
  });

  it('去年 asked for is still counted', () => {
    const r = parse('关于继续做好低保统计报送工作的通知\n各镇街：\n一、请认真填报去年的低保户数。');
    expect(r?.period).toBe('2030');
  });
});
