// AS_THE_STANDARD: 以11月30日24时为准 names the moment the figures are taken as of. Its clock (24时) once made it the due day,
// ahead of the 12月4日前 the notice asks by; it is the snapshot, and the due day stays the one the ask names.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-20T09:00:00+08:00'));

describe('a day said as the standard the figures are counted by', () => {
  it('with its clock is the snapshot, not the due day', () => {
    const r = parse('各镇街：\n关于养老机构床位数统计，请于12月4日前报送，以11月30日24时为准。');
    expect(r?.deadline?.toISOString()).toBe('2026-12-04T15:59:59.000Z');
    expect(r?.period).toBe('2026-11-30');
  });

  it('inside an aside with 数据 before 为准 reads the same', () => {
    const r = parse('各镇街：请报送养老机构床位数（以11月30日24时数据为准），12月4日前报。');
    expect(r?.deadline?.toISOString()).toBe('2026-12-04T15:59:59.000Z');
    expect(r?.period).toBe('2026-11-30');
  });

  it('a clock due day of its own still reads', () => {
    expect(parse('各镇街：请于12月4日17时前报送养老机构床位数。')?.deadline?.toISOString()).toBe('2026-12-04T09:00:00.000Z');
  });
});
