// WEEK_OF_DAYS: 请于12月7日前报送11月23日至11月29日的临时救助人次 — a span from a Monday to the Sunday after it is that ISO week.
// Read as no period, its days stayed in the item's name: no item was read and the notice was no request at all.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parseAt = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));

describe('a week said by its days', () => {
  it('11月23日至11月29日 (Monday to Sunday) is 2026-W48, and the item is read', () => {
    const r = parseAt('各镇街：请于12月7日前报送11月23日至11月29日的临时救助人次。', '2026-12-02T10:00:00+08:00');
    expect(r).toMatchObject({ fields: ['temp_aid_times'], period: '2026-W48' });
  });

  it('11月23日至29日, the end without its month', () => {
    expect(parseAt('各镇街：请于12月7日前报送11月23日至29日临时救助人次。', '2026-12-02T10:00:00+08:00')?.period).toBe('2026-W48');
  });

  it('a week across the year: 2026年12月28日至2027年1月3日 is 2026-W53', () => {
    expect(parseAt('各镇街：请于1月6日前报送2026年12月28日至2027年1月3日的临时救助人次。', '2027-01-04T10:00:00+08:00')?.period).toBe('2026-W53');
  });
});
