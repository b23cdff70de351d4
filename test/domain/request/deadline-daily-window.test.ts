// 将每日20时至次日20时的疫情汇总，于第三日中午12时前报: a daily round runs from a clock one day to the same clock the next.
// Its first window is today's when the clock is still ahead; 第三日 counts from that window's first day, and the window
// is named by its second day.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const TEXT = '各镇街：\n二、将每日20时至次日20时的低保户数变化汇总，于第三日中午12时前传真报区民政局，包括零报告。';
const parse = (at: string) => parseRequest(TEXT, member('lead_mz'), ctxAt(at));

describe('a daily window from a clock to the same clock the next day', () => {
  it('before the clock: the window starts today, due on its third day at noon', () => {
    expect(parse('2028-04-20T18:00:00+08:00')).toMatchObject({ period: '2028-04-21' });
    expect(parse('2028-04-20T18:00:00+08:00')?.deadline?.toISOString()).toBe('2028-04-22T04:00:00.000Z');
  });

  it('after the clock: the next window starts tomorrow', () => {
    expect(parse('2028-04-20T21:00:00+08:00')).toMatchObject({ period: '2028-04-22' });
    expect(parse('2028-04-20T21:00:00+08:00')?.deadline?.toISOString()).toBe('2028-04-23T04:00:00.000Z');
  });
});
