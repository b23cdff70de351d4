import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const c = ctx(open(F.tempTimes), open(F.tempAmount));
const values = (text: string): string[] => summary(parseReply(text, c).values);

describe('a correction that names no field', () => {
  it('binds its figure by the measure word, like a bare figure', () => {
    expect(values('刚才报错了，应为3500元')).toEqual(['temp_aid_amount=3500@2026-11']);
    expect(values('有误，应为6人次')).toEqual(['temp_aid_times=6@2026-11']);
    expect(values('改为3500元')).toEqual(['temp_aid_amount=3500@2026-11']);
  });

  it('still needs a measure word when two fields are open', () => {
    expect(values('刚才报错了，应为3500')).toEqual([]);
  });
});
