// 报送11月份低保、特困、临时救助数据: 低保 names what 低保户数 and 低保人数 both count (CATEGORY_ONLY, items.ts). The notice is
// not read in part (特困 alone, the rest dropped without a word): it is put to the lead, who is told which kinds were unclear.
import { describe, expect, it } from 'vitest';
import { parserFor } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const ctx = ctxAt('2026-12-02T09:00:00+08:00');
const parser = parserFor(ctx);

describe('a kind that several items count leaves the list to the lead', () => {
  it('低保、特困、临时救助数据 is not read as 特困 alone', () => {
    const text = '各镇街：请于12月10日前报送11月份低保、特困、临时救助数据。';
    expect(parser.parse(text, member('lead_mz'), ctx.at)).toBeNull();
    const held = parser.parseUnread(text, member('lead_mz'), ctx.at);
    expect(held?.fields).toEqual([]);
    expect(held?.unreadKinds).toEqual(['低保', '临时救助']);
    expect(held?.period).toBe('2026-11');
  });
  it('a kind one item counts is read (特困 → 特困供养人数)', () => {
    expect(parser.parse('各镇街：请于12月10日前报送11月份特困数据。', member('lead_mz'), ctx.at)?.fields).toEqual(['tekun_persons']);
  });
  it('items named whole are read', () => {
    expect(parser.parse('各镇街：请于12月10日前报送11月低保户数、低保人数。', member('lead_mz'), ctx.at)?.fields).toEqual(['dibao_households', 'dibao_persons']);
  });
});
