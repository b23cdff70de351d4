// 关于报送2026年第四季度…数据的通知 sent in January, asking for 本季度新增人数: 本季度 is the quarter the notice is about,
// which its title names, not the quarter it is sent in.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2027-01-10T09:00:00+08:00'));

describe('本季度 in a notice about a named quarter', () => {
  it('is the quarter the title names', () => {
    const r = parse('关于报送2026年第四季度低保数据的通知\n各镇人民政府：\n请各镇报送：1. 低保户数；2. 本季度临时救助人次。');
    expect(r?.period).toBe('2026-Q4');
    expect(r?.periodDoubt).toBeUndefined();
  });

  it('with no quarter named, 本季度 is the one it is sent in', () => {
    expect(parse('请各镇报送本季度临时救助人次。')?.period).toBe('2027-Q1');
  });
});
