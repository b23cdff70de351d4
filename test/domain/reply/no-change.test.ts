import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const social = ctx(open(F.dibaoHouseholds), open(F.tekun));
const values = (text: string): string[] => summary(parseReply(text, social).values).sort();

describe('无变化 / 没有变动 is not zero', () => {
  it.each(['特困供养人数无变化', '特困供养人数没有变化', '特困供养人数暂无变动', '特困供养人数无增减'])('%s', (text) => {
    expect(values(text)).toEqual([]);
  });

  it('无 and 没有 alone are still zero', () => {
    expect(values('特困供养人数无')).toEqual(['tekun_persons=0@2026-11']);
    expect(values('特困供养人数没有')).toEqual(['tekun_persons=0@2026-11']);
    expect(values('低保户数120户，特困供养暂无')).toEqual(['dibao_households=120@2026-11', 'tekun_persons=0@2026-11']);
  });
});
