// 每周一上午12点前报送截至上周日的…: a day of a week said in a weekly round's ask counts from that round's due day, not from
// the day the notice is sent.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-12-07T09:00:00+08:00'));

describe('the snapshot day of a weekly round', () => {
  it('截至上周日 is the Sunday before the round due', () => {
    const r = parse('各镇街医保办：\n根据市医保局要求，现开展2027年度城乡居民医保集中参保缴费工作进度调度。请各镇街每周一上午12点前报送截至上周日的参保缴费人数、缴费金额。首次报送时间为12月14日。');
    expect(r?.period).toBe('2026-12-13');
  });

  it('截至本周二 said of a Wednesday round is that round\'s Tuesday', () => {
    expect(parse('各乡镇：\n请每周三下午5点前报送截至本周二的低保户数。')?.period).toBe('2026-12-08');
  });

  it('a weekly round naming no day still counts its own week', () => {
    expect(parse('各乡镇：\n请每周三下午5点前报送低保户数。')?.period).toBe('2026-W50');
  });
});
