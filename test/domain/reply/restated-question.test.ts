import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const c = { ...ctx(open(F.dibaoHouseholds, '2026-10'), open(F.dibaoHouseholds), open(F.dibaoPersons), open(F.selfCheck)), unitName: '新立村' };
const parsed = (text: string) => parseReply(text, c);
const values = (text: string): string[] => summary(parsed(text).values);

describe('an answer after its question repeated (低保人数是多少？——74)', () => {
  it('reads the question as the label', () => {
    expect(values('低保人数是多少？——74')).toEqual(['dibao_persons=74@2026-11']);
    expect(values('新立村 低保户数？——10月41户 11月40户')).toEqual(['dibao_households=40@2026-11', 'dibao_households=41@2026-10']);
    expect(values('是否完成自查？没有。')).toEqual(['self_check_done=false@2026-11']);
    expect(parsed('低保人数？——74').question).toBe(false);
  });

  it('leaves a real question a question', () => {
    expect(parsed('低保人数含不含分散供养的？我们是74').values).toEqual([]);
    expect(parsed('低保人数是74对吧？').question).toBe(true);
    expect(parsed('是否完成自查？我们查了一半算不算').values).toEqual([]);
  });
});
