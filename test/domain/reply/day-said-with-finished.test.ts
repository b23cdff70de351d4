import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

// DONE_ON_SAID_AS_FINISHED (values.ts): a day, then a verb of doing with its result (弄完的, 就搞完了): the day it was finished.
const values = (text: string, ...candidates: ReturnType<typeof open>[]): string[] => summary(parseReply(text, ctx(...candidates)).values);

describe('a day said with the work finished', () => {
  it('is the completion date', () => {
    expect(values('自查已经搞完了，11月18号弄完的', open(F.selfCheck), open(F.checkedOn)))
      .toEqual(['self_check_date="2026-11-18"@2026-11', 'self_check_done=true@2026-11']);
    expect(values('11月22号就搞完了', open(F.checkedOn))).toEqual(['self_check_date="2026-11-22"@2026-11']);
  });
});
