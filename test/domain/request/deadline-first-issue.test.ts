// 5月9日上报第一期，以后每周报送一期，于上报日15:00前…: the report day is the first issue's day, at the stated clock, and a
// weekly series counts the week of that round.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2030-05-08T11:00:00+08:00'));

describe('the first issue of a series', () => {
  it('上报日 at a clock is the first issue\'s day at that clock, and the period its ISO week', () => {
    const r = parse('关于报送低保情况的通知\n各镇人民政府：\n一、报送内容：低保户数。\n二、报送方式：5月9日上报第一期，以后每周报送一期，于上报日15:00前通过电子邮件报区民政局。');
    expect(r && formatZoned(r.deadline!, 'Asia/Shanghai').slice(0, 16)).toBe('2030-05-09T15:00');
    expect(r?.deadlineHasTime).toBe(true);
    expect(r?.period).toBe('2030-W19');
  });
});
