import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const c = ctx(open(F.gas), open(F.selfCheck), open(F.rectify));
const values = (text: string): string[] => summary(parseReply(text, c).values).sort();

describe('a progress field answered by its activity and a state word (还没开始整改 for 整改进度)', () => {
  it.each([
    ['还没开始整改', '未开始'], ['整改正在进行中', '整改中'], ['整改已全部完成', '已完成'],
  ])('%s → %s', (text, option) => {
    expect(values(text)).toEqual([`fire_rectify_status="${option}"@2026-11`]);
  });

  it('not when the clause holds a figure (已整改3处 counts a part)', () => {
    expect(values('燃气隐患5处，已整改3处')).toEqual(['gas_hazards=5@2026-11']);
  });

  it('not for the activity alone', () => {
    expect(values('整改')).toEqual([]);
  });
});
