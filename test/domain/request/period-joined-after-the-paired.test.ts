// 上半年和全年的残疾人就业人数请于12月8日前报送: with the items before the verb, the due day's clause ends on 上半年 and the
// year joined after it was dropped; both are asked, as when the items follow the verb. 以后每年12月报一次 names the month a
// yearly round is reported in, not a month counted (the period read was 2025-12).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const read = (text: string) => parseRequest(text, member('lead_cl'), ctxAt('2026-11-20T09:00:00+08:00'));

describe('periods joined after the one paired with the due day', () => {
  it('topic first, both periods', () => {
    expect(read('各位专干：上半年和全年的残疾人两项补贴人数请一起报，12月8日前。')?.periods).toEqual(['2026-H1', '2026']);
  });

  it('verb first, as before', () => {
    expect(read('请于12月8日前报送上半年和全年的残疾人两项补贴人数。')?.periods).toEqual(['2026-H1', '2026']);
  });

  it('the month of a yearly round is no period', () => {
    expect(read('各镇街：请于11月底前报送辖区残疾人两项补贴人数，以后每年12月报一次。')?.period).not.toBe('2025-12');
  });
});
