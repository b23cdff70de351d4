// 县里决定从3月底到7月底开展一次摸底排查: the ends of a window of work are not what is counted.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-03-25T09:30:00+08:00'));

describe('a window of work', () => {
  it('从3月底到7月底 names no period', () => {
    const r = parse('为掌握低保底数，区里决定从3月底到7月底开展一次摸底排查。请各镇在7月31日前将低保户数报区民政局。');
    expect(r?.fields).toEqual(['dibao_households']);
    expect(r?.period).toBeNull();
  });

  it('a span of whole months is still a period', () => {
    expect(parse('请各镇报送1月1日至2月28日的低保户数。')?.period).toBe('2026-02-28');
  });
});
