// 每周星期三下午2时前上报: the due day read is the weekday after 每周, and the round it closes is the week it falls in
// (2027-11-15 is a Monday: the first Wednesday is 2027-11-17, in ISO week 46).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2027-11-15T15:00:00+08:00'));

describe('a weekly round named by its weekday', () => {
  it('每周星期三…前 counts the week of its first round', () => {
    const r = parse('各镇街即日起实行周报制度，每周星期三下午2时前上报低保户数。');
    expect(r?.period).toBe('2027-W46');
    expect(r?.deadline?.toISOString()).toBe('2027-11-17T06:00:00.000Z');
  });

  it('a single Wednesday with no 每周 names no week', () => {
    expect(parse('请各镇街于星期三下午2时前上报低保户数。')?.period).not.toBe('2027-W46');
  });
});
