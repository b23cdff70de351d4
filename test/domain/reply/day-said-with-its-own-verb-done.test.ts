import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

// DONE_WITH_ITS_RESULT (values.ts): a day, then a short verb with its result 完 / 好 (18号就自查完了, 25号自查完) is the day the
// work was finished, with or without 了 / 的; a verb put off or not done (25号前弄好, 25号能弄完, 28号还没弄完) says no day.
const values = (text: string): string[] => summary(parseReply(text, ctx(open(F.checkedOn), open(F.dibaoHouseholds))).values);

describe('a day said with the work finished by its own verb', () => {
  it('is the completion date', () => {
    expect(values('18号就自查完了')).toEqual(['self_check_date="2026-11-18"@2026-11']);
    expect(values('我们是11月中旬开始查的，25号自查完，低保户数更正为318户')).toEqual(['dibao_households=318@2026-11', 'self_check_date="2026-11-25"@2026-11']);
    expect(values('11月21号查好的')).toEqual(['self_check_date="2026-11-21"@2026-11']);
  });
  it('is no date when the work is put off or not done', () => {
    expect(values('25号前弄好')).toEqual([]);
    expect(values('25号能弄完')).toEqual([]);
    expect(values('28号还没弄完')).toEqual([]);
  });
});
