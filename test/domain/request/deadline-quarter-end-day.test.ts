// QUARTER_END_DAY: 请各镇街于季度末报送本季度… / 本季度末前 — the last day of the quarter the message is in. It was not read (no due
// day); 每季度末 (every round's end) and a bare day after a quarter's edge (季度末或下季度初（5日前）) stay as they were.
import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/domain/request/deadline.js';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, localDue, member } from './helpers.js';

const AT = '2026-11-25T09:00:00+08:00';
const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt(AT));

describe('the end of this quarter as a due day', () => {
  it('于季度末报送 / 本季度末前: December 31st in the fourth quarter', () => {
    const r = parse('请各镇街于季度末报送本季度低保户数。');
    expect(localDue(r)).toBe('2026-12-31T23:59');
    expect(r?.period).toBe('2026-Q4');
    expect(localDue(parse('请各镇街于本季度末前报送低保户数。'))).toBe('2026-12-31T23:59');
  });

  it('in August it is September 30th', () => {
    expect(localDue(parseRequest('请各镇街于季度末前报送低保户数。', member('lead_mz'), ctxAt('2026-08-03T09:00:00+08:00')))).toBe('2026-09-30T23:59');
  });

  it('每季度末 is every round’s end, not read as this quarter’s day', () => {
    expect(findDeadline('请各镇街每季度末报送本季度低保户数。', new Date(AT), 'Asia/Shanghai')).toBeNull();
  });
});
